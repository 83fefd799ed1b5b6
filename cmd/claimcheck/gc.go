package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// gcBudget is the heap, in bytes, a run may grow to before the collector
// keeps to its usual pace. A check holds every article's claims until it
// ends: at the usual pace (GOGC=100) the collector runs each time the
// heap doubles, 14 times at 10,000 articles, and marks the whole live
// heap each time. Below the budget it lets the heap grow up to six times
// what is live; past half the budget, never less than twice, as always,
// so the peak is the larger of the budget and the usual peak: at 10,000
// articles the live heap reaches 83 MB and the usual peak is above the
// budget already.
const gcBudget = 112 << 20

// The collector's pace after each collection, as a GOGC percentage: never
// below the usual 100 (a large run is no slower than without the
// budget), never above 500.
const (
	minGCPercent = 100
	maxGCPercent = 500
)

// liveHeap is the runtime's count of the bytes the last collection found
// live.
const liveHeap = "/gc/heap/live:bytes"

// tuneGC sets the collector's pace by the budget, unless the user chose a
// pace or a limit of their own with GOGC or GOMEMLIMIT: after each
// collection, GOGC is what lets the heap grow from what the collection
// found live to the budget, within minGCPercent and maxGCPercent.
//
// The live heap is the runtime's own count (runtime/metrics), read
// without stopping the world. bytedance/gopkg's gctuner, used before,
// took the heap in use from runtime.ReadMemStats, which stops the world
// and counts the spans not yet swept, garbage included, as in use: just
// after a collection that is about the heap before it, so the pace it
// set aimed at a heap of about budget × live / (heap before), and the
// collector ran 7 times at 10,000 articles where 5 do (GODEBUG=gctrace=1).
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(maxGCPercent)
	t := &gcTuner{sample: []metrics.Sample{{Name: liveHeap}}}
	t.arm()
}

// A gcTuner sets GOGC after each collection, from a finalizer on an
// object it drops at once: the collection that finds the object
// unreachable runs the finalizer, which drops another.
type gcTuner struct {
	sample []metrics.Sample
}

// gcSentinel is the object whose finalizer tunes the pace; it must not be
// of size zero (such objects share one address and are never finalized)
// nor hold no pointers and be small (the tiny allocator batches those).
type gcSentinel struct {
	t *gcTuner
	_ [16]byte
}

func (t *gcTuner) arm() {
	runtime.SetFinalizer(&gcSentinel{t: t}, func(s *gcSentinel) {
		s.t.tune()
		s.t.arm()
	})
}

func (t *gcTuner) tune() {
	metrics.Read(t.sample)
	if t.sample[0].Value.Kind() != metrics.KindUint64 {
		return // a runtime without the metric: the pace stays as it is
	}
	debug.SetGCPercent(gcPercent(t.sample[0].Value.Uint64(), gcBudget))
}

// gcPercent is the GOGC that lets a heap of live bytes grow to budget,
// within minGCPercent and maxGCPercent.
func gcPercent(live, budget uint64) int {
	if live == 0 {
		return maxGCPercent
	}
	if live >= budget {
		return minGCPercent
	}
	return int(max(minGCPercent, min(maxGCPercent, (budget-live)*100/live)))
}
