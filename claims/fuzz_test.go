package claims

import (
	"errors"
	"strings"
	"testing"
)

// fuzzSeeds are small inputs that reach each path of Load and Extract.
var fuzzSeeds = []string{
	"",
	"\uFEFF",
	"---\n",
	"---\nsource: AP\n---\nPresident Putin said.",
	"---\ntitle:\npublished: 2025-02-30\n---\nx",
	"source: Reuters\npublished: 2025-04-25\n---\nNBC News reported on Thursday that Russian President Vladimir Putin would not call.",
	"Published on April 25, 2025\nrki.news\nMoscow, April 25 – Kremlin spokesman Dmitry Peskov told reporters: no.",
	"Headline Here Is Long\nA photo, 04 April 2025. (EPA/Pool)\nTT\n20\nHeadline Here Is Long\nBody text.",
	"MOSCOW (Reuters) - Andriy Yermak, the chief of staff of Volodymyr Zelensky, said so.",
	"“President Putin did say,” then-President Barack Obama said. a former President Trump would…",
	"Trump said it, NBC News reported Friday, citing sources.\r\nDonald Trump Jr. and President-elect Joe Biden.\r\n",
	"Zelenskyy’s aide, Zelenskiy-era U.S.-Russia talks. J.D. Vance. Mr. Putin's.",
	"A Message from The Moscow Times:\nDear readers,\n",
	"\"\"\"“”’'-‑.,:;!?()",
}

// FuzzLoad checks that Load never panics, and that what it returns lies
// within the text: articles, blocks in order, and errors of type
// *InputError.
func FuzzLoad(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, err := Load("fuzz.txt", data)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.File != "fuzz.txt" {
				t.Fatalf("Load error = %#v, want an *InputError for fuzz.txt", err)
			}
			return
		}
		if len(arts) == 0 {
			t.Fatalf("Load = no articles and no error")
		}
		for _, a := range arts {
			checkBlocks(t, a)
			for _, b := range a.Blocks {
				if line, col := a.Position(b.Start); line < 1 || col < 1 {
					t.Fatalf("block at %d is at %d:%d", b.Start, line, col)
				}
			}
		}
	})
}

// FuzzExtract checks the claim invariants on any text: offsets slice back
// to the claim's text, and positions are 1-based.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		arts, err := Load("fuzz.txt", []byte(text))
		if err != nil {
			return
		}
		for _, a := range arts {
			Extract(a, testLex)
			checkClaims(t, a)
			for _, c := range a.Claims {
				if int(c.Start) < a.Start || int(c.End) > a.End {
					t.Fatalf("claim %q [%d:%d] outside its article [%d:%d]", c.Text, c.Start, c.End, a.Start, a.End)
				}
			}
			// Dropping the text keeps every word of the claims.
			before := claimStrings(a)
			a.DropText()
			for what, s := range claimStrings(a) {
				if s != before[what] {
					t.Fatalf("%s is %q after DropText, %q before", what, s, before[what])
				}
			}
		}
	})
}

// benchArticle is a synthetic article of about n paragraphs shaped like the
// seeds: a header, a headline block, captions, and prose full of titles and
// reports.
func benchArticle(n int) string {
	var b strings.Builder
	b.WriteString("source: Bench\npublished: 2025-04-25\n---\nKremlin Says Putin and Trump Have No Plans to Speak\n\n")
	b.WriteString("Russian President Vladimir Putin attends a meeting in Moscow, Russia, 04 April 2025. (EPA/Pool)\n\n")
	paras := []string{
		"The Kremlin said on Friday that Russian President Vladimir Putin and US President Donald Trump had no plans to talk after a visit by Putin's investment envoy.",
		"NBC News reported on Thursday that Trump's inner circle is advising him not to speak to Putin again until the Russian leader commits to a full ceasefire.",
		"Asked on Friday whether Putin and Trump would now speak by phone, Kremlin spokesman Dmitry Peskov told reporters: “No, there are no plans.”",
		"In Washington, Andriy Yermak, the chief of staff of Volodymyr Zelensky, said he met officials, while former U.S. President Joe Biden stayed silent.",
		"White House officials have advised Trump not to speak with Putin, NBC News reported Friday, citing two administration sources familiar with the matter.",
		"Trump previously said he was “pissed off” with Putin due to remarks he had made about Ukrainian President Volodymyr Zelenskiy.",
	}
	for i := 0; i < n; i++ {
		b.WriteString(paras[i%len(paras)])
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkLoad(b *testing.B) {
	data := []byte(benchArticle(60))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := benchArticle(60)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks := tokenize(text, 0, len(text))
		if len(sentenceBounds(toks)) == 0 {
			b.Fatal("no sentences")
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	data := []byte(benchArticle(60))
	arts, err := Load("bench.txt", data)
	if err != nil {
		b.Fatal(err)
	}
	a := arts[0]
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(a, testLex)
	}
	if len(a.Claims) == 0 {
		b.Fatal("no claims")
	}
}
