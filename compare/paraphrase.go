package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// speakerKey names a speaker for blocking: the folded last word of the
// name ("peskov"), as reports and quotes name one person in longer and
// shorter forms, with or without the knowledge knowing them.
func speakerKey(c *claims.Claim) string {
	return strings.ToLower(lastWord(c.Canonical))
}

// paraphrases finds a direct quotation that reads as a paraphrase: the
// quoted words speak of the speaker in the third person ("“Zelensky is
// ready to meet Putin,” Zelensky said"), or other independent sources give
// the same statement only as reported speech. Quotes and reports are blocked
// by event and speaker.
func paraphrases(arts []*claims.Article, g *Grouping) []rules.Finding {
	type key struct{ event, speaker string }
	reports := map[key][]ref{}
	var quotes []ref
	for _, a := range arts {
		for i := range a.Claims {
			c := &a.Claims[i]
			switch {
			case c.Caption || c.Quoted:
			case c.Kind == claims.KindQuote && !c.Quote.ByPronoun && len(words(c.Quote.Words)) >= minQuoteWords:
				quotes = append(quotes, ref{a, c})
			case c.Kind == claims.KindReport && c.Report.Content != "" && !strings.ContainsAny(c.Report.Content, "“\""):
				k := key{g.Event(a), speakerKey(c)}
				reports[k] = append(reports[k], ref{a, c})
			}
		}
	}
	var out []rules.Finding
	for _, x := range quotes {
		qw := stems(x.c.Quote.Words)
		if len(qw) < 4 {
			continue
		}
		surname := strings.ToLower(lastWord(x.c.Canonical))
		third := len(surname) > 2 && slices.Contains(words(x.c.Quote.Words), surname)
		indirect := map[string]ref{}
		for _, y := range reports[key{g.Event(x.a), speakerKey(x.c)}] {
			src := g.SourceKey(y.a)
			if src == g.SourceKey(x.a) {
				continue
			}
			if ok, _ := similar(qw, stems(y.c.Report.Content)); ok {
				if _, seen := indirect[src]; !seen {
					indirect[src] = y
				}
			}
		}
		if !third && len(indirect) < 2 {
			continue
		}
		f := rules.Finding{
			Rule: rules.QuoteParaphrase.Name, Actor: x.c.Canonical, File: x.a.File, Line: x.c.Line, Column: x.c.Column,
			Excerpt: x.c.Text, Expected: "reported speech, or the speaker's exact words", Source: x.a.Source,
			Person: x.c.Person, Start: x.c.Start, End: x.c.End, Related: []rules.Location{},
		}
		f.Add(-0.8, "a direct quotation of %s: quotation marks promise the speaker's exact words", x.c.Canonical)
		if third {
			f.Add(0.8, "the quoted words speak of %s in the third person (%q), as a paraphrase does", x.c.Canonical, lastWord(x.c.Canonical))
		}
		if n := len(indirect); n > 0 {
			var where []string
			for _, s := range sortedKeys(indirect) {
				y := indirect[s]
				where = append(where, fmt.Sprintf("%s (%s:%d)", s, y.a.File, y.c.Line))
				f.Relate(y.loc())
			}
			f.Add(min(0.3*float64(n), 0.6), "%d independent source(s) give the statement only as reported speech: %s", n, listSome(where, "; "))
		}
		out = append(out, f)
	}
	return out
}
