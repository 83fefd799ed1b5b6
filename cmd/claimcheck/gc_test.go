package main

import "testing"

func TestGCPercent(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		live, budget uint64
		want         int
	}{
		{0, 112 * mb, maxGCPercent},
		{2 * mb, 112 * mb, maxGCPercent},    // far below: at most six times live
		{28 * mb, 112 * mb, 300},            // grows to the budget
		{56 * mb, 112 * mb, minGCPercent},   // half the budget: twice live
		{80 * mb, 112 * mb, minGCPercent},   // past half: never less than twice
		{1024 * mb, 112 * mb, minGCPercent}, // above the budget
		{112 * mb, 112 * mb, minGCPercent},  // at it
	}
	for _, tt := range tests {
		if got := gcPercent(tt.live, tt.budget); got != tt.want {
			t.Errorf("gcPercent(%d MB, %d MB) = %d, want %d", tt.live/mb, tt.budget/mb, got, tt.want)
		}
	}
}

func TestLoadBudget(t *testing.T) {
	const mb = 1 << 20
	const fixed = 112 * mb
	// read makes a load of files files of which done are read, each of
	// size bytes but the first, of first bytes.
	read := func(files, done int, first, size int64) *loadProgress {
		p := &loadProgress{}
		p.start(files)
		for i := range done {
			if i == 0 {
				p.read(first)
			} else {
				p.read(size)
			}
		}
		return p
	}
	tests := []struct {
		name string
		p    *loadProgress
		live uint64
		want uint64
	}{
		{"no load", &loadProgress{}, 300 * mb, fixed},
		{"too little read", read(1000, 99, 1500, 1500), 60 * mb, fixed},
		{"a tenth read, will stay below", read(1000, 100, 1500, 1500), 10 * mb, fixed},
		{"a tenth read, will outgrow it", read(1000, 100, 1500, 1500), 60 * mb, 2 * 600 * mb},
		{"half read", read(1000, 500, 1500, 1500), 300 * mb, 2 * 600 * mb},
		{"all read: the comparison's heap is not projected", read(1000, 1000, 1500, 1500), 600 * mb, fixed},
		{"one file much of what was read", read(1000, 100, 64*1500*100, 1500), 60 * mb, fixed},
		{"one file a sixty-fourth of what was read", read(1000, 100, 1500*99/63, 1500), 60 * mb, 2 * 600 * mb},
	}
	for _, tt := range tests {
		if got := tt.p.budget(tt.live, fixed); got != tt.want {
			t.Errorf("%s: budget(%d MB) = %d MB, want %d MB", tt.name, tt.live/mb, got/mb, tt.want/mb)
		}
	}
}
