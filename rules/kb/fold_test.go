package kb

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// TestFoldFastPath checks that the punctuation Fold skips normalising for
// is left alone by the normalisation: the fast path folds as the slow.
func TestFoldFastPath(t *testing.T) {
	for _, s := range []string{
		"Putin’s “envoy” – Kremlin‑backed…", "‘Zelensky’ — «Erdoğan»", "Kim\u00a0Jong‐un", "Erdoğan’s", "ǅemal", "Å’",
	} {
		slow, _, err := transform.String(newFolder(), s)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := Fold(s), Fold(slow); got != want {
			t.Errorf("Fold(%q) = %q, want %q as after normalising", s, got, want)
		}
	}
}

// TestFoldASCII checks that the ASCII path of Fold, and the lookups that
// fold on the stack, fold as the general path does.
func TestFoldASCII(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const alphabet = "aZ.' -\t\n\v\f\r_1"
	for range 20000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			if r.IntN(4) == 0 {
				b[i] = byte(r.IntN(128))
			} else {
				b[i] = alphabet[r.IntN(len(alphabet))]
			}
		}
		s := string(b)
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		m := map[string]int{foldSlow(s): 1}
		if v, ok := lookup(m, s); !ok || v != 1 {
			t.Fatalf("lookup(%q) missed its fold %q", s, foldSlow(s))
		}
	}
	for _, s := range []string{"U.S.", "Vice-President", "  Kim  Jong-un ", "Putin's", "ERDOĞAN", "Erdoğan’s", strings.Repeat("Long Name ", 20)} {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
		if _, ok := lookup(map[string]int{foldSlow(s): 1}, s); !ok {
			t.Errorf("lookup(%q) missed its fold", s)
		}
	}
}

// foldRunes are the runes the fast-path tests build text of: the ASCII
// that folding treats apart, the punctuation it passes through, Latin
// letters with and without diacritics, and runes that must go to the
// slow path (combining marks, other spaces, Greek, Hangul, invalid bytes).
var foldRunes = []string{
	"a", "Z", ".", "'", " ", "-", "\t", "\n", "\v", "\f", "\r", "1", "_",
	"’", "‘", "“", "”", "–", "—", "‐", "‑", "\u00a0", "…", "«", "»",
	"é", "É", "İ", "ı", "ł", "Ł", "ø", "Ø", "ß", "Æ", "Ǣ", "ǅ", "Ș", "Ğ", "ğ", "Þ",
	"\u0301", "\u0308", "\u0085", "\u2000", "\u3000", "Ω", "한", "\xff", "\xe2\x80",
}

// randomFoldText returns text of up to n pieces: mostly foldRunes, now and
// then any rune of U+0080 to U+024F or any byte.
func randomFoldText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range r.IntN(n + 1) {
		switch r.IntN(6) {
		case 0:
			b.WriteRune(rune(0x80 + r.IntN(0x250-0x80)))
		case 1:
			b.WriteByte(byte(r.IntN(256)))
		default:
			b.WriteString(foldRunes[r.IntN(len(foldRunes))])
		}
	}
	return b.String()
}

// TestFoldFast checks that the fast path of Fold, and the lookups that fold
// on the stack, fold as foldSlow does: on every rune of U+0080 to U+024F
// between letters, and on random text.
func TestFoldFast(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := foldSlow(s)
		if got := Fold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if b, ok := appendFoldFast([]byte("x"), s); ok && string(b) != "x"+want {
			t.Fatalf("appendFoldFast(%q) = %q, want %q", s, b[1:], want)
		}
		if _, ok := lookup(map[string]int{want: 1}, s); !ok {
			t.Fatalf("lookup(%q) missed its fold %q", s, want)
		}
	}
	for r := rune(0x80); r < 0x250; r++ {
		for _, f := range []string{"%c", "a%c", "%cb", "A%cB", "a %c b", "%c\u0301", "a-%c’s"} {
			check(strings.ReplaceAll(f, "%c", string(r)))
		}
	}
	for _, s := range []string{"José Ejemplo", "Brazilian Foreign Minister José", "Brasília", "İsmet İnönü", "Þórdís Gylfadóttir", "Zuzana Čaputová", "Russia’s", "Ǣsc"} {
		check(s)
		if _, ok := appendFoldFast(nil, s); !ok && s != "Ǣsc" {
			t.Errorf("appendFoldFast(%q) took the slow path", s)
		}
	}
	r := rand.New(rand.NewPCG(9, 10))
	for range 100000 {
		check(randomFoldText(r, 10))
	}
}

// FuzzFold checks Fold and the fast path against foldSlow on any text.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"José", "Erdoğan’s", "U.S.", "Kim Jong‑un", "a\u0301", "Ǣ", "«x»"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := foldSlow(s)
		if got := Fold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if b, ok := appendFoldFast(nil, s); ok && string(b) != want {
			t.Fatalf("appendFoldFast(%q) = %q, want %q", s, b, want)
		}
	})
}

// TestFoldPlainPrefix checks appendFoldFast where its loop over plain
// ASCII stops inside the text and appendFoldRunes goes on from there:
// words of letters and single spaces, then any of foldRunes, with the
// fold appendFoldRunes makes of the whole text alone and foldSlow's.
func TestFoldPlainPrefix(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	plain := []string{"a", "B", "z", "Q", "1", "_", ",", " "}
	for range 200000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(plain[r.IntN(len(plain))])
		}
		for range r.IntN(3) {
			b.WriteString(foldRunes[r.IntN(len(foldRunes))])
			for range r.IntN(4) {
				b.WriteString(plain[r.IntN(len(plain))])
			}
		}
		s := b.String()
		got, ok := appendFoldFast([]byte("x"), s)
		ref, refOK := appendFoldRunes([]byte("x"), s, 1, 0, false)
		if ok != refOK || string(got) != string(ref) {
			t.Fatalf("appendFoldFast(%q) = %q, %v; appendFoldRunes: %q, %v", s, got, ok, ref, refOK)
		}
		if !ok && string(got) != "x" {
			t.Fatalf("appendFoldFast(%q) failed but left %q", s, got)
		}
		if want := foldSlow(s); ok && string(got[1:]) != want {
			t.Fatalf("appendFoldFast(%q) = %q, want %q", s, got[1:], want)
		}
	}
}
