package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/date"
)

// genEvents writes n articles built from the seed articles' paragraphs,
// recombined, with shifted publication dates, and returns the directory.
// Articles come in events of perEvent articles (five outlets take turns)
// that share paragraphs, so that cross-source comparison has groups to
// work on.
func genEvents(tb testing.TB, n, perEvent int) string {
	tb.Helper()
	paths, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var paras []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if len(strings.Fields(l)) >= 12 {
				paras = append(paras, l)
			}
		}
	}
	dir := tb.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	base := date.MustOf(2025, 3, 1)
	for i := range n {
		event := i / perEvent
		day := base.AddDays(event % 300)
		er := rand.New(rand.NewPCG(uint64(event), 7))
		var body []string
		for range 6 + rng.IntN(6) {
			if rng.IntN(2) == 0 {
				body = append(body, paras[er.IntN(len(paras))])
			} else {
				body = append(body, paras[rng.IntN(len(paras))])
			}
		}
		text := fmt.Sprintf("source: Outlet %d\npublished: %s\n---\nEvent %d\n%s\n", i%5, day, event, strings.Join(body, "\n\n"))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%06d.txt", i)), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// benchCheck runs the whole check, JSON output, over n generated articles
// in events of perEvent articles.
func benchCheck(b *testing.B, n, perEvent int) {
	dir := genEvents(b, n, perEvent)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, errOut, code := runCmd(b, "check", "--format", "json", dir); code == exitError {
			b.Fatalf("check: %s", errOut)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkCheck1000 runs the whole check over 1,000 generated articles in
// events of five.
func BenchmarkCheck1000(b *testing.B) { benchCheck(b, 1000, 5) }

// BenchmarkCheck10000In100Events runs it over 10,000 articles in 100
// events of 100: grouping must stay linear in the number of claims.
func BenchmarkCheck10000In100Events(b *testing.B) { benchCheck(b, 10000, 100) }

// BenchmarkCheck2000In20Events has the density of the 10,000-article
// benchmark (100 articles an event, one event a day) at a fifth of its size.
func BenchmarkCheck2000In20Events(b *testing.B) { benchCheck(b, 2000, 100) }
