package kb

import (
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
