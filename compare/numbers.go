package compare

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// numberDays is how far apart two articles may be published for their
// numbers to describe the same moment: counts grow (three rounds of talks
// in May, five in June), so only near-simultaneous reports are compared.
const numberDays = 2

// rounding is the relative tolerance of an exact figure: "1.2 million"
// and "1,150,000" are one number.
const rounding = 0.05

// span returns the range a number allows, by its hedge.
func span(n *claims.Number) (lo, hi float64) {
	v := n.Value
	switch n.Hedge {
	case "about":
		return v * 0.85, v * 1.15
	case "at least":
		return v, math.Inf(1)
	case "at most":
		return 0, v
	}
	return v * (1 - rounding), v * (1 + rounding)
}

func overlap(a, b *claims.Number) bool {
	alo, ahi := span(a)
	blo, bhi := span(b)
	return alo <= bhi && blo <= ahi
}

type numberRef struct {
	ref
	src   string       // its independent source (SourceKey)
	d     rules.Dating // its article's dating
	dated bool         // dated exactly to a day or days
}

// A numberBlock is the numbers of one event, subject and unit: its first
// number's place among all, its numbers, and how many of each source's
// were met.
type numberBlock struct {
	first int
	refs  []numberRef
	per   []srcCount
}

type srcCount struct {
	src int32
	n   int
}

// count counts one more number of source src in b and returns how many.
func (b *numberBlock) count(src int32) int {
	for i := range b.per {
		if b.per[i].src == src {
			b.per[i].n++
			return b.per[i].n
		}
	}
	b.per = append(b.per, srcCount{src, 1})
	return 1
}

// numbers compares quantities for the same thing in the same event across
// independent sources published within numberDays of each other. Numbers
// are blocked by event, subject and unit; the blocks are compared on all
// cores, and their findings put together in the order of the blocks.
func numbers(arts []*claims.Article, g *Grouping, dating func(*claims.Article) (rules.Dating, bool)) []rules.Finding {
	// The numbers compared are found on all cores, article by article.
	nums, at := gather(len(arts), func(ai int) int { return g.count(ai, claims.KindNumber) }, func(ai int, out []*claims.Claim) []*claims.Claim {
		a := arts[ai]
		for i := range a.Claims {
			c := &a.Claims[i]
			if c.Kind != claims.KindNumber || c.Quoted || c.Caption || c.Number.Subject == "" {
				continue
			}
			out = append(out, c)
		}
		return out
	})
	// They are blocked event by event (eventBlocks); a block's first
	// number is its place in nums, and the blocks are put in that order.
	type inEvent struct{ subject, unit string }
	byFirst := eventBlocks(g, func(ai int, block func(inEvent) (*numberBlock, bool)) {
		if at[ai] == at[ai+1] {
			return
		}
		a := arts[ai]
		d, ok := dating(a)
		src, srcOf := g.SourceKey(a), g.srcOf(ai)
		for j, c := range nums[at[ai]:at[ai+1]] {
			b, isNew := block(inEvent{c.Number.Subject, c.Number.Unit})
			if isNew {
				b.first = int(at[ai]) + j
			}
			// Votes count sources: a few numbers per source and block are
			// enough, and keep a block small in a large event.
			if b.count(srcOf) > perOutletTitle {
				continue
			}
			b.refs = append(b.refs, numberRef{ref{a, c}, src, d, ok && d.Exact()})
		}
	})
	nums = nil
	slices.SortFunc(byFirst, func(a, b numberBlock) int { return cmp.Compare(a.first, b.first) })
	found := make([][]rules.Finding, len(byFirst))
	parallel(len(byFirst), func(_, k int) {
		ns := byFirst[k].refs
		for _, x := range ns {
			if !x.dated {
				continue // numbers change: compare only what was said on the same days
			}
			mine := x.src
			agree := map[string]bool{mine: true}
			against := map[string]numberRef{}
			for _, y := range ns {
				src := y.src
				if src == mine || !y.dated || !nearDays(x.d, y.d, numberDays) {
					continue
				}
				if overlap(x.c.Number, y.c.Number) {
					agree[src] = true
				} else if _, ok := against[src]; !ok {
					against[src] = y
				}
			}
			srcs := sortedKeys(against)
			if len(srcs) == 0 || !reportable(x.ref, len(agree), len(against), against[srcs[0]].ref) {
				continue
			}
			var others []string
			for _, s := range srcs {
				others = append(others, fmt.Sprintf("%q (%s)", against[s].c.Number.Phrase, s))
			}
			f := rules.Finding{
				Rule: rules.NumberMismatch.Name, Actor: x.c.Number.Subject, File: x.a.File, Line: int(x.c.Line),
				Column: int(x.c.Column), Excerpt: x.c.Text, Expected: strings.Join(others, ", "), Source: x.a.Source,
				Start: int(x.c.Start), End: int(x.c.End), Related: []rules.Location{},
			}
			f.Add(-0.2, "numbers for %q: %s here (%s) against %s; ranges after hedges and rounding do not meet",
				x.c.Number.Subject, x.c.Number.Phrase, valueText(x.c.Number), strings.Join(others, ", "))
			vote(&f, quoteRef{ref: x.ref}, agree, srcs, toQuoteRefs(against), g)
			found[k] = append(found[k], f)
		}
	})
	return slices.Concat(found...)
}

func toQuoteRefs(m map[string]numberRef) map[string]quoteRef {
	out := make(map[string]quoteRef, len(m))
	for k, v := range m {
		out[k] = quoteRef{ref: v.ref}
	}
	return out
}

func valueText(n *claims.Number) string {
	v := strconv.FormatFloat(n.Value, 'g', -1, 64)
	if n.Unit != "" {
		v += " " + n.Unit
	}
	if n.Hedge != "" {
		v = n.Hedge + " " + v
	}
	return v
}
