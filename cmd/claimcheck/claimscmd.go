package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/rules"
)

type claimsOptions struct {
	Format string
	Paths  []string
}

func newClaimsCmd(runF func(*cobra.Command, *claimsOptions) error) *cobra.Command {
	opts := &claimsOptions{}
	formats := []string{"json", "table"}
	cmd := &cobra.Command{
		Use:   "claims PATH...",
		Short: "Show the claims extracted from articles",
		Long: `claims prints each article found at PATH (its source, title and date, and
where each came from) and the claims extracted from it: titles (a person
named with an office) and reports (who reported or said what, and when).
An undated article shows the window its claims place it in, and why.`,
		Example: `  claimcheck claims testdata/seeds/001_5cce0789f6237b30.txt
  claimcheck claims --format json coverage/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Format != "json" && opts.Format != "table" {
				return fmt.Errorf("unknown --format %q (want one of %s)", opts.Format, strings.Join(formats, ", "))
			}
			if runF != nil {
				return runF(cmd, opts)
			}
			k, arts, _, problems, err := pipeline(cmd, opts.Paths, nil)
			if err != nil {
				return err
			}
			views := make([]report.ArticleView, len(arts))
			for i, a := range arts {
				views[i] = report.ViewArticle(a)
				if d, ok := rules.ArticleDating(k, a, -1); ok && !a.Published.Exact() {
					views[i].Dating = &report.DatingView{Window: d.String(), From: d.From, Days: d.Days(), Support: d.Support}
				}
			}
			p := report.ClaimsTable
			if opts.Format == "json" {
				p = report.ClaimsJSON
			}
			if err := p(cmd.OutOrStdout(), views); err != nil {
				return err
			}
			if problems > 0 {
				return errInput
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output `format`: "+strings.Join(formats, ", "))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	addDateFlags(cmd)
	return cmd
}
