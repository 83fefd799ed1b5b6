package main

import (
	"github.com/spf13/cobra"
)

func newRootCmd(streams IO) *cobra.Command {
	root := &cobra.Command{
		Use:   "claimcheck",
		Short: "Check news articles for wrong titles and contradictions between sources",
		Long: `claimcheck reads news articles from many sources, extracts the claims each
one makes (who holds which office, who reported what and when), checks them
against knowledge of office holders at the article's date, compares them
across sources, and reports likely errors, each with a confidence and the
evidence behind it.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version,
	}
	root.SetIn(streams.In)
	root.SetOut(streams.Out)
	root.SetErr(streams.ErrOut)
	addProfileFlags(root)
	root.PersistentFlags().StringArray(kbFlag, nil, "add a knowledge `FILE` (YAML or JSON) over the embedded knowledge; repeatable")
	root.PersistentFlags().String(configFlag, "", "read settings from `FILE` (default: "+configName+" in this directory or the nearest parent)")
	root.AddCommand(newCheckCmd(nil), newClaimsCmd(nil), newRulesCmd(), newExplainCmd())
	root.AddCommand(newKBCmd())
	root.AddCommand(newLintCmd(nil))
	return root
}

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"
