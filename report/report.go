// Package report prints findings and claims in the formats users read:
// tables for a terminal and for pasting into a write-up, machine formats for
// other tools and CI (JSON, JSON Lines, CSV, SARIF, GitHub workflow
// commands) and one self-contained HTML page. Each format writes to an
// io.Writer and is picked by name; output is deterministic, byte for byte.
package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimcheck/claimcheck/rules"
)

// Input is everything a format may print. Findings is all most formats
// need; the rest is optional.
type Input struct {
	Findings []rules.Finding
	// Titles are the title claims about the persons in the findings, for
	// the HTML page's "titles each source used" tables.
	Titles []TitleUse
	// Terminal says the output goes to a terminal: the table format then
	// draws box lines and colours confidences. Decided by the caller.
	Terminal bool
	// Version is the tool's version, for SARIF's tool.driver.version.
	Version string
	// Rules are the rules SARIF documents; nil means the registry,
	// rules.All.
	Rules []*rules.Rule
}

// A TitleUse is one title one source gave one person.
type TitleUse struct {
	Person string // the knowledge ID, or the name when the knowledge has none
	Actor  string // the name as printed
	Source string // the outlet
	Title  string // the office as written, modifiers included: "former U.S. President"
	File   string
	Line   int
	Column int
	Quoted bool
}

// A Format is one output format for findings.
type Format struct {
	Name  string
	Doc   string
	Write func(w io.Writer, in Input) error
}

