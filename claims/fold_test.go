package claims

import (
	"maps"
	"math/rand/v2"
	"strings"
	"testing"
)

// foldPieces are what appendFold's test builds words of: the ASCII that
// folding treats apart, the apostrophe and hyphen it knows beyond ASCII,
// and text that must go to fold (other spaces and quotes, letters that
// lower-case to ASCII, invalid bytes).
var foldPieces = []string{
	"a", "Z", "Q", "1", ".", "'", "-", " ", "\t", "\n", "\v", "\f", "\r", "_", "\x1c",
	"’", "‑", "‘", "‐", "\u00a0", "\u2003", "é", "É", "K", "İ", "\xff", "\xe2\x80", "Putin", "Jong",
	"the", "The ", "News", "news", "agency", "Network", "NEWSPAPER", "Agency ",
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
		s := randomText(r, foldPieces, 8, 5)
		check(s)
		checkReporterKey(t, s)
		checkLearnSurname(t, s)
	}
	for _, s := range []string{"The Wall Street Journal", "NBC News", "the", "The News", "Reuters news agency", "Agence France‑Presse", "Le Monde’s", "the  news"} {
		checkReporterKey(t, s)
		checkLearnSurname(t, s)
	}
}

// checkReporterKey checks reporterKey against reporterKeySlow.
func checkReporterKey(t *testing.T, s string) {
	t.Helper()
	if got, want := reporterKey(s), reporterKeySlow(s); got != want {
		t.Fatalf("reporterKey(%q) = %q, reporterKeySlow makes %q", s, got, want)
	}
}

// checkLearnSurname checks learnSurname against the last word of fold,
// into an empty map and over another ID.
func checkLearnSurname(t *testing.T, s string) {
	t.Helper()
	want := map[string]string{}
	if words := strings.Fields(fold(s)); len(words) > 0 {
		want[words[len(words)-1]] = "id"
	}
	x := &extractor{surnames: map[string]string{}}
	x.learnSurname(s, "id")
	if !maps.Equal(x.surnames, want) {
		t.Fatalf("learnSurname(%q) made %v, want %v", s, x.surnames, want)
	}
	for k := range x.surnames {
		x.surnames[k] = "other"
	}
	x.learnSurname(s, "id")
	if !maps.Equal(x.surnames, want) {
		t.Fatalf("learnSurname(%q) over another ID made %v, want %v", s, x.surnames, want)
	}
}

// FuzzAppendFold checks appendFold against fold, and reporterKey and
// learnSurname against their folding by strings, on any text.
func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"Putin’s", "Kim Jong‑un", " U.S. ", "\xe2\x80", "K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if b, ok := appendFold(nil, s); ok && string(b) != fold(s) {
			t.Fatalf("appendFold(%q) = %q, fold makes %q", s, b, fold(s))
		}
		checkReporterKey(t, s)
		checkLearnSurname(t, s)
	})
}

// TestAppendFoldPlainPrefix checks appendFold where its loop over plain
// ASCII stops inside the text and appendFoldRest goes on from there:
// words of letters and single spaces, then any of foldPieces, against
// appendFoldRest on the whole text and fold.
func TestAppendFoldPlainPrefix(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	plain := []string{"a", "B", "z", "Q", "1", "_", ",", " "}
	for range 200000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(plain[r.IntN(len(plain))])
		}
		for range r.IntN(3) {
			b.WriteString(foldPieces[r.IntN(len(foldPieces))])
			for range r.IntN(4) {
				b.WriteString(plain[r.IntN(len(plain))])
			}
		}
		s := b.String()
		got, ok := appendFold([]byte("x"), s)
		ref, refOK := appendFoldRest([]byte("x"), s, 1, 0, false)
		if ok != refOK || string(got) != string(ref) {
			t.Fatalf("appendFold(%q) = %q, %v; appendFoldRest: %q, %v", s, got, ok, ref, refOK)
		}
		if !ok && string(got) != "x" {
			t.Fatalf("appendFold(%q) failed but left %q", s, got)
		}
		if want := fold(s); ok && string(got[1:]) != want {
			t.Fatalf("appendFold(%q) = %q, fold makes %q", s, got[1:], want)
		}
	}
}
