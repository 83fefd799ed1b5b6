package compare

import (
	"reflect"
	"runtime"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/rules"
)

// TestGather wants gather's values in the order of the items, each item's
// between its bounds, however many each leaves out, at any GOMAXPROCS.
func TestGather(t *testing.T) {
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 7, 300} {
			most := func(i int) int { return i % 5 }
			each := func(i int, out []int) []int {
				for k := range i % 5 {
					if (i+k)%3 != 0 { // leave some out
						out = append(out, i*10+k)
					}
				}
				return out
			}
			var want []int
			wantAt := []int32{0}
			for i := range n {
				want = each(i, want)
				wantAt = append(wantAt, int32(len(want)))
			}
			all, at := gather(n, most, each)
			if !slices.Equal(all, want) || !slices.Equal(at, wantAt) {
				t.Errorf("GOMAXPROCS=%d: gather(%d) = %v, %v, want %v, %v", procs, n, all, at, want, wantAt)
			}
		}
		runtime.GOMAXPROCS(old)
	}
}

// TestCollectInOrder wants collect's findings in the order of the items,
// at any GOMAXPROCS, and inOrder's of hits given in lists out of order.
func TestCollectInOrder(t *testing.T) {
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 7, 3000} {
			got := collect(n, func(i int) (rules.Finding, bool) { return rules.Finding{Start: i}, i%3 != 1 })
			var want []int
			for i := range n {
				if i%3 != 1 {
					want = append(want, i)
				}
			}
			var starts []int
			for _, f := range got {
				starts = append(starts, f.Start)
			}
			if !slices.Equal(starts, want) {
				t.Errorf("GOMAXPROCS=%d: collect(%d) gave items %v, want %v", procs, n, starts, want)
			}
		}
		runtime.GOMAXPROCS(old)
	}
	hits := [][]hit{{{5, rules.Finding{Start: 5}}, {1, rules.Finding{Start: 1}}}, nil, {{3, rules.Finding{Start: 3}}, {0, rules.Finding{Start: 0}}}}
	var starts []int
	for _, f := range inOrder(hits...) {
		starts = append(starts, f.Start)
	}
	if want := []int{0, 1, 3, 5}; !slices.Equal(starts, want) {
		t.Errorf("inOrder gave items %v, want %v", starts, want)
	}
}

// TestSortPostings checks sortPostings against a sort by key and item, for
// postings made in order of item, with keys that share digits and keys
// that do not: all in one bucket, or their buckets' bits the same.
func TestSortPostings(t *testing.T) {
	for _, n := range []int{0, 1, 255, 256, 5000, 1 << 13, 1<<16 + 5, 300000} {
		for _, mask := range []uint64{0, 0xff, 0xffff0000, 0xffff00000000ffff, ^uint64(0), 0xff00000000000000, 0x00ff000000000000} {
			var ps []posting
			for i := range n {
				for j := range 3 {
					ps = append(ps, posting{key: (uint64(i*7919+j*104729) * 0x9e3779b97f4a7c15) & mask, item: int32(i)})
				}
			}
			want := slices.Clone(ps)
			slices.SortFunc(want, comparePostings)
			sortPostings(ps)
			if !slices.Equal(ps, want) {
				t.Fatalf("%d postings, mask %x: not sorted by key and item", len(ps), mask)
			}
		}
	}
}

func TestConcat(t *testing.T) {
	mk := func(n int, rule string) []rules.Finding {
		fs := make([]rules.Finding, n)
		for i := range fs {
			fs[i] = rules.Finding{Rule: rule, Line: i}
		}
		return fs
	}
	for _, sizes := range [][]int{{}, {0}, {0, 0}, {1}, {3, 0, 2}, {concatChunk}, {concatChunk + 1, 5, 3*concatChunk - 1}} {
		var parts [][]rules.Finding
		for i, n := range sizes {
			parts = append(parts, mk(n, string(rune('a'+i))))
		}
		want := slices.Concat(parts...)
		got := concat(parts...)
		if (got == nil) != (want == nil) || !reflect.DeepEqual(got, want) {
			t.Errorf("concat of %v: %d findings (nil %v), want %d (nil %v), or not the same", sizes, len(got), got == nil, len(want), want == nil)
		}
	}
}
