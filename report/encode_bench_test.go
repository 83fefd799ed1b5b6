package report

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/rules"
)

// benchFindings makes n findings shaped like those of a large check run
// (10,000 generated articles give about 17,700): two or three evidence
// lines of about 170 bytes with their factors, four related locations,
// an outlet on each and a person on two in five, with quotes and some
// non-ASCII text. The same n gives the same findings.
func benchFindings(n int) []rules.Finding {
	rng := rand.New(rand.NewPCG(3, 5))
	words := []string{"same", "report:", "content", "words", "shared", "(advis,", "ceasefir,", "commit)",
		"vote:", "source(s)", "say", "on", "Thursday", "against", "\"NBC News reported Friday\"", "Zoë", "Łódź", "—", "no", "side", "is", "blamed"}
	text := func(m int) string {
		var sb strings.Builder
		for sb.Len() < m {
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[rng.IntN(len(words))])
		}
		return sb.String()
	}
	rs := []string{"compare/report-date", "compare/quote-paraphrase", "time/weekday-mismatch", "title/elect-after-start", "title/not-in-office"}
	fs := make([]rules.Finding, n)
	for i := range fs {
		f := rules.Finding{
			Rule: rs[rng.IntN(len(rs))], Actor: "NBC News",
			File: fmt.Sprintf("/work/corp/corpus-10000/%03d/%05d_%016x.txt", i%1000, i, rng.Uint64()),
			Line: 1 + rng.IntN(80), Column: 1 + rng.IntN(400),
			Excerpt: text(40), Expected: text(30), Source: fmt.Sprintf("Outlet %d", i%5),
		}
		if i%5 < 2 {
			f.Person = fmt.Sprintf("Q%d", rng.IntN(100000))
		}
		for range 1 + rng.IntN(4) {
			w := float64(rng.IntN(61)-30) / 10
			if rng.IntN(3) == 0 {
				w = 0
			}
			f.Add(w, "%s", text(150))
		}
		for range rng.IntN(8) {
			f.Relate(rules.Location{File: fmt.Sprintf("/work/corp/corpus-10000/%03d/%05d.txt", rng.IntN(1000), rng.IntN(10000)), Line: 1 + rng.IntN(80), Column: 1 + rng.IntN(400)})
		}
		f.Score()
		fs[i] = f
	}
	return fs
}

// BenchmarkEncodeFindings writes 2,000 findings as JSON and as JSON
// Lines; the bytes per second are those of the output.
func BenchmarkEncodeFindings(b *testing.B) {
	fs := benchFindings(2000)
	for _, format := range []struct {
		name  string
		write func(io.Writer, []rules.Finding) error
	}{
		{"json", JSON},
		{"jsonl", func(w io.Writer, fs []rules.Finding) error { return JSONL(w, Input{Findings: fs}) }},
	} {
		b.Run(format.name, func(b *testing.B) {
			var out bytes.Buffer
			if err := format.write(&out, fs); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(out.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if err := format.write(io.Discard, fs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
