package claims

import (
	"math/rand/v2"
	"testing"
)

// foldPieces are what appendFold's test builds words of: the ASCII that
// folding treats apart, the apostrophe and hyphen it knows beyond ASCII,
// and text that must go to fold (other spaces and quotes, letters that
// lower-case to ASCII, invalid bytes).
var foldPieces = []string{
	"a", "Z", "Q", "1", ".", "'", "-", " ", "\t", "\n", "\v", "\f", "\r", "_", "\x1c",
	"’", "‑", "‘", "‐", "\u00a0", "\u2003", "é", "É", "K", "İ", "\xff", "\xe2\x80", "Putin", "Jong",
}

// TestAppendFold checks appendFold, and surnameID's lookups, against fold
// on words and on random text.
func TestAppendFold(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := fold(s)
		if b, ok := appendFold([]byte("x"), s); ok && string(b) != "x"+want {
			t.Fatalf("appendFold(%q) = %q, fold makes %q", s, b[1:], want)
		} else if !ok && string(b) != "x" {
			t.Fatalf("appendFold(%q) failed but left %q", s, b)
		}
		x := &extractor{surnames: map[string]string{want: "id"}}
		if id, ok := x.surnameID(s); !ok || id != "id" {
			t.Fatalf("surnameID(%q) missed its fold %q", s, want)
		}
	}
	for _, s := range []string{"", " ", "Putin", "Putin’s", "O'Brien", "al-Assad", "Kim Jong‑un", " U.S. ", "J.D. Vance", "Erdoğan", "KELVIN", "a\u00a0b"} {
		check(s)
	}
	for _, s := range []string{"Putin", "Putin’s", "al‑Assad", "U.S."} {
		if _, ok := appendFold(nil, s); !ok {
			t.Errorf("appendFold(%q) went to fold", s)
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		check(randomText(r, foldPieces, 8, 5))
	}
}

// FuzzAppendFold checks appendFold against fold on any text.
func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"Putin’s", "Kim Jong‑un", " U.S. ", "\xe2\x80", "K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if b, ok := appendFold(nil, s); ok && string(b) != fold(s) {
			t.Fatalf("appendFold(%q) = %q, fold makes %q", s, b, fold(s))
		}
	})
}
