package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
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
	}
	r := rand.New(rand.NewPCG(15, 16))
	for range 200000 {
		checkClassOf(t, randomText(r, classPieces, 3, 1000))
	}
}

func checkClassOf(t *testing.T, w string) {
	t.Helper()
	if got, want := classOf(w), getLower(wordClasses, w); got != want {
		t.Fatalf("classOf(%q) = %b, the lookup says %b", w, got, want)
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
