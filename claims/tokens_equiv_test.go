package claims

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsWordRuneASCII checks isWordRune's ASCII path against the unicode
// tables it skips.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x100; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// classPieces build words: every word of the lists, in several cases,
// cut and joined with letters and runes that lower-case oddly.
var classPieces = func() []string {
	p := []string{"a", "Z", "q", "s", "K", "İ", "ſ", "é", ".", "-", "'", "1"}
	for w := range wordClasses {
		p = append(p, w, w[:1], w[1:])
	}
	return append(p, "The", "SAID", "Monday", "Mr.", "One-Time")
}()

// TestClassOf checks classOf, which skips the lookup of a word no listed
// word is shaped like, against the lookup itself.
func TestClassOf(t *testing.T) {
	for w := range wordClasses {
		checkClassOf(t, w)
		checkClassOf(t, strings.ToUpper(w))
		checkClassOf(t, strings.ToUpper(w[:1])+w[1:])
		checkClassOf(t, w[:len(w)-1]+"@")
	}
	for c := range 128 {
		checkClassOf(t, string(rune(c)))
		checkClassOf(t, "s"+string(rune(c))+"id")
		checkClassOf(t, string(rune(c))+"he")
	}
	r := rand.New(rand.NewPCG(15, 16))
	for range 200000 {
		checkClassOf(t, randomText(r, classPieces, 3, 1000))
	}
}

func checkClassOf(t *testing.T, w string) {
	t.Helper()
	want := getLower(wordClasses, w)
	if got := classOf(w); got != want {
		t.Fatalf("classOf(%q) = %b, the lookup says %b", w, got, want)
	}
	// asciiClassOf, which compares w with the keys of its length and
	// first letter, on any ASCII word, not only those classShapes lets by.
	if isASCII(w) {
		if got := asciiClassOf(w); got != want {
			t.Fatalf("asciiClassOf(%q) = %b, the lookup says %b", w, got, want)
		}
	}
}

// FuzzClassOf checks classOf and isNumberWord against their lookups on
// any word.
func FuzzClassOf(f *testing.F) {
	for _, s := range []string{"the", "Monday", "Mr.", "one-time", "Kelvin", "sİd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkClassOf(t, w)
		checkIsNumberWord(t, w)
	})
}

// numberWordPieces build words: every number word, in several cases, cut
// and joined with letters and runes that lower-case oddly.
var numberWordPieces = func() []string {
	p := []string{"a", "Z", "s", "n", "K", "İ", "ſ", "é", "1", "_"}
	for w := range numberWords {
		p = append(p, w, w[:1], w[1:], strings.ToUpper(w[:1])+w[1:])
	}
	return p
}()

// TestIsNumberWord checks isNumberWord, which skips the lookup of a word
// no number word is shaped like, against the lookup itself.
func TestIsNumberWord(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	for range 200000 {
		checkIsNumberWord(t, randomText(r, numberWordPieces, 2, 1000))
	}
}

func checkIsNumberWord(t *testing.T, w string) {
	t.Helper()
	ascii := true
	for i := range len(w) {
		ascii = ascii && w[i] < 0x80
	}
	if _, want := numberWords[strings.ToLower(w)]; isNumberWord(w, ascii) != want {
		t.Fatalf("isNumberWord(%q) = %v, the lookup says %v", w, !want, want)
	}
}

// oldAppendTokens is appendTokens as it was, decoding every rune and
// looking every word up by its lower case (getLower, classOf's reference):
// the reference of TestAppendTokensMatchesOld and FuzzTokenize.
func oldAppendTokens(out []token, text string, start, end int) []token {
	quoted := false
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			// initials says whether text[i:j] is initials up to its last
			// dot, which is at lastDot (-1 before the first): kept as the
			// word grows, so that "A.B.C.…" costs linear time.
			initials, lastDot := true, -1
			for j < end {
				// An ASCII letter or digit, the most of a word, is
				// isWordRune without a call.
				if c := text[j] | 0x20; c >= 'a' && c <= 'z' || text[j] >= '0' && text[j] <= '9' {
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‑' || r2 == '.' {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					dotOK := false
					if r2 == '.' {
						part := text[i:j]
						if lastDot >= 0 {
							part = text[lastDot+1 : j]
						}
						dotOK = initials && isOneUpper(part)
					}
					if j+n2 < end && isWordRune(r3) && !(r2 == '.' && unicode.IsUpper(r3) && !dotOK) {
						if r2 == '.' {
							initials, lastDot = dotOK, j
						}
						j += n2
						continue
					}
				}
				break
			}
			if j < end && text[j] == '.' {
				w := text[i:j]
				if oldIsInitials(w) || getLower(abbreviations, w) {
					j++
				}
			}
			out = append(out, token{text: text[i:j], start: i, end: j, word: true, quoted: quoted, cls: wordClassOf(text[i:j])})
			i = j
		default:
			t := token{text: text[i : i+n], start: i, end: i + n, quoted: quoted}
			switch r {
			case '“':
				quoted = true
				t.quoted = true
			case '”':
				quoted = false
			case '"':
				quoted = !quoted
				t.quoted = true
			}
			out = append(out, t)
			i += n
		}
	}
	return out
}

