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
