package rules

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
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

// TestRelateKeepsFirstTen wants Relate to keep what Score would keep: the
// first MaxRelated locations in the order they were added.
func TestRelateKeepsFirstTen(t *testing.T) {
	for _, n := range []int{0, 3, MaxRelated, MaxRelated + 1, 104} {
		var added, related Finding
		for i := range n {
			l := Location{File: "a.txt", Line: n - i, Column: 1}
			added.Related = append(added.Related, l)
			related.Relate(l)
		}
		added.Score()
		related.Score()
		if fmt.Sprint(related.Related) != fmt.Sprint(added.Related) {
			t.Errorf("%d locations: Relate kept %v, appending then scoring %v", n, related.Related, added.Related)
		}
	}
}

// TestEvidenceLines wants the evidence Score writes to be the same whether
// a factor came from Add, was built by hand, or was changed after Add; a
// weight of 0 is a note, written without a weight.
func TestEvidenceLines(t *testing.T) {
	var f Finding
	f.Add(0.5, "corroborated by %d source(s)", 3)
	f.Note("folded: %s", "A and B")
	f.Add(-3.2, "quoted")
	f.Factors = append(f.Factors, Factor{Weight: 1.25, Text: "by hand"})
	f.Add(2, "changed")
	f.Factors[len(f.Factors)-1].Text = "changed after Add"
	f.Score()
	want := []string{"corroborated by 3 source(s) (+0.5)", "folded: A and B", "quoted (-3.2)", "by hand (+1.2)", "changed after Add (+2.0)"}
	if fmt.Sprintf("%q", f.Evidence) != fmt.Sprintf("%q", want) {
		t.Errorf("evidence %q, want %q", f.Evidence, want)
	}
	for i, fa := range f.Factors {
		if !strings.HasPrefix(f.Evidence[i], fa.Text) {
			t.Errorf("factor %d text %q is not the head of its evidence line %q", i, fa.Text, f.Evidence[i])
		}
	}
	f.Score() // twice: the same
	if fmt.Sprintf("%q", f.Evidence) != fmt.Sprintf("%q", want) {
		t.Errorf("scored twice: evidence %q, want %q", f.Evidence, want)
	}
}

// TestInternerSharesLines wants findings that carry the same evidence line
// to share one copy of it once interned, and nothing printed to change: a
// factor made without Add, or changed since, keeps its own text.
func TestInternerSharesLines(t *testing.T) {
	make1 := func() Finding {
		var f Finding
		f.Add(0.6, "vote: %d source(s) against this one: %s", 2, "A; B")
		f.Note("folded: %s", "A and B")
		f.Factors = append(f.Factors, Factor{Weight: 1.25, Text: "by hand"})
		f.Add(2, "changed")
		f.Factors[len(f.Factors)-1].Text = "changed after Add"
		return f
	}
	fs := []Finding{make1(), make1()}
	var want [][]string
	for _, f := range []Finding{make1(), make1()} {
		f.Score()
		want = append(want, f.Evidence)
	}
	in := NewInterner()
	in.Findings(fs[:1])
	in.Findings(fs[1:]) // a later call shares the lines of an earlier one
	for j, shared := range []bool{true, true, false, false} {
		a, b := fs[0].Factors[j], fs[1].Factors[j]
		if got := unsafe.StringData(a.line) == unsafe.StringData(b.line) && a.line != ""; got != shared {
			t.Errorf("factor %d (%q): shared %v, want %v", j, a.Text, got, shared)
		}
		if shared && unsafe.StringData(a.Text) != unsafe.StringData(b.Text) {
			t.Errorf("factor %d: text %q is not the head of the shared line", j, b.Text)
		}
	}
	for i := range fs {
		fs[i].Score()
		if fmt.Sprintf("%q", fs[i].Evidence) != fmt.Sprintf("%q", want[i]) {
			t.Errorf("finding %d: evidence %q, want %q", i, fs[i].Evidence, want[i])
		}
	}
}

// TestOneSpaced wants oneSpaced to say exactly when Score's joining of an
// excerpt's fields changes nothing, for ASCII text; for other text it may
// say no.
func TestOneSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\vb", "a\fb", "a\rb", "a\x00b", "Zoë", "a\u00a0b", "a\u0085b", "a\u2003b", "x y z", "x y  z"} {
		checkOneSpaced(t, s)
	}
}

func checkOneSpaced(t *testing.T, s string) {
	t.Helper()
	same := strings.Join(strings.Fields(s), " ") == s
	ascii := true
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < 0x80
	}
	if got := oneSpaced(s); got && !same || !got && same && ascii {
		t.Fatalf("oneSpaced(%q) = %v; joining the fields changes it: %v", s, got, !same)
	}
}

// FuzzOneSpaced checks oneSpaced against strings.Fields on any text.
func FuzzOneSpaced(f *testing.F) {
	for _, s := range []string{"", "a b", "a  b\n", " Zoë\u00a0x", "\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkOneSpaced(t, s) })
}
