package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// sameStatement is the share of the smaller statement's content words the
// two must share to be one statement given to two reporters: higher than
// for one reporter's reports, since two parties often say similar things.
const sameStatement = 0.8

// attributions finds one statement attributed to different reporters by
// independent sources of the same event ("the Kremlin said" in one, "the
// White House said" in another). Statements are blocked by event and by
// shared content-word pairs, never compared all against all.
func attributions(arts []*claims.Article, stems *reportStems, g *Grouping) []rules.Finding {
	type stmt struct {
		ref
		words []int32 // the content words' numbers, sorted
	}
	var ss []stmt
	// Each content word is numbered once: a statement keeps four bytes a
	// word, not the word. The words are the stems' (kept while the
	// families that share them run), so they are not copied.
	number := map[string]int32{}
	type pairs struct {
		keys  []string // the statement's words, sorted (stems)
		event uint64   // its event's name, hashed, and "|"
	}
	var ps []pairs // of each statement
	// Each article's statements were stemmed on all cores (stems); they
	// are numbered in article order.
	for ai, a := range arts {
		var event uint64 // when first needed (hashed)
		hashed := false
		for _, st := range stems.of(ai) {
			if st.c.Caption || st.c.Report.Key == "" || len(st.words) < 6 {
				continue
			}
			if !hashed {
				event, hashed = fnvString(fnvString(fnvOffset, g.Event(a)), "|"), true
			}
			ws := make([]int32, len(st.words))
			for j, w := range st.words {
				id, ok := number[w]
				if !ok {
					id = int32(len(number))
					number[w] = id
				}
				ws[j] = id
			}
			ss = append(ss, stmt{ref{a, st.c}, ws})
			ps = append(ps, pairs{st.words, event})
		}
	}
	number = nil
	// The statements' words are sorted by number, and their word pairs
	// hashed, on all cores: each statement's postings have their place.
	at := make([]int32, len(ss)+1)
	for i, p := range ps {
		at[i+1] = at[i] + int32(len(p.keys)-1)
	}
	index := make([]posting, at[len(ss)])
	parallel(len(ss), func(_, i int) {
		slices.Sort(ss[i].words)
		keys, event, out := ps[i].keys, ps[i].event, index[at[i]:at[i+1]]
		for j := range out {
			// The hash of the event and the two words, joined by "|".
			out[j] = posting{fnvString(fnvString(fnvString(event, keys[j]), "|"), keys[j+1]), int32(i)}
		}
	})
	ps = nil
	sortPostings(index) // neighbours then finds them sorted
	cands := neighbours(index, len(ss))
	return collect(len(ss), func(i int) (rules.Finding, bool) {
		x := ss[i]
		mine := g.SourceKey(x.a)
		agree := map[string]bool{mine: true}
		against := map[string]stmt{}
		for _, j := range cands[i] {
			y := ss[j]
			src := g.SourceKey(y.a)
			if src == mine || !g.SameEvent(x.a, y.a) {
				continue
			}
			shared := sharedWords(x.words, y.words)
			if float64(shared) < sameStatement*float64(min(len(x.words), len(y.words))) {
				continue
			}
			if x.c.When.Resolved() && y.c.When.Resolved() && x.c.When.From != y.c.When.From {
				continue // said on different days: two statements
			}
			if y.c.Report.Key == x.c.Report.Key || sameActor(x.c, y.c) {
				agree[src] = true
			} else if _, ok := against[src]; !ok {
				against[src] = y
			}
		}
		srcs := sortedKeys(against)
		if len(srcs) == 0 || !reportable(x.ref, len(agree), len(against), against[srcs[0]].ref) {
			return rules.Finding{}, false
		}
		var who, where []string
		f := rules.Finding{
			Rule: rules.Attribution.Name, Actor: x.c.Report.Reporter, File: x.a.File, Line: int(x.c.Line), Column: int(x.c.Column),
			Excerpt: x.c.Text, Source: x.a.Source, Person: x.c.Person, Start: int(x.c.Start), End: int(x.c.End),
			Related: []rules.Location{},
		}
		for _, s := range srcs {
			y := against[s]
			who = append(who, y.c.Report.Reporter)
			where = append(where, fmt.Sprintf("%s (%s:%d: %q)", s, y.a.File, y.c.Line, y.c.Text))
			f.Relate(y.loc())
		}
		f.Expected = "attributed to " + strings.Join(slices.Compact(slices.Sorted(slices.Values(who))), " / ")
		f.Add(-0.4, "the same statement (%.0f%% of content words shared) is attributed to %s here and to %s elsewhere; two parties can say the same thing", 100*sameStatement, x.c.Report.Reporter, strings.Join(who, " / "))
		if len(against) == len(agree) {
			f.Note("vote: %d source(s) (%s) against %d: %s; no side is blamed", len(agree), some(sortedKeys(agree), ", "), len(against), some(where, "; "))
		} else {
			f.Add(0.6*float64(len(against)-len(agree)), "vote: %d independent source(s) against this one: %s", len(against), some(where, "; "))
		}
		return f, true
	})
}

// sameActor reports whether two reports name one reporter in different
// words: the same person, or one name the end of the other ("Peskov",
// "Dmitry Peskov").
func sameActor(a, b *claims.Claim) bool {
	if a.Person != "" && a.Person == b.Person {
		return true
	}
	ka, kb := a.Report.Key, b.Report.Key
	return strings.HasSuffix(ka, " "+kb) || strings.HasSuffix(kb, " "+ka)
}
