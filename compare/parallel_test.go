package compare

import (
	"runtime"
	"slices"
	"testing"
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
