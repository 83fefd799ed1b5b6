package claims

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// checkAttribution checks that the expressions of an attribution before a
// quote find in before[attributionStart(before):] what they find in
// before, and that mayAttribute (with hasNameVerbTail) lets through
// whatever they match.
func checkAttribution(t *testing.T, before string) {
	t.Helper()
	q0 := attributionStart(before)
	for i, re := range beforeREs {
		want := re.FindStringSubmatchIndex(before)
		if want != nil && (!mayAttribute(i, before) || !mayAttribute(i, before[q0:])) {
			t.Fatalf("%s matches %q, which mayAttribute rules out", re, before)
		}
		got := re.FindStringSubmatchIndex(before[q0:])
		for k := range got {
			if got[k] >= 0 {
				got[k] += q0
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s in %q: %v from %d, %v in the whole", re, before, got, q0, want)
		}
	}
}

var attributionPieces = []string{
	"Trump", "Peskov", "Kremlin", "spokesman", "Dmitry", "He", "he", "She", "she", "The", "al", "bin", "de", "Al-Assad", "O’Brien", "D'Arcy", "J.D.",
	"said", "says", "told", "reporters", "added", "stated", "wrote", "warned", "explained", "on", "Friday", "that", "According to", "according to",
	"tweeted", "declared", "insisted", "Said", "SAID", "accordingto", "\r", "\f",
	" ", " ", " ", "  ", "\t", "\n", ":", ",", ".", ";", "-", "’", "'", "(", "“", "”", "\"", "—", "1", "é", "É", "\u00a0", "\u0301", "\xe2", "\x80",
}

// TestAttributionStartMatchesRegexp checks attributionStart on random
// attributions.
func TestAttributionStartMatchesRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString(attributionPieces[r.IntN(len(attributionPieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		checkAttribution(t, b.String())
	}
}

// FuzzAttributionStart checks attributionStart on any text.
func FuzzAttributionStart(f *testing.F) {
	for _, s := range []string{"Kremlin spokesman Dmitry Peskov told reporters on Friday that: ", "Zelensky: ", "according to Peskov, ", "In 2024, Trump said, "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAttribution(t, s) })
}

// checkAttributionAfter checks that the expressions of an attribution
// after a quote find in after[:attributionEnd(after)] what they find in
// after, and that mayAttributeAfter lets through whatever they match.
func checkAttributionAfter(t *testing.T, after string) {
	t.Helper()
	e := attributionEnd(after)
	for i, re := range []*regexp.Regexp{afterNameVerbRE, afterVerbNameRE} {
		got, want := re.FindStringSubmatchIndex(after[:e]), re.FindStringSubmatchIndex(after)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s in %q: %v up to %d, %v in the whole", re, after, got, e, want)
		}
		if want != nil && (!mayAttributeAfter(i, after) || !mayAttributeAfter(i, after[:e])) {
			t.Fatalf("%s matches %q, which mayAttributeAfter rules out", re, after)
		}
	}
}

// TestAttributionEndMatchesRegexp checks attributionEnd on random
// attributions.
func TestAttributionEndMatchesRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	pieces := append([]string{",", ", ", "2", "_", "x2", "said2"}, attributionPieces...)
	for range n {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		checkAttributionAfter(t, b.String())
	}
}

// FuzzAttributionEnd checks attributionEnd on any text.
func FuzzAttributionEnd(f *testing.F) {
	for _, s := range []string{",” Trump said.", "” said Peskov, adding", ", the Kremlin spokesman Dmitry Peskov told reporters on Friday.", ", he said2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAttributionAfter(t, s) })
}

// quoteSpansRef is quoteSpans as it was written, trying each byte: the
// reference for the version that skips to the next mark.
func quoteSpansRef(text string, start, end int) []quoteSpan {
	var out []quoteSpan
	s := text[start:end]
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "“"):
			j := strings.Index(s[i+len("“"):], "”")
			if j < 0 {
				return out
			}
			in0 := i + len("“")
			out = append(out, quoteSpan{start + i, start + in0 + j + len("”"), start + in0, start + in0 + j})
			i = in0 + j + len("”")
		case s[i] == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return out
			}
			out = append(out, quoteSpan{start + i, start + i + 1 + j + 1, start + i + 1, start + i + 1 + j})
			i = i + 1 + j + 1
		default:
			i++
		}
	}
	return out
}

