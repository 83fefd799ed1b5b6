package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/asciifold"
	"github.com/claimcheck/claimcheck/rules"
)

// speakerKey names a speaker for blocking: the folded last word of the
// name ("peskov"), as reports and quotes name one person in longer and
// shorter forms, with or without the knowledge knowing them.
func speakerKey(c *claims.Claim) string {
	return asciifold.Lower(lastWord(c.Canonical))
}

// A stemmedRef is a report with its content words (stemList).
type stemmedRef struct {
	ref
	words []string
}

// paraphrases finds a direct quotation that reads as a paraphrase: the
// quoted words speak of the speaker in the third person ("“Zelensky is
// ready to meet Putin,” Zelensky said"), or other independent sources give
// the same statement only as reported speech. Quotes and reports are blocked
// by event and speaker.
func paraphrases(arts []*claims.Article, stems *reportStems, g *Grouping, in *rules.Interner) []rules.Finding {
	// Which claims are compared, and their speakers, is found on all
	// cores, article by article.
	type speaking struct {
		c       *claims.Claim
		quote   bool // a quote, else a report
		speaker string
		words   []string // a report's, from stems
	}
	most := func(ai int) int {
		return g.count(ai, claims.KindQuote) + g.count(ai, claims.KindReport)
	}
	perArt, at := gather(len(arts), most, func(ai int, out []speaking) []speaking {
		a := arts[ai]
		stemmed := stems.of(ai) // the article's stemmed reports, in claim order
		for i := range a.Claims {
			c := &a.Claims[i]
			var words []string
			if isStemmed(c) {
				if stemmed[0].c != c {
					panic("compare: paraphrases: stems out of step with the claims")
				}
				words, stemmed = stemmed[0].words, stemmed[1:]
			}
			switch {
			case c.Caption || c.Quoted:
			case c.Kind == claims.KindQuote && !c.Quote.ByPronoun && hasWords(c.Quote.Words, minQuoteWords):
				out = append(out, speaking{c, true, speakerKey(c), nil})
			case c.Kind == claims.KindReport && c.Report.Content != "" && !quoteMarked(c.Report.Content):
				out = append(out, speaking{c, false, speakerKey(c), words})
			}
		}
		return out
	})
	// The quotes are numbered in article order (firstQuote[ai] is article
	// ai's first), and the findings are put in that order.
	var quotes []ref
	firstQuote := make([]int, len(arts))
	for ai, a := range arts {
		firstQuote[ai] = len(quotes)
		for _, sp := range perArt[at[ai]:at[ai+1]] {
			if sp.quote {
				quotes = append(quotes, ref{a, sp.c})
			}
		}
	}
	// A block is one event and speaker: its quotes, and its reports in
	// article order (eventBlocks).
	type block struct {
		quotes  []int
		reports []stemmedRef
	}
	blocks := eventBlocks(g, func(ai int, block func(string) (*block, bool)) {
		qi := firstQuote[ai]
		for _, sp := range perArt[at[ai]:at[ai+1]] {
			b, _ := block(sp.speaker)
			if sp.quote {
				b.quotes = append(b.quotes, qi)
				qi++
			} else {
				b.reports = append(b.reports, stemmedRef{ref{arts[ai], sp.c}, sp.words})
			}
		}
	})
	perArt = nil
	blocks = slices.DeleteFunc(blocks, func(b block) bool { return len(b.quotes) == 0 })
	// The quotes of one block are compared with its reports on one core,
	// each report's words stemmed once (stems).
	found := make([][]hit, len(blocks)) // by quote
	parallel(len(blocks), func(_, b int) {
		ys := blocks[b].reports
		var qw []string // of one quote, kept for the next
		for _, qi := range blocks[b].quotes {
			x := quotes[qi]
			qw = appendStemList(qw[:0], x.c.Quote.Words)
			if len(qw) < 4 {
				continue
			}
			if f, ok := paraphrase(x, qw, ys, g, in); ok {
				found[b] = append(found[b], hit{qi, f})
			}
		}
	})
	return inOrder(found...)
}

// quoteMarked is strings.ContainsAny(s, "“\""), in two searches of
// their own: ContainsAny, with a mark that is not ASCII, calls
// strings.IndexRune for every rune of s.
func quoteMarked(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“")
}

// paraphrase decides whether quote x (its content words qw, sorted, each
// once) reads as a paraphrase, given the reports ys of its event and
// speaker (their content words stemmed, as stemList gives them). Sorted
// lists are met in one merge (sharedStrings), where sets in maps were
// hashed word by word.
func paraphrase(x ref, qw []string, ys []stemmedRef, g *Grouping, in *rules.Interner) (rules.Finding, bool) {
	surname := asciifold.Lower(lastWord(x.c.Canonical))
	third := len(surname) > 2 && hasWord(x.c.Quote.Words, surname)
	indirect := map[string]ref{}
	mine := g.SourceKey(x.a)
	for _, y := range ys {
		src := g.SourceKey(y.a)
		if src == mine {
			continue
		}
		if similarCount(sharedStrings(qw, y.words), len(qw), len(y.words)) {
			if _, seen := indirect[src]; !seen {
				indirect[src] = y.ref
			}
		}
	}
	if !third && len(indirect) < 2 {
		return rules.Finding{}, false
	}
	f := rules.Finding{
		Rule: rules.QuoteParaphrase.Name, Actor: x.c.Canonical, File: x.a.File, Line: int(x.c.Line), Column: int(x.c.Column),
		Excerpt: x.c.Text, Expected: "reported speech, or the speaker's exact words", Source: x.a.Source,
		Person: x.c.Person, Start: int(x.c.Start), End: int(x.c.End), Related: []rules.Location{},
	}
	f.AddIn(in, -0.8, "a direct quotation of %s: quotation marks promise the speaker's exact words", x.c.Canonical)
	if third {
		f.AddIn(in, 0.8, "the quoted words speak of %s in the third person (%q), as a paraphrase does", x.c.Canonical, lastWord(x.c.Canonical))
	}
	if n := len(indirect); n > 0 {
		var where []string
		for _, s := range sortedKeys(indirect) {
			y := indirect[s]
			where = append(where, fmt.Sprintf("%s (%s:%d)", s, y.a.File, y.c.Line))
			f.Relate(y.loc())
		}
		f.AddIn(in, min(0.3*float64(n), 0.6), "%d independent source(s) give the statement only as reported speech: %s", n, some(where, "; "))
	}
	return f, true
}
