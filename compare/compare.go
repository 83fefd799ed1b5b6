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
	byPerson := map[string][]ref{}
	var order []string
	for _, a := range arts {
		for i := range a.Claims {
			c := &a.Claims[i]
			if c.Kind != claims.KindTitle || c.Title.Hypothetical {
				continue
			}
			key := personKey(c)
			if _, ok := byPerson[key]; !ok {
				order = append(order, key)
			}
			byPerson[key] = append(byPerson[key], ref{a, c})
		}
	}
	flagged := map[string]int{} // claim position -> index in fs
	for i, f := range fs {
		flagged[posKey(f.File, f.Start)] = i
	}
	datings := map[*claims.Article]rules.Dating{}
	dating := func(a *claims.Article) (rules.Dating, bool) {
		if d, ok := datings[a]; ok {
			return d, len(d.Windows) > 0
		}
		d, _ := rules.ArticleDating(k, a, -1)
		datings[a] = d
		return d, len(d.Windows) > 0
	}

	// Evidence for the knowledge findings: what the same article and the
	// other sources call the person.
	for i := range fs {
		f := &fs[i]
		refs := byPerson["id:"+f.Person]
		if f.Person == "" || len(refs) == 0 || f.Rule == rules.NotInOffice.Name {
			// A stale title is about the sentence's time, not the
			// person's: other sources' titles say nothing of it.
			continue
		}
		var self *ref
		for j := range refs {
			if refs[j].a.File == f.File && refs[j].c.Start == f.Start {
				self = &refs[j]
			}
		}
		if self == nil {
			continue
		}
		corroborate(f, *self, refs, flagged, dating)
	}

	var extra []rules.Finding
	for _, key := range order {
		extra = append(extra, inArticle(byPerson[key], flagged)...)
		extra = append(extra, outliers(k, byPerson[key], flagged, dating)...)
	}
	extra = append(extra, reportDates(arts, dating)...)

	all := append(slices.Clone(fs), extra...)
	for i := range all {
		all[i].Score()
	}
	all = dedupe(all)
	rules.Sort(all)
	return all
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
func corroborate(f *rules.Finding, self ref, refs []ref, flagged map[string]int, dating func(*claims.Article) (rules.Dating, bool)) {
	inArticle := false
	support := map[string]string{}
	agree := map[string]string{}
	selfDate, selfDated := dating(self.a)
	for _, r := range refs {
		if r.c == self.c || r.c.Title.Role == "" && r.c.Title.Office == "" {
			continue
		}
		if len(r.c.Title.Modifiers) > 0 && !isFormer(r.c.Title) {
			continue
		}
		_, isFlagged := flagged[posKey(r.a.File, r.c.Start)]
		sameWords := titleKey(r.c.Title) == titleKey(self.c.Title) && isFormer(r.c.Title) == isFormer(self.c.Title)
		if r.a == self.a {
			if !isFlagged && !sameWords && !inArticle {
				inArticle = true
				w := 0.5
				q := ""
				if r.c.Quoted {
					w, q = 0.25, ", in a quotation"
				}
				f.Add(w, "the same article calls %s %q (line %d%s)", f.Actor, r.c.Title.Written, r.c.Line, q)
				f.Related = append(f.Related, r.loc())
			}
			continue
		}
		if r.a.Source == self.a.Source || r.c.Quoted {
			continue
		}
		d, ok := dating(r.a)
		if !ok || !selfDated || !near(selfDate, d) {
			continue
		}
		switch {
		case sameWords && isFlagged:
			agree[r.a.Source] = fmt.Sprintf("%s:%d", r.a.File, r.c.Line)
		case !sameWords && !isFlagged:
			support[r.a.Source] = fmt.Sprintf("%s (%s:%d: %q)", r.a.Source, r.a.File, r.c.Line, r.c.Title.Written)
			f.Related = append(f.Related, r.loc())
		}
	}
	if n := len(support); n > 0 {
		w := min(0.3*float64(n), 0.9)
		f.Add(w, "%d other source(s) title %s as the knowledge does: %s", n, f.Actor, strings.Join(sortedValues(support), "; "))
	}
	if n := len(agree); n > 0 {
		f.Add(-0.6*float64(n), "%d other source(s) write the same title: %s", n, strings.Join(sortedValues(agree), ", "))
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

// outliers finds a source whose title for a person conflicts with what at
// least three other independent sources wrote in the same week.
func outliers(k *kb.KB, refs []ref, flagged map[string]int, dating func(*claims.Article) (rules.Dating, bool)) []rules.Finding {
	const minMajority = 3
	var out []rules.Finding
	for _, x := range refs {
		t := x.c.Title
		if t.Role == "" && t.Office == "" || x.c.Quoted || len(t.Modifiers) > 0 && !isFormer(t) {
			continue
		}
		if _, ok := flagged[posKey(x.a.File, x.c.Start)]; ok {
			continue
		}
		dx, ok := dating(x.a)
		if !ok {
			continue
		}
		same := map[string]bool{x.a.Source: true}
		other := map[string]string{}
		var related []rules.Location
		for _, y := range refs {
			if y.a.Source == x.a.Source || y.c.Quoted {
				continue
			}
			u := y.c.Title
			if u.Role == "" && u.Office == "" || len(u.Modifiers) > 0 && !isFormer(u) {
				continue
			}
			dy, ok := dating(y.a)
			if !ok || !near(dx, dy) {
				continue
			}
			switch {
			case compatible(t, u) && isFormer(t) == isFormer(u):
				same[y.a.Source] = true
			case conflicting(k, t, u):
				other[y.a.Source] = fmt.Sprintf("%s (%q)", y.a.Source, u.Written)
				related = append(related, y.loc())
			}
		}
		if len(other) < minMajority || len(same) > 1 {
			continue
		}
		f := rules.Finding{
			Rule: rules.TitleOutlier.Name, Actor: x.c.Canonical, File: x.a.File, Line: x.c.Line, Column: x.c.Column,
			Excerpt: x.c.Text, Expected: "as the other sources write it", Source: x.a.Source, Person: x.c.Person,
			Start: x.c.Start, End: x.c.End, Related: related,
		}
		f.Add(-0.5+0.5*float64(len(other)), "vote: %d independent source(s) against this one: %s", len(other), strings.Join(sortedValues(other), "; "))
		out = append(out, f)
	}
	return out
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
