package claims

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/rules/kb"
)

// kindLex is the knowledge as a Lexicon that tells FormWordsByKind and
// NameWords but not FormKey: the extractor then folds and looks up every
// span of a title from the longest down, as it did before it read titles
// word by word.
type kindLex struct{ wordsLex }

func (l kindLex) FormWordsByKind(w string) (country, role, office int) {
	return l.k.FormWordsByKind(w)
}
func (l kindLex) NameWords(w string) int { return l.k.NameWords(w) }

// TestFormKey checks that the extractor finds the same claims reading
// titles word by word with FormKey as looking up every span, on the
// sample articles and on random text.
func TestFormKey(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	paths, _ := filepath.Glob("../testdata/*/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	r := rand.New(rand.NewPCG(23, 24))
	for range 3000 {
		texts = append(texts, randomText(r, formKindPieces, 30, 1))
	}
	for _, text := range texts {
		checkFormKey(t, kbLex{k}, text)
	}
}

func checkFormKey(t *testing.T, lex kbLex, text string) {
	t.Helper()
	a1, err1 := Load("a.txt", []byte(text))
	a2, err2 := Load("a.txt", []byte(text))
	if err1 != nil || err2 != nil {
		return
	}
	for i := range a1 {
		Extract(a1[i], lex)
		Extract(a2[i], kindLex{wordsLex{lex}})
		if !reflect.DeepEqual(a1[i].Claims, a2[i].Claims) {
			t.Fatalf("in %q: with FormKey %+v, looking up every span %+v", text, a1[i].Claims, a2[i].Claims)
		}
	}
}

// FuzzFormKey checks the extractor with FormKey against looking up every
// span of a title, on any text.
func FuzzFormKey(f *testing.F) {
	k, err := kb.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Russian President Vladimir Putin", "Kremlin \u0301 spokesman Dmitry Peskov", "then-President Obama, the White House press secretary",
		"Vice-President \u0301 Kamala Harris", "U.S.-backed Prime \u0301 Minister Erdoğan’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFormKey(t, kbLex{k}, s) })
}
