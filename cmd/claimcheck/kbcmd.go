package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/rules/kb"
)

func newKBCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kb",
		Short: "Inspect, validate and extend the knowledge of who held which office when",
		Long: `The knowledge is the embedded default (rules/kb/data) with the files named by
--kb merged over it, in order. Merge rules: a later file's source, country,
role or office replaces the row with the same ID; a later file's person
replaces the person with the same ID but keeps the earlier aliases; terms
are added, and a later term with the same person, office and start day
replaces the earlier one (to correct an end, repeat the term with the new
end; to correct a start, the old row stays, and kb validate reports the
overlap).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newKBStatsCmd(), newKBLookupCmd(), newKBValidateCmd(), newKBImportCmd())
	return cmd
}

// knowledgeFiles returns the default files and those named by --kb, parsed.
func knowledgeFiles(cmd *cobra.Command) ([]*kb.File, error) {
	files, err := kb.DefaultFiles()
	if err != nil {
		return nil, err
	}
	extra, _ := cmd.Flags().GetStringArray(kbFlag)
	for _, name := range extra {
		f, err := parseKBFile(name)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

func parseKBFile(name string) (*kb.File, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return kb.Parse(name, data)
}

func newKBStatsCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "stats",
		Short:   "Count the persons, offices, terms, countries, roles and sources, overall and per file",
		Args:    cobra.NoArgs,
		Example: "  claimcheck kb stats\n  claimcheck --kb mine.yaml kb stats",
		RunE: func(cmd *cobra.Command, args []string) error {
			files, err := knowledgeFiles(cmd)
			if err != nil {
				return err
			}
			k, err := kb.New(files...)
			if err != nil {
				return fmt.Errorf("knowledge: %w", err)
			}
			width := len("merged")
			for _, f := range files {
				width = max(width, len(f.Name))
			}
			w := cmd.OutOrStdout()
			format := fmt.Sprintf("%%-%ds %%8s %%8s %%8s %%10s %%6s %%8s  %%s\n", width)
			fmt.Fprintf(w, format, "file", "persons", "offices", "terms", "countries", "roles", "sources", "snapshot")
			row := func(name string, s kb.Stats) {
				snap := "-"
				if !s.Snapshot.IsZero() {
					snap = s.Snapshot.String()
				}
				n := func(i int) string { return strconv.Itoa(i) }
				fmt.Fprintf(w, format, name, n(s.Persons), n(s.Offices), n(s.Terms), n(s.Countries), n(s.Roles), n(s.Sources), snap)
			}
			for _, f := range files {
				row(f.Name, f.Stats())
			}
			row("merged", k.Stats())
			return nil
		},
	}
}

type lookupOptions struct {
	date string
}

func newKBLookupCmd() *cobra.Command {
	var opts lookupOptions
	cmd := &cobra.Command{
		Use:   "lookup NAME",
		Short: "Show what the knowledge holds of a person: offices and terms, with sources",
		Long: `lookup finds persons by full name or alias (diacritics, case, dots and
hyphens do not matter: "Erdogan", "Kim Jong-un"), else by surname, and shows
every candidate with their terms and the source of each. With --date, it
shows what each held on that day.`,
		Args:    cobra.MinimumNArgs(1),
		Example: "  claimcheck kb lookup Vladimir Putin\n  claimcheck kb lookup Bush --date 2003-03-20",
		RunE: func(cmd *cobra.Command, args []string) error {
			return lookupRun(cmd, strings.Join(args, " "), opts)
		},
	}
	cmd.Flags().StringVar(&opts.date, "date", "", "show the offices held on this `YYYY-MM-DD` day")
	return cmd
}

func lookupRun(cmd *cobra.Command, name string, opts lookupOptions) error {
	var day date.Date
	if opts.date != "" {
		d, err := date.Parse(opts.date)
		if err != nil {
			return fmt.Errorf("--date: %v", err)
		}
		day = d
	}
	k, err := knowledge(cmd)
	if err != nil {
		return err
	}
	ids := k.PersonsByName(name)
	how := "name"
	if len(ids) == 0 {
		words := strings.Fields(kb.Fold(name))
		if len(words) == 1 {
			ids, how = k.PersonsBySurname(words[0]), "surname"
		}
	}
	if len(ids) == 0 {
		return fmt.Errorf("no person called %q in the knowledge", name)
	}
	w := cmd.OutOrStdout()
	if len(ids) > 1 {
		fmt.Fprintf(w, "%q is ambiguous (%s): %d persons\n\n", name, how, len(ids))
	}
	for i, id := range ids {
		if i > 0 {
			fmt.Fprintln(w)
		}
		printPerson(w, k, id, day)
	}
	return nil
}

func printPerson(w io.Writer, k *kb.KB, id string, day date.Date) {
	p := k.Person(id)
	fmt.Fprintf(w, "%s (%s)\n", p.Name, p.ID)
	if len(p.Aliases) > 0 {
		aliases := slices.Clone(p.Aliases)
		slices.Sort(aliases)
		aliases = slices.Compact(aliases)
		fmt.Fprintf(w, "  also: %s\n", strings.Join(aliases, "; "))
	}
	fmt.Fprintf(w, "  source: %s\n", sourceText(k, p.Source))
	terms := k.TermsOf(id)
	if len(terms) == 0 {
		fmt.Fprintln(w, "  no terms")
	}
	held := 0
	for _, t := range terms {
		mark := " "
		if !day.IsZero() {
			if !t.Covers(day) {
				continue
			}
			held++
			if !t.End.IsZero() || t.Until.IsZero() || !day.After(t.Until) {
				mark = "*"
			} else {
				mark = "?"
			}
		}
		fmt.Fprintf(w, " %s %s\n", mark, termLine(k, t))
		fmt.Fprintf(w, "      source: %s\n", sourceText(k, t.Source))
	}
	if !day.IsZero() {
		switch {
		case held == 0:
			fmt.Fprintf(w, "  on %s: no office in the knowledge\n", day)
		case day.After(k.Snapshot()):
			fmt.Fprintf(w, "  on %s: after the knowledge's snapshot (%s); a change since then is unknown\n", day, k.Snapshot())
		}
	}
}

func termLine(k *kb.KB, t *kb.Term) string {
	name := t.Office
	if o := k.Office(t.Office); o != nil {
		name = o.Name + " [" + o.ID + "]"
		if o.DeFacto {
			name += " (de facto)"
		}
	}
	end := "present"
	switch {
	case !t.End.IsZero():
		end = t.End.String()
	case !t.Until.IsZero():
		end = "present (as of " + t.Until.String() + ")"
	}
	var extra []string
	if t.Acting {
		extra = append(extra, "acting")
	}
	if t.Precision != "" {
		extra = append(extra, "dates to the "+t.Precision)
	}
	if !t.Elected.IsZero() {
		extra = append(extra, "elected "+t.Elected.String())
	}
	if t.Note != "" {
		extra = append(extra, t.Note)
	}
	s := fmt.Sprintf("%s: %s to %s", name, t.Start, end)
	if t.Start.IsZero() {
		s = fmt.Sprintf("%s: until %s", name, end)
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, "; ") + ")"
	}
	return s
}

func sourceText(k *kb.KB, id string) string {
	s := k.Source(id)
	if s == nil {
		return id
	}
	out := s.Title
	if s.Version != "" {
		out += ", " + s.Version
	}
	if s.URL != "" {
		out += " <" + s.URL + ">"
	}
	return out
}

func newKBValidateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check knowledge files and report every problem as file:line:col",
		Long: `validate parses each FILE and checks it together with the default knowledge
