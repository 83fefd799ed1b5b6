package rules

import (
	"fmt"
	"slices"
	"strconv"
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
	dt := dater{k: k, a: a}
	return dt.dating(skip)
}

// A dater dates one article for each of its claims in turn. An undated
// article is dated from its title claims, each claim leaving itself out:
// the claims' windows and texts are made once for the article, not once
// for every claim dated, which made dating an article quadratic in its
// claims.
type dater struct {
	k     *kb.KB
	a     *claims.Article
	made  bool
	cands []candidate
	evs   []event // the sweep's events, reused from one claim to the next
}

// A candidate is a title claim that may place the article's date.
type candidate struct {
	claim   int // index in the article's claims
	windows []date.Window
	weight  int
	// first is the index (in cands) of the earlier candidate of the same
	// person and windows, or -1: the same fact twice is one constraint.
	// second marks the first repeat of a fact, which stands for it when
	// the first is the claim left out.
	first  int
	second bool
	what   string // the support line, made when first needed
}

type event struct {
	d     date.Date
	delta int
}

// dating is ArticleDating of the dater's article.
func (dt *dater) dating(skip int) (Dating, bool) {
	a := dt.a
	if a.Published.Exact() {
		return Dating{Windows: []date.Window{a.Published}, From: a.PublishedFrom}, true
	}
	d, ok := dt.infer(skip)
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

// A current title pins a date to its holder's terms; "former" only says
// "some time after", and a quotation is the speaker's word: each counts half
// in the sweep, so that one wrong "former" cannot tie with a right title.
const (
	fullWeight = 2
	halfWeight = 1
)

// candidates lists the article's title claims that have windows, once.
func (dt *dater) candidates() {
	dt.made = true
	k, a := dt.k, dt.a
	for i := range a.Claims {
		c := &a.Claims[i]
		if c.Kind != claims.KindTitle || c.Person == "" || c.Title.Hypothetical {
			continue
		}
		if c.Title.HasModifier("then") || c.Title.HasModifier("late") {
			continue
		}
		ws := claimWindows(k, c)
		if len(ws) == 0 {
			continue
		}
		w := fullWeight
		if c.Quoted || c.Title.HasModifier("former") || c.Title.HasModifier("ex") {
			w = halfWeight
		}
		// Two windows print alike exactly when they are equal, so this is
		// the test the key c.Person + "|" + fmt.Sprint(ws) made.
		first, second := -1, false
		for j := range dt.cands {
			o := &dt.cands[j]
			if o.first < 0 && a.Claims[o.claim].Person == c.Person && slices.Equal(o.windows, ws) {
				first = j
				break
			}
		}
		if first >= 0 {
			second = true
			for j := first + 1; j < len(dt.cands); j++ {
				if dt.cands[j].first == first {
					second = false
					break
				}
			}
		}
		dt.cands = append(dt.cands, candidate{claim: i, windows: ws, weight: w, first: first, second: second})
	}
}

// supportLine returns the support line of candidate j, as
// fmt.Sprintf("line %d: %s (%s)", c.Line, c.Text, windowsText(ws, snap))
// wrote it.
func (dt *dater) supportLine(j int) string {
	x := &dt.cands[j]
	if x.what == "" {
		c := &dt.a.Claims[x.claim]
		snap := dt.k.Snapshot()
		var buf [256]byte
		b := append(buf[:0], "line "...)
		b = strconv.AppendInt(b, int64(c.Line), 10)
		b = append(b, ": "...)
		b = append(b, c.Text...)
		b = append(b, " ("...)
		for i, w := range x.windows {
			if i > 0 {
				b = append(b, ", "...)
			}
			if w.To == snap {
				b = appendDate(b, w.From)
				b = append(b, ".."...)
			} else {
				b = appendWindow(b, w)
			}
		}
		b = append(b, ')')
		x.what = string(b)
	}
	return x.what
}

// kept reports whether candidate j is a constraint when the claim at
// index skip is left out.
func (dt *dater) kept(j, skip int) bool {
	x := &dt.cands[j]
	if x.claim == skip {
		return false
	}
	return x.first < 0 || x.second && dt.cands[x.first].claim == skip
}

// infer finds the days consistent with the most title claims of the
// article (each claim names an office held at the time of writing), by a
// weighted sweep over the claims' windows, leaving out the claim at index
// skip. A wrong claim cannot move the result when the other claims agree
// among themselves.
func (dt *dater) infer(skip int) (Dating, bool) {
	if !dt.made {
		dt.candidates()
	}
	// Sweep: +1 where a constraint's window opens, -1 after it closes.
	evs := dt.evs[:0]
	n := 0
	for j := range dt.cands {
		if !dt.kept(j, skip) {
			continue
		}
		n++
		c := &dt.cands[j]
		for _, w := range c.windows {
			evs = append(evs, event{w.From, c.weight}, event{w.To.AddDays(1), -c.weight})
		}
	}
	dt.evs = evs
	if n == 0 {
		return Dating{}, false
	}
	slices.SortFunc(evs, func(x, y event) int {
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
	if best == 0 || best <= fullWeight && n > 1 {
		// Nothing, or claims that each point elsewhere: no window to trust.
		return Dating{}, false
	}
	var support []string
	for j := range dt.cands {
		if !dt.kept(j, skip) {
			continue
		}
		for _, w := range dt.cands[j].windows {
			if _, ok := w.Intersect(out[0]); ok {
				support = append(support, dt.supportLine(j))
				break
			}
		}
	}
	return Dating{Windows: out, From: inferredFrom, Support: support}, true
}

// claimWindows returns the days on which a title claim is true by the
// knowledge, bounded by [earliest, snapshot].
func claimWindows(k *kb.KB, c *claims.Claim) []date.Window {
	var officeBuf [4]string
	offices := claimOffices(officeBuf[:0], k, c)
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

// claimOffices appends to out the offices a title claim can mean: the
// office its words name, or, for a title without a country ("President
// Putin"), the offices of that role the person held at any time. The
// callers pass a buffer on the stack: a claim means one office or a few.
func claimOffices(out []string, k *kb.KB, c *claims.Claim) []string {
	t := c.Title
	switch {
	case t.Office != "":
		if k.Office(t.Office) != nil {
			return append(out, t.Office)
		}
		return out
	case t.Role == "":
		return out
	case t.Country != "":
		if o := k.OfficeFor(t.Country, t.Role); o != nil {
			return append(out, o.ID)
		}
		return out
	}
	n := len(out)
	for _, term := range k.TermsOf(c.Person) {
		if o := k.Office(term.Office); o != nil && o.Role == t.Role && !slices.Contains(out[n:], o.ID) {
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
