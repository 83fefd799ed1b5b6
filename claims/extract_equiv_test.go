package claims

import (
	"strings"
	"testing"
)

// stripPossessiveRef is stripPossessive as it was: each suffix tried in
// turn. It is the reference of TestStripPossessive and
// FuzzStripPossessive.
func stripPossessiveRef(s string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

var possessiveCases = []string{
	"", "s", "'", "’", "'s", "’s", "x'", "x’", "x's", "x’s", "Putin's", "Putin’s", "Putin’", "Putin'",
	"Reuters", "’’", "''", "'''s", "\x99", "x\x99", "\x80\x99", "x\x80\x99", "\xe2\x80", "a\xe2\x80s",
	"Zelenskyy’s", "Jones'", "ss", "É", "’x", "x’ss",
}

// TestStripPossessive checks stripPossessive, isPossessive, capital and
// foldWord against the code they replaced.
func TestStripPossessive(t *testing.T) {
	for _, s := range possessiveCases {
		checkWordHelpers(t, s)
	}
}

func checkWordHelpers(t *testing.T, s string) {
	t.Helper()
	if got, want := stripPossessive(s), stripPossessiveRef(s); got != want {
		t.Errorf("stripPossessive(%q) = %q, want %q", s, got, want)
	}
	if got, want := isPossessive(s), stripPossessiveRef(s) != s; got != want {
		t.Errorf("isPossessive(%q) = %v, want %v", s, got, want)
	}
	if got, want := capital(s), isCapitalized(s); got != want {
		t.Errorf("capital(%q) = %v, want %v", s, got, want)
	}
	if got, want := foldWord(s), fold(s); got != want {
		t.Errorf("foldWord(%q) = %q, want %q", s, got, want)
	}
}

// FuzzStripPossessive checks the word helpers of the extractor against
// the code they replaced on any string.
func FuzzStripPossessive(f *testing.F) {
	for _, s := range possessiveCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkWordHelpers(t, s) })
}