(and the --kb files), as they would be merged: a term ending before it
starts, an unknown person, office, country or role, a duplicate ID in one
file, a row whose source is missing or not declared in its file, and terms
of a single-holder office that overlap by more than the handover day. Only
problems in the FILEs are reported, one per line:

  FILE:LINE:COL: ROW: what is wrong

Exit status 0 when the files are clean, 1 when there are problems, 2 when a
file cannot be read.`,
		Args:    cobra.MinimumNArgs(1),
		Example: "  claimcheck kb validate mine.yaml",
		RunE: func(cmd *cobra.Command, args []string) error {
			base, err := knowledgeFiles(cmd)
			if err != nil {
				return err
			}
			files := slices.Clone(base)
			mine := map[string]bool{}
			w := cmd.OutOrStdout()
			problems := 0
			for _, name := range args {
				f, err := parseKBFile(name)
				if err != nil {
					if _, ok := err.(*os.PathError); ok {
						return err
					}
					fmt.Fprintln(w, err) // a syntax error: file:line:col: message
					problems++
					continue
				}
				files = append(files, f)
				mine[name] = true
			}
			for _, e := range kb.Validate(files...) {
				if p, ok := e.(*kb.Problem); ok && !mine[p.File] {
					continue
				}
				fmt.Fprintln(w, e)
				problems++
			}
			if problems > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "%d problems\n", problems)
				return errFindings
			}
			return nil
		},
	}
}

type importOptions struct {
	wikidata  string
	out       string
	retrieved string
	country   string
	role      string
}

func newKBImportCmd() *cobra.Command {
	var opts importOptions
	cmd := &cobra.Command{
		Use:   "import --wikidata FILE [-o OUT]",
		Short: "Convert Wikidata query results (position held, with dates) into a knowledge file",
		Long: `import reads the SPARQL 1.1 JSON results of the query below, run at
