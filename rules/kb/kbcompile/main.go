// Command kbcompile writes the compiled JSON form of each hand-written
// knowledge file, rules/kb/data/NAME.yaml, to rules/kb/data/compiled/NAME.json,
// which is what the binary embeds. Run it through `go generate ./rules/kb`
// after editing a YAML file.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimcheck/claimcheck/rules/kb"
)

func main() {
	dir := flag.String("dir", "data", "the knowledge `directory` holding the YAML files")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintf(os.Stderr, "kbcompile: %v\n", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "compiled"), 0o755); err != nil {
		return err
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		f, err := kb.Parse(name, data)
		if err != nil {
			return err
		}
		out, err := kb.Compile(f)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, kb.CompiledName(name)), out, 0o644); err != nil {
			return err
		}
	}
	return nil
}
