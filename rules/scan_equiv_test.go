package rules

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The expressions the title rules read sentences with before the
// scanners; they are the scanners' reference.
var (
	yearRE   = regexp.MustCompile(`\b(19|20)\d\d\b`)
	recentRE = regexp.MustCompile(`\b(?:(?:on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this week)\b`)
)

// earlierYearRE is earlierYear as historical wrote it with yearRE.
func earlierYearRE(s string, year int) bool {
	for _, y := range yearRE.FindAllString(s, -1) {
		if n, _ := strconv.Atoi(y); year == 0 || n < year {
			return true
		}
	}
	return false
}

// checkScanners checks that every scanner of scan.go finds in s what the
// expression it replaces finds.
func checkScanners(t *testing.T, s string) {
	t.Helper()
	if got, want := looksAhead(s), aheadRE.MatchString(s); got != want {
		t.Fatalf("looksAhead(%q) = %v, aheadRE finds %v", s, got, want)
	}
	if got, want := tellsOfRecentDays(s), recentRE.MatchString(s); got != want {
		t.Fatalf("tellsOfRecentDays(%q) = %v, recentRE finds %v", s, got, want)
	}
	if got, want := tellsOfPast(s), pastRE.MatchString(s); got != want {
		t.Fatalf("tellsOfPast(%q) = %v, pastRE finds %v", s, got, want)
	}
	for _, year := range []int{0, 1900, 1999, 2025, 2100} {
		if got, want := earlierYear(s, year), earlierYearRE(s, year); got != want {
			t.Fatalf("earlierYear(%q, %d) = %v, yearRE finds %v", s, year, got, want)
		}
	}
	if got, want := lastNewline(s), strings.LastIndexByte(s, '\n'); got != want {
		t.Fatalf("lastNewline(%q) = %d, want %d", s, got, want)
	}
	at, ok := pastVerb(s)
	if m := pastVerbRE.FindStringIndex(s); ok != (m != nil) || ok && (at != m[0] || m[1] != len(s)) {
		t.Fatalf("pastVerb(%q) = %d, %v; pastVerbRE finds %v", s, at, ok, m)
	}
}

var scanPieces = []string{
	"met", "Met", "MET", "held", "took", "took place", "TOOK  place", "took\tplace", "place", "spoke", "said", "told", "was", "were",
	"re-elected", "elected", "sworn", "x_was", "was_", "met.", "(met)", "said,", "happened", "occurred", "wasn't",
	"will", "Will", "would", "shall", "may", "May", "MAY", "'ll", "’ll", "'LL", "’lly", "ll", "going to", "going  to", "set to", "Set To",
	"to be", "to bed", "to take", "to hold", "to meet", "to", "be", "schedule", "Scheduled", "rescheduled", "schedul", "postponed",
	"delay", "delays", "delayed", "plan", "plans", "plann", "intend", "aims", "hopes", "until", "till", "by", "By", "before", "from",
	"next", "if", "when", "anniversary", "upcoming", "deadline", "forecasting", "warned", "predicted", "estimated",
	"the", "talks", "on", "in", "Geneva", "2025", "May 30", "officials", "minister", "a", "deal", "signed the deal", "on the",
	" ", " ", " ", "  ", "\t", "\n", "\r", "\f", "\v", "-", ",", ".", ";", "(", ")", "“", "”", "’", "'", "_", "é", "\u00a0",
	"Monday", "monday", "Friday", "FRIDAY", "today", "Today", "yesterday", "tonight", "this week", "this  week", "this weeks", "This week",
	"on Monday", "late", "early", "earlier this year", "earlier this month", "earlier  this year", "last year", "Last Month", "last",
	"in the past", "in the pasta", "at the time", "At The Time", "years ago", "year ago", "months ago", "month ago", "had been", "once", "Once",
	"1999", "2025", "2024", "20255", "1899", "2100", "19", "20", "x2020", "2020_", "2020s", "1920",
	"ſ", "\u212a", "\xe2", "laſt", "yearſ", "ONCE", "earlier thiſ", "\x80", "ſhall", "xſhall", "taKe", "waſ", "ſaid", "\u212aILLED", "killed", "attacked", "struck",
}

func randomScanText(r *rand.Rand) string {
	var b strings.Builder
	for range 1 + r.IntN(14) {
		b.WriteString(scanPieces[r.IntN(len(scanPieces))])
		if r.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestScannersMatchRegexps checks the scanners on every line of the
// sample articles and on random text made of the words they look for.
func TestScannersMatchRegexps(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(b), "\n") {
			checkScanners(t, line)
			for i := range len(line) {
				if line[i] == ' ' {
					checkScanners(t, line[:i+1]) // "before": the text up to a date
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	n := 50000
	if testing.Short() {
		n = 5000
	}
	for range n {
		checkScanners(t, randomScanText(r))
	}
}

// TestFoldRunes checks what hasFoldRune relies on: the long s and the
// Kelvin sign are the only runes outside ASCII that case folding matches
// with an ASCII letter.
func TestFoldRunes(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 && unicode.IsLetter(f) && r != '\u017f' && r != '\u212a' {
				t.Errorf("%U folds to %q", r, f)
			}
		}
	}
}

// FuzzScanners checks the scanners against the expressions on any text.
func FuzzScanners(f *testing.F) {
	for _, s := range []string{"said on Monday that, in the past, 2024", "last year, earlier this month, at the time", "The two leaders met on ", "talks took place in Geneva on ", "they'll meet", "re-elected x y z", "xſhall", "it is scheduled for"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkScanners(t, s) })
}
