package claims

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/rules/kb"
)

// wordsLex is the knowledge as a Lexicon that tells FormWords but not
// FormWordsByKind or NameWords: the extractor then bounds every kind of
// form by the longest form of any kind, and looks up every span of a name,
// as it did before it told kinds apart and knew names' lengths.
type wordsLex struct{ k kbLex }

func (l wordsLex) CountryByForm(f string) (string, bool) { return l.k.CountryByForm(f) }
func (l wordsLex) RoleByForm(f string) (string, bool)    { return l.k.RoleByForm(f) }
func (l wordsLex) OfficeByForm(f string) (string, bool)  { return l.k.OfficeByForm(f) }
func (l wordsLex) PersonsByName(n string) []string       { return l.k.PersonsByName(n) }
func (l wordsLex) PersonsBySurname(w string) []string    { return l.k.PersonsBySurname(w) }
func (l wordsLex) PersonName(id string) string           { return l.k.PersonName(id) }
func (l wordsLex) MaxFormWords() int                     { return l.k.MaxFormWords() }
func (l wordsLex) FormWords(w string) int                { return l.k.FormWords(w) }

// formKindPieces build text full of titles: forms of each kind, names,
// hyphens, and tokens of combining marks alone, which fold to no word.
var formKindPieces = []string{
	"Russian", "President", "Vladimir", "Putin", "Kremlin", "spokesman", "Dmitry", "Peskov", "White", "House", "press", "secretary",
	"Prime", "Minister", "Foreign", "Defense", "U.S.", "US", "Vice-President", "then-President", "President-elect", "former", "of", "the",
	"Ukraine", "Ukrainian", "Volodymyr", "Zelensky", "EU", "foreign", "policy", "chief", "Secretary", "General", "Brazilian", "José", "Ejemplo",
	"\u0301", "\u0301\u0308", "\u0301x", "-", ",", ".", " ", " ", " ", "said", "Chancellor", "Germany", "German", "Olaf", "Scholz", "Xi", "Jinping", "Mohammed", "bin", "Salman", "al-Assad", "Bashar", "Putin’s", "Jr.", "Donald", "Trump", "King",
}

// TestFormWordsByKind checks that the extractor finds the same claims
// with FormWordsByKind and NameWords as with FormWords alone, on the
// sample articles and on random text.
func TestFormWordsByKind(t *testing.T) {
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
	r := rand.New(rand.NewPCG(21, 22))
	for range 3000 {
		texts = append(texts, randomText(r, formKindPieces, 30, 1))
	}
	for _, text := range texts {
		checkFormKinds(t, kbLex{k}, text)
	}
}

func checkFormKinds(t *testing.T, lex kbLex, text string) {
	t.Helper()
	a1, err1 := Load("a.txt", []byte(text))
	a2, err2 := Load("a.txt", []byte(text))
	if err1 != nil || err2 != nil {
		return
	}
	for i := range a1 {
		Extract(a1[i], lex)
		Extract(a2[i], wordsLex{lex})
		if !reflect.DeepEqual(a1[i].Claims, a2[i].Claims) {
			t.Fatalf("in %q: with FormWordsByKind %+v, with FormWords %+v", text, a1[i].Claims, a2[i].Claims)
		}
	}
}

// FuzzFormWordsByKind checks FormWordsByKind and NameWords against
// FormWords alone on any text.
func FuzzFormWordsByKind(f *testing.F) {
	k, err := kb.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Russian President Vladimir Putin", "Kremlin \u0301 spokesman Dmitry Peskov", "then-President Obama, the White House press secretary"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFormKinds(t, kbLex{k}, s) })
}
