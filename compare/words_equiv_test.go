package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// hasWords and hasWord must answer as len(words(s)) >= n and
// slices.Contains(words(s), w) do, including for runes that lower to
// ASCII (K, İ) and for invalid UTF-8.
var wordsCases = []string{
	"", "a", "Hello World", "we WILL not back down", "don't “stop” now", "\u212a\u212a x",
	"İstanbul is big", "a\xffb c\xfe", "ÉCOLE NORMALE supérieure", "one,two;three four’s",
	"  many   spaces here and there  ", "1 2 3 4 5 6 7 8", "‘single’ and “double” quotes",
	"we don't and won’t", "DON'T", "n't", "“", "\u00a0nbsp\u00a0here",
}

func checkWords(t *testing.T, s string) {
	ws := words(s)
	if want := strings.FieldsFunc(strings.ToLower(s), notWordRune); !slices.Equal(ws, want) || len(ws) != cap(ws) || ws == nil {
		t.Errorf("words(%q) = %q (cap %d); want %q, as strings.FieldsFunc gives it", s, ws, cap(ws), want)
	}
	if got, want := quoteTokens(s), strings.FieldsFunc(strings.ToLower(contractions.Replace(s)), notWordRune); !slices.Equal(got, want) {
		t.Errorf("quoteTokens(%q) = %q; want %q", s, got, want)
	}
	// Every count and word of a short text; of a long one (the fuzzer
	// makes texts of many thousand words), the counts and words at both
	// ends, so that the check stays linear.
	for n := 0; n <= len(ws)+2; n++ {
		if n == 8 && len(ws) > 16 {
			n = len(ws) - 8
		}
		if got, want := hasWords(s, n), len(ws) >= n; got != want {
			t.Errorf("hasWords(%q, %d) = %v, want %v (words %q)", s, n, got, want, ws)
		}
	}
	var probe []string
	if len(ws) > 16 {
		probe = append(append(probe, ws[:8]...), ws[len(ws)-8:]...)
	} else {
		probe = append(probe, ws...)
	}
	for _, w := range append(probe, "k", "i", "x", "istanbul", "zz") {
		if got, want := hasWord(s, w), slices.Contains(ws, w); got != want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", s, w, got, want)
		}
	}
}

func TestHasWordsMatchesWords(t *testing.T) {
	for _, s := range wordsCases {
		checkWords(t, s)
	}
}

func FuzzHasWords(f *testing.F) {
	for _, s := range wordsCases {
		f.Add(s)
	}
	f.Fuzz(checkWords)
}

// TestListSome checks listSome against the fmt.Sprintf it spells out.
func TestListSome(t *testing.T) {
	var items []string
	for n := range 9 {
		for _, sep := range []string{", ", "; ", ""} {
			want := strings.Join(items, sep)
			if len(items) > listed {
				want = fmt.Sprintf("%s%sand %d more", strings.Join(items[:listed], sep), sep, len(items)-listed)
			}
			if got := listSome(items, sep); got != want {
				t.Errorf("listSome(%q, %q) = %q, want %q", items, sep, got, want)
			}
			// some prints the same words inside an evidence line.
			if got := fmt.Sprintf("[%s]", some(items, sep)); got != "["+want+"]" {
				t.Errorf("some(%q, %q) prints %q, want %q", items, sep, got, "["+want+"]")
			}
		}
		items = append(items, strings.Repeat("x", n)+"é")
	}
}
