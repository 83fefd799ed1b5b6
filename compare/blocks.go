package compare

import (
	"cmp"
	"fmt"
	"io"
	"math/bits"
	"slices"
	"strconv"
	"strings"
)

// listed is how many sources a vote names in its evidence; the count says
// how many there are in all.
const listed = 5

// listSome joins the first few items, and says how many more there are:
// a vote of a hundred sources names five of them.
func listSome(items []string, sep string) string {
	if len(items) <= listed {
		return strings.Join(items, sep)
	}
	var b strings.Builder
	some(items, sep).writeTo(&b)
	return b.String()
}

// someList prints as listSome(items, sep) is, for evidence: given to
// Finding.Add as an argument, it is written into the evidence line as it is
// formatted, never made as a string of its own.
type someList struct {
	items []string
	sep   string
}

func some(items []string, sep string) someList { return someList{items, sep} }

// Format writes the list whatever the verb: evidence formats it with %s.
func (l someList) Format(st fmt.State, _ rune) { l.writeTo(st) }

// writeTo writes the first listed items, then "and N more" when there are
// more: fmt.Sprintf("%s%sand %d more", strings.Join(items[:listed], sep),
// sep, len(items)-listed).
func (l someList) writeTo(w io.Writer) {
	n := min(len(l.items), listed)
	for i, it := range l.items[:n] {
		if i > 0 {
			io.WriteString(w, l.sep)
		}
		io.WriteString(w, it)
	}
	if more := len(l.items) - n; more > 0 {
		io.WriteString(w, l.sep)
		io.WriteString(w, "and ")
		io.WriteString(w, strconv.Itoa(more))
		io.WriteString(w, " more")
	}
}

// pairWindow bounds how many later items of one posting list an item is
// paired with; maxPosting is the longest posting list used at all (a
// feature or a shingle found in more items is too common to tell them
// apart).
const (
	pairWindow = 32
	maxPosting = 256
)

// pairs holds, for each of n items, the later items (j > i) it shares
// postings with and how many, in order of j: partners of i are p[i].b,
// their counts p[i].cnt. Each item's are kept where they were counted,
// not copied into one array.
type pairs []partners

type partners struct{ b, cnt []int32 }

func (p pairs) of(i int) ([]int32, []int32) { return p[i].b, p[i].cnt }

// sharedPairs counts, for pairs of items (i < j) that share a posting in
// lists, how many postings they share. Each item is paired with at most
// pairWindow later items of a posting list, and lists longer than
// maxPosting are skipped, so the work is bounded by the total length of
// the postings, not by the square of the number of items. Every list must
// hold items in ascending order (a repeated item is never its own pair).
//
// The pairs are counted item by item, each from the lists it is in, on all
// cores; no map of all pairs is built.
func sharedPairs(lists [][]int32, n int) pairs {
	// Where each item sits in the lists it is in.
	off := make([]int32, n+1)
	for _, l := range lists {
		if len(l) < 2 || len(l) > maxPosting {
			continue // on a page in every tenth article: says nothing of a pair
		}
		for _, it := range l {
			off[it+1]++
		}
	}
	for i := range n {
		off[i+1] += off[i]
	}
	type at struct{ list, pos int32 }
	member := make([]at, off[n])
	fill := slices.Clone(off[:n])
	for li, l := range lists {
		if len(l) < 2 || len(l) > maxPosting {
			continue
		}
		for x, it := range l {
			member[fill[it]] = at{int32(li), int32(x)}
			fill[it]++
		}
	}
	// Within a long posting list, each item is paired only with the next
	// pairWindow items: groups are joined transitively, so a large event
	// still holds together, and the work stays linear.
	//
	// Each worker counts an item's partners in a table indexed by partner,
	// and marks them in a bitset, so that they are read back in order
	// without sorting the many postings they came from.
	nw := workers(n)
	counters := make([]partnerCounter, nw)
	out := make(pairs, n)
	parallel(n, func(w, i int) {
		pc := &counters[w]
		if pc.cnt == nil {
			pc.cnt = make([]int32, n)
			pc.bits = make([]uint64, (n+63)/64)
		}
		// Count each partner (see partnerCounter), with the counter's
		// slices in locals: the loop runs once a pair, and keeps them in
		// registers.
		// An item repeated in a list is counted as its own partner here,
		// and taken out after, once.
		cnt, marks, seen := pc.cnt, pc.bits, pc.seen
		for _, m := range member[off[i]:off[i+1]] {
			l := lists[m.list]
			for _, j := range l[m.pos+1 : min(len(l), int(m.pos)+1+pairWindow)] {
				c := cnt[j]
				if c == 0 {
					marks[j>>6] |= 1 << (j & 63)
					seen = append(seen, j)
				}
				cnt[j] = c + 1
			}
		}
		if cnt[i] != 0 {
			cnt[i] = 0
			marks[i>>6] &^= 1 << (i & 63)
			seen = slices.DeleteFunc(seen, func(j int32) bool { return int(j) == i })
		}
		pc.seen = seen
		if len(pc.seen) == 0 {
			return
		}
		// The partners and their counts, in one allocation.
		m := len(pc.seen)
		both := make([]int32, 2*m)
		p := partners{b: both[:m:m], cnt: both[m : 2*m : 2*m]}
		pc.drain(p.b, p.cnt)
		out[i] = p
	})
	return out
}

