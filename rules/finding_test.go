package rules

import (
	"fmt"
	"testing"
)

// TestWeightedLikeFmt wants evidence lines written as fmt's "%s (%+.1f)"
// writes them, for every sign and rounding edge.
func TestWeightedLikeFmt(t *testing.T) {
	for _, w := range []float64{3, -3.2, 0.05, -0.05, 0.04, -0.04, 0.15, 2.25, -1e-9, 1e-9, 12.345, -0.7} {
		fa := Factor{Weight: w, Text: "knowledge: x"}
		if got, want := weighted(fa), fmt.Sprintf("%s (%+.1f)", fa.Text, fa.Weight); got != want {
			t.Errorf("weighted(%v) = %q, want %q", w, got, want)
		}
	}
}

// TestScoreKeepsTenRelated wants Score to keep the first MaxRelated related
// locations, in the rule's order, and leave shorter lists alone.
func TestScoreKeepsTenRelated(t *testing.T) {
	for _, n := range []int{0, 3, MaxRelated, MaxRelated + 1, 104} {
		var f Finding
		for i := range n {
			f.Related = append(f.Related, Location{File: "a.txt", Line: n - i, Column: 1})
		}
		f.Score()
		want := min(n, MaxRelated)
		if len(f.Related) != want {
			t.Fatalf("%d related: Score kept %d, want %d", n, len(f.Related), want)
		}
		for i, l := range f.Related {
			if l.Line != n-i {
				t.Errorf("%d related: location %d is line %d, want %d (the rule's order)", n, i, l.Line, n-i)
			}
		}
	}
}

func TestLocationCompare(t *testing.T) {
	for _, tc := range []struct {
		a, b Location
		want int
	}{
		{Location{"a", 9, 1}, Location{"a", 12, 1}, -1}, // lines as numbers, not text
		{Location{"a", 12, 1}, Location{"b", 1, 1}, -1},
		{Location{"a", 3, 7}, Location{"a", 3, 2}, 1},
		{Location{"a", 3, 2}, Location{"a", 3, 2}, 0},
	} {
		if got := tc.a.Compare(tc.b); got != tc.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
