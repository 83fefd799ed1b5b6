package asciifold

import (
	"strings"
	"testing"
	"unsafe"
)

func TestAppendPlain(t *testing.T) {
	tests := []struct {
		s     string
		want  string
		n     int
		space bool
	}{
		{"", "", 0, false},
		{"Vladimir Putin", "vladimir putin", 14, false},
		{"ABC", "abc", 3, false},
		{"Mr. Smith", "mr", 2, false},
		{"Jean-Luc", "jean", 4, false},
		{"Russia’s", "russia", 6, false},
		{"two  spaces", "two", 3, true},
		{"trailing ", "trailing", 8, false},
		{" leading", "", 0, false},
		{"a b", "a b", 3, false},
		{"tab\there", "tab", 3, false},
		{"José", "jos", 3, false},
		{"O'Brien", "o", 1, false},
		{"Prime Minister 2", "prime minister 2", 16, false},
	}
	for _, tt := range tests {
		dst := []byte("keep|")
		got, n, space := AppendPlain(dst, tt.s)
		if string(got) != "keep|"+tt.want || n != tt.n || space != tt.space {
			t.Errorf("AppendPlain(%q) = %q, %d, %v; want %q, %d, %v", tt.s, got, n, space, "keep|"+tt.want, tt.n, tt.space)
		}
	}
}

// TestLower wants strings.ToLower's answer, and s itself when s has no
// upper-case letter.
func TestLower(t *testing.T) {
	for _, s := range []string{
		"", "a", "A", "putin", "Putin", "PUTIN", "said on Friday", "the U.S. President",
		"José", "JOSÉ", "Ünal", "abc\xffDEF", "İstanbul", "ǅ", "x\x00Y", "[Z]@`{",
		"Putin’s talks", "putin’s talks", "\xff", "a\xe2\x80", "KELVIN \u212a", "\u023a grows", "\ufffd", "ÀÉÎ",
	} {
		got := Lower(s)
		if want := strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q; want %q", s, got, want)
		}
		if got == s && len(s) > 0 && unsafe.StringData(got) != unsafe.StringData(s) {
			t.Errorf("Lower(%q) copied a string that has no upper-case letter", s)
		}
	}
}

func FuzzLower(f *testing.F) {
	for _, s := range []string{"Putin", "JOSÉ", "abc\xffDEF", "İ", "Putin’s", "\u023a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q; want %q", s, got, want)
		}
	})
}
