package compare

import (
	"cmp"
	"slices"

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
