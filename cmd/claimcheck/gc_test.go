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
