// Package compare lines up what several articles say about the same person
// and the same report, and turns agreement and disagreement into findings
// and into evidence for the knowledge findings.
//
// Claims are blocked by person (or by reporter) before they are compared,
// so the work grows with the number of claims, never with all pairs of
// articles. Every cross-source finding states its vote: which independent
// sources support each version.
package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// A ref is one claim in one article.
type ref struct {
	a *claims.Article
	c *claims.Claim
}

func (r ref) loc() rules.Location {
	return rules.Location{File: r.a.File, Line: r.c.Line, Column: r.c.Column}
}

// sameWeek is how far apart two articles' dates may be for their claims
// about a person to count as simultaneous.
const sameWeek = 7

// Run compares the claims of arts across and within articles, adds what
// it finds to the knowledge findings fs, scores every finding, and returns
// them all, sorted. One claim gives at most one finding: when two rules
// flag the same words, the stronger keeps the other's evidence.
func Run(k *kb.KB, arts []*claims.Article, fs []rules.Finding) []rules.Finding {
	ix := newIndex(k, arts)
	g := Group(arts, ix.dating)
	ix.group = g
	flagged := map[string]int{} // claim position -> index in fs
	for i, f := range fs {
		flagged[posKey(f.File, f.Start)] = i
	}

	// Evidence for the knowledge findings: what the same article and the
	// other sources call the person.
	for i := range fs {
		f := &fs[i]
		self, ok := ix.byPos[posKey(f.File, f.Start)]
		if f.Person == "" || !ok || f.Rule == rules.NotInOffice.Name {
			// A stale title is about the sentence's time, not the
			// person's: other sources' titles say nothing of it.
			continue
		}
		corroborate(f, self, ix.sameArticle(self), ix.nearby(self), flagged, g)
	}

	var extra []rules.Finding
	for _, key := range ix.articleKeys {
		extra = append(extra, inArticle(ix.byArticle[key], flagged)...)
	}
	for _, x := range ix.all {
		if f, ok := outlier(k, x, ix.nearby(x), flagged, g); ok {
			extra = append(extra, f)
		}
	}
	extra = append(extra, reportDates(arts, ix.dating, g)...)
	extra = append(extra, quotes(arts, g)...)
	extra = append(extra, attributions(arts, g)...)
	extra = append(extra, paraphrases(arts, g)...)
	extra = append(extra, numbers(arts, g, ix.dating)...)

	all := append(slices.Clone(fs), extra...)
	for i := range all {
		all[i].Score()
	}
	all = dedupe(all)
	rules.Sort(all)
	return all
}

// maxBlockDays is the widest dating whose claims are compared across
// sources: an article known only to a wider window (a year, inferred from
// its titles) cannot be placed in the same week as another.
const maxBlockDays = 31

type articleKey struct {
	a      *claims.Article
	person string
}

type weekKey struct {
	person string
	week   int
}

// An index blocks title claims by article and person, and by person and
// week, so that each claim is compared only with the claims of the same
// person in the same article or in the same weeks: the work grows with the
// number of claims, not with its square.
type index struct {
	k           *kb.KB
	all         []ref
	byPos       map[string]ref
	byArticle   map[articleKey][]ref
	articleKeys []articleKey
	byWeek      map[weekKey][]ref
	datings     map[*claims.Article]rules.Dating
	group       *Grouping
}

func newIndex(k *kb.KB, arts []*claims.Article) *index {
	ix := &index{k: k, byPos: map[string]ref{}, byArticle: map[articleKey][]ref{},
		byWeek: map[weekKey][]ref{}, datings: map[*claims.Article]rules.Dating{}}
	seen := map[capKey]int{}
	for _, a := range arts {
		d, _ := rules.ArticleDating(k, a, -1)
		ix.datings[a] = d
		for i := range a.Claims {
			c := &a.Claims[i]
			if c.Kind != claims.KindTitle || c.Title.Hypothetical {
				continue
			}
			r := ref{a, c}
			key := personKey(c)
			ix.all = append(ix.all, r)
			ix.byPos[posKey(a.File, c.Start)] = r
			ak := articleKey{a, key}
			if _, ok := ix.byArticle[ak]; !ok {
				ix.articleKeys = append(ix.articleKeys, ak)
			}
			ix.byArticle[ak] = append(ix.byArticle[ak], r)
			for _, w := range weeks(d, 0) {
				// A week's block keeps a few claims per outlet and title:
				// votes count sources, so more of the same add nothing,
				// and the block stays small however many articles name
				// the person that week.
				cap := capKey{weekKey{key, w}, strings.ToLower(a.Source), titleKey(c.Title) + fmt.Sprint(c.Title.Modifiers, c.Quoted)}
				if seen[cap] < perOutletTitle {
					seen[cap]++
					ix.byWeek[weekKey{key, w}] = append(ix.byWeek[weekKey{key, w}], r)
				}
			}
		}
	}
	return ix
}

// perOutletTitle is how many claims of one outlet, with one title for one
// person, a week's block keeps.
const perOutletTitle = 3

