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

// inOrder returns the findings of the hits in the order of their items
// (each item one hit at most). The items' places are sorted, not the hits,
// which hold their findings: each finding is copied once, to its place.
func inOrder(hits ...[]hit) []rules.Finding {
	type place struct {
		i    int // the item
		list int32
		at   int32
	}
	var places []place
	for l, hs := range hits {
		for k, h := range hs {
			places = append(places, place{h.i, int32(l), int32(k)})
		}
	}
	slices.SortFunc(places, func(a, b place) int {
		return cmp.Or(cmp.Compare(a.i, b.i), cmp.Compare(a.list, b.list), cmp.Compare(a.at, b.at))
	})
	out := make([]rules.Finding, len(places))
	for k, p := range places {
		out[k] = hits[p.list][p.at].f
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

// kindCounts holds how many claims of each kind each article has, counted
// in one pass over every claim for all the families (see Grouping.count),
// rather than in one pass for each: the claims are most of the heap, and
// each pass reads all of it.
type kindCounts [][claims.KindNumber + 1]int32

// countKinds counts the claims of each kind in each article, on all cores.
func countKinds(arts []*claims.Article) kindCounts {
	kc := make(kindCounts, len(arts))
	parallel(len(arts), func(_, ai int) {
		for i := range arts[ai].Claims {
			if k := arts[ai].Claims[i].Kind; int(k) < len(kc[ai]) {
				kc[ai][k]++
			}
		}
	})
	return kc
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
// item.
func comparePostings(a, b posting) int {
	return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.item, b.item))
}

// sortPostings sorts postings made in order of item by key, and so by key
// and item (comparePostings), as postingLists sorts them, which then only
// checks them, in one pass: a radix sort of the keys, sixteen bits at a
// time, stable, so that each key's items stay in order. Postings not made
// in order of item are left sorted by key alone, and postingLists sorts
// them the rest of the way.
func sortPostings(ps []posting) {
	const minRadix = 1 << 13 // fewer are sorted by comparison: a pass clears 65,536 counts
	if len(ps) < minRadix {
		slices.SortFunc(ps, comparePostings)
		return
	}
	src, dst := ps, make([]posting, len(ps))
	var count [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count[:])
		for _, p := range src {
			count[(p.key>>shift)&0xffff]++
		}
		if count[(src[0].key>>shift)&0xffff] == len(src) {
			continue // one digit for all: the order stands
		}
		at := 0
		for d, c := range count {
			count[d] = at
			at += c
		}
		for _, p := range src {
			d := (p.key >> shift) & 0xffff
			dst[count[d]] = p
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &ps[0] {
		copy(ps, src)
	}
}

// concatChunk is how many findings concat copies at a time.
const concatChunk = 1024

// concat returns the findings of parts one after another (nil when there
// are none), as slices.Concat does, but copied on every core a chunk at a
// time: a finding is some 250 bytes of strings and slices, and copying a
// 10,000-article run's on one core was 4% of its wall time.
func concat(parts ...[]rules.Finding) []rules.Finding {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return nil
	}
	all := make([]rules.Finding, n)
	type chunk struct{ dst, src []rules.Finding }
	var chunks []chunk
	at := 0
	for _, p := range parts {
		for lo := 0; lo < len(p); lo += concatChunk {
			hi := min(lo+concatChunk, len(p))
			chunks = append(chunks, chunk{all[at+lo : at+hi], p[lo:hi]})
		}
		at += len(p)
	}
	parallel(len(chunks), func(_, i int) { copy(chunks[i].dst, chunks[i].src) })
	return all
}
