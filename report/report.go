// Package report prints findings and claims in the formats users read:
// tables for a terminal, JSON for other tools. Each printer writes to an
// io.Writer and is picked by name; output is deterministic, byte for byte.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimcheck/claimcheck/rules"
)

// A Printer writes findings to w in one format.
type Printer func(w io.Writer, fs []rules.Finding) error

// Printers are the finding formats, by name.
var Printers = map[string]Printer{
	"table": Table,
	"json":  JSON,
	"text":  Text,
}

// Text writes one line per finding in the compiler form editors and grep
// understand: "file:line:col: rule (confidence) actor: excerpt; expected: …".
func Text(w io.Writer, fs []rules.Finding) error {
	for _, f := range fs {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s (%.2f) %s: %q; expected: %s\n",
			f.File, f.Line, f.Column, f.Rule, f.Confidence, f.Actor, f.Excerpt, f.Expected); err != nil {
			return err
		}
	}
	return nil
}

// Formats returns the names of the finding formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(Printers))
	for n := range Printers {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// JSON writes {"findings": [...]}, never null.
func JSON(w io.Writer, fs []rules.Finding) error {
	if fs == nil {
		fs = []rules.Finding{}
	}
	for i := range fs {
		if fs[i].Evidence == nil {
			fs[i].Evidence = []string{}
		}
		if fs[i].Related == nil {
			fs[i].Related = []rules.Location{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Findings []rules.Finding `json:"findings"`
	}{fs})
}

// Table writes findings as an ASCII table that fits a 100-column
// terminal, sorted by file and line, each followed by its evidence.
func Table(w io.Writer, fs []rules.Finding) error {
	if len(fs) == 0 {
		_, err := fmt.Fprintln(w, "no findings")
		return err
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithMaxWidth(100),
	)
	t.Header("where", "rule", "conf", "claim", "expected")
	for _, f := range fs {
		where := fmt.Sprintf("%s:%d:%d", shortFile(f.File), f.Line, f.Column)
		if err := t.Append([]string{where, f.Rule, strconv.FormatFloat(f.Confidence, 'f', 2, 64), f.Excerpt, f.Expected}); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	for _, f := range fs {
		fmt.Fprintf(w, "\n%s:%d:%d %s (%.2f) %s\n", f.File, f.Line, f.Column, f.Rule, f.Confidence, f.Actor)
		for _, e := range f.Evidence {
			fmt.Fprintf(w, "  - %s\n", e)
		}
		for _, r := range f.Related {
			fmt.Fprintf(w, "  see %s:%d:%d\n", r.File, r.Line, r.Column)
		}
	}
	return nil
}

// shortFile keeps the last two path elements, so that the table fits.
func shortFile(p string) string {
	parts := strings.Split(p, "/")
	if len(parts) > 2 {
		return strings.Join(parts[len(parts)-2:], "/")
	}
	return p
}
