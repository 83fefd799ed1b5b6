package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// oldSharedPairs is sharedPairs as it was before it counted partners in a
// table: each item's partners gathered from its lists, sorted, and run
// lengths taken as the counts. It is kept to check sharedPairs against.
func oldSharedPairs(lists [][]int32, n int) pairs {
	type at struct{ list, pos int32 }
	member := make([][]at, n)
	for li, l := range lists {
		if len(l) < 2 || len(l) > maxPosting {
			continue
		}
		for x, it := range l {
			member[it] = append(member[it], at{int32(li), int32(x)})
		}
	}
	out := make(pairs, n)
	var buf []int32
	for i := range n {
		buf = buf[:0]
		for _, m := range member[i] {
			l := lists[m.list]
			for y := int(m.pos) + 1; y < len(l) && y <= int(m.pos)+pairWindow; y++ {
				if int(l[y]) != i {
					buf = append(buf, l[y])
				}
			}
		}
		slices.Sort(buf)
		for k := 0; k < len(buf); {
			e := k + 1
			for e < len(buf) && buf[e] == buf[k] {
				e++
			}
			out[i].b = append(out[i].b, buf[k])
			out[i].cnt = append(out[i].cnt, int32(e-k))
			k = e
		}
	}
	return out
}

// randomLists makes lists of items below n, each ascending and without
// repeats, from the bytes of data: some long, some dense, some sparse.
func randomLists(data []byte, n int) [][]int32 {
	var lists [][]int32
	var l []int32
	at := int32(-1)
	for _, c := range data {
		if c == 0 || at >= int32(n-1) {
			if len(l) > 0 {
				lists = append(lists, l)
			}
			l, at = nil, -1
			continue
		}
		at += int32(c%16) + 1
		if c >= 240 {
			at += int32(c-240) * 200 // a jump, for partners far apart
		}
		if at < int32(n) {
			l = append(l, at)
		}
	}
	if len(l) > 0 {
		lists = append(lists, l)
	}
	return lists
}

func samePairs(t *testing.T, lists [][]int32, n int) {
	t.Helper()
	got, want := sharedPairs(lists, n), oldSharedPairs(lists, n)
	for i := range n {
		gb, gc := got.of(i)
		wb, wc := want.of(i)
		if !slices.Equal(gb, wb) || !slices.Equal(gc, wc) {
			t.Fatalf("n=%d lists %v: partners of %d %v counts %v, want %v counts %v", n, lists, i, gb, gc, wb, wc)
		}
	}
}

// TestSharedPairs checks sharedPairs against the sorting version on
// chosen and random lists: windows, skipped lists, dense and sparse
// partners.
func TestSharedPairs(t *testing.T) {
	seq := func(from, to, step int) []int32 {
		var l []int32
		for x := from; x < to; x += step {
			l = append(l, int32(x))
		}
		return l
	}
	for _, tc := range []struct {
		lists [][]int32
		n     int
	}{
		{nil, 0},
		{nil, 3},
		{[][]int32{{0}}, 1},
		{[][]int32{{0, 1}, {0, 1}, {1, 2}}, 3},
		{[][]int32{seq(0, 100, 1)}, 100},
		{[][]int32{seq(0, 300, 1), seq(0, 257, 1), seq(0, 256, 1)}, 300},
		{[][]int32{seq(0, 5000, 100), {0, 4999}, {3, 64, 65, 127, 128, 4000}}, 5000},
	} {
		samePairs(t, tc.lists, tc.n)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		data := make([]byte, r.IntN(2000))
		for k := range data {
			data[k] = byte(r.UintN(256))
		}
		samePairs(t, randomLists(data, 1+r.IntN(3000)), 1+r.IntN(3000)+3000)
	}
}

// FuzzSharedPairs checks sharedPairs against the sorting version on lists
// made from any bytes.
func FuzzSharedPairs(f *testing.F) {
	f.Add([]byte{1, 2, 3, 0, 1, 1, 1}, uint16(100))
	f.Add([]byte{250, 1, 251, 0, 5, 5, 5, 5, 5}, uint16(40000))
	f.Fuzz(func(t *testing.T, data []byte, n uint16) {
		m := int(n)%20000 + 1
		samePairs(t, randomLists(data, m), m)
	})
}
