package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/rules/kb"
)

type checkOptions struct {
	Format        string
	MinConfidence float64
	Paths         []string
}

func newCheckCmd(runF func(*cobra.Command, *checkOptions) error) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check PATH...",
		Short: "Report likely errors and contradictions in articles",
		Long: `check reads the articles at PATH (files, directories read recursively, or -
for standard input), checks every title against the knowledge at the
article's date, compares the claims across sources, and prints the findings
at or above --min-confidence. Exit status: 0 no findings, 1 findings, 2
some input could not be read or the command could not run.`,
		Example: `  claimcheck check coverage/
  claimcheck check --format json testdata/seeds > findings.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if _, ok := report.Printers[opts.Format]; !ok {
				return fmt.Errorf("unknown --format %q (want one of %s)", opts.Format, strings.Join(report.Formats(), ", "))
			}
			if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
				return fmt.Errorf("--min-confidence %v: want a number from 0 to 1", opts.MinConfidence)
			}
			if runF != nil {
				return runF(cmd, opts)
			}
			return checkRun(cmd, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output `format`: "+strings.Join(report.Formats(), ", "))
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", 0.5, "show findings at or above this `confidence`, and exit 1 only for them")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(report.Formats(), cobra.ShellCompDirectiveNoFileComp))
	addDateFlags(cmd)
	return cmd
}

// pipeline loads the paths and extracts their claims with the default
// knowledge. Input problems are printed, one line each, and returned as a
// count.
// With a configuration (check's, not claims'), the one-article rules run
// on each article as it is extracted (see oneArticle), and their findings
// are returned as one.
func pipeline(cmd *cobra.Command, paths []string, cfg *config) (k *kb.KB, arts []*claims.Article, one *oneArticle, problemCount int, err error) {
	// The knowledge is loaded while the paths are walked: neither needs
	// the other, and both take some milliseconds at every start.
	loaded := make(chan struct{})
	go func() {
		defer close(loaded)
		k, err = knowledge(cmd)
	}()
	files, problems := expand(paths)
	<-loaded
	if err != nil {
		return nil, nil, nil, 0, err
	}
	lex := rules.Lexicon(k)
	if cfg != nil {
		one = newOneArticle(k, cfg)
		one.scans = new(compare.Scans) // check reads no text after the rules
	}
	bar := startProgress(cmd, len(files))
	arts, errs := loadAll(cmd.Context(), files, cmd.InOrStdin(), prepare(cmd, func(a *claims.Article) {
		claims.Extract(a, lex)
		if one != nil {
			one.check(a)
		}
		bar.article(a)
	}))
	bar.finish()
	problems = append(problems, errs...)
	for _, p := range problems {
		fmt.Fprintf(cmd.ErrOrStderr(), "claimcheck: %v\n", p)
	}
	return k, arts, one, len(problems), nil
}

// oneArticle runs the rules that read one article at a time as each
// article is extracted, on the worker that extracted it, and forgets the
// article's caches at once: they are never all held together. Before the
// rules, the article gets the name the configuration gives its source. The
// findings' evidence lines are interned as they are made: the same lines
// recur across articles, and the findings wait for the comparison; a line
// held already is never copied.
type oneArticle struct {
	k *kb.KB
	// scans, when not nil, says that nothing but the comparison reads
	// the articles' text after the one-article rules: each article is
	// scanned for the comparison's grouping and its text dropped as soon
	// as the rules are done, on the worker that loaded it.
	scans  *compare.Scans
	rename func(*claims.Article) // nil: no source renamed
	in     *rules.Interner
	mu     sync.Mutex
	found  map[*claims.Article][2][]rules.Finding // title findings, time findings
}

func newOneArticle(k *kb.KB, cfg *config) *oneArticle {
	return &oneArticle{k: k, rename: cfg.renamer(), in: rules.NewInterner(), found: map[*claims.Article][2][]rules.Finding{}}
}

// check renames a's source and runs the one-article rules on a; safe on
// every worker at once.
func (o *oneArticle) check(a *claims.Article) {
	if o.rename != nil {
		o.rename(a)
	}
	titles, times := rules.CheckArticleIn(o.k, o.in, a)
	if o.scans != nil {
		compare.Detach(titles)
		compare.Detach(times)
		o.scans.Scan(a)
		a.DropText()
	} else {
		a.DropCaches()
	}
	o.mu.Lock()
	o.found[a] = [2][]rules.Finding{titles, times}
	o.mu.Unlock()
}

// findings returns the findings check made, in the order CheckTitles and
// CheckTime give them: every title finding in the order of the articles,
// then every time finding.
func (o *oneArticle) findings(arts []*claims.Article) []rules.Finding {
	n := 0
	for _, a := range arts {
		n += len(o.found[a][0]) + len(o.found[a][1])
	}
	var fs []rules.Finding
	if n > 0 {
		fs = make([]rules.Finding, 0, n)
	}
	for kind := range 2 {
		for _, a := range arts {
			fs = append(fs, o.found[a][kind]...)
		}
	}
	o.found, o.in = nil, nil
	return fs
}

// Findings runs every check over the articles: the one-article rules (one
// has run them as the articles were extracted), then the comparisons
// across sources, which also score every finding. The findings drop says
// (a rule turned off, a rule silenced on a line) are left out before
// findings on the same words are merged, so that they never hide another
// rule's finding.
func findings(k *kb.KB, arts []*claims.Article, one *oneArticle, drop func(*rules.Finding) bool) []rules.Finding {
	// Nothing reads the articles' text after this: the comparison may
	// drop it once it has grouped them, unless check dropped it already
	// (one.scans).
	return compare.Run(k, arts, one.findings(arts), compare.Options{Drop: drop, DropText: one.scans == nil, Scans: one.scans})
}

func checkRun(cmd *cobra.Command, opts *checkOptions) error {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return err
	}
	cfg.defaults(cmd, "min-confidence", &opts.MinConfidence, cfg.MinConfidence)
	stop, err := startProfiles(cmd)
	if err != nil {
		return err
	}
	defer stop()
	k, arts, one, problems, err := pipeline(cmd, opts.Paths, cfg)
	if err != nil {
		return err
	}
	titles := titlesFor(opts.Format, arts)
	// The articles are not read after this: their claims can go while the
	// findings are printed.
	shown := slices.DeleteFunc(cfg.filter(findings(k, arts, one, cfg.ruleOff)), func(f rules.Finding) bool {
		return f.Confidence < opts.MinConfidence
	})
	if err := writeHeapProfile(cmd); err != nil {
		return err
	}
	if err := writeFindings(cmd, opts.Format, shown, titles); err != nil {
		return err
	}
	switch {
	case problems > 0:
		return errInput
	case len(shown) > 0:
		return errFindings
	}
	return nil
}
