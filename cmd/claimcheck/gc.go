package main

import (
	"os"

	"github.com/bytedance/gopkg/util/gctuner"
)

// gcBudget is the heap, in bytes, a run may grow to before the collector
// keeps to its usual pace. A check holds every article's claims until it
// ends: at the usual pace (GOGC=100) the collector runs each time the
// heap doubles, 14 times at 10,000 articles, and marks the whole live
// heap each time. Below the budget it may let the heap grow to six times
// what is live; past half the budget, never less than twice, as always,
// so the peak is the larger of the budget and the usual peak: at 10,000
// articles the live heap reaches 82 MB and the usual peak is above the
// budget already. At 1,000 articles this took 12% fewer instructions, at
// 10,000 2.6% (callgrind, GOMAXPROCS=1).
const gcBudget = 128 << 20

// tuneGC sets the collector's pace by the budget (gctuner sets GOGC
// after each collection from the heap in use), unless the user chose a
// pace or a limit of their own with GOGC or GOMEMLIMIT.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	gctuner.SetMinGCPercent(100)
	gctuner.SetMaxGCPercent(500)
	gctuner.Tuning(gcBudget)
}