func checkQuoteSpans(t *testing.T, s string) {
	t.Helper()
	for _, start := range []int{0, len(s) / 3} {
		if got, want := quoteSpans(s, start, len(s)), quoteSpansRef(s, start, len(s)); !reflect.DeepEqual(got, want) {
			t.Fatalf("quoteSpans(%q, %d) = %v, the reference %v", s, start, got, want)
		}
	}
}

var quoteMarkPieces = []string{"“", "”", "\"", "‘", "’", "—", "\xe2", "\xe2\x80", "a", "said", " ", ","}

// TestQuoteSpansMatchesRef checks quoteSpans against the byte-by-byte
// version on random texts of quotation marks and their look-alikes.
func TestQuoteSpansMatchesRef(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	for range 50000 {
		checkQuoteSpans(t, randomText(r, quoteMarkPieces, 12, 3))
	}
}

// FuzzQuoteSpans checks quoteSpans against the byte-by-byte version on
// any text.
func FuzzQuoteSpans(f *testing.F) {
	for _, s := range []string{"“It was good,” Trump said, “but…”", `He said "yes" and "no`, "\xe2\x80“x”"} {
		f.Add(s)
	}
	f.Fuzz(checkQuoteSpans)
}

// BenchmarkQuoteSpans measures quoteSpans, and the byte-by-byte version
// it replaced, on the testdata articles' blocks.
func BenchmarkQuoteSpans(b *testing.B) {
	blocks, size := testdataBlocks(b)
	for _, bc := range []struct {
		name string
		f    func(string, int, int) []quoteSpan
	}{{"ref", quoteSpansRef}, {"scan", quoteSpans}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, bb := range blocks {
					bc.f(bb.a.Text, bb.b.Start, bb.b.End)
				}
			}
		})
	}
}

// checkBeforeColon checks matchBeforeColon against beforeColonRE.
func checkBeforeColon(t *testing.T, before string) {
	t.Helper()
	var got []int
	if p, e, ok := matchBeforeColon(before); ok {
		got = []int{p, len(before), p, e}
	}
	if want := beforeColonRE.FindStringSubmatchIndex(before); !reflect.DeepEqual(got, want) {
		t.Fatalf("in %q: matchBeforeColon found %v, beforeColonRE %v", before, got, want)
	}
}

// TestBeforeColonMatchesRegexp checks matchBeforeColon against
// beforeColonRE on random attributions, most ending in a colon.
func TestBeforeColonMatchesRegexp(t *testing.T) {
	for _, s := range []string{"Zelensky: ", "the:", "She :", "Osama bin Laden:", "xPeskov:", "al Assad:", "Peskov al:", "A: :", ":", " : ", "He", "Dmitry  Peskov:\n"} {
		checkBeforeColon(t, s)
	}
	r := rand.New(rand.NewPCG(17, 18))
	pieces := append([]string{"bin", "ibn", "van", "Van", "she", "the", "He", "x", "İ", "\xc3"}, attributionPieces...)
	n := 50000
	if testing.Short() {
		n = 5000
	}
	for range n {
		s := randomText(r, pieces, 8, 2)
		if r.IntN(4) != 0 {
			s += []string{":", ": ", " :", " : \n", ":\t"}[r.IntN(5)]
		}
		checkBeforeColon(t, s)
		checkBeforeColon(t, s[attributionStart(s):])
	}
}

// FuzzBeforeColon checks matchBeforeColon against beforeColonRE on any
// text.
func FuzzBeforeColon(f *testing.F) {
	for _, s := range []string{"Kremlin spokesman Dmitry Peskov: ", "the:", "Osama bin Laden :", "O’Brien-Smith:"} {
		f.Add(s)
	}
	f.Fuzz(checkBeforeColon)
}

// BenchmarkBeforeColon measures matchBeforeColon, and beforeColonRE it
// stands for, on what stands before each quotation of the testdata
// articles, cut as quotes cuts it, where mayAttribute lets them try.
func BenchmarkBeforeColon(b *testing.B) {
	blocks, _ := testdataBlocks(b)
	var befores []string
	for _, bb := range blocks {
		for _, q := range quoteSpans(bb.a.Text, bb.b.Start, bb.b.End) {
			before := bb.a.Text[max(bb.b.Start, q.out0-maxAttribution):q.out0]
			if before = before[attributionStart(before):]; mayAttribute(1, before) {
				befores = append(befores, before)
			}
		}
	}
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for _, s := range befores {
				beforeColonRE.FindStringSubmatchIndex(s)
			}
		}
	})
	b.Run("scan", func(b *testing.B) {
		for b.Loop() {
			for _, s := range befores {
				matchBeforeColon(s)
			}
		}
	})
}
