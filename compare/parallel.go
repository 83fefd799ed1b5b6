package compare

import (
	"cmp"
	"math/bits"
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
// checks them, in one pass: a radix sort of the keys, stable, so that each
// key's items stay in order. Postings not made in order of item are left
// sorted by key alone, and postingLists sorts them the rest of the way.
//
// The postings are first split by the top bits of their keys into buckets
// of about bucketPostings each, and each bucket is then sorted by the rest
// of its bits, eight at a time, on all cores. A sort of the whole list
// sixteen bits at a time, as before, scattered each pass over 65,536
// places in a list far larger than the caches: at 100,000 articles the
// attributions' 1.7 million postings took 75 ms, on one core, where the
// buckets take 26-29 (BenchmarkSortPostings).
func sortPostings(ps []posting) {
	const minRadix = 1 << 13 // fewer are sorted by comparison
	if len(ps) < minRadix {
		slices.SortFunc(ps, comparePostings)
		return
	}
	top := min(max(uint(bits.Len(uint(len(ps)/bucketPostings))), 1), 16)
	shift := 64 - top // a key's bucket is key>>shift
	// The split is a pass on the top digit: after it, bucket d is
	// sorted[end[d-1]:end[d]] (from 0 for the first).
	end := make([]int, 1<<top)
	sorted := make([]posting, len(ps))
	if !radixPass(ps, sorted, shift, end) {
		copy(sorted, ps) // one bucket for all: end counts them
		for d := 1; d < len(end); d++ {
			end[d] += end[d-1]
		}
	}
	parallel(1<<top, func(_, d int) {
		lo, hi := 0, end[d]
		if d > 0 {
			lo = end[d-1]
		}
		if lo == hi {
			return
		}
		// The bucket's postings go from sorted to ps and back, a pass a
		// digit, and end in ps.
		src, dst := sorted[lo:hi], ps[lo:hi]
		var count [256]int
		for s := uint(0); s < shift; s += 8 {
			if radixPass(src, dst, s, count[:]) {
				src, dst = dst, src
			}
		}
		if &src[0] != &ps[lo] {
			copy(ps[lo:hi], src)
		}
	})
}

// radixPass moves src (not empty) to dst in the order of the digit of
// their keys at shift, stably; a digit is as many bits as count (a power
// of two long, its values overwritten) has places. It reports whether it
// moved them: when all have the same digit, the order stands, and count
// holds how many have each digit; else count[k] is where the postings of
// digit k end in dst.
func radixPass(src, dst []posting, shift uint, count []int) bool {
	mask := uint64(len(count) - 1)
	clear(count)
	for _, p := range src {
		count[(p.key>>shift)&mask]++
	}
	if count[(src[0].key>>shift)&mask] == len(src) {
		return false
	}
	n := 0
	for k, c := range count {
		count[k] = n
		n += c
	}
	for _, p := range src {
		k := (p.key >> shift) & mask
		dst[count[k]] = p
		count[k]++
	}
	return true
}

// bucketPostings is about how many postings sortPostings sorts in one
// bucket: few enough, at 16 bytes each, to stay in a core's cache.
const bucketPostings = 2048

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
