package main

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/rules"
)

type lintOptions struct {
	Format        string
	MinConfidence float64
	FailOn        float64
	Against       []string
	Baseline      string
	WriteBaseline string
	DiffBase      string
	Published     string
	Drafts        []string
}

func newLintCmd(runF func(*cobra.Command, *lintOptions) error) *cobra.Command {
	opts := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint DRAFT...",
		Short: "Check drafts before publishing, for editors and CI",
		Long: `lint checks drafts (text or Markdown; directories are read recursively) against
the knowledge and, with --against DIR, against other sources' coverage in DIR;
only findings located in the drafts are reported. A draft with no date is
read as published on --published (today by default).

Exit status: 0 no finding at or above --fail-on, 1 some, 2 lint could not run
(a bad flag, config or baseline, an unreadable draft, a failing git).

Inline suppression, for the next non-blank line, with a required reason:
  <!-- claimcheck-ignore title/former-in-office: quoting the 2023 headline -->
A suppression without a reason is not honoured: it is reported, as
lint/suppression-without-reason.

--baseline FILE accepts the findings written earlier by --write-baseline FILE
(keyed by file, rule, actor and excerpt, not by line); --diff-base GIT_REF
reports findings on lines changed since GIT_REF only (git diff -U0).`,
		Example: `  claimcheck lint draft.md
  claimcheck lint --against coverage/ --fail-on 0.8 drafts/
  claimcheck lint --format github --diff-base origin/main drafts/
  claimcheck lint --write-baseline .claimcheck-baseline.json archive/
  claimcheck lint --baseline .claimcheck-baseline.json archive/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Drafts = args
			if _, ok := report.Lookup(opts.Format); !ok {
				return fmt.Errorf("unknown --format %q (want one of %s)", opts.Format, strings.Join(report.Formats(), ", "))
			}
			for _, t := range []struct {
				name string
				v    float64
			}{{"--min-confidence", opts.MinConfidence}, {"--fail-on", opts.FailOn}} {
				if t.v < 0 || t.v > 1 {
					return fmt.Errorf("%s %v: want a number from 0 to 1", t.name, t.v)
				}
			}
			if strings.HasPrefix(opts.DiffBase, "-") {
				return fmt.Errorf("--diff-base %q: want a git revision", opts.DiffBase)
			}
			if opts.Published != "" {
				if _, err := date.Parse(opts.Published); err != nil {
					return fmt.Errorf("--published: %v", err)
				}
			}
			if runF != nil {
				return runF(cmd, opts)
			}
			return lintRun(cmd, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "table", "output `format`: "+strings.Join(report.Formats(), ", "))
	f.Float64Var(&opts.MinConfidence, "min-confidence", 0.5, "show findings at or above this `confidence` (config: min_confidence)")
	f.Float64Var(&opts.FailOn, "fail-on", 0.5, "exit 1 when a finding is at or above this `confidence` (config: fail_on)")
	f.StringArrayVar(&opts.Against, "against", nil, "also compare with the coverage in `DIR` (repeatable)")
	f.StringVar(&opts.Baseline, "baseline", "", "accept the findings listed in `FILE` (written by --write-baseline)")
	f.StringVar(&opts.WriteBaseline, "write-baseline", "", "write the findings to `FILE` as a baseline and exit 0")
	f.StringVar(&opts.DiffBase, "diff-base", "", "report findings on lines changed since `GIT_REF` only")
	f.StringVar(&opts.Published, "published", "", "the `DATE` (YYYY-MM-DD) drafts without one are read at (default today)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(report.Formats(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("against", cobra.FixedCompletions(nil, cobra.ShellCompDirectiveFilterDirs))
	return cmd
}

func lintRun(cmd *cobra.Command, opts *lintOptions) error {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return err
	}
	cfg.defaults(cmd, "min-confidence", &opts.MinConfidence, cfg.MinConfidence)
	cfg.defaults(cmd, "fail-on", &opts.FailOn, cfg.FailOn)
	var accepted map[baselineEntry]int
	if opts.Baseline != "" {
		if accepted, err = readBaseline(opts.Baseline); err != nil {
			return err
		}
	}
	pub, pubFrom := date.FromTime(time.Now()), "day of the lint run"
	if opts.Published != "" {
		pub, _ = date.Parse(opts.Published)
		pubFrom = "--published flag"
	}

	k, err := knowledge(cmd)
	if err != nil {
		return err
	}
	lex := rules.Lexicon(k)
	files, problems := expand(opts.Drafts)
	isDraft := map[string]bool{}
	for _, f := range files {
		isDraft[cleanPath(f.name)] = true
	}
	var others []inputFile
	if len(opts.Against) > 0 {
		var ps []error
		others, ps = expand(opts.Against)
		problems = append(problems, ps...)
	}
	all := append(append([]inputFile{}, files...), others...)
	bar := startProgress(cmd, len(all))
	one := newOneArticle(k, cfg)
	arts, errs := loadAll(cmd.Context(), all, cmd.InOrStdin(), func(a *claims.Article) {
		if a.Published.IsZero() && isDraft[cleanPath(a.File)] {
			a.Published, a.PublishedFrom = date.Day(pub), pubFrom
		}
		claims.Extract(a, lex)
		one.check(a)
		bar.article(a)
	})
	bar.finish()
	problems = append(problems, errs...)

	texts := map[string]string{}
	sources := map[string]string{}
	for _, a := range arts {
		if f := cleanPath(a.File); isDraft[f] {
			if _, ok := texts[f]; !ok {
				text := a.Text
				if a.Raw != "" {
					text = a.Raw // an HTML page: its comments are blanked in Text
				}
				texts[f], sources[f] = text, a.Source
			}
		}
	}
	var sups []suppressions
	for _, in := range files {
		f := in.name
		s, ps := parseSuppressions(f, texts[cleanPath(f)], sources[cleanPath(f)])
		problems = append(problems, ps...)
		sups = append(sups, s)
	}
	silenced := silencer(sups)
	drop := func(f *rules.Finding) bool { return cfg.off(f.Rule) || silenced(f) }
	titles := titlesFor(opts.Format, arts)
	var fs []rules.Finding
	for _, f := range findings(k, arts, one, drop) {
		if isDraft[cleanPath(f.File)] {
			fs = append(fs, f)
		}
	}
	fs = applySuppressions(fs, sups)
	fs = cfg.filter(fs)
	if opts.DiffBase != "" {
		if fs, err = onChangedLines(fs, files, opts.DiffBase); err != nil {
			return err
		}
	}

	var shown []rules.Finding
	failing := false
	for _, f := range fs {
		if f.Confidence >= min(opts.MinConfidence, opts.FailOn) {
			shown = append(shown, f)
		}
	}
	for _, p := range problems {
		fmt.Fprintf(cmd.ErrOrStderr(), "claimcheck: %v\n", p)
	}
	if opts.WriteBaseline != "" {
		if len(problems) > 0 {
			return errInput // a baseline of what could be read would hide the rest later
		}
		if err := writeBaseline(opts.WriteBaseline, shown); err != nil {
			return err
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "claimcheck: wrote %d findings to %s\n", len(shown), opts.WriteBaseline)
		return nil
	}
	if accepted != nil {
		shown = applyBaseline(shown, accepted)
	}
	for _, f := range shown {
		if f.Confidence >= opts.FailOn {
			failing = true
		}
	}
	if err := writeFindings(cmd, opts.Format, shown, titles); err != nil {
		return err
	}
	switch {
	case len(problems) > 0:
		return errInput
	case failing:
		return errFindings
	}
	return nil
}

func cleanPath(p string) string {
	if p == "-" {
		return p
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// writeFindings prints findings in the named format to the command's
// output: as a terminal table when that output is a terminal, and with the
// titles each source gave the persons in them (titles, for html).
func writeFindings(cmd *cobra.Command, format string, fs []rules.Finding, titles []report.TitleUse) error {
	f, ok := report.Lookup(format)
	if !ok {
		return fmt.Errorf("unknown --format %q (want one of %s)", format, strings.Join(report.Formats(), ", "))
	}
	in := report.Input{Findings: fs, Terminal: isTerminal(cmd.OutOrStdout()), Version: version, Titles: titles}
	return f.Write(cmd.OutOrStdout(), in)
}

// titlesFor returns the title claims of the articles when the format
// prints them (html), and nothing otherwise, so that the articles need not
// be kept for printing.
func titlesFor(format string, arts []*claims.Article) []report.TitleUse {
	if format != "html" {
		return nil
	}
	return titleUses(arts)
}

// titleUses lists the title claims of the articles, for the HTML page.
func titleUses(arts []*claims.Article) []report.TitleUse {
	var ts []report.TitleUse
	for _, a := range arts {
		for _, c := range a.Claims {
			if c.Kind != claims.KindTitle || c.Title == nil || c.Title.Hypothetical {
				continue
			}
			ts = append(ts, report.TitleUse{Person: c.Person, Actor: c.Canonical, Source: a.Source, Title: c.Title.Written,
				File: a.File, Line: int(c.Line), Column: int(c.Column), Quoted: c.Quoted})
		}
	}
	return ts
}

// suppressRE matches an inline suppression:
// <!-- claimcheck-ignore RULE[, RULE…][: reason] -->.
var suppressRE = regexp.MustCompile(`<!--\s*claimcheck-ignore\b([^:>]*?)(?::\s*(.*?))?\s*-->`)

// suppressions are one draft's inline suppressions.
type suppressions struct {
	file     string
	comments map[int]bool            // lines holding a suppression
	ignore   map[int]map[string]bool // line -> rules silenced there
	reported []rules.Finding         // suppressions without a reason
}

// parseSuppressions finds the suppressions in a draft's text. Each applies
// to the next non-blank line; one without a reason is not honoured but
// reported; one naming no rule or an unknown rule is a problem.
func parseSuppressions(file, text, source string) (suppressions, []error) {
	s := suppressions{file: cleanPath(file), comments: map[int]bool{}, ignore: map[int]map[string]bool{}}
	var problems []error
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		for _, m := range suppressRE.FindAllStringSubmatchIndex(l, -1) {
			line := i + 1
			s.comments[line] = true
			names := strings.FieldsFunc(l[m[2]:m[3]], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
			reason := ""
			if m[4] >= 0 {
				reason = strings.TrimSpace(l[m[4]:m[5]])
			}
			if len(names) == 0 {
				problems = append(problems, fmt.Errorf("%s:%d: claimcheck-ignore names no rule", file, line))
				continue
			}
			bad := false
			for _, n := range names {
				if rules.ByName(n) == nil {
					problems = append(problems, fmt.Errorf("%s:%d: claimcheck-ignore: unknown rule %q (claimcheck rules lists them)", file, line, n))
					bad = true
				}
			}
			if bad {
				continue
			}
			if reason == "" {
				col := len([]rune(l[:m[0]])) + 1
				s.reported = append(s.reported, rules.Finding{
					Rule: rules.SuppressionWithoutReason.Name, File: file, Line: line, Column: col,
					Excerpt: l[m[0]:m[1]], Expected: "a reason: <!-- claimcheck-ignore " + strings.Join(names, ", ") + ": why -->",
					Confidence: 0.99, Source: source,
					Evidence: []string{"a suppression must say why it is there; this one is not honoured"},
				})
				continue
			}
			target := line + 1
			for target <= len(lines) && strings.TrimSpace(lines[target-1]) == "" {
				target++
			}
			if s.ignore[target] == nil {
				s.ignore[target] = map[string]bool{}
			}
			for _, n := range names {
				s.ignore[target][n] = true
			}
		}
	}
	return s, problems
}

// applySuppressions drops the findings silenced in their drafts and those
// inside the suppression comments themselves, and adds the suppressions
// without a reason.
func applySuppressions(fs []rules.Finding, sups []suppressions) []rules.Finding {
	silenced := silencer(sups)
	var out []rules.Finding
	for _, f := range fs {
		if silenced(&f) {
			continue
		}
		out = append(out, f)
	}
	for _, s := range sups {
		out = append(out, s.reported...)
	}
	rules.Sort(out)
	return out
}

// silencer returns whether a finding is silenced: on a line holding a
// suppression, or of a rule a suppression names for its line.
func silencer(sups []suppressions) func(*rules.Finding) bool {
	byFile := map[string]suppressions{}
	for _, s := range sups {
		byFile[s.file] = s
	}
	return func(f *rules.Finding) bool {
		s, ok := byFile[cleanPath(f.File)]
		return ok && (s.comments[f.Line] || s.ignore[f.Line][f.Rule])
	}
}

// hunkRE matches a unified diff hunk header; group 1 and 2 are the new
// side's first line and count.
var hunkRE = regexp.MustCompile(`^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@`)

// onChangedLines keeps the findings on lines the drafts changed since ref,
// as git diff -U0 ref -- FILE says. A draft git does not track is new:
// every line changed. git runs with fixed arguments; ref comes from the
// command line only.
func onChangedLines(fs []rules.Finding, files []inputFile, ref string) ([]rules.Finding, error) {
	if out, err := git("rev-parse", "--verify", "--quiet", ref+"^{commit}"); err != nil || len(out) == 0 {
		return nil, fmt.Errorf("--diff-base %s: not a git revision here", ref)
	}
	changed := map[string]map[int]bool{}
	for _, in := range files {
		f := in.name
		if f == "-" {
			return nil, fmt.Errorf("--diff-base: standard input has no git history")
		}
		tracked, err := git("ls-files", "--", f)
		if err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(tracked)) == 0 {
			changed[cleanPath(f)] = nil // untracked: all new
			continue
		}
		out, err := git("diff", "--no-color", "--no-ext-diff", "-U0", ref, "--", f)
		if err != nil {
			return nil, err
		}
		lines := map[int]bool{}
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(make([]byte, 1<<20), 1<<30)
		for sc.Scan() {
			m := hunkRE.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			start, _ := strconv.Atoi(m[1])
			n := 1
			if m[2] != "" {
				n, _ = strconv.Atoi(m[2])
			}
			for l := start; l < start+n; l++ {
				lines[l] = true
			}
		}
		changed[cleanPath(f)] = lines
	}
	var out []rules.Finding
	for _, f := range fs {
		lines, ok := changed[cleanPath(f.File)]
		if ok && (lines == nil || lines[f.Line]) {
			out = append(out, f)
		}
	}
	return out, nil
}

// git runs git with the given arguments in the working directory and
// returns its output; a failure carries git's first line of stderr.
func git(args ...string) ([]byte, error) {
	var out, errOut bytes.Buffer
	c := exec.Command("git", args...)
	c.Stdout, c.Stderr = &out, &errOut
	if err := c.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			msg, _, _ := strings.Cut(strings.TrimSpace(errOut.String()), "\n")
			return out.Bytes(), fmt.Errorf("git %s: %s", args[0], cmp.Or(msg, err.Error()))
		}
		return nil, fmt.Errorf("git: %v", err)
	}
	return out.Bytes(), nil
}
