package compare

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/rules"
)

// sortForDedupeRef is how dedupe sorted before: a stable sort of the
// findings themselves.
func sortForDedupeRef(fs []rules.Finding) {
	slices.SortStableFunc(fs, func(a, b rules.Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Start, b.Start), cmp.Compare(b.Confidence, a.Confidence))
	})
}

// findingsOf makes findings from bytes, four a finding, with few files,
// starts and confidences, so that ties are many.
func findingsOf(data []byte) []rules.Finding {
	confs := []float64{0, 0.25, 0.5, 0.93, 1, math.NaN(), -0.1, 0.5000001}
	var fs []rules.Finding
	for k := 0; k+4 <= len(data); k += 4 {
		b := data[k : k+4]
		fs = append(fs, rules.Finding{
			File: fmt.Sprintf("f%d.txt", b[0]%5), Start: int(b[1] % 7), Confidence: confs[b[2]%8],
			Actor: fmt.Sprintf("a%d", b[3]%3), Rule: fmt.Sprintf("r%d", k/4),
		})
	}
	return fs
}

func checkSortForDedupe(t *testing.T, data []byte) {
	got, want := findingsOf(data), findingsOf(data)
	sortForDedupe(got)
	sortForDedupeRef(want)
	// The rules are numbered in input order: equal rules, equal order.
	for i := range got {
		if got[i].Rule != want[i].Rule {
			t.Fatalf("sortForDedupe(%v): place %d holds %s, want %s", data, i, got[i].Rule, want[i].Rule)
		}
	}
}

func TestSortForDedupeMatchesStableSort(t *testing.T) {
	for _, data := range [][]byte{
		nil, {1, 2, 3, 4}, []byte("abcdabcdabcd"), []byte("the quick brown fox jumps over the lazy dog!!!"),
		{0, 0, 5, 0, 0, 0, 5, 1, 0, 0, 2, 2, 0, 0, 5, 0},
	} {
		checkSortForDedupe(t, data)
	}
	long := make([]byte, 4000)
	for i := range long {
		long[i] = byte(i*7919 + i/13)
	}
	checkSortForDedupe(t, long)
}

func FuzzSortForDedupe(f *testing.F) {
	f.Add([]byte("abcdabcdabcd"))
	f.Add([]byte{0, 0, 5, 0, 0, 0, 5, 1, 0, 0, 2, 2})
	f.Fuzz(checkSortForDedupe)
}
