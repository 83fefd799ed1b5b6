package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
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
	live := t.sample[0].Value.Uint64()
	debug.SetGCPercent(gcPercent(live, loading.budget(live, gcBudget)))
}

// loadProgress is how much of the input the loader has read: files and
// bytes. The collector's pace reads it (budget) from the goroutine that
// runs finalizers, while the loading workers count, so each count is
// atomic; together they are a rough picture, which is all the pace needs.
type loadProgress struct {
	files, done    atomic.Int64 // the files to read, and those read
	bytes, largest atomic.Int64 // the bytes read, and the most of one file
}

// loading is the progress of this process's load (loadAll).
var loading loadProgress

// start begins a load of files files.
func (p *loadProgress) start(files int) {
	p.done.Store(0)
	p.bytes.Store(0)
	p.largest.Store(0)
	p.files.Store(int64(files))
}

// read counts one file read, of size bytes.
func (p *loadProgress) read(size int64) {
	p.bytes.Add(size)
	for {
		l := p.largest.Load()
		if size <= l || p.largest.CompareAndSwap(l, size) {
			break
		}
	}
	p.done.Add(1)
}

// The load's progress is read only once it is past a tenth of the files,
// and only while no file read holds more than a sixty-fourth of the bytes
// read: then the files read so far tell about the rest.
const (
	minShareRead = 10
	maxFileShare = 64
)

// budget returns the heap the collector may let a live heap grow to:
// fixed, or, while a load that will outgrow it goes on, twice the live
// heap the load will end with, projected from the share of the files read.
//
// A check holds every article's claims, so its live heap grows with the
// files read; once it is past the budget the pace is the usual one, and
// the collector runs each time the heap doubles, marking the whole live
// heap each time, on its way to the peak the usual pace reaches at the
// end anyway: twice what is live then. Letting the heap grow to twice the
// projected live heap at once skips those collections and raises no peak,
// as long as the projection is not above the live heap at the end (the
// comparison, after the load, adds to it). At 100,000 articles: 11
// collections marking about 3,040 MB in all, where 7 mark 1,840; runs in
// turns 9.42 -> 8.74 s, peak RSS 1,451 -> 1,402 MiB (medians). A run that
// stays below the budget, as 10,000 articles do (53 MB live once loaded),
// is paced as before.
func (p *loadProgress) budget(live, fixed uint64) uint64 {
	files, done := p.files.Load(), p.done.Load()
	if files <= 0 || done >= files || done*minShareRead < files {
		return fixed // no load, done with it, or too little of it read
	}
	if p.largest.Load()*maxFileShare > p.bytes.Load() {
		return fixed // one file read is much of what was read: it tells little of the rest
	}
	if projected := live * uint64(files) / uint64(done); projected > fixed {
		return 2 * projected
	}
	return fixed
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
