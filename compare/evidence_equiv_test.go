package compare

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/rules"
)

// The evidence lines of the title and report-date comparisons are written
// out with append (appendSome, addLine) where fmt wrote them from a format
// and someList: these tests keep fmt as the reference.

func someRef(items []string, sep string) string { return fmt.Sprintf("%s", some(items, sep)) }

func TestAppendSome(t *testing.T) {
	for _, tc := range []struct {
		items []string
		sep   string
	}{
		{nil, "; "},
		{[]string{"a"}, "; "},
		{[]string{"a", "b", "c", "d", "e"}, ", "},
		{[]string{"a", "b", "c", "d", "e", "f"}, ", "},
		{[]string{"AP (a.txt:3: \"x\")", "%d", "", "z", "y", "x", "w", "v"}, "; "},
	} {
		got := string(appendSome([]byte("head: "), tc.items, tc.sep))
		if want := "head: " + someRef(tc.items, tc.sep); got != want {
			t.Errorf("appendSome(%q, %q) = %q, want %q", tc.items, tc.sep, got, want)
		}
		if got, want := listSome(tc.items, tc.sep), someRef(tc.items, tc.sep); got != want {
			t.Errorf("listSome(%q, %q) = %q, want %q", tc.items, tc.sep, got, want)
		}
	}
}

func FuzzAppendSome(f *testing.F) {
	f.Add("a|b|c|d|e|f|g", "; ")
	f.Add("", ", ")
	f.Add("x%sy|", "%")
	f.Fuzz(func(t *testing.T, joined, sep string) {
		var items []string
		if joined != "" {
			items = strings.Split(joined, "|")
		}
		got := string(appendSome(nil, items, sep))
		if want := someRef(items, sep); got != want {
			t.Fatalf("appendSome(%q, %q) = %q, want %q", items, sep, got, want)
		}
	})
}

// TestAddLine checks that a line given to addLine is the factor AddIn makes
// of the format it replaces, with and without an Interner, and that the
// buffer it was written in can be reused at once.
func TestAddLine(t *testing.T) {
	for _, in := range []*rules.Interner{nil, rules.NewInterner()} {
		for _, w := range []float64{0, 0.3, -0.6, 1.5} {
			items := []string{"AP (a.txt:3: \"Mr. X\")", "Reuters (b.txt:9: \"the %d\")", "c", "d", "e", "f"}
			var want, got rules.Finding
			want.AddIn(in, w, "%d other source(s) title %s as the knowledge does: %s", len(items), "Ann Lee", some(items, "; "))
			b := strconv.AppendInt(nil, int64(len(items)), 10)
			b = append(b, " other source(s) title Ann Lee as the knowledge does: "...)
			b = appendSome(b, items, "; ")
			addLine(&got, in, w, b)
			for i := range b {
				b[i] = 'x' // the finding must not share the buffer
			}
			want.Score()
			got.Score()
			if fmt.Sprint(got.Factors, got.Evidence) != fmt.Sprint(want.Factors, want.Evidence) {
				t.Errorf("weight %v: addLine gave %v %q, want %v %q", w, got.Factors, got.Evidence, want.Factors, want.Evidence)
			}
		}
	}
}

// checkLeastFirst checks leastFirst and leastFirstFunc against a full
// sort, the reference: the first k items are the sorted list's first k,
// and the items are the same, only moved.
func checkLeastFirst(t *testing.T, items []string, k int) {
	t.Helper()
	want := slices.Clone(items)
	slices.Sort(want)
	n := min(max(k, 0), len(items))
	for name, least := range map[string]func([]string, int){
		"leastFirst":     leastFirst,
		"leastFirstFunc": func(s []string, k int) { leastFirstFunc(s, k, strings.Compare) },
	} {
		got := slices.Clone(items)
		least(got, k)
		if !slices.Equal(got[:n], want[:n]) {
			t.Fatalf("%s(%q, %d): first %q, want %q", name, items, k, got[:n], want[:n])
		}
		all := slices.Clone(got)
		slices.Sort(all)
		if !slices.Equal(all, want) {
			t.Fatalf("%s(%q, %d) = %q: not the same items", name, items, k, got)
		}
	}
}

func TestLeastFirst(t *testing.T) {
	for _, items := range [][]string{
		nil, {"a"}, {"b", "a"}, {"e", "d", "c", "b", "a", "f", "a", "b"},
		strings.Split("the quick brown fox jumps over the lazy dog and the dog sleeps on", " "),
	} {
		for k := -1; k <= len(items)+1; k++ {
			checkLeastFirst(t, items, k)
		}
	}
	var long []string
	for i := range 500 {
		long = append(long, strconv.Itoa(i*7919%613))
	}
	for _, k := range []int{1, listed, rules.MaxRelated, 499, 500} {
		checkLeastFirst(t, long, k)
	}
}

func FuzzLeastFirst(f *testing.F) {
	f.Add("e|d|c|b|a|f|a|b", 5)
	f.Add("", 3)
	f.Add("a|a|a|b|a|a", 2)
	f.Fuzz(func(t *testing.T, joined string, k int) {
		var items []string
		if joined != "" {
			items = strings.Split(joined, "|")
		}
		checkLeastFirst(t, items, k%16)
	})
}
