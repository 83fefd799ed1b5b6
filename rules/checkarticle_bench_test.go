package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
)

// benchArticles loads and extracts the articles the one-article rules are
// measured on: the repository's sample articles, or the files under the
// directory CLAIMCHECK_BENCH_CORPUS names (a corpus of many articles, as a
// large run reads them).
func benchArticles(b testing.TB) []*claims.Article {
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
				checkTitles(k, nil, a)
			}
		}
	})
	b.Run("times", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				checkTime(nil, a)
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

// TestCheckArticleIn wants CheckArticleIn to make the findings
// CheckArticle makes, scored alike, with each evidence line held once
// across the articles.
func TestCheckArticleIn(t *testing.T) {
	k := defaultKB(t)
	in := NewInterner()
	held := map[string]*byte{}
	lines := 0
	for _, a := range benchArticles(t) {
		titles, times := CheckArticle(k, a)
		titlesIn, timesIn := CheckArticleIn(k, in, a)
		for _, pair := range [][2][]Finding{{titles, titlesIn}, {times, timesIn}} {
			want, got := pair[0], pair[1]
			for i := range want {
				want[i].Score()
			}
			for i := range got {
				got[i].Score()
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: CheckArticleIn made\n%+v\nCheckArticle\n%+v", a.File, got, want)
			}
			for i := range got {
				for _, e := range got[i].Evidence {
					lines++
					if p, ok := held[e]; ok && p != unsafe.StringData(e) {
						t.Fatalf("%s: the line %q is held twice", a.File, e)
					}
					held[e] = unsafe.StringData(e)
				}
			}
		}
	}
	if lines == 0 {
		t.Fatal("no evidence lines")
	}
}
