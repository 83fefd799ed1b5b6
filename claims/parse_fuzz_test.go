package claims

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/date"
)

// FuzzHeader checks readHeader, the header block and front matter parser,
// on any text: it never panics, the body starts inside the text, and an
// error is one *InputError line naming the file.
func FuzzHeader(f *testing.F) {
	for _, s := range []string{
		"",
		"---\n---\nbody",
		"---\ntitle: A\npublished: 2025-04-25\n---\nbody",
		"---\ntitle: [unclosed\n---\n",
		"---\n&a [*a, *a]\n...\n",
		"source: AP\nurl: https://example.com/2025/04/25/x\n---\nbody",
		"Source: AP\r\npublished: 2025-02-30\r\n---\r\nbody",
		"x: y\nz: w\n---\n",
		"\uFEFF---\nsource: AP\n---\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		from := 0
		if strings.HasPrefix(text, "\uFEFF") {
			from = len("\uFEFF")
		}
		h, body, err := readHeader("fuzz.txt", text, from)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.File != "fuzz.txt" || strings.Contains(err.Error(), "\n") {
				t.Fatalf("readHeader error = %q, want one *InputError line for fuzz.txt", err)
			}
			return
		}
		if body < from || body > len(text) {
			t.Fatalf("readHeader body at %d, outside [%d, %d]", body, from, len(text))
		}
		if h.kind == "" && body != from {
			t.Fatalf("no header, yet the body starts at %d, not %d", body, from)
		}
		for k, l := range h.lines {
			if l < 1 || l > 1+strings.Count(text, "\n") {
				t.Fatalf("header key %q at line %d of a %d-line text", k, l, 1+strings.Count(text, "\n"))
			}
		}
	})
}

// FuzzWhens checks the date phrase parser on any text: phrases lie inside
// the range searched, slice back to their text, come in order without
// overlaps, and a resolved phrase is a well-formed window.
func FuzzWhens(f *testing.F) {
	for _, s := range []string{
		"on Friday",
		"NBC News reported on Thursday that talks would resume next week.",
		"Friday, March 3, 2025, and 17 May, and 2025-05-17, and May 17",
		"two weeks ago, last month, since February, the past two weeks, earlier this year",
		"will meet on Monday; plans to visit in March; is expected to sign tomorrow",
		"in 2024, in the 1990s, by the end of the year, on Feb. 30, 31 April 2025",
		"yesterday today tomorrow this week next month last year",
		"Moscow, April 25 – on Apr. 24 at 10 a.m. and on the 3rd",
	} {
		f.Add(s, int64(20250425), uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, ref int64, tense uint8) {
		r, err := date.Parse(formatRef(ref))
		if err != nil {
			r = date.Date{}
		}
		start, end := len(text)/7, len(text)-len(text)/9
		// Offsets must fall on rune boundaries for a fair test.
		for start > 0 && start < len(text) && !isRuneStart(text[start]) {
			start--
		}
		for end < len(text) && !isRuneStart(text[end]) {
			end++
		}
		ws := FindWhens(text, start, end, r, Tense(tense%3))
		prev := start
		for _, w := range ws {
			if int(w.Start) < prev || int(w.End) > end || w.Start >= w.End {
				t.Fatalf("phrase %q at [%d:%d], after %d, in [%d:%d]", w.Text, w.Start, w.End, prev, start, end)
			}
			if text[w.Start:w.End] != w.Text {
				t.Fatalf("phrase %q at [%d:%d] slices to %q", w.Text, w.Start, w.End, text[w.Start:w.End])
			}
			if w.Resolved() && (w.To.Before(w.From) || w.Precision == PrecisionNone) {
				t.Fatalf("phrase %q resolved to %v..%v, precision %q", w.Text, w.From, w.To, w.Precision)
			}
			prev = int(w.End)
		}
		ResolvePhrase(text, r, Tense(tense%3))
	})
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// formatRef turns a fuzzed number into "YYYY-MM-DD" (often invalid).
func formatRef(n int64) string {
	n = max(n, -n) % 100000000
	return fmt.Sprintf("%04d-%02d-%02d", n/10000, n/100%100, n%100)
}
