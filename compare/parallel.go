package compare

import (
	"cmp"
	"slices"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/par"
	"github.com/claimcheck/claimcheck/rules"
)

// parallel calls fn(w, i) for every i in [0, n) on every core; see par.For.
func parallel(n int, fn func(w, i int)) { par.For(n, fn) }

// workers is how many goroutines parallel uses for n items.
func workers(n int) int { return par.Workers(n) }

// collect calls find for every i in [0, n) on every core, and returns the
// findings it made in the order of i. find must only read what it shares.
func collect(n int, find func(i int) (rules.Finding, bool)) []rules.Finding {
	per := make([][]hit, workers(n))
	parallel(n, func(w, i int) {
		if f, ok := find(i); ok {
			per[w] = append(per[w], hit{i, f})
		}
	})
	return inOrder(per...)
}

// A hit is a finding made for item i of some list.
type hit struct {
	i int
	f rules.Finding
}

// inOrder returns the findings of the hits in the order of their items.
func inOrder(hits ...[]hit) []rules.Finding {
	all := slices.Concat(hits...)
	slices.SortFunc(all, func(a, b hit) int { return cmp.Compare(a.i, b.i) })
	out := make([]rules.Finding, len(all))
	for k, h := range all {
		out[k] = h.f
	}
	return out
}

// gather calls each(i, out) for every i in [0, n) on every core; each
// appends item i's values to out, at most most(i) of them, and returns it.
// gather returns all the values, in the order of i, in one array, and
// where each item's begin (item i's are all[at[i]:at[i+1]]): one
// allocation for all the items, where a list of each grew by appending.
func gather[T any](n int, most func(i int) int, each func(i int, out []T) []T) (all []T, at []int32) {
	at = make([]int32, n+1)
	parallel(n, func(_, i int) { at[i+1] = int32(most(i)) }) // most reads each item's claims: on all cores
	for i := range n {
		at[i+1] += at[i]
	}
	all = make([]T, at[n])
	got := make([]int32, n)
	parallel(n, func(_, i int) {
		out := each(i, all[at[i]:at[i]:at[i+1]])
		if len(out) > int(at[i+1]-at[i]) || len(out) > 0 && &out[0] != &all[at[i]] {
			panic("compare: gather: more values than most allows")
		}
		got[i] = int32(len(out))
	})
	// Close the gaps that items with fewer than most values left.
	w := int32(0)
	for i := range n {
		from := at[i]
		at[i] = w
		w += int32(copy(all[w:], all[from:from+got[i]]))
	}
	at[n] = w
	clear(all[w:]) // what the gaps held is garbage
	return all[:w:w], at
}

// countKind counts the claims of kind k in a: a bound on what a family
// takes from the article.
func countKind(a *claims.Article, k claims.Kind) int {
	n := 0
	for i := range a.Claims {
		if a.Claims[i].Kind == k {
			n++
		}
	}
	return n
}

// comparePostings orders postings as postingLists sorts them, by key and
// item. Sorted beforehand with sortAll, on all cores, they are only
// checked there, one pass: postingLists sorts on one.
func comparePostings(a, b posting) int {
	return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.item, b.item))
}
