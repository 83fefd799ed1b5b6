// Package par runs work on every core, in a way that keeps results in
// order: each item's result is written to its own place, and callers merge
// them by index, so output never depends on scheduling or on GOMAXPROCS.
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls fn(w, i) for every i in [0, n), on up to GOMAXPROCS
// goroutines; w names the goroutine (0 ≤ w < the number returned by
// Workers(n)), so that fn can reuse scratch space of its own. fn must write
// only what belongs to i: callers merge the results by i, so the output
// never depends on scheduling or on GOMAXPROCS.
func For(n int, fn func(w, i int)) {
	nw := Workers(n)
	if nw <= 1 {
		for i := range n {
			fn(0, i)
		}
		return
	}
	// Items are handed out in small batches: cheap ones do not pay for
	// the counter, costly ones (a large block) do not hold up the rest.
	batch := max(1, min(64, n/(nw*16)))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range nw {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				start := int(next.Add(int64(batch))) - batch
				if start >= n {
					return
				}
				for i := start; i < min(start+batch, n); i++ {
					fn(w, i)
				}
			}
		}()
	}
	wg.Wait()
}

// Workers is how many goroutines For uses for n items.
func Workers(n int) int { return max(1, min(runtime.GOMAXPROCS(0), n)) }
