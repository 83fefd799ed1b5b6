package kb

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFormWordsByKind checks FormWordsByKind against the forms of each
// index: for every first word, the most words of a form of that kind it
// starts, and FormWords their largest.
func TestFormWordsByKind(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]int{}
	for kind, m := range []map[string]string{k.countryForm, k.roleForm, k.officeForm} {
		for form := range m {
			words := strings.Fields(form)
			n := want[words[0]]
			n[kind] = max(n[kind], len(words))
			want[words[0]] = n
		}
	}
	if len(want) != len(k.formStarts) {
		t.Errorf("%d first words of forms, the index holds %d", len(want), len(k.formStarts))
	}
	for w, n := range want {
		for _, word := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			c, r, o := k.FormWordsByKind(word)
			if [3]int{c, r, o} != n {
				t.Errorf("FormWordsByKind(%q) = %d, %d, %d, want %v", word, c, r, o, n)
			}
			if got := k.FormWords(word); got != max(n[0], n[1], n[2]) {
				t.Errorf("FormWords(%q) = %d, want %d", word, got, max(n[0], n[1], n[2]))
			}
			if !k.IsFormStart(word) {
				t.Errorf("IsFormStart(%q) = false", word)
			}
		}
	}
	if c, r, o := k.FormWordsByKind("zzyzx"); c+r+o != 0 || k.FormWords("zzyzx") != 0 || k.IsFormStart("zzyzx") {
		t.Errorf("a word that starts no form has form words")
	}
}

// TestNameWords checks NameWords against the names and aliases: for every
// first word, the most words of a name it starts.
func TestNameWords(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for name := range k.byName {
		words := strings.Fields(name)
		want[words[0]] = max(want[words[0]], len(words))
	}
	if len(want) != len(k.nameStarts) {
		t.Errorf("%d first words of names, the index holds %d", len(want), len(k.nameStarts))
	}
	for w, n := range want {
		words := []string{w}
		if up := strings.ToUpper(w); Fold(up) == w {
			words = append(words, up)
		}
		for _, word := range words {
			if got := k.NameWords(word); got != n {
				t.Errorf("NameWords(%q) = %d, want %d", word, got, n)
			}
		}
	}
	if k.NameWords("zzyzx") != 0 {
		t.Errorf("a word that starts no name has name words")
	}
}

// TestFormKey checks FormKey against the forms of each index: every form
// and every run of a form's first words, folded by AppendFold, is found
// as the lookups by form find it, and is longer exactly when a longer
// form of that kind starts with it.
func TestFormKey(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	kinds := []map[string]string{k.countryForm, k.roleForm, k.officeForm}
	keys := map[string]bool{"zzyzx": true, "": true}
	var starts [3]map[string]bool // the runs of first words a longer form of each kind has
	for kind, m := range kinds {
		starts[kind] = map[string]bool{}
		for form := range m {
			words := strings.Fields(form)
			for n := 1; n <= len(words); n++ {
				keys[strings.Join(words[:n], " ")] = true
				if n < len(words) {
					starts[kind][strings.Join(words[:n], " ")] = true
				}
			}
		}
	}
	byForm := []func(string) (string, bool){k.CountryByForm, k.RoleByForm, k.OfficeByForm}
	for key := range keys {
		for _, written := range []string{key, strings.ToUpper(key)} {
			folded := k.AppendFold(nil, written)
			if string(folded) != Fold(written) {
				t.Errorf("AppendFold(%q) = %q, want %q", written, folded, Fold(written))
			}
			for kind := range kinds {
				id, found, longer := k.FormKey(kind, folded)
				wantID, wantFound := byForm[kind](written)
				wantLonger := starts[kind][key]
				if id != wantID || found != wantFound || longer != wantLonger {
					t.Errorf("FormKey(%d, %q) = %q, %v, %v, want %q, %v, %v", kind, folded, id, found, longer, wantID, wantFound, wantLonger)
				}
			}
		}
	}
}

// TestWordShapes checks that the shape tests turn away no word that
// starts a form or a name: every key, in lower and upper case, may be
// held, and the lookups they guard agree with the indexes on random
// words.
func TestWordShapes(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		shapes *wordShapes
		keys   map[string][3]int
	}{{k.formStartShapes, k.formStarts}} {
		for key := range set.keys {
			for _, w := range []string{key, strings.ToUpper(key)} {
				if !set.shapes.mayHold(w) {
					t.Errorf("mayHold(%q) = false for a form's first word", w)
				}
			}
		}
	}
	for key := range k.nameStarts {
		for _, w := range []string{key, strings.ToUpper(key)} {
			if !k.nameStartShapes.mayHold(w) {
				t.Errorf("mayHold(%q) = false for a name's first word", w)
			}
		}
	}
	r := rand.New(rand.NewPCG(9, 10))
	const alphabet = "aeiouAEIOUbcdfgklmnprstvzBKMPSTXZ.'-é"
	for range 20000 {
		b := make([]rune, 1+r.IntN(10))
		for i := range b {
			b[i] = []rune(alphabet)[r.IntN(len([]rune(alphabet)))]
		}
		checkShapes(t, k, string(b))
	}
}

func checkShapes(t *testing.T, k *KB, w string) {
	t.Helper()
	n, _ := lookup(k.formStarts, w)
	if c, r, o := k.FormWordsByKind(w); [3]int{c, r, o} != n {
		t.Errorf("FormWordsByKind(%q) = %d, %d, %d, want %v", w, c, r, o, n)
	}
	if got, want := k.FormWords(w), max(n[0], n[1], n[2]); got != want {
		t.Errorf("FormWords(%q) = %d, want %d", w, got, want)
	}
	if got, want := k.IsFormStart(w), max(n[0], n[1], n[2]) > 0; got != want {
		t.Errorf("IsFormStart(%q) = %v, want %v", w, got, want)
	}
	m, _ := lookup(k.nameStarts, w)
	if got := k.NameWords(w); got != m {
		t.Errorf("NameWords(%q) = %d, want %d", w, got, m)
	}
}

// FuzzWordShapes checks FormWordsByKind, FormWords, IsFormStart and
// NameWords, which the shape tests guard, against the lookups alone.
func FuzzWordShapes(f *testing.F) {
	k, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"President", "prime", "Vice", "U.S.", "Erdoğan", "Xi", "ZZZ", "vladimir", "Kremlin's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkShapes(t, k, s) })
}