type capKey struct {
	week   weekKey
	source string
	title  string
}

// weeks returns the week numbers a dating covers, widened by pad days, or
// none when the dating is too wide to block on.
func weeks(d rules.Dating, pad int) []int {
	if len(d.Windows) == 0 || d.Days() > maxBlockDays {
		return nil
	}
	var out []int
	for _, w := range d.Windows {
		from := w.From.AddDays(-pad).Sub(epoch) / 7
		to := w.To.AddDays(pad).Sub(epoch) / 7
		for n := from; n <= to; n++ {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

var epoch = date.MustOf(1900, 1, 1)

func (ix *index) dating(a *claims.Article) (rules.Dating, bool) {
	d := ix.datings[a]
	return d, len(d.Windows) > 0
}

func (ix *index) sameArticle(x ref) []ref { return ix.byArticle[articleKey{x.a, personKey(x.c)}] }

// nearby returns the claims about x's person in other articles dated
// within a week of x's article.
func (ix *index) nearby(x ref) []ref {
	d := ix.datings[x.a]
	key := personKey(x.c)
	seen := map[*claims.Claim]bool{}
	var out []ref
	for _, w := range weeks(d, sameWeek) {
		for _, y := range ix.byWeek[weekKey{key, w}] {
			if y.a == x.a || seen[y.c] || !near(d, ix.datings[y.a]) {
				continue
			}
			seen[y.c] = true
			out = append(out, y)
		}
	}
	return out
}

func personKey(c *claims.Claim) string {
	if c.Person != "" {
		return "id:" + c.Person
	}
	return "name:" + kb.Fold(c.Canonical)
}

func posKey(file string, start int) string { return fmt.Sprintf("%s#%d", file, start) }

// titleKey is the office a title names, for comparing titles: country,
// role and whether it is "former".
func titleKey(t *claims.Title) string {
	role := t.Role
	if t.Office != "" {
		role = t.Office
	}
	return t.Country + "/" + role
}

func isFormer(t *claims.Title) bool { return t.HasModifier("former") || t.HasModifier("ex") }

// compatible reports whether two titles name the same office: the same
// role, and the same country or one of them naming none.
func compatible(a, b *claims.Title) bool {
	if a.Office != "" || b.Office != "" {
		return a.Office == b.Office && a.Office != ""
	}
	if a.Role == "" || a.Role != b.Role {
		return false
	}
	return a.Country == b.Country || a.Country == "" || b.Country == ""
}

func near(a, b rules.Dating) bool {
	for _, x := range a.Windows {
		for _, y := range b.Windows {
			wide := date.Window{From: x.From.AddDays(-sameWeek), To: x.To.AddDays(sameWeek)}
			if _, ok := wide.Intersect(y); ok {
				return true
			}
		}
	}
	return false
}

// corroborate adds to a knowledge finding what the same article and other
// sources say of the person.
func corroborate(f *rules.Finding, self ref, same, others []ref, flagged map[string]int, g *Grouping) {
	support := map[string]string{}
	agree := map[string]string{}
	usable := func(r ref) bool {
		if r.c == self.c || r.c.Title.Role == "" && r.c.Title.Office == "" {
			return false
		}
		return len(r.c.Title.Modifiers) == 0 || isFormer(r.c.Title)
	}
	sameWords := func(r ref) bool {
		return titleKey(r.c.Title) == titleKey(self.c.Title) && isFormer(r.c.Title) == isFormer(self.c.Title)
	}
	for _, r := range same {
		_, isFlagged := flagged[posKey(r.a.File, r.c.Start)]
		if !usable(r) || isFlagged || sameWords(r) {
			continue
		}
		w, q := 0.5, ""
		if r.c.Quoted {
			w, q = 0.25, ", in a quotation"
		}
		f.Add(w, "the same article calls %s %q (line %d%s)", f.Actor, r.c.Title.Written, r.c.Line, q)
		f.Related = append(f.Related, r.loc())
		break
	}
	for _, r := range others {
		src := g.SourceKey(r.a)
		if !usable(r) || src == g.SourceKey(self.a) || r.c.Quoted {
			continue
		}
		_, isFlagged := flagged[posKey(r.a.File, r.c.Start)]
		switch {
		case sameWords(r) && isFlagged:
			agree[src] = fmt.Sprintf("%s:%d", r.a.File, r.c.Line)
		case !sameWords(r) && !isFlagged:
			if _, ok := support[src]; !ok {
				f.Related = append(f.Related, r.loc())
			}
			support[src] = fmt.Sprintf("%s (%s:%d: %q)", r.a.Source, r.a.File, r.c.Line, r.c.Title.Written)
		}
	}
	if n := len(support); n > 0 {
		w := min(0.3*float64(n), 0.9)
		f.Add(w, "%d other source(s) title %s as the knowledge does: %s", n, f.Actor, listSome(sortedValues(support), "; "))
	}
	if n := len(agree); n > 0 {
		f.Add(-0.6*float64(n), "%d other source(s) write the same title: %s", n, listSome(sortedValues(agree), ", "))
	}
}

func sortedValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

// inArticle finds one person called both former and current holder of the
// same office inside one article, where the knowledge has not decided.
func inArticle(refs []ref, flagged map[string]int) []rules.Finding {
	var out []rules.Finding
	for i, x := range refs {
		if !isFormer(x.c.Title) || len(x.c.Title.Modifiers) != 1 || x.c.Quoted {
			continue
		}
		if _, ok := flagged[posKey(x.a.File, x.c.Start)]; ok {
			continue
		}
		for j, y := range refs {
			if i == j || y.a != x.a || len(y.c.Title.Modifiers) > 0 || !compatible(x.c.Title, y.c.Title) {
				continue
			}
			if _, ok := flagged[posKey(y.a.File, y.c.Start)]; ok {
				continue
			}
			f := rules.Finding{
				Rule: rules.TitleInArticle.Name, Actor: x.c.Canonical, File: x.a.File, Line: x.c.Line, Column: x.c.Column,
				Excerpt: x.c.Text, Expected: "one title for " + x.c.Canonical + " in one article",
				Source: x.a.Source, Person: x.c.Person, Start: x.c.Start, End: x.c.End,
				Related: []rules.Location{y.loc()},
			}
			f.Add(-0.2, "the article calls %s %q here and %q on line %d; the knowledge does not decide which is right", x.c.Canonical, x.c.Title.Written, y.c.Title.Written, y.c.Line)
			if y.c.Quoted {
				f.Add(-0.5, "the current title is inside a quotation")
			}
			out = append(out, f)
			break
		}
	}
	return out
}

// outlier reports x when its title for a person conflicts with what at
// least three other independent sources wrote in the same week.
func outlier(k *kb.KB, x ref, others []ref, flagged map[string]int, g *Grouping) (rules.Finding, bool) {
	const minMajority = 3
	t := x.c.Title
	if t.Role == "" && t.Office == "" || x.c.Quoted || len(t.Modifiers) > 0 && !isFormer(t) || len(others) < minMajority {
		return rules.Finding{}, false
	}
	if _, ok := flagged[posKey(x.a.File, x.c.Start)]; ok {
		return rules.Finding{}, false
	}
	mine := g.SourceKey(x.a)
	same := map[string]bool{mine: true}
	other := map[string]string{}
	var related []rules.Location
	for _, y := range others {
		u := y.c.Title
		src := g.SourceKey(y.a)
		if src == mine || y.c.Quoted || u.Role == "" && u.Office == "" || len(u.Modifiers) > 0 && !isFormer(u) {
			continue
		}
		switch {
		case compatible(t, u) && isFormer(t) == isFormer(u):
			same[src] = true
		case conflicting(k, t, u):
			if _, ok := other[src]; !ok {
				related = append(related, y.loc())
			}
			other[src] = fmt.Sprintf("%s (%q)", y.a.Source, u.Written)
		}
	}
	if len(other) < minMajority || len(same) > 1 {
		return rules.Finding{}, false
	}
	f := rules.Finding{
		Rule: rules.TitleOutlier.Name, Actor: x.c.Canonical, File: x.a.File, Line: x.c.Line, Column: x.c.Column,
		Excerpt: x.c.Text, Expected: "as the other sources write it", Source: x.a.Source, Person: x.c.Person,
		Start: x.c.Start, End: x.c.End, Related: related,
	}
	f.Add(-0.5+0.5*float64(len(other)), "vote: %d independent source(s) against this one: %s", len(other), listSome(sortedValues(other), "; "))
	if s := g.Folded(x.a); s != "" {
		f.Note("folded: %s", s)
	}
	return f, true
}

// conflicting reports whether two titles cannot both be true of one person
// at one time: the same office, one former and one current; or two
// single-holder roles of the same country.
func conflicting(k *kb.KB, a, b *claims.Title) bool {
	if compatible(a, b) {
		return isFormer(a) != isFormer(b)
	}
	if a.Office != "" || b.Office != "" || a.Role == "" || b.Role == "" {
		return false
	}
	single := func(id string) bool { r := k.Role(id); return r != nil && r.Single }
	return a.Country == b.Country && a.Country != "" && single(a.Role) && single(b.Role) && !isFormer(a) && !isFormer(b)
}

// dedupe keeps one finding per excerpt: the most confident, with the
// others' rules noted in its evidence.
func dedupe(fs []rules.Finding) []rules.Finding {
	slices.SortStableFunc(fs, func(a, b rules.Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Start, b.Start), cmp.Compare(b.Confidence, a.Confidence))
	})
	var out []rules.Finding
	for _, f := range fs {
		if n := len(out); n > 0 && out[n-1].File == f.File && out[n-1].Start == f.Start && out[n-1].Actor == f.Actor {
			out[n-1].Evidence = append(out[n-1].Evidence, fmt.Sprintf("also flagged by %s (%.2f)", f.Rule, f.Confidence))
			continue
		}
		out = append(out, f)
	}
	return out
}
