package compare

import (
	"strings"
	"testing"
)

// lastWordRef is lastWord as it was: the last of strings.Fields.
func lastWordRef(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

var lastWordCases = []string{
	"", " ", "Peskov", "Dmitry Peskov", "  Dmitry   Peskov  ", "Peskov\t", "a\u00a0b", "a\u2003b\u3000",
	"x\u0085", "Jean-Yves Le Drian", "bad \xff\xfe", "\xe2\x80", "a \xe2\u2003", "\u2003", "名 前",
}

func checkLastWord(t *testing.T, s string) {
	if got, want := lastWord(s), lastWordRef(s); got != want {
		t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
	}
}

func TestLastWordMatchesFields(t *testing.T) {
	for _, s := range lastWordCases {
		checkLastWord(t, s)
	}
}

func FuzzLastWord(f *testing.F) {
	for _, s := range lastWordCases {
		f.Add(s)
	}
	f.Fuzz(checkLastWord)
}

// FuzzQuoteMarked checks quoteMarked against the strings.ContainsAny it
// replaces, invalid UTF-8 included.
func FuzzQuoteMarked(f *testing.F) {
	for _, s := range []string{"", `say "no"`, "“yes”", "”", "\xe2\x80", "\xe2\xe2\x80\x9c", "\x80\x9c", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := quoteMarked(s), strings.ContainsAny(s, "“\""); got != want {
			t.Errorf("quoteMarked(%q) = %v, want %v", s, got, want)
		}
	})
}