// A partnerCounter counts the partners of one item at a time: cnt[j] is
// how many postings the item shares with j, bits marks the j counted, and
// seen lists them in the order first met.
type partnerCounter struct {
	cnt  []int32
	bits []uint64
	seen []int32
}

// drain writes the partners counted, in ascending order, to b and their
// counts to cnt (both of len(pc.seen)), and clears the counter for the
// next item. The partners are read from the bitset when they are dense
// in the words they span, and sorted otherwise.
func (pc *partnerCounter) drain(b, cnt []int32) {
	seen, counts, marks := pc.seen, pc.cnt, pc.bits // in locals, for the loops
	lo, hi := seen[0], seen[0]
	for _, j := range seen[1:] {
		lo, hi = min(lo, j), max(hi, j)
	}
	k := 0
	if words := int(hi>>6-lo>>6) + 1; words <= 8*len(seen) {
		cnt = cnt[:len(b)]
		for wi := lo >> 6; wi <= hi>>6; wi++ {
			for x := marks[wi]; x != 0; x &= x - 1 {
				j := wi<<6 | int32(bits.TrailingZeros64(x))
				b[k], cnt[k] = j, counts[j]
				counts[j] = 0
				k++
			}
			marks[wi] = 0
		}
	} else {
		slices.Sort(seen)
		for _, j := range seen {
			b[k], cnt[k] = j, counts[j]
			counts[j] = 0
			marks[j>>6] = 0
			k++
		}
	}
	pc.seen = seen[:0]
}

// A posting says that an item holds a key (a hashed feature).
type posting struct {
	key  uint64
	item int32
}

// postingLists returns the items of each key held by two items or more,
// each list in ascending order, the lists in order of key. The postings
// are sorted in place. A flat list of postings, sorted, holds a few bytes
// an item where a map of lists held a slice and an array a key, and most
// keys are held by one item only.
func postingLists(ps []posting) [][]int32 {
	slices.SortFunc(ps, func(a, b posting) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.item, b.item)
	})
	ps = slices.CompactFunc(ps, func(a, b posting) bool { return a == b })
	var flat []int32
	var ends []int
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && ps[j].key == ps[i].key {
			j++
		}
		if j-i >= 2 {
			for _, p := range ps[i:j] {
				flat = append(flat, p.item)
			}
			ends = append(ends, len(flat))
		}
		i = j
	}
	lists := make([][]int32, len(ends))
	start := 0
	for k, end := range ends {
		lists[k] = flat[start:end:end]
		start = end
	}
	return lists
}

// neighbours returns, for each of n items, the other items it shares a
// posting with, in order.
func neighbours(ps []posting, n int) [][]int32 {
	p := sharedPairs(postingLists(ps), n)
	out := make([][]int32, n)
	for i := range n {
		bs, _ := p.of(i)
		for _, j := range bs {
			out[i] = append(out[i], j)
			out[j] = append(out[j], int32(i))
		}
	}
	for i := range out {
		slices.Sort(out[i])
	}
	return out
}

// reportable decides whether claim x, which agree independent sources
// share (x's own included), is reported against the first of the
// versions that others give: when they outnumber x's, or, one side against
// an equal other, once only, at whichever of the two comes first, so that
// no side is blamed twice.
func reportable(x ref, agree, against int, first ref) bool {
	if against == 0 || against < agree {
		return false
	}
	if against == agree {
		return x.a.File < first.a.File || x.a.File == first.a.File && x.c.Start < first.c.Start
	}
	return true
}
