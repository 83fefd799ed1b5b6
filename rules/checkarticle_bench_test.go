package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// benchArticles loads and extracts the articles the one-article rules are
// measured on: the repository's sample articles, or the files under the
// directory CLAIMCHECK_BENCH_CORPUS names (a corpus of many articles, as a
// large run reads them).
func benchArticles(b *testing.B) []*claims.Article {
	b.Helper()
	k := defaultKB(b)
	var paths []string
	if dir := os.Getenv("CLAIMCHECK_BENCH_CORPUS"); dir != "" {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && filepath.Ext(p) == ".txt" {
				paths = append(paths, p)
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	} else {
		paths, _ = filepath.Glob("../testdata/*/*.txt")
	}
	if len(paths) == 0 {
		b.Fatal("no articles")
	}
	var arts []*claims.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		as, err := claims.Load(p, data)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range as {
			claims.Extract(a, Lexicon(k))
			claims.ArticleWhens(a) // cached, as extraction leaves it
		}
		arts = append(arts, as...)
	}
	return arts
}

// BenchmarkCheckArticle measures the one-article rules over every article
// once per op: the title checks and the time checks, each alone, and
// CheckArticle, which runs both.
func BenchmarkCheckArticle(b *testing.B) {
	k := defaultKB(b)
	arts := benchArticles(b)
	b.Run("titles", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				checkTitles(k, a)
			}
		}
	})
	b.Run("times", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				checkTime(a)
			}
		}
	})
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				CheckArticle(k, a)
			}
		}
	})
}
