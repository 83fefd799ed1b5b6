package rules

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
)

// checkExpected checks weekdayDate and onOrBefore against the fmt.Sprintf
// calls they replace.
func checkExpected(t *testing.T, d date.Date) {
	t.Helper()
	if got, want := weekdayDate(d), fmt.Sprintf("%s, %s %d, %d", d.Weekday(), d.Month(), d.Day(), d.Year()); got != want {
		t.Fatalf("weekdayDate(%v) = %q, fmt writes %q", d, got, want)
	}
	if got, want := onOrBefore(d), fmt.Sprintf("a date on or before %s (publication)", d); got != want {
		t.Fatalf("onOrBefore(%v) = %q, fmt writes %q", d, got, want)
	}
}

// TestExpected checks the time rules' expected values on days of every
// kind: the ends of the calendar, a leap day, one-digit days and months.
func TestExpected(t *testing.T) {
	for _, d := range []date.Date{
		{}, date.MustOf(1, 1, 1), date.MustOf(9999, 12, 31), date.MustOf(2024, 2, 29),
		date.MustOf(2025, 3, 3), date.MustOf(2025, 12, 31), date.MustOf(999, 9, 9), date.MustOf(1945, 1, 1),
	} {
		checkExpected(t, d)
	}
	for d := date.MustOf(2020, 1, 1); d.Before(date.MustOf(2030, 1, 1)); d = d.AddDays(1) {
		checkExpected(t, d)
	}
}

// FuzzExpected checks the time rules' expected values on any day from the
// first of year 1.
func FuzzExpected(f *testing.F) {
	f.Add(uint32(739000))
	f.Add(uint32(0))
	f.Fuzz(func(t *testing.T, n uint32) {
		checkExpected(t, date.MustOf(1, 1, 1).AddDays(int(n%3652059)))
	})
}

// quotedRef is quotedSpans' test for one offset alone: the marks counted
// from the start of its line.
func quotedRef(text string, off int) bool {
	line := text[strings.LastIndexByte(text[:off], '\n')+1 : off]
	open := strings.Count(line, "“") - strings.Count(line, "”")
	return open > 0 || strings.Count(line, `"`)%2 == 1
}

// checkQuoted checks that quotedSpans, asked at some offsets of text in
// order (as futurePast asks it, only for the phrases that pass its cheap
// tests) and then at one earlier, answers as quotedRef.
func checkQuoted(t *testing.T, text string, offs []int) {
	t.Helper()
	inQuote := quotedSpans(&claims.Article{Text: text})
	for _, off := range offs {
		if got, want := inQuote(off), quotedRef(text, off); got != want {
			t.Fatalf("quotedSpans(%q)(%d) = %v, want %v (offsets %v)", text, off, got, want, offs)
		}
	}
}

// quotedOffsets picks offsets of text from pick, mostly in order, each
// at the start of a character (or of a byte that starts none), as a
// phrase starts.
func quotedOffsets(text string, pick []byte) []int {
	var offs []int
	at := 0
	for _, p := range pick {
		if p == 255 {
			at = 0 // a phrase before the last: quotedSpans starts again
		} else {
			at += int(p) % 17
		}
		if at > len(text) {
			break
		}
		for at > 0 && at < len(text) && !utf8.RuneStart(text[at]) {
			at-- // phrases start at a character: no mark is split
		}
		offs = append(offs, at)
	}
	return offs
}

// TestQuotedSpans checks quotedSpans on lines with each kind of mark.
func TestQuotedSpans(t *testing.T) {
	texts := []string{
		"He said \"we met on May 3, 2025\" and left.\nThen “on June 4, 2025” she spoke. “A” b\n\"",
		"no marks at all, on May 3, 2025.",
		"“nested “twice” once” and \"odd \" \" marks\n\n“",
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, text := range texts {
		var all []int
		for i := 0; i <= len(text); i++ {
			if i == len(text) || utf8.RuneStart(text[i]) {
				all = append(all, i)
			}
		}
		checkQuoted(t, text, all)
		for range 200 {
			pick := make([]byte, r.IntN(12))
			for i := range pick {
				pick[i] = byte(r.IntN(256))
			}
			checkQuoted(t, text, quotedOffsets(text, pick))
		}
	}
}

// FuzzQuotedSpans checks quotedSpans against quotedRef on any text and
// offsets in order.
func FuzzQuotedSpans(f *testing.F) {
	f.Add("He said \"we met\" on\n“May 3” 2025", []byte{3, 9, 16, 255, 5, 20})
	f.Fuzz(func(t *testing.T, text string, pick []byte) {
		checkQuoted(t, text, quotedOffsets(text, pick))
	})
}
