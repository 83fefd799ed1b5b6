package claims

import (
	"math/rand/v2"
	"reflect"
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

// splitHyphenTitlesRef is splitHyphenTitles as it was: indexHyphen on
// every word. It is the reference of TestSplitHyphenTitles and
// FuzzSplitHyphenTitles.
func splitHyphenTitlesRef(toks []token) []token {
	var out []token
	for i, t := range toks {
		k := -1
		if t.word {
			k = indexHyphen(t.text)
		}
		if k <= 0 {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		sub := func(from, to int) token {
			return token{text: t.text[from:to], start: t.start + from, end: t.start + to, word: true, quoted: t.quoted, cls: wordClassOf(t.text[from:to])}
		}
		split := func(at, hyph int) {
			if out == nil {
				out = append(make([]token, 0, len(toks)+4), toks[:i]...)
			}
			out = append(out, sub(0, at), sub(at+hyph, len(t.text)))
		}
		if getLower(modifiers, t.text[:k]) != "" {
			split(k, hyphenLen(t.text, k))
			continue
		}
		l := lastIndexHyphen(t.text)
		lh := hyphenLen(t.text, l)
		if suf := t.text[l+lh:]; lowerEq(suf, "elect") || lowerEq(suf, "designate") {
			split(l, lh)
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

var hyphenCases = []string{
	"then-President Obama and President-elect Biden", "Vice-President Harris, ex‑President Trump", "so-called - --a a-- -‑‑ ‑x x‑",
	"Kremlin‑backed U.S.-led al-Assad’s “then-Secretary” President‑designate", "", "-", "‑", "a", "“’”—–",
}

// TestSplitHyphenTitles checks splitHyphenTitles against the loop it
// replaced, on sample texts and random ones.
func TestSplitHyphenTitles(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	texts := append([]string(nil), hyphenCases...)
	pieces := append([]string{"then-", "-elect", "ex‑", "‑designate", "-", "‑", "’", "“"}, formKindPieces...)
	for range 3000 {
		texts = append(texts, randomText(r, pieces, 20, 1))
	}
	for _, text := range texts {
		checkSplitHyphen(t, text)
	}
}

func checkSplitHyphen(t *testing.T, text string) {
	t.Helper()
	toks := tokenize(text, 0, len(text))
	got := splitHyphenTitles(append([]token(nil), toks...), text)
	want := splitHyphenTitlesRef(append([]token(nil), toks...))
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("splitHyphenTitles(%q) = %+v, want %+v", text, got, want)
	}
}

// FuzzSplitHyphenTitles checks splitHyphenTitles against the loop it
// replaced on any text.
func FuzzSplitHyphenTitles(f *testing.F) {
	for _, s := range hyphenCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSplitHyphen(t, s) })
}
