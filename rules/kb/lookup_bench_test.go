package kb

import (
	"slices"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/date"
)

// benchKB is the embedded knowledge, loaded once for the lookup benchmarks.
func benchKB(b *testing.B) *KB {
	b.Helper()
	files, err := DefaultFiles()
	if err != nil {
		b.Fatal(err)
	}
	k, err := New(files...)
	if err != nil {
		b.Fatal(err)
	}
	return k
}

// BenchmarkLookup measures the lookups extraction and the title rules make
// for every candidate word: names, surnames, forms and who held an office on
// a day. The keys are taken from the knowledge itself (every person's name
// and every office), so the benchmark follows the data.
func BenchmarkLookup(b *testing.B) {
	k := benchKB(b)
	var names, offices []string
	for _, p := range k.persons {
		names = append(names, p.Name)
	}
	for id := range k.offices {
		offices = append(offices, id)
	}
	slices.Sort(names)
	slices.Sort(offices)
	day, _ := date.Of(2020, time.June, 1)
	words := []string{"President", "Prime", "Minister", "the", "Secretary", "said", "Chancellor", "Erdoğan"}
	b.Run("PersonsByName", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k.PersonsByName(names[i%len(names)])
			i++
		}
	})
	b.Run("FormWords", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k.FormWords(words[i%len(words)])
			i++
		}
	})
	b.Run("Holders", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k.Holders(offices[i%len(offices)], day)
			i++
		}
	})
	b.Run("Fold", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			Fold(names[i%len(names)])
			i++
		}
	})
}
