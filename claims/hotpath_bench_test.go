package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// kbLex is the embedded knowledge as a Lexicon, as package rules makes it
// (rules imports claims, so its wrapper cannot be used here).
type kbLex struct{ *kb.KB }

func (l kbLex) PersonName(id string) string {
	if p := l.Person(id); p != nil {
		return p.Name
	}
	return ""
}

// benchBlock is one block of a testdata article, tokenized.
type benchBlock struct {
	a    *Article
	b    Block
	toks []token
}

// testdataBlocks loads the repository's own sample articles
// (testdata/*/*.txt) and returns their body, caption and headline blocks
// with their tokens, and the bytes of those blocks.
func testdataBlocks(b *testing.B) ([]benchBlock, int64) {
	b.Helper()
	paths, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no testdata articles: %v", err)
	}
	var out []benchBlock
	var n int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		arts, err := Load(p, data)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range arts {
			for _, bl := range a.Blocks {
				switch bl.Kind {
				case Body, Caption, Headline:
					out = append(out, benchBlock{a, bl, tokenize(a.Text, bl.Start, bl.End)})
					n += int64(bl.End - bl.Start)
				}
			}
		}
	}
	return out, n
}

// BenchmarkHotPaths measures each step of extraction alone on the
// testdata articles: splitting sentences, finding titles (with the
// embedded knowledge), numbers and date phrases, and the whole of Extract.
func BenchmarkHotPaths(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	lex := kbLex{k}
	blocks, size := testdataBlocks(b)
	ref := func(a *Article) date.Date {
		if a.Published.Exact() {
			return a.Published.From
		}
		return date.Date{}
	}
	benches := []struct {
		name string
		run  func()
	}{
		{"sentences", func() {
			for _, bb := range blocks {
				sentenceBounds(bb.toks)
			}
		}},
		{"titles", func() {
			var x *extractor
			for _, bb := range blocks {
				if x == nil || x.a != bb.a {
					x = newExtractor(bb.a, lex)
				}
				x.caption = bb.b.Kind != Body
				x.titles(bb.toks)
			}
		}},
		{"numbers", func() {
			var x *extractor
			for _, bb := range blocks {
				if x == nil || x.a != bb.a {
					x = newExtractor(bb.a, lex)
				}
				if bb.b.Kind == Body {
					x.numbers(bb.b)
				}
			}
		}},
		{"whens", func() {
			for _, bb := range blocks {
				FindWhens(bb.a.Text, bb.b.Start, bb.b.End, ref(bb.a), Auto)
			}
		}},
		{"extract", func() {
			var last *Article
			for _, bb := range blocks {
				if bb.a != last {
					last = bb.a
					bb.a.whensSet = false // measure the date phrases too
					Extract(bb.a, lex)
				}
			}
		}},
	}
	for _, bc := range benches {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				bc.run()
			}
		})
	}
}
