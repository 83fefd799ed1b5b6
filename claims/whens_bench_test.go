package claims

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusArticles loads the articles of the corpus named by
// $CLAIMCHECK_BENCH_CORPUS (a directory of *.txt files, searched to two
// levels), or skips.
func corpusArticles(b *testing.B) []*Article {
	b.Helper()
	dir := os.Getenv("CLAIMCHECK_BENCH_CORPUS")
	if dir == "" {
		b.Skip("CLAIMCHECK_BENCH_CORPUS not set")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	more, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	paths = append(paths, more...)
	var out []*Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		arts, err := Load(p, data)
		if err != nil {
			continue
		}
		out = append(out, arts...)
	}
	if len(out) == 0 {
		b.Skip("no articles")
	}
	return out
}

// BenchmarkArticleWhens finds the date phrases of a corpus's articles.
func BenchmarkArticleWhens(b *testing.B) {
	arts := corpusArticles(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			a.whensSet = false
			ArticleWhens(a)
		}
	}
}

// BenchmarkSegment cuts the body, caption and headline blocks of a
// corpus's articles into stretches.
func BenchmarkSegment(b *testing.B) {
	arts := corpusArticles(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			for _, bl := range a.Blocks {
				switch bl.Kind {
				case Body, Caption, Headline:
					pt := newPhraseText(a.Text[bl.Start:bl.End])
					pt.segment()
					pt.release()
				}
			}
		}
	}
}
