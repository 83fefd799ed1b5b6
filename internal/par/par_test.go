package par

import (
	"runtime"
	"sync/atomic"
	"testing"
)

// TestForCallsEachOnce wants every index called exactly once, by a worker
// numbered below Workers(n), at any GOMAXPROCS.
func TestForCallsEachOnce(t *testing.T) {
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 5, 64, 1000} {
			calls := make([]atomic.Int32, n)
			var badWorker atomic.Bool
			For(n, func(w, i int) {
				if w < 0 || w >= Workers(n) {
					badWorker.Store(true)
				}
				calls[i].Add(1)
			})
			for i := range calls {
				if c := calls[i].Load(); c != 1 {
					t.Errorf("GOMAXPROCS=%d n=%d: index %d called %d times", procs, n, i, c)
				}
			}
			if badWorker.Load() {
				t.Errorf("GOMAXPROCS=%d n=%d: a worker number out of range", procs, n)
			}
		}
		runtime.GOMAXPROCS(old)
	}
}