https://query.wikidata.org/ (put the positions you want under VALUES, then
Download > JSON file), and writes a knowledge YAML file: one person per
holder (keyed by QID, with the English aliases), one office per position
(the default knowledge's office when the country and role match), one term
per statement, ending in "until" the retrieval day when the term is still
running. Every row cites one source naming the results file and the day.
A position maps to an office by the country's ISO code (countryCode) and a
role found in its label ("Minister of Foreign Affairs" is foreign_minister);
use --country for international offices and --role where the label names
no known role. Rows that cannot be used are listed on stderr.

Then check against it with: claimcheck --kb OUT check ARTICLES…

The query:

` + kb.WikidataQuery,
		Args:    cobra.NoArgs,
		Example: "  claimcheck kb import --wikidata results.json -o wikidata.yaml\n  claimcheck kb import --wikidata nato.json --country NATO --role secretary_general",
		RunE: func(cmd *cobra.Command, args []string) error {
			return importRun(cmd, opts)
		},
	}
	cmd.Flags().StringVar(&opts.wikidata, "wikidata", "", "the query's JSON results `FILE`")
	cmd.Flags().StringVarP(&opts.out, "output", "o", "", "write the knowledge to `OUT` (default standard output)")
	cmd.Flags().StringVar(&opts.retrieved, "retrieved", "", "the `YYYY-MM-DD` day the results were downloaded (default: the file's modification day)")
	cmd.Flags().StringVar(&opts.country, "country", "", "country `CODE` for positions without a countryCode (UN, NATO, EU)")
	cmd.Flags().StringVar(&opts.role, "role", "", "use this role `ID` for every position")
	_ = cmd.MarkFlagRequired("wikidata")
	return cmd
}

func importRun(cmd *cobra.Command, opts importOptions) error {
	data, err := os.ReadFile(opts.wikidata)
	if err != nil {
		return err
	}
	var retrieved date.Date
	if opts.retrieved != "" {
		if retrieved, err = date.Parse(opts.retrieved); err != nil {
			return fmt.Errorf("--retrieved: %v", err)
		}
	} else {
		fi, err := os.Stat(opts.wikidata)
		if err != nil {
			return err
		}
		retrieved = date.FromTime(fi.ModTime().In(time.UTC))
	}
	k, err := knowledge(cmd)
	if err != nil {
		return err
	}
	f, notes, err := kb.ImportWikidata(opts.wikidata, data, k, kb.ImportOptions{Retrieved: retrieved, Country: strings.ToUpper(opts.country), Role: opts.role})
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintf(cmd.ErrOrStderr(), "claimcheck: skipped %s\n", n)
	}
	out := kb.WriteYAML(f)
	// The output must load over the knowledge it was made for.
	check, err := kb.Parse("import.yaml", out)
	if err == nil {
		files, ferr := knowledgeFiles(cmd)
		if ferr != nil {
			return ferr
		}
		_, err = kb.New(append(files, check)...)
	}
	if err != nil {
		return fmt.Errorf("the imported knowledge does not load: %w", err)
	}
	if opts.out == "" {
		_, err = cmd.OutOrStdout().Write(out)
		return err
	}
	if err := os.WriteFile(opts.out, out, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s: %d persons, %d offices, %d terms\n", opts.out, len(f.Persons), len(f.Offices), len(f.Terms))
	return nil
}
