package claims

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
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
