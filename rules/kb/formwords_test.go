package kb

import (
	"strings"
	"testing"
)

// TestFormWordsByKind checks FormWordsByKind against the forms of each
// index: for every first word, the most words of a form of that kind it
// starts, and FormWords their largest.
func TestFormWordsByKind(t *testing.T) {
	files, err := DefaultFiles()
	if err != nil {
		t.Fatal(err)
	}
	k, err := New(files...)
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
