package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/rules"
)

func newRulesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: "List the rules with their documentation",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			for _, r := range rules.All {
				fmt.Fprintf(w, "%-26s %s\n", r.Name, r.Doc)
			}
			fmt.Fprintf(w, "\nclaimcheck explain RULE shows a rule's documentation and an example.\n")
			return nil
		},
	}
}

func newExplainCmd() *cobra.Command {
	names := make([]string, len(rules.All))
	for i, r := range rules.All {
		names[i] = r.Name
	}
	sort.Strings(names)
	return &cobra.Command{
		Use:       "explain RULE",
		Short:     "Show a rule's documentation with an example",
		Args:      cobra.ExactArgs(1),
		ValidArgs: names,
		RunE: func(cmd *cobra.Command, args []string) error {
			r := rules.ByName(args[0])
			if r == nil {
				return fmt.Errorf("unknown rule %q (want one of %s)", args[0], strings.Join(names, ", "))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n\n%s\n\nExample:\n  %s\n", r.Name, r.Doc, r.Explain, r.Example)
			return nil
		},
	}
}
