package claims

import (
	"strings"
	"testing"
)

// TestCountFields wants countFields to count what strings.Fields makes:
// ASCII and Unicode spaces, invalid UTF-8, empty and blank strings.
func TestCountFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "\t\n\v\f\r ", "one", " one ", "one two  three",
		"Putin\u00a0met\u2003Trump", "a\u0085b", "a\u200bb", // NBSP, NEL and em space split; zero-width space does not
		"\xff\xfe word \xc3", "naïve café", "x\x1cy", "line\r\nbreak",
	} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, strings.Fields makes %d", s, got, want)
		}
		checkFieldsUpTo(t, s)
	}
}

// FuzzCountFields checks countFields against strings.Fields on any text.
func FuzzCountFields(f *testing.F) {
	for _, s := range []string{"", "a b", "Putin\u00a0met\u2003Trump", "\xff \xc3\xa9 \u0085x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countFields(%q) = %d, strings.Fields makes %d", s, got, want)
		}
		checkFieldsUpTo(t, s)
	})
}

// checkFieldsUpTo checks countFieldsUpTo(s, limit) against the count of
// strings.Fields, for limits from -1 to 10.
func checkFieldsUpTo(t *testing.T, s string) {
	t.Helper()
	n := len(strings.Fields(s))
	for limit := -1; limit <= 10; limit++ {
		if got, want := countFieldsUpTo(s, limit), min(n, limit); got != want {
			t.Fatalf("countFieldsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
		}
	}
}