// AllFormats are the finding formats, sorted by name.
var AllFormats = []Format{
	{"csv", "comma-separated values, one finding a row, with a header", CSV},
	{"github", "GitHub Actions workflow commands (::warning file=…::…), annotations on a pull request", GitHub},
	{"html", "one self-contained HTML page: summary, sortable findings, evidence, titles by source", HTML},
	{"json", `{"findings": [...]}, the documented contract`, func(w io.Writer, in Input) error { return JSON(w, in.Findings) }},
	{"jsonl", "JSON Lines: one finding a line, for pipelines", JSONL},
	{"markdown", "a Markdown table that pastes into a report, then the evidence", Markdown},
	{"sarif", "SARIF 2.1.0, for code-scanning tools", SARIF},
	{"table", "a table for the terminal, then the evidence (the default)", TableInput},
	{"text", "one file:line:col line per finding, for editors and grep", func(w io.Writer, in Input) error { return Text(w, in.Findings) }},
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, bool) {
	for _, f := range AllFormats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// A Printer writes findings to w in one format.
type Printer func(w io.Writer, fs []rules.Finding) error

// Printers are the finding formats, by name, fed with findings alone
// (plain output, no titles for the HTML page).
var Printers = func() map[string]Printer {
	m := map[string]Printer{}
	for _, f := range AllFormats {
		m[f.Name] = func(w io.Writer, fs []rules.Finding) error { return f.Write(w, Input{Findings: fs}) }
	}
	return m
}()

// Formats returns the names of the finding formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(AllFormats))
	for _, f := range AllFormats {
		names = append(names, f.Name)
	}
	slices.Sort(names)
	return names
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

// nonNil returns a copy of f with nil slices replaced by empty ones, so
// that JSON never says null. The caller's finding is not changed.
func nonNil(f rules.Finding) rules.Finding {
	if f.Evidence == nil {
		f.Evidence = []string{}
	}
	if f.Related == nil {
		f.Related = []rules.Location{}
	}
	return f
}

// JSON writes {"findings": [...]}, never null.
//
// The findings are encoded in batches, each finding indented as it would
// be inside the whole document, so that a run with tens of thousands of
// findings never holds the whole document (and its indented copy) in
// memory: the bytes are those of encoding {"findings": fs} at once.
func JSON(w io.Writer, fs []rules.Finding) error {
	if len(fs) == 0 {
		_, err := io.WriteString(w, "{\n  \"findings\": []\n}\n")
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("{\n  \"findings\": [")
	err := encodeFindings(fs, "    ", "  ", func(i int, b []byte) {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		bw.Write(b)
	})
	if err != nil {
		return err
	}
	bw.WriteString("\n  ]\n}\n")
	return bw.Flush()
}

// JSONL writes one finding a line, each the object JSON writes in its
// "findings" array. No findings, no lines.
func JSONL(w io.Writer, in Input) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	err := encodeFindings(in.Findings, "", "", func(_ int, b []byte) {
		bw.Write(b)
		bw.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// encodeBatch is how many findings encodeFindings encodes before writing.
const encodeBatch = 256

// encodeFindings encodes each finding (never null, HTML not escaped, with
// the given indentation; no trailing newline) on every core, a batch at a
// time, and hands the bytes to write in the findings' order. The bytes are
// those of encoding/json's Encoder (see appendFinding), written by hand
// into one buffer a worker, kept from batch to batch; a finding with a
// NaN or infinite float goes to encoding/json, which returns its error.
func encodeFindings(fs []rules.Finding, prefix, indent string, write func(i int, b []byte)) error {
	workers := max(1, min(runtime.GOMAXPROCS(0), (len(fs)+encodeBatch-1)/encodeBatch))
	shape := newJSONShape(prefix, indent)
	bufs := make([][]byte, workers)
	// ends[i-lo] is where finding i's bytes end in its worker's buffer,
	// bufs[(i-lo)%workers]; they start where those of i-workers end.
	ends := make([]int, encodeBatch)
	errs := make([]error, workers)
	for lo := 0; lo < len(fs); lo += encodeBatch {
		hi := min(lo+encodeBatch, len(fs))
		var wg sync.WaitGroup
		for wk := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				b := bufs[wk][:0]
				for i := lo + wk; i < hi; i += workers {
					if f := &fs[i]; encodable(f) {
						b = shape.appendFinding(b, f)
					} else if err := encodeWithJSON(&b, f, prefix, indent); err != nil && errs[wk] == nil {
						errs[wk] = err
					}
					ends[i-lo] = len(b)
				}
				bufs[wk] = b
			}()
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return err
		}
		for i := lo; i < hi; i++ {
			start := 0
			if i-lo >= workers {
				start = ends[i-lo-workers]
			}
			write(i, bufs[(i-lo)%workers][start:ends[i-lo]])
		}
	}
	return nil
}

// encodeWithJSON appends f as encoding/json encodes it, for the findings
// appendFinding leaves to it, and returns encoding/json's error.
func encodeWithJSON(b *[]byte, f *rules.Finding, prefix, indent string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, indent)
	enc.SetEscapeHTML(false)
	err := enc.Encode(nonNil(*f))
	*b = append(*b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
	return err
}

// Table writes findings as an ASCII table that fits a 100-column
// terminal, sorted by file and line, each followed by its evidence.
func Table(w io.Writer, fs []rules.Finding) error { return TableInput(w, Input{Findings: fs}) }

// ANSI colours, used on a terminal only.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiDim    = "\x1b[2m"
)

// TableInput is Table for an Input: on a terminal (in.Terminal) the table
// is drawn with box lines and the evidence headings are coloured by level;
// otherwise it is plain ASCII, no escape codes.
func TableInput(w io.Writer, in Input) error {
	fs := in.Findings
	if len(fs) == 0 {
		_, err := fmt.Fprintln(w, "no findings")
		return err
	}
	style := tw.StyleASCII
	if in.Terminal {
		style = tw.StyleLight
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(style)})),
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
		head := fmt.Sprintf("%s:%d:%d %s (%.2f) %s", f.File, f.Line, f.Column, f.Rule, f.Confidence, f.Actor)
		if in.Terminal {
			c := ansiDim
			switch Level(f.Confidence) {
			case "error":
				c = ansiRed
			case "warning":
				c = ansiYellow
			case "note":
				c = ansiCyan
			}
			head = ansiBold + c + head + ansiReset
		}
		fmt.Fprintf(w, "\n%s\n", head)
		for _, e := range f.Evidence {
			fmt.Fprintf(w, "  - %s\n", e)
		}
		for _, r := range f.Related {
			fmt.Fprintf(w, "  see %s:%d:%d\n", r.File, r.Line, r.Column)
		}
	}
	return nil
}

// Level maps a confidence to a SARIF level, which the table, github and
// sarif formats share: error from 0.8, warning from 0.5, note from 0.2,
// none below.
func Level(conf float64) string {
	switch {
	case conf >= 0.8:
		return "error"
	case conf >= 0.5:
		return "warning"
	case conf >= 0.2:
		return "note"
	}
	return "none"
}

// shortFile keeps the last two path elements, so that the table fits.
func shortFile(p string) string {
	parts := strings.Split(p, "/")
	if len(parts) > 2 {
		return strings.Join(parts[len(parts)-2:], "/")
	}
	return p
}
