package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/rules"
)

// CSV writes one finding a row under a header row, with encoding/csv's
// quoting: file, line, column, rule, confidence, level, actor, excerpt,
// expected, source, evidence (lines joined by " | ").
func CSV(w io.Writer, in Input) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"file", "line", "column", "rule", "confidence", "level", "actor", "excerpt", "expected", "source", "evidence"}); err != nil {
		return err
	}
	for _, f := range in.Findings {
		if err := cw.Write([]string{f.File, strconv.Itoa(f.Line), strconv.Itoa(f.Column), f.Rule,
			strconv.FormatFloat(f.Confidence, 'f', 2, 64), Level(f.Confidence), f.Actor, f.Excerpt, f.Expected,
			f.Source, strings.Join(f.Evidence, " | ")}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// mdCell makes s safe inside a Markdown table cell: a "|" would end the
// cell and a line break the row, so they become "\|" and "<br>"; a
// backslash is doubled first so that "\|" in the text stays literal.
var mdCell = strings.NewReplacer(`\`, `\\`, "|", `\|`, "<", "&lt;", "\r\n", "<br>", "\n", "<br>", "\r", "<br>").Replace

// mdText makes s safe as Markdown list text: line breaks become spaces.
// In both, "<" becomes "&lt;" so that text is never read as HTML.
var mdText = strings.NewReplacer("<", "&lt;", "\r\n", " ", "\n", " ", "\r", " ").Replace

// Markdown writes a GitHub-flavoured Markdown table of the findings, one
// row each (never wrapped), then each finding's evidence as a list. The
// output pastes into a report or a pull-request comment.
func Markdown(w io.Writer, in Input) error {
	fs := in.Findings
	if len(fs) == 0 {
		_, err := fmt.Fprintln(w, "No findings.")
		return err
	}
	var b strings.Builder
	b.WriteString("| where | rule | confidence | claim | expected |\n")
	b.WriteString("|---|---|---:|---|---|\n")
	for _, f := range fs {
		fmt.Fprintf(&b, "| %s | `%s` | %.2f | %s | %s |\n", mdCell(fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column)),
			f.Rule, f.Confidence, mdCell(f.Excerpt), mdCell(f.Expected))
	}
	for _, f := range fs {
		fmt.Fprintf(&b, "\n**%s:%d:%d** `%s` (%.2f) %s\n", mdText(f.File), f.Line, f.Column, f.Rule, f.Confidence, mdText(f.Actor))
		if len(f.Evidence)+len(f.Related) > 0 {
			b.WriteString("\n")
		}
		for _, e := range f.Evidence {
			fmt.Fprintf(&b, "- %s\n", mdText(e))
		}
		for _, r := range f.Related {
			fmt.Fprintf(&b, "- see %s:%d:%d\n", mdText(r.File), r.Line, r.Column)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// GitHub writes one workflow command per finding, which GitHub Actions
// shows as an annotation on the file and line:
//
//	::warning file=a.md,line=3,col=5,title=title/former-in-office (0.95)::…
//
// error from confidence 0.8, warning from 0.5, notice below. Values are
// escaped as the Actions toolkit escapes them: % CR LF everywhere, and
// also : and , inside properties.
func GitHub(w io.Writer, in Input) error {
	for _, f := range in.Findings {
		cmd := "notice"
		switch Level(f.Confidence) {
		case "error":
			cmd = "error"
		case "warning":
			cmd = "warning"
		}
		msg := fmt.Sprintf("%s: %q; expected: %s", f.Actor, f.Excerpt, f.Expected)
		if _, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", cmd,
			ghProperty(f.File), f.Line, f.Column, ghProperty(fmt.Sprintf("%s (%.2f)", f.Rule, f.Confidence)),
			ghData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// ghData escapes a workflow command's message (toolkit escapeData).
var ghData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// ghProperty escapes a workflow command's property value (toolkit
// escapeProperty).
var ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace

// ruleDocs returns the rules a format documents: in.Rules, else the
// registry.
func ruleDocs(in Input) []*rules.Rule {
	if in.Rules != nil {
		return in.Rules
	}
	return rules.All
}