// oldIsInitials is isInitials as it was, splitting w at its dots.
func oldIsInitials(w string) bool {
	if w == "" {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// tokenPieces build block texts: words with the joiners a word may hold
// (apostrophes, hyphens, the dots of initials and abbreviations), listed
// words, quotation marks, and spaces and runes outside ASCII.
var tokenPieces = []string{
	"U.S.", "J.D.", "A.B.C", "Mr.", "mr.", "Jr.", "Dr.", "U", "S", ".", "..", "x.", "e.g.", "O'Neil", "O’Neil", "one-time", "non‑stop",
	"'", "’", "-", "‑", "said", "Said", "President", "the", "Monday", "Kelvin", "\u212A", "İ", "ſ", "é", "É", "ü", "\u0301",
	"“", "”", "\"", "(", ")", ",", "!", "?", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u3000", "\xff", "\xe2\x80", "1", "2025", "9th",
}

func checkTokens(t *testing.T, s string) {
	t.Helper()
	for _, r := range [][2]int{{0, len(s)}, {min(1, len(s)), len(s)}, {0, len(s) / 2}} {
		got, want := appendTokens(nil, s, r[0], r[1]), oldAppendTokens(nil, s, r[0], r[1])
		if !slices.Equal(got, want) {
			t.Fatalf("appendTokens(%q, %d, %d) =\n%v\nwant\n%v", s, r[0], r[1], got, want)
		}
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) }) {
		if got, want := isInitials(w), oldIsInitials(w); got != want {
			t.Fatalf("isInitials(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAppendTokensMatchesOld checks appendTokens, which tells ASCII bytes
// apart without decoding them and looks up only the words classShapes
// lets through, against oldAppendTokens.
func TestAppendTokensMatchesOld(t *testing.T) {
	for _, s := range append([]string{"", " ", "U.S", "U.", ".U", "UV.", "É.", "\xff.", "Mr. Smith", "“Go,” he said."}, fuzzSeeds...) {
		checkTokens(t, s)
	}
	r := rand.New(rand.NewPCG(17, 18))
	n := 100000
	if testing.Short() {
		n = 10000
	}
	for range n {
		checkTokens(t, randomText(r, tokenPieces, 12, 4))
	}
}

// FuzzTokenize checks appendTokens and isInitials against the old code on
// any text.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. President Joe Biden said", "“It was good,” Mr. O’Neil said.", "non‑stop \u212Aelvin", "A.B.C. d.e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s)
	})
}

// sentenceBoundsRef is sentenceBounds as it was, asking
// strings.ContainsAny of every mark.
func sentenceBoundsRef(toks []token) [][2]int {
	var out [][2]int
	from := 0
	for i, t := range toks {
		if t.word || !strings.ContainsAny(t.text, ".?!") {
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].word && strings.ContainsAny(toks[j].text, "”\"’)") {
			j++
		}
		if j >= len(toks) || isCapitalized(toks[j].text) || toks[j].text == "“" || toks[j].text == "\"" {
			out = append(out, [2]int{from, j})
			from = j
		}
	}
	if from < len(toks) {
		out = append(out, [2]int{from, len(toks)})
	}
	return out
}

// TestSentenceBounds checks sentenceBounds against sentenceBoundsRef on
// texts of sentence marks, quotes and words, and on tokens that are no
// words but hold more than one rune.
func TestSentenceBounds(t *testing.T) {
	pieces := []string{"He", "said", "Putin", ".", "?", "!", "…", "”", "“", "\"", "’", ")", " ", " ", "。", "U.S.", "x.?"}
	r := rand.New(rand.NewPCG(17, 18))
	for range 20000 {
		s := randomText(r, pieces, 30, 2)
		toks := tokenize(s, 0, len(s))
		if got, want := sentenceBounds(toks), sentenceBoundsRef(toks); !slices.Equal(got, want) {
			t.Fatalf("sentenceBounds(%q) = %v, want %v", s, got, want)
		}
		for i := range toks {
			if !toks[i].word && r.IntN(3) == 0 {
				toks[i].text += pieces[r.IntN(len(pieces))]
			}
		}
		if got, want := sentenceBounds(toks), sentenceBoundsRef(toks); !slices.Equal(got, want) {
			t.Fatalf("sentenceBounds of long marks %+v = %v, want %v", toks, got, want)
		}
	}
}
