package compare

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// stopwords carry no content when matching reports.
var stopwords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "that": true,
	"this": true, "is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "he": true, "she": true, "it": true, "they": true, "him": true, "his": true,
	"her": true, "its": true, "their": true, "not": false, "as": true, "if": true, "only": true, "so": true,
	"would": true, "will": true, "could": true, "can": true, "said": true, "say": true, "says": true,
	"us": true, "u": true, "s": true, "who": true, "which": true, "what": true, "about": true, "also": true,
}

// stems returns the content words of s, crudely stemmed, as a set.
func stems(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '’' && r != '“' && r != '”')
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if stopwords[w] || len(w) < 2 {
			continue
		}
		for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				w = w[:len(w)-len(suf)]
				break
			}
		}
		out[w] = true
	}
	return out
}

// similar reports whether two reports' contents share enough content
// words to be the same report, and which.
func similar(a, b map[string]bool) (bool, []string) {
	var shared []string
	for w := range a {
		if b[w] {
			shared = append(shared, w)
		}
	}
	slices.Sort(shared)
	small := min(len(a), len(b))
	return len(shared) >= 4 && float64(len(shared)) >= 0.4*float64(small), shared
}

type report struct {
	ref
	words map[string]bool
	day   string // the resolved date, or the weekday when no date is known
}

// reportDates finds reports by one reporter that two sources date
// differently. Reports are blocked by reporter, so only reports of the same
// outlet are ever compared.
func reportDates(arts []*claims.Article, dating func(*claims.Article) (rules.Dating, bool), g *Grouping) []rules.Finding {
	byKey := map[string][]report{}
	byWeek := map[weekKey][]int{} // reports of short-dated articles, by key and week
	perWeek := map[string]int{}
	wide := map[string][]int{} // reports of undated or widely dated articles, by key
	var keys []string
	for _, a := range arts {
		for i := range a.Claims {
			c := &a.Claims[i]
			if c.Kind != claims.KindReport || c.Report.Weekday < 0 || c.Quoted || c.Report.Content == "" {
				continue
			}
			r := report{ref: ref{a, c}, words: stems(c.Report.Content)}
			if !c.Report.Day.IsZero() {
				r.day = c.Report.Day.From.String()
			} else {
				r.day = time.Weekday(c.Report.Weekday).String()
			}
			key := c.Report.Key
			if _, ok := byKey[key]; !ok {
				keys = append(keys, key)
			}
			n := len(byKey[key])
			byKey[key] = append(byKey[key], r)
			d, _ := dating(a)
			if ws := weeks(d, 0); len(ws) > 0 {
				for _, w := range ws {
					// A few reports per outlet and day in a week's block:
					// votes count sources.
					ck := fmt.Sprint(key, w, g.SourceKey(a), r.day)
					if perWeek[ck]++; perWeek[ck] <= perOutletTitle {
						byWeek[weekKey{key, w}] = append(byWeek[weekKey{key, w}], n)
					}
				}
			} else {
				wide[key] = append(wide[key], n)
			}
		}
	}
	var out []rules.Finding
	for _, key := range keys {
		rs := byKey[key]
		for i, x := range rs {
			// Versions of this report: sources per date. Only reports
			// within a week of each other are compared; a report in an
			// article too widely dated to block on is compared with all
			// of its reporter's.
			versions := map[string]map[string]report{}
			var sharedWith []string
			var cands []int
			d, _ := dating(x.a)
			if ws := weeks(d, sameWeek); len(ws) > 0 {
				for _, w := range ws {
					cands = append(cands, byWeek[weekKey{key, w}]...)
				}
				cands = append(cands, wide[key]...)
				slices.Sort(cands)
				cands = slices.Compact(cands)
			} else {
				for j := range rs {
					cands = append(cands, j)
				}
			}
			for _, j := range cands {
				y := rs[j]
				if j == i {
					continue
				}
				if g.SourceKey(y.a) == g.SourceKey(x.a) {
					continue
				}
				ok, shared := similar(x.words, y.words)
				if !ok {
					continue
				}
				yk := pairDay(x, y)
				if versions[yk] == nil {
					versions[yk] = map[string]report{}
				}
				versions[yk][g.SourceKey(y.a)] = y
				if yk != x.day && len(shared) > len(sharedWith) {
					sharedWith = shared
				}
			}
			mine := 1 + len(versions[x.day])
			var against, whens []string
			var related []rules.Location
			for day, srcs := range versions {
				if day == x.day {
					continue
				}
				for src, y := range srcs {
					against = append(against, fmt.Sprintf("%s (%s:%d: %q)", src, y.a.File, y.c.Line, y.c.Text))
					related = append(related, y.loc())
					whens = append(whens, fmt.Sprintf("%s (%s)", y.c.Report.When, src))
				}
			}
			if len(against) == 0 || mine > len(against) {
				continue
			}
			// One against one is reported once, at the first of the two.
			if mine == len(against) && !first(x, related) {
				continue
			}
			slices.Sort(against)
			slices.Sort(whens)
			slices.SortFunc(related, func(a, b rules.Location) int {
				return strings.Compare(fmt.Sprint(a), fmt.Sprint(b))
			})
			f := rules.Finding{
				Rule: rules.ReportDate.Name, Actor: x.c.Report.Reporter, File: x.a.File, Line: x.c.Line, Column: x.c.Column,
				Excerpt: x.c.Text, Expected: strings.Join(whens, ", "), Source: x.a.Source, Person: x.c.Person,
				Start: x.c.Start, End: x.c.End, Related: related,
			}
			f.Add(0.3, "same report: %d content words shared (%s)", len(sharedWith), strings.Join(sharedWith, ", "))
			if mine == len(against) {
				f.Note("vote: %d source(s) %s (this one: %s) against %d: %s; no side is blamed", mine, dayText(x), x.a.Source, len(against), listSome(against, "; "))
			} else {
				f.Add(0.6*float64(len(against)-mine), "vote: %d independent source(s) against this one: %s", len(against), listSome(against, "; "))
			}
			if x.c.Report.Day.IsZero() {
				f.Note("the articles are not dated to the day: weekdays compared directly (one report has one date)")
			}
			if adjacent(x, versions) {
				f.Add(-0.2, "the dates are one day apart: a late report can fall on the next day in another time zone")
			}
			out = append(out, f)
		}
	}
	return out
}

func dayText(r report) string { return "say " + r.c.Report.When }

// pairDay returns the day of y as compared with x: its resolved date when
// both reports are dated, else its weekday; x.day when the two agree. So a
// report in a dated article and one in an undated article are compared by
// weekday, and two dated ones by the days they resolve to.
func pairDay(x, y report) string {
	if !x.c.Report.Day.IsZero() && !y.c.Report.Day.IsZero() {
		return y.day
	}
	if x.c.Report.Weekday == y.c.Report.Weekday {
		return x.day
	}
	return time.Weekday(y.c.Report.Weekday).String()
}

func first(x report, others []rules.Location) bool {
	for _, o := range others {
		if o.File < x.a.File || o.File == x.a.File && o.Line < x.c.Line {
			return false
		}
	}
	return true
}

func adjacent(x report, versions map[string]map[string]report) bool {
	for _, srcs := range versions {
		for _, y := range srcs {
			d := (x.c.Report.Weekday - y.c.Report.Weekday + 7) % 7
			if d == 1 || d == 6 {
				return true
			}
		}
	}
	return false
}
