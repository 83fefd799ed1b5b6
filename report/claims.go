package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimcheck/claimcheck/claims"
)

// An ArticleView is an article as the claims command prints it. Field
// names are a contract other tools read: add, never rename.
type ArticleView struct {
	File          string      `json:"file"`
	Index         int         `json:"index"`
	Source        string      `json:"source"`
	SourceFrom    string      `json:"source_from"`
	Title         string      `json:"title"`
	Published     string      `json:"published"`
	PublishedFrom string      `json:"published_from"`
	Dating        *DatingView `json:"dating,omitempty"`
	Claims        []ClaimView `json:"claims"`
}

// A DatingView is the window an undated article is checked in, and why.
type DatingView struct {
	Window  string   `json:"window"`
	From    string   `json:"from"`
	Days    int      `json:"days"`
	Support []string `json:"support"`
}

// A ClaimView is one claim as printed.
type ClaimView struct {
	Kind      string    `json:"kind"`
	Actor     string    `json:"actor"`
	Person    string    `json:"person,omitempty"`
	Text      string    `json:"text"`
	Office    string    `json:"office,omitempty"`
	OfficeID  string    `json:"office_id,omitempty"`
	Modifiers []string  `json:"modifiers"`
	Quoted    bool      `json:"quoted"`
	Caption   bool      `json:"caption,omitempty"`
	Line      int       `json:"line"`
	Column    int       `json:"column"`
	Reporter  string    `json:"reporter,omitempty"`
	When      *WhenView `json:"when,omitempty"`
}

// A WhenView dates a claim.
type WhenView struct {
	From string `json:"from"`
	To   string `json:"to"`
	Text string `json:"text"`
}

// ViewArticle returns the printable view of an article and its claims.
func ViewArticle(a *claims.Article) ArticleView {
	v := ArticleView{
		File: a.File, Index: a.Index, Source: a.Source, SourceFrom: a.SourceFrom, Title: a.Title,
		PublishedFrom: a.PublishedFrom, Claims: []ClaimView{},
	}
	if a.Published.Exact() {
		v.Published = a.Published.From.String()
	} else if !a.Published.IsZero() {
		v.Published = a.Published.String()
	}
	for _, c := range a.Claims {
		cv := ClaimView{Kind: c.Kind.String(), Actor: c.Canonical, Person: c.Person, Text: c.Text,
			Line: int(c.Line), Column: int(c.Column), Quoted: c.Quoted, Caption: c.Caption, Modifiers: []string{}}
		if t := c.Title; t != nil {
			cv.Office = t.Written
			cv.OfficeID = t.Office
			if cv.OfficeID == "" && t.Role != "" {
				cv.OfficeID = t.Country + "/" + t.Role
			}
			cv.Modifiers = append(cv.Modifiers, t.Modifiers...)
		}
		if r := c.Report; r != nil {
			cv.Reporter = r.Reporter
			if r.When != "" {
				cv.When = &WhenView{Text: r.When, From: r.Day.From.String(), To: r.Day.To.String()}
			}
		}
		if w := c.When; w.Text != "" {
			// The claim's own date phrase, resolved against the
			// publication date (see claims.ResolveWhens).
			cv.When = &WhenView{Text: w.Text, From: w.From.String(), To: w.To.String()}
		}
		v.Claims = append(v.Claims, cv)
	}
	return v
}

// ClaimsJSON writes {"articles": [...]}.
func ClaimsJSON(w io.Writer, as []ArticleView) error {
	if as == nil {
		as = []ArticleView{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Articles []ArticleView `json:"articles"`
	}{as})
}

// ClaimsTable writes one table of claims per article, under a line that
// says what the article is and how it is dated.
func ClaimsTable(w io.Writer, as []ArticleView) error {
	for i, a := range as {
		if i > 0 {
			fmt.Fprintln(w)
		}
		pub := a.Published
		if pub == "" {
			pub = "undated"
		} else {
			pub += " (" + a.PublishedFrom + ")"
		}
		fmt.Fprintf(w, "%s #%d  source: %s (%s)  published: %s\n", a.File, a.Index+1, a.Source, a.SourceFrom, pub)
		if a.Title != "" {
			fmt.Fprintf(w, "title: %s\n", a.Title)
		}
		if d := a.Dating; d != nil {
			fmt.Fprintf(w, "checked at: %s (%d days, %s)\n", d.Window, d.Days, d.From)
			for _, s := range d.Support {
				fmt.Fprintf(w, "  because %s\n", s)
			}
		}
		t := tablewriter.NewTable(w,
			tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleASCII)})),
			tablewriter.WithHeaderAutoFormat(tw.Off),
			tablewriter.WithHeaderAlignment(tw.AlignLeft),
			tablewriter.WithRowAutoWrap(tw.WrapNormal),
			tablewriter.WithMaxWidth(100),
		)
		t.Header("line", "kind", "actor", "office / when", "text")
		for _, c := range a.Claims {
			what := c.Office
			if len(c.Modifiers) > 0 {
				what += " [" + strings.Join(c.Modifiers, ",") + "]"
			}
			if c.When != nil {
				when := c.When.Text
				if c.When.From != "" {
					when += " = " + c.When.From
					if c.When.To != c.When.From {
						when += ".." + c.When.To
					}
				}
				if c.Kind == "title" && what != "" {
					when = what + "; " + when // keep the office in view
				}
				what = when
			}
			if c.Quoted {
				what += " (quoted)"
			}
			if err := t.Append([]string{strconv.Itoa(c.Line) + ":" + strconv.Itoa(c.Column), c.Kind, c.Actor, what, c.Text}); err != nil {
				return err
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	return nil
}
