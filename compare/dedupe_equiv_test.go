package compare

import (
	"cmp"
	"fmt"
	"math"
	"runtime"
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

// checkSortedIndex checks sortedIndex against one sort of the numbers, for
// parts of every size: a total order has one sorted order.
func checkSortedIndex(t *testing.T, keys []byte) {
	t.Helper()
	byKey := func(i, j int32) int { return cmp.Or(cmp.Compare(keys[i], keys[j]), cmp.Compare(i, j)) }
	want := make([]int32, len(keys))
	for i := range want {
		want[i] = int32(i)
	}
	slices.SortFunc(want, byKey)
	for _, procs := range []int{1, 2, 3, 8} {
		old := runtime.GOMAXPROCS(procs)
		got := sortedIndex(len(keys), byKey)
		runtime.GOMAXPROCS(old)
		if !slices.Equal(got, want) {
			t.Fatalf("GOMAXPROCS %d: sortedIndex of %d keys = %v, want %v", procs, len(keys), got, want)
		}
	}
}

func TestSortedIndex(t *testing.T) {
	for _, n := range []int{0, 1, 2, minSortPart - 1, minSortPart, 2 * minSortPart, 3*minSortPart + 7, 9*minSortPart + 1} {
		keys := make([]byte, n)
		for i := range keys {
			keys[i] = byte(i*7919 + i/13)
		}
		checkSortedIndex(t, keys)
	}
}

func FuzzSortedIndex(f *testing.F) {
	f.Add([]byte("abcdabcdabcd"), uint16(3))
	f.Add([]byte{0, 0, 5, 0}, uint16(9000))
	f.Fuzz(func(t *testing.T, seed []byte, n uint16) {
		if len(seed) == 0 {
			return
		}
		// Long enough to be split in parts: the seed repeated, shifted.
		keys := make([]byte, int(n)%(12*minSortPart))
		for i := range keys {
			keys[i] = seed[i%len(seed)] + byte(i/len(seed))
		}
		checkSortedIndex(t, keys)
	})
}

// TestSortFindingsMatchesRulesSort checks that sortFindings orders
// findings as rules.Sort does when no two tie on its keys.
func TestSortFindingsMatchesRulesSort(t *testing.T) {
	var fs []rules.Finding
	for i := range 3 * minSortPart {
		fs = append(fs, rules.Finding{
			File: fmt.Sprintf("f%d.txt", i*31%17), Line: i * 7 % 23, Column: i % 5,
			Rule: fmt.Sprintf("r%d", i%3), Actor: fmt.Sprintf("a%d", i%11), Excerpt: fmt.Sprint(i),
		})
	}
	got, want := slices.Clone(fs), slices.Clone(fs)
	sortFindings(got)
	rules.Sort(want)
	for i := range got {
		if got[i].Excerpt != want[i].Excerpt {
			t.Fatalf("place %d holds %s, want %s", i, got[i].Excerpt, want[i].Excerpt)
		}
	}
}
