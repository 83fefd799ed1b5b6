package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// A Dating is the date at which an article's claims are checked: its
// publication day, a window of days, or windows inferred from what the
// article itself says.
type Dating struct {
	Windows []date.Window // disjoint, in order; empty when nothing is known
	From    string        // "header", "published line", "dateline", "caption date", "inferred from claims"
	// Support lists the claims that place an inferred date, as
	// "line 12: Pope Leo XIV (2025-05-08..)".
	Support []string
}

// Days returns how many days the dating spans.
func (d Dating) Days() int {
	n := 0
	for _, w := range d.Windows {
		n += w.Days()
	}
	return n
}

// Exact reports whether the dating is one known day.
func (d Dating) Exact() bool { return len(d.Windows) == 1 && d.Windows[0].Exact() }

// Inferred reports whether the dating came from the article's claims.
func (d Dating) Inferred() bool { return d.From == inferredFrom }

const inferredFrom = "inferred from claims"

func (d Dating) String() string {
	ws := make([]string, len(d.Windows))
	for i, w := range d.Windows {
		ws[i] = w.String()
	}
	return strings.Join(ws, ", ")
}

// earliest bounds inference from below: the knowledge is sparse before it.
var earliest = date.MustOf(1945, 1, 1)

// ArticleDating returns the dating of an article: its publication date when
// known, else windows inferred from its claims, leaving out the claim at
// index skip (so a claim never dates itself). It reports false when nothing
// dates the article.
func ArticleDating(k *kb.KB, a *claims.Article, skip int) (Dating, bool) {
	if a.Published.Exact() {
		return Dating{Windows: []date.Window{a.Published}, From: a.PublishedFrom}, true
	}
	d, ok := inferDating(k, a, skip)
	if ok && a.Published.IsZero() && a.DatelineDay > 0 {
		// A dateline without a year ("Moscow, April 25 –"): the claims'
		// windows place the year when only one April 25 falls in them.
		if day, ok := datelineDay(d, a); ok {
			return Dating{Windows: []date.Window{date.Day(day)}, From: "dateline and " + inferredFrom,
				Support: append(d.Support, fmt.Sprintf("the dateline's %s %d falls once in %s", a.DatelineMonth, a.DatelineDay, d))}, true
		}
	}
	if !a.Published.IsZero() {
		// A caption date bounds the publication from below.
		if ok {
			var in []date.Window
			for _, w := range d.Windows {
				if x, ok := w.Intersect(a.Published); ok {
					in = append(in, x)
				}
			}
			if len(in) > 0 {
				d.Windows = in
				d.From = a.PublishedFrom + " and " + inferredFrom
				return d, true
			}
		}
		return Dating{Windows: []date.Window{a.Published}, From: a.PublishedFrom}, true
	}
	return d, ok
}

type constraint struct {
	windows []date.Window
	what    string
	weight  int // 2 for a current title; 1 for a weaker one ("former", or in a quotation)
}

// A current title pins a date to its holder's terms; "former" only says
// "some time after", and a quotation is the speaker's word: each counts half
// in the sweep, so that one wrong "former" cannot tie with a right title.
const (
	fullWeight = 2
	halfWeight = 1
)

// inferDating finds the days consistent with the most title claims of the
// article (each claim names an office held at the time of writing), by a
// weighted sweep over the claims' windows. A wrong claim cannot move the
// result when the other claims agree among themselves.
func inferDating(k *kb.KB, a *claims.Article, skip int) (Dating, bool) {
	var cs []constraint
	seen := map[string]bool{}
	for i, c := range a.Claims {
		if i == skip || c.Kind != claims.KindTitle || c.Person == "" || c.Title.Hypothetical {
			continue
		}
		if c.Title.HasModifier("then") || c.Title.HasModifier("late") {
			continue
		}
		ws := claimWindows(k, &c)
		if len(ws) == 0 {
			continue
		}
		key := c.Person + "|" + fmt.Sprint(ws)
		if seen[key] {
			continue // the same fact twice is one constraint
		}
		seen[key] = true
		w := fullWeight
		if c.Quoted || c.Title.HasModifier("former") || c.Title.HasModifier("ex") {
			w = halfWeight
		}
		cs = append(cs, constraint{ws, fmt.Sprintf("line %d: %s (%s)", c.Line, c.Text, windowsText(ws, k.Snapshot())), w})
	}
	if len(cs) == 0 {
		return Dating{}, false
	}
	// Sweep: +1 where a constraint's window opens, -1 after it closes.
	type ev struct {
		d     date.Date
		delta int
	}
	var evs []ev
	for _, c := range cs {
		for _, w := range c.windows {
			evs = append(evs, ev{w.From, c.weight}, ev{w.To.AddDays(1), -c.weight})
		}
	}
	slices.SortFunc(evs, func(x, y ev) int {
		if c := x.d.Compare(y.d); c != 0 {
			return c
		}
		return x.delta - y.delta
	})
	best, cur := 0, 0
	var out []date.Window
	for i, e := range evs {
		cur += e.delta
		if i+1 < len(evs) && evs[i+1].d == e.d {
			continue
		}
		if i+1 >= len(evs) {
			break
		}
		seg := date.Window{From: e.d, To: evs[i+1].d.AddDays(-1)}
		switch {
		case cur > best:
			best, out = cur, []date.Window{seg}
		case cur == best && best > 0:
			if n := len(out); n > 0 && out[n-1].To.AddDays(1) == seg.From {
				out[n-1].To = seg.To
			} else {
				out = append(out, seg)
			}
		}
	}
	if best == 0 || best <= fullWeight && len(cs) > 1 {
		// Nothing, or claims that each point elsewhere: no window to trust.
		return Dating{}, false
	}
	var support []string
	for _, c := range cs {
		for _, w := range c.windows {
			if _, ok := w.Intersect(out[0]); ok {
				support = append(support, c.what)
				break
			}
		}
	}
	return Dating{Windows: out, From: inferredFrom, Support: support}, true
}

