package claims

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFindNumbersMatchesRegexp checks that the anchored search finds what
// the plain expression finds, on every sample article in the repository.
func TestFindNumbersMatchesRegexp(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*/*.txt")
	texts := []string{"about $60 billion in oil revenue", "more than a dozen missiles and 3% of 1,200 people", "the call, which lasted about 1 hour and 15 minutes", "a 30-day ceasefire; 40 people; Two rockets; at least two calls"}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, text := range texts {
		want := numberRE.FindAllStringSubmatchIndex(text, -1)
		if got := findNumbers(text); !reflect.DeepEqual(got, want) {
			t.Errorf("findNumbers found %v, numberRE %v in %.60q…", got, want, text)
		}
	}
}

// findNumbers is appendNumbers as FindAllStringSubmatchIndex returns its
// matches: nil for none, each a slice.
func findNumbers(text string) [][]int {
	var out [][]int
	for _, m := range appendNumbers(nil, text) {
		out = append(out, append([]int(nil), m[:]...))
	}
	return out
}

// findNumbersRegexp is findNumbers as it was written with numberRE: the
// expression run on a window around each word that can start a number.
// The scanner must find exactly what it found, window edges included.
func findNumbersRegexp(text string) [][]int {
	var out [][]int
	last := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if i > 0 && isASCIIWordByte(text[i-1]) {
			continue
		}
		anchor := c >= '0' && c <= '9'
		if !anchor && (c|0x20) >= 'a' && (c|0x20) <= 'z' {
			j := i
			for j < len(text) && isASCIIWordByte(text[j]) {
				j++
			}
			_, anchor = numberWords[strings.ToLower(text[i:j])]
		}
		if !anchor || i < last {
			continue
		}
		from := lookback(text, i, last)
		to := min(len(text), i+120)
		for _, m := range numberRE.FindAllStringSubmatchIndex(text[from:to], -1) {
			if m[6]+from != i {
				continue
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += from
				}
			}
			if m[0] < last {
				continue
			}
			out = append(out, m)
			last = m[1]
			break
		}
	}
	return out
}

// scanNumbers is numberRE.FindAllStringSubmatchIndex(s, -1) done with
// matchNumberAt.
func scanNumbers(s string) [][]int {
	var out [][]int
	var m [20]int
	for p := 0; p <= len(s); {
		if !matchNumberAt(s, p, &m) {
			p++
			continue
		}
		out = append(out, append([]int(nil), m[:]...))
		p = m[1]
	}
	return out
}

// numberPieces are the bits number phrases are made of, and the odd runes
// that (?i) and \b treat specially.
var numberPieces = []string{
	"about", "ABOUT", "an estimated", "at least", "at  least", "more than", "over", "upwards of", "up to", "Under",
	"a", "A", "xa", "$", "£", "€", "\u212a", "ſ", "K", "k", "s", "S", "_",
	" ", " ", " ", "  ", "\t", "\n", "-", ",", ".", "%", ":", "/",
	"1", "5", "12", "123", "1234", "1,234", "1,234,567", ",567", ",5678", "1.5", "2025", "007",
	"one", "six", "sixteen", "Sixty", "seven", "dozen", "dozens", "dozenſ", "ſix", "hundred", "eighteen",
	"thousand", "million", "bn", "mn", "m", "MN", "thouſand",
	"minute", "minutes", "hours", "day", "days", "weeks", "weekſ", "months", "years", "and", "AND",
	"percent", "per cent", "per", "cent", "people", "é", "\xe2\x82", "\xc5",
}

func randomNumberText(r *rand.Rand) string { return randomText(r, numberPieces, 12, 3) }

// randomText joins up to maxPieces+1 pieces drawn at random, each followed
// by a space one time in spaceOneIn: phrases for checking a scanner
// against the expression it replaced.
func randomText(r *rand.Rand, pieces []string, maxPieces, spaceOneIn int) string {
	var b strings.Builder
	for n := r.IntN(maxPieces); n >= 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
		if r.IntN(spaceOneIn) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestNumberScanMatchesRegexp checks matchNumberAt against numberRE on
// many random phrases made of number pieces, and findNumbers against the
// regexp version it replaced.
func TestNumberScanMatchesRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 30000
	if testing.Short() {
		n = 3000
	}
	for range n {
		s := randomNumberText(r)
		if got, want := scanNumbers(s), numberRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("in %q: scanner found %v, numberRE %v", s, got, want)
		}
		if got, want := findNumbers(s), findNumbersRegexp(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("in %q: findNumbers found %v, the regexp version %v", s, got, want)
		}
	}
}

// FuzzNumberScan checks matchNumberAt against numberRE, and findNumbers
// against the regexp version, on any text.
func FuzzNumberScan(f *testing.F) {
	for _, s := range []string{"about $60 billion", "a 30-day ceasefire", "1 hour and 15 minutes", "1,234,5678 dozenſ", "3 per cent", "ſix K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scanNumbers(s), numberRE.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("in %q: scanner found %v, numberRE %v", s, got, want)
		}
		if got, want := findNumbers(s), findNumbersRegexp(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("in %q: findNumbers found %v, the regexp version %v", s, got, want)
		}
	})
}

// TestNumberArticleIsAWord wants the article "a" before a number only when
// it is a word of its own, not the last letter of the word before.
func TestNumberArticleIsAWord(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"in Russia 5 people died", "5"},
		{"a 30-day ceasefire", "a 30-day"},
		{"about a dozen rockets", "about a dozen"},
		{"the visa 2 times", "2"},
		{"in Canada $5 million", "$5 million"},
	} {
		ms := findNumbers(tc.text)
		if len(ms) == 0 {
			t.Errorf("%q: no number found", tc.text)
			continue
		}
		// The extractor trims the space the expression may take first.
		if got := strings.TrimLeft(tc.text[ms[0][0]:ms[0][1]], " "); got != tc.want {
			t.Errorf("%q: number phrase %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNumberHedgeAcrossSpaces wants a hedge kept however many spaces stand
// between it and the number, as when an HTML tag was blanked out.
func TestNumberHedgeAcrossSpaces(t *testing.T) {
	for _, text := range []string{
		"about 40 people",
		"about      40 people",
		"about" + strings.Repeat(" ", 30) + "40 people",
		"about\n\n40 people",
	} {
		ms := findNumbers(text)
		if len(ms) != 1 || ms[0][2] < 0 || text[ms[0][2]:ms[0][3]] != "about" {
			t.Errorf("%q: matches %v, want one with the hedge \"about\"", text, ms)
		}
	}
}

// BenchmarkNumberScan measures appendNumbers alone on the testdata
// articles' body blocks: the part of numbers that is not findDates.
func BenchmarkNumberScan(b *testing.B) {
	blocks, _ := testdataBlocks(b)
	var texts []string
	var size int64
	for _, bb := range blocks {
		if bb.b.Kind == Body {
			texts = append(texts, bb.a.Text[bb.b.Start:bb.b.End])
			size += int64(bb.b.End - bb.b.Start)
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var buf [16][20]int
	for b.Loop() {
		for _, text := range texts {
			appendNumbers(buf[:0], text)
		}
	}
}

// TestLowerToASCII checks what hasLast rests on: the only runes above
// ASCII that unicode.ToLower makes ASCII are "İ" and the Kelvin sign.
func TestLowerToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != 'İ' && r != '\u212a' {
			t.Errorf("unicode.ToLower(%U) = %q", r, l)
		}
	}
}

var lastPieces = []string{"l", "L", "a", "A", "s", "S", "t", "T", "last", "LaSt", "las", "ast", "ſ", "\u212a", "İ", "é", "\xc5", " ", ",", "which", "lasted"}

func checkHasLast(t *testing.T, s string) {
	t.Helper()
	if got, want := hasLast(s), strings.Contains(strings.ToLower(s), "last"); got != want {
		t.Fatalf("hasLast(%q) = %v, strings.Contains(strings.ToLower(s), \"last\") %v", s, got, want)
	}
}

// TestHasLast checks hasLast against the lower-cased search it spares.
func TestHasLast(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		checkHasLast(t, randomText(r, lastPieces, 8, 4))
	}
}

// FuzzHasLast checks hasLast against the lower-cased search on any text.
func FuzzHasLast(f *testing.F) {
	for _, s := range []string{"the call, which lasted", "LAST", "laſt", "lAsT\u212a"} {
		f.Add(s)
	}
	f.Fuzz(checkHasLast)
}

// firstWords returns the first n runs of ASCII letters and hyphens in s,
// as strings.FieldsFunc would split them, without splitting the rest.
// With strings.IndexAny it was how numberSubject found the words after a
// number; subjectWords is tested against the two.
func firstWords(s string, n int) []string {
	var out []string
	start := -1
	for i := 0; i < len(s) && len(out) < n; i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 && len(out) < n {
		out = append(out, s[start:])
	}
	return out
}

func checkSubjectWords(t *testing.T, s string) {
	t.Helper()
	rest := s
	if i := strings.IndexAny(rest, ",.;:()“”\""); i >= 0 {
		rest = rest[:i]
	}
	want := firstWords(rest, 5)
	var buf [5]string
	if got := buf[:subjectWords(s, &buf)]; !slices.Equal(got, want) {
		t.Fatalf("subjectWords(%q) = %q, firstWords after IndexAny %q", s, got, want)
	}
}

var subjectPieces = []string{
	"rounds", "of", "Talks", "-year-long", "war", "a", "B", "-", " ", "  ", "\t", ",", ".", ";", ":", "(", ")", "\"",
	"“", "”", "\xe2\x80", "\xe2", "\x80\x9c", "\x9d", "é", "1", "_", "people", "said",
}

// TestSubjectWords checks subjectWords against strings.IndexAny and
// firstWords, which it replaced, on random phrases.
func TestSubjectWords(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 100000 {
		checkSubjectWords(t, randomText(r, subjectPieces, 14, 3))
	}
}

// FuzzSubjectWords checks subjectWords against strings.IndexAny and
// firstWords on any text.
func FuzzSubjectWords(f *testing.F) {
	for _, s := range []string{"three slow rounds of talks", "people, said", "a b c d e f g", "x “quoted”", "\xe2\x80\x9c"} {
		f.Add(s)
	}
	f.Fuzz(checkSubjectWords)
}

// lastedRE and determinerRE are how numberSubject found the subject of a
// duration ("the call, which lasted 70 minutes"); matchLasted and
// matchDeterminer find the same without running them.
var (
	lastedRE     = regexp.MustCompile(`([a-z]+),?\s+(?:which|that)?\s*(?:has\s+|had\s+)?last(?:ed|ing|s)?(?:\s+for)?\s*$`)
	determinerRE = regexp.MustCompile(`\b(?:the|a|an|their|his|her|its)\s+([a-z]+)`)
)

func checkLasted(t *testing.T, s string) {
	t.Helper()
	m := lastedRE.FindStringSubmatchIndex(s)
	w0, w1, ok := matchLasted(s)
	if ok != (m != nil) || ok && (w0 != m[2] || w1 != m[3]) {
		t.Fatalf("matchLasted(%q) = %d, %d, %v; lastedRE %v", s, w0, w1, ok, m)
	}
	d := determinerRE.FindStringSubmatch(s)
	w, ok := matchDeterminer(s)
	if ok != (d != nil) || ok && w != d[1] {
		t.Fatalf("matchDeterminer(%q) = %q, %v; determinerRE %q", s, w, ok, d)
	}
}

var lastedPieces = []string{
	"the", "call", "which", "that", "has", "had", "last", "lasted", "lasting", "lasts", "for", "fo", "r",
	"a", "an", "their", "his", "her", "its", "it", "th", "x", "_", "1", "é", "L", "ed", "ing", "s",
	" ", " ", " ", "  ", "\t", "\n", ",", ".", "-",
}

// TestLasted checks matchLasted and matchDeterminer against the
// expressions they replaced, on random clauses.
func TestLasted(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 200000 {
		checkLasted(t, randomText(r, lastedPieces, 10, 3))
	}
	for _, s := range []string{"the call, which lasted ", "talks that had lasted for", "their meeting lasts", "an outlasted", "x has  last  for  "} {
		checkLasted(t, s)
	}
}

// FuzzLasted checks matchLasted and matchDeterminer against the
// expressions on any text.
func FuzzLasted(f *testing.F) {
	for _, s := range []string{"the call, which lasted ", "talks that had lasted for", "their meeting lasts", "a siege,\tlasting"} {
		f.Add(s)
	}
	f.Fuzz(checkLasted)
}

func checkHedgeSpaces(t *testing.T, s string) {
	t.Helper()
	for _, m := range findNumbers(s) {
		if m[2] < 0 {
			continue
		}
		if h := s[m[2]:m[3]]; strings.Join(strings.Fields(h), " ") != h {
			t.Fatalf("in %q the hedge %q has spaces to fold", s, h)
		}
	}
}

// TestHedgeSpaces checks what numbers rests on when it looks a hedge up
// as it stands, where it once joined its strings.Fields: the hedge of a
// match holds no space but the one of its word.
func TestHedgeSpaces(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 30000 {
		checkHedgeSpaces(t, randomNumberText(r))
	}
}

// FuzzHedgeSpaces checks that the hedge of a match holds no space to
// fold, on any text.
func FuzzHedgeSpaces(f *testing.F) {
	for _, s := range []string{"at least 5 people", "AT  LEAST 5", "up\tto 3 days", "more than\u00a0a dozen"} {
		f.Add(s)
	}
	f.Fuzz(checkHedgeSpaces)
}
