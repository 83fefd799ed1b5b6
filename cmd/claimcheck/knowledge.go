package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/rules/kb"
)

// kbFlag is the name of the root's repeatable flag that adds knowledge files.
const kbFlag = "kb"

// knowledge returns the knowledge a command checks against: the embedded
// default, with the files named by --kb merged over it, in order.
func knowledge(cmd *cobra.Command) (*kb.KB, error) {
	extra, _ := cmd.Flags().GetStringArray(kbFlag)
	if len(extra) == 0 {
		return kb.Default()
	}
	files, err := kb.DefaultFiles()
	if err != nil {
		return nil, err
	}
	for _, name := range extra {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := kb.Parse(name, data)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	k, err := kb.New(files...)
	if err != nil {
		return nil, fmt.Errorf("knowledge: %w", err)
	}
	return k, nil
}
