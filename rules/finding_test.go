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