// claimWindows returns the days on which a title claim is true by the
// knowledge, bounded by [earliest, snapshot].
func claimWindows(k *kb.KB, c *claims.Claim) []date.Window {
	offices := claimOffices(k, c)
	if len(offices) == 0 {
		return nil
	}
	snap := k.Snapshot()
	var held []date.Window
	for _, t := range k.TermsOf(c.Person) {
		if !slices.Contains(offices, t.Office) {
			continue
		}
		from, to := t.Start, t.End
		if from.IsZero() || from.Before(earliest) {
			from = earliest
		}
		if to.IsZero() && !t.Until.IsZero() {
			to = t.Until // the source saw the term running only this far
		}
		if to.IsZero() || to.After(snap) {
			to = snap
		}
		if !to.Before(from) {
			held = append(held, date.Window{From: from, To: to})
		}
	}
	held = mergeWindows(held)
	switch {
	case c.Title.HasModifier("former") || c.Title.HasModifier("ex"):
		// After the first term ended, whenever not in office.
		if len(held) == 0 {
			return nil
		}
		var out []date.Window
		for i, w := range held {
			next := snap
			if i+1 < len(held) {
				next = held[i+1].From.AddDays(-1)
			}
			if from := w.To.AddDays(1); !next.Before(from) {
				out = append(out, date.Window{From: from, To: next})
			}
		}
		return out
	case len(c.Title.Modifiers) > 0:
		return nil // acting, elect, interim…: no clean window
	}
	return held
}

func mergeWindows(ws []date.Window) []date.Window {
	slices.SortFunc(ws, func(a, b date.Window) int { return a.From.Compare(b.From) })
	var out []date.Window
	for _, w := range ws {
		if n := len(out); n > 0 && !w.From.After(out[n-1].To.AddDays(1)) {
			if w.To.After(out[n-1].To) {
				out[n-1].To = w.To
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

func windowsText(ws []date.Window, snap date.Date) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		if w.To == snap {
			parts[i] = w.From.String() + ".."
		} else {
			parts[i] = w.String()
		}
	}
	return strings.Join(parts, ", ")
}

// claimOffices returns the offices a title claim can mean: the office its
// words name, or, for a title without a country ("President Putin"), the
// offices of that role the person held at any time.
func claimOffices(k *kb.KB, c *claims.Claim) []string {
	t := c.Title
	switch {
	case t.Office != "":
		if k.Office(t.Office) != nil {
			return []string{t.Office}
		}
		return nil
	case t.Role == "":
		return nil
	case t.Country != "":
		if o := k.OfficeFor(t.Country, t.Role); o != nil {
			return []string{o.ID}
		}
		return nil
	}
	var out []string
	for _, term := range k.TermsOf(c.Person) {
		if o := k.Office(term.Office); o != nil && o.Role == t.Role && !slices.Contains(out, o.ID) {
			out = append(out, o.ID)
		}
	}
	return out
}

// datelineDay returns the one day in the dating's windows that falls on the
// article's dateline month and day, and false when none or several do.
func datelineDay(d Dating, a *claims.Article) (date.Date, bool) {
	var found []date.Date
	for _, w := range d.Windows {
		for y := w.From.Year(); y <= w.To.Year(); y++ {
			if x, ok := date.Of(y, a.DatelineMonth, a.DatelineDay); ok && w.Contains(x) {
				found = append(found, x)
			}
		}
	}
	if len(found) != 1 {
		return date.Date{}, false
	}
	return found[0], true
}
