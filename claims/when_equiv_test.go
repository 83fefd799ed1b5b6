package claims

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkPhraseText checks that each pattern of FindWhens, run on the
// stretches of s that hold its words, finds what it finds in the whole of
// s, and that a pattern's scanner finds the same in the whole of s.
func checkPhraseText(t *testing.T, s string) {
	t.Helper()
	pt := newPhraseText(s)
	for i, pat := range phrasePatterns {
		want := pat.re.FindAllStringSubmatchIndex(s, -1)
		if got := pt.findAll(pat); !reflect.DeepEqual(got, want) {
			t.Fatalf("pattern %d (%s) in %q: found %v on the stretches, %v in the whole", i, pat.re, s, got, want)
		}
		if pat.scan == nil {
			continue
		}
		if got := pat.scan(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("pattern %d (%s) in %q: its scanner found %v, the expression %v", i, pat.re, s, got, want)
		}
	}
}

var phrasePieces = []string{
	"on", "On", "last", "Last", "this", "next", "since", "until", "by", "from", "late", "early", "Early", "mid", "in", "over", "the", "The",
	"Friday", "Monday", "friday", "Sunday", "night", "morning", "evening", "yesterday", "today", "tonight", "Tomorrow", "last night",
	"week", "weekend", "weekends", "month", "year", "years", "days", "weeks", "earlier", "later", "ago", "recent", "past", "previous",
	"coming", "following", "during", "the day before", "two", "a", "an", "three", "12", "5", "2025", "1999", "20", "19",
	"talks", "visit", "of", "summit", "fighting", "x_y", "May", "March", "Sept", "June", "Jan",
	" ", " ", " ", "  ", "\t", "\n", "-", ",", ".", ";", ":", "(", ")", "“", "”", "—", "'", "’", "_", "ſ", "\u212a", "é", "\xe2", "\x80",
	"weeſ", "\u212aeek", "ſince", "thiſ", "yeſterday", "ſunday",
	"in recent", "in recent days", "-day", "30-day", "3-week", "two-week", "the past", "later this", "late in the",
	"days ago", "weeks earlier", "over the weekend", "the coming", "in the past",
	"January", "Sepember", "September", "MAY", "MAy", "FRIDAY", "Tuesday", "Friday_", "for", "By", "during", "Ago", "LATER",
	"mid-", "Mid", "EARLY", "late-", "Through", "until", "During", "THIS", "ſince", "in  ", "May 2025", "June\t2024", "Jun", "Sepember 20255",
	"the previous", "the last", "the following", "over the past", "over the last", "during the past", "since last", "over this", "earlier  this", "LATER\tlast",
	"thiſ", "montH", "YEAR", "weekend_", "the  past", "earlier", "earlierthis",
	"two weeks of", "conference", "meeting", "trip", "Talks", "recent months", "12-day visit", "in 2024", "2019", "20255",
}

func randomPhraseText(r *rand.Rand) string { return randomText(r, phrasePieces, 14, 2) }

// TestPhraseTextMatchesRegexp checks the stretches on random phrases and
// on the sample articles.
func TestPhraseTextMatchesRegexp(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkPhraseText(t, string(b))
	}
	r := rand.New(rand.NewPCG(5, 6))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		checkPhraseText(t, randomPhraseText(r))
	}
}

// unitPieces make up the phrases of counted units (agoRE, pastNRE,
// durationRE, inTheRE, recentRE, yearPhRE), which phrasePieces make too
// rarely.
var unitPieces = []string{
	"a", "an", "A", "An", "one", "two", "Three", "six", "seven", "ſix", "ſeven", "twelve", "eleven", "ten", "1", "12", "123", "1234", "05",
	"day", "days", "dayſ", "Days", "week", "weeks", "weekſ", "WEEK", "month", "months", "year", "years", "ago", "Ago", "earlier", "later", "late", "early",
	"in", "In", "the", "The", "of", "over", "during", "for", "past", "last", "previous", "next", "coming", "recent", "in recent", "ſince", "since", "from", "until", "through", "by",
	"talks", "talkſ", "tal\u212as", "meetings", "fighting", "intense", "ſ", "\u212a", "x_y", "visit", "summit", "summitry", "trip", "meeting", "conference", "diplomacy",
	"mid", "Mid", "2024", "1999", "2025", "20255", "19", " ", " ", " ", "  ", "\t", "\n", "-", "--", ",", ".", "é", "’s", "'s",
	"two days ago", "a week earlier", "the past three weeks", "over the last 12 months", "in the next two years", "earlier in the week", "late in the month",
	"five-day visit", "three days of talks", "two weeks of intense fighting", "in recent days", "since early 2024", "in mid-1999",
}

// TestUnitScanners checks the scanners of counted units against their
// expressions, and the stretches, on random phrases of unitPieces.
func TestUnitScanners(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	n := 30000
	if testing.Short() {
		n = 3000
	}
	for range n {
		checkPhraseText(t, randomText(r, unitPieces, 10, 2))
	}
}

// FuzzPhraseText checks the stretches on any text.
func FuzzPhraseText(f *testing.F) {
	for _, s := range []string{"late on Friday night, the past two weeks", "earlier this month; two weeks ago", "ſince laſt weeſ", "in mid-2024 — since May 2025",
		"two dayſ ago", "the past ſix weeks", "a five-day visit", "three weeks of intense talks", "earlier in the year", "over the weekend", "in recent months", "yesterday and tonight"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPhraseText(t, s) })
}

// TestFutureWords checks that singleSpaced, which tenseAt reads the
// words before a phrase with, agrees with strings.Fields, and matchFuture
// with futureRE on them.
func TestFutureWords(t *testing.T) {
	src := futureRE.String()
	inner := src[strings.Index(src, "(?:")+3 : strings.Index(src, ")\\b|")]
	words := strings.Split(inner, "|")
	words = append(words, "'ll", "’ll")
	for _, w := range words {
		for _, form := range []string{strings.ReplaceAll(w, "s?", ""), strings.ReplaceAll(w, "s?", "s")} {
			checkFuture(t, form)
			checkFuture(t, strings.ToUpper(form))
			if !matchFuture(form) {
				t.Errorf("futureRE word %q (%q): no match", w, form)
			}
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	pieces := append(append([]string{}, words...), "he", "said", " ", "  ", "\t", "\u00a0", "ſ", "WILL", "Will", "to", "be", "held", "x")
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(9); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		ws := strings.Fields(s)
		if len(ws) > 6 {
			ws = ws[len(ws)-6:]
		}
		want := strings.Join(ws, " ")
		if got, ok := singleSpaced(s, 6); ok && got != want {
			t.Fatalf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
		if got, ok := singleSpacedRunes(s, 6); ok && got != want {
			t.Fatalf("singleSpacedRunes(%q) = %q, want %q", s, got, want)
		}
		a, aok := singleSpaced(s, 6)
		if b, bok := singleSpacedRunes(s, 6); a != b || aok != bok {
			t.Fatalf("singleSpaced(%q) = %q, %v; singleSpacedRunes: %q, %v", s, a, aok, b, bok)
		}
		checkFuture(t, s)
		checkFuture(t, want)
	}
}

// checkFuture checks matchFuture against futureRE.
func checkFuture(t *testing.T, s string) {
	t.Helper()
	if got, want := matchFuture(s), futureRE.MatchString(s); got != want {
		t.Fatalf("matchFuture(%q) = %v, futureRE says %v", s, got, want)
	}
}

var futurePieces = []string{
	"will", "Will", "WON'T", "won’t", "shall", "would", "going to", "plan", "plans", "planning", "planned", "to", "set", "expected", "expects",
	"due", "scheduled", "slated", "intend", "intends", "hope", "hopes", "aim", "aims", "is", "are", "be", "held", "upcoming", "ahead", "of", "next",
	"'ll", "’ll", "'", "’", "ll", "LL", "ſ", "\u212a", "ſhall", "aimſ to", "x", "_", "1", "é", "\xe2", " ", " ", "  ", "\t", "-", ".",
}

// TestMatchFuture checks matchFuture against futureRE on random text.
func TestMatchFuture(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	matched := 0
	for range 50000 {
		s := randomText(r, futurePieces, 6, 2)
		if futureRE.MatchString(s) {
			matched++
		}
		checkFuture(t, s)
	}
	if matched < 5000 {
		t.Fatalf("only %d of the random texts match", matched)
	}
}

// FuzzMatchFuture checks matchFuture against futureRE on any text.
func FuzzMatchFuture(f *testing.F) {
	for _, s := range []string{"he will", "she’ll go", "plans to", "aimſ to", "going  to", "won't"} {
		f.Add(s)
	}
	f.Fuzz(checkFuture)
}

// FuzzSingleSpaced checks singleSpaced, which reads ASCII byte by byte,
// against singleSpacedRunes and strings.Fields on any text.
func FuzzSingleSpaced(f *testing.F) {
	for _, s := range []string{"he will", " a  b ", "x\u00a0 y", "\t\u2003will go\u00a0", "a b c d e f g"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, aok := singleSpaced(s, 6)
		if b, bok := singleSpacedRunes(s, 6); a != b || aok != bok {
			t.Fatalf("singleSpaced(%q) = %q, %v; singleSpacedRunes: %q, %v", s, a, aok, b, bok)
		}
		if ws := strings.Fields(s); aok && (a != strings.Join(ws, " ") || len(ws) > 6) {
			t.Fatalf("singleSpaced(%q) = %q, but the words are %q", s, a, ws)
		}
	})
}

// weekdayBeforeRegexp is weekdayBefore as it was, with weekdayBeforeRE
// on the window.
func weekdayBeforeRegexp(s string, a int) (loc []int, lo int) {
	lo = max(0, a-64)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	loc = weekdayBeforeRE.FindStringSubmatchIndex(s[lo:a])
	if loc != nil && loc[0] == 0 && lo > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:lo]); isASCIIWord(r) {
			return nil, lo
		}
	}
	return loc, lo
}

// checkWeekdayBefore checks matchWeekdayBefore against weekdayBeforeRE on
// s, and weekdayBefore against weekdayBeforeRegexp at each end of s.
func checkWeekdayBefore(t *testing.T, s string) {
	t.Helper()
	want := weekdayBeforeRE.FindStringSubmatchIndex(s)
	if loc, ok := matchWeekdayBefore(s); ok != (want != nil) || ok && !reflect.DeepEqual(loc[:], want) {
		t.Fatalf("matchWeekdayBefore(%q) = %v, %v; weekdayBeforeRE %v", s, loc, ok, want)
	}
	for a := 0; a <= len(s); a++ {
		want, wlo := weekdayBeforeRegexp(s, a)
		loc, lo, ok := weekdayBefore(s, a)
		if lo != wlo || ok != (want != nil) || ok && !reflect.DeepEqual(loc[:], want) {
			t.Fatalf("weekdayBefore(%q, %d) = %v, %d, %v; with the expression %v, %d", s, a, loc, lo, ok, want, wlo)
		}
	}
}

var weekdayBeforePieces = []string{
	"on", "On", "ON", "oN", "Friday", "Sunday", "Wednesday", "friday", "the", "The", "THE", "tHe", "thé", "ſ", "\u212a",
	" ", " ", " ", "  ", "\t", "\n", "\r", "\f", "\u00a0", ",", ", ", ".", "x", "1", "_", "-", "é", "\xe2",
	"won", "Son", "ony", "day", "Fri", "theFriday", "Saturday,", "on  Monday ", "xon Tuesday ", "Thursday the  ",
	"a long stretch of text before the weekday so that the window cuts it ", "éé", "ſſſ",
}

// TestWeekdayBefore checks matchWeekdayBefore and weekdayBefore on
// random text.
func TestWeekdayBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	n := 30000
	if testing.Short() {
		n = 3000
	}
	matched := 0
	for range n {
		s := randomText(r, weekdayBeforePieces, 8, 2)
		if weekdayBeforeRE.MatchString(s) {
			matched++
		}
		checkWeekdayBefore(t, s)
	}
	if matched < n/20 {
		t.Fatalf("only %d of %d random texts match", matched, n)
	}
}

// FuzzWeekdayBefore checks matchWeekdayBefore and weekdayBefore on any
// text.
func FuzzWeekdayBefore(f *testing.F) {
	for _, s := range []string{"on Friday, ", "Friday, the ", "said on Sunday ", "Friday the\t", "Friday,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkWeekdayBefore(t, s) })
}

// phraseWordClassSwitch is phraseWordClass as a switch on the word, the
// specification its table is tested against.
func phraseWordClassSwitch(w string) uint32 {
	n := len(w)
	if w[0] >= '0' && w[0] <= '9' {
		k := 1
		for k < n && w[k] >= '0' && w[k] <= '9' {
			k++
		}
		switch {
		case k < n:
			return 0
		case n <= 3:
			return wNum
		case n == 4 && (w[:2] == "19" || w[:2] == "20"):
			return wYear
		}
		return 0
	}
	// Weekday and month names are capitalised, the other words may be
	// in any case: w is looked up lower-cased, with capital noting that
	// only its first letter was upper case. A month name of monthRE is
	// a whole word too: \b follows it.
	if n > maxPhraseWord {
		return 0
	}
	var buf [maxPhraseWord]byte
	capital := w[0] >= 'A' && w[0] <= 'Z'
	for i := 0; i < n; i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			if i > 0 {
				capital = false
			}
		}
		buf[i] = c
	}
	var class uint32
	switch string(buf[:n]) {
	case "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening":
		class |= wRelDay
	case "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday":
		if capital {
			class |= wWeekday
		}
	case "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
		"aug", "august", "sep", "sept", "september", "sepember", "oct", "october", "nov", "november", "dec", "december":
		if capital {
			class |= wMonth
		}
	case "week", "weeks":
		class |= wUnitAny | wDurUnit
		if n == 4 {
			class |= wUnit
		} else {
			class |= wPlural
		}
	case "month", "year":
		class |= wUnit | wUnitAny
	case "months", "years":
		class |= wPlural | wUnitAny
	case "day":
		class |= wUnitAny | wDurUnit
	case "days":
		class |= wPlural | wUnitAny | wDurUnit
	case "weekend":
		class |= wUnit | wWeekend
	case "this", "last", "next", "previous", "past", "following", "coming":
		class |= wWhich
	case "earlier", "later":
		class |= wEarlyLate | wAgo
	case "early", "late":
		class |= wEarlyLate
	case "ago":
		class |= wAgo
	case "recent":
		class |= wRecent
	case "in", "since", "during", "from", "until", "through", "by", "for":
		class |= wPrep
	case "of", "visit", "summit", "trip", "meeting", "conference", "talks":
		class |= wDurAlso
	case "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		class |= wNum
	}
	return class
}

// checkPhraseWordClass checks phraseWordClass against the switch it
// replaced, on w and on each maximal run of word bytes in it.
func checkPhraseWordClass(t *testing.T, w string) {
	t.Helper()
	for i := 0; i < len(w); {
		if !isWordByteRE(w[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(w) && isWordByteRE(w[j]) {
			j++
		}
		if got, want := phraseWordClass(w[i:j]), phraseWordClassSwitch(w[i:j]); got != want {
			t.Fatalf("phraseWordClass(%q) = %#x, the switch says %#x", w[i:j], got, want)
		}
		if want := phraseWordClassSwitch(w[i:j]); want != 0 && !phraseMayBe(w[i], w[j-1], j-i) {
			t.Fatalf("phraseMayBe rules out %q, of class %#x", w[i:j], want)
		}
		i = j
	}
}

// TestPhraseWordClass checks phraseWordClass's table against the switch
// on its words in several cases, with a letter more or less, and on
// random words.
func TestPhraseWordClass(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range phraseWords {
		if seen[e.word] || len(e.word) > maxPhraseWord || strings.ToLower(e.word) != e.word {
			t.Fatalf("table word %q: repeated, too long or not lower case", e.word)
		}
		seen[e.word] = true
		up := strings.ToUpper(e.word)
		for _, w := range []string{e.word, up, up[:1] + e.word[1:], e.word[:1] + up[1:], e.word + "s", e.word[1:], e.word[:len(e.word)-1], "x" + e.word, e.word + "_", e.word + "1"} {
			if w != "" {
				checkPhraseWordClass(t, w)
			}
		}
	}
	r := rand.New(rand.NewPCG(21, 22))
	const letters = "aAbBcdDeEfFgGhHiIjJkKlLmMnNoOpPrRsStTuUvVwWxyYz_0123456789@[`{"
	for range 100000 {
		b := make([]byte, 1+r.IntN(11))
		for k := range b {
			b[k] = letters[r.IntN(len(letters))]
		}
		checkPhraseWordClass(t, string(b))
	}
	for _, p := range phrasePieces {
		checkPhraseWordClass(t, p)
	}
}

// FuzzPhraseWordClass checks phraseWordClass against the switch on any
// text's words.
func FuzzPhraseWordClass(f *testing.F) {
	for _, s := range []string{"Friday", "FRIDAY", "friday", "Sepember", "conference", "1999 20255 12", "weeks_", "may May"} {
		f.Add(s)
	}
	f.Fuzz(checkPhraseWordClass)
}

// checkDatelineEnd checks datelineEnd against datelineDateRE.
func checkDatelineEnd(t *testing.T, s string) {
	t.Helper()
	end, ok := datelineEnd(s)
	want := datelineDateRE.FindStringIndex(s)
	if ok != (want != nil) || ok && end != want[1] {
		t.Fatalf("datelineEnd(%q) = %d, %v; datelineDateRE %v", s, end, ok, want)
	}
}

var datelinePieces = []string{
	"KYIV", "Moscow", "WASHINGTON", "St. Louis", "O'Hare", "Port-au-Prince", "Bosnia/Herz", "Ukraine", "The talks were held on Friday",
	",", ", ", ",  ", " ", "  ", "\t", "\n", "May", "March", "Sept", "Sept.", "September", "Jan", "3", "28", "123", "2025", ", 2025",
	"(Reuters)", "(AP)", "(", ")", "(a very long agency name indeed, and more)", "(ééé)", "-", " - ", "–", "—", " — ",
	"x", "é", "\xe2", "ſ", "said", "officials", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "                                        ",
}

// randomDateline returns a dateline's parts, each left out, doubled or
// replaced by a random piece now and then.
func randomDateline(r *rand.Rand) string {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	parts := []string{
		pick("KYIV", "St. Louis", "O'Hare", "Port-au-Prince", "A"+strings.Repeat("b", 39+r.IntN(3))), ",", pick(" ", "  ", "\t"),
		pick("", "", "Ukraine, ", "D.C., ", "X"+strings.Repeat("y", 29+r.IntN(3))+", "),
		pick("May", "Sept", "September", "Jan", "March"), pick("", "."), pick(" ", "  ", "\n"), pick("3", "28", "123"),
		pick("", ", 2025", ",  1999", ",2025"), pick("", " ", "   "), pick("", "(Reuters) ", "(AP)", "("+strings.Repeat("é", 29+r.IntN(3))+") "),
		pick("-", "–", "—", " -"), pick("", " The", " x", "-"),
	}
	var b strings.Builder
	for _, p := range parts {
		switch r.IntN(20) {
		case 0:
		case 1:
			b.WriteString(p + p)
		case 2:
			b.WriteString(datelinePieces[r.IntN(len(datelinePieces))])
		default:
			b.WriteString(p)
		}
	}
	return b.String()
}

// TestDatelineEnd checks datelineEnd on random datelines and the sample
// articles' lines.
func TestDatelineEnd(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			checkDatelineEnd(t, line)
		}
	}
	r := rand.New(rand.NewPCG(23, 24))
	n := 50000
	if testing.Short() {
		n = 5000
	}
	matched := 0
	for range n {
		s := randomText(r, datelinePieces, 12, 3)
		if r.IntN(4) > 0 {
			s = randomDateline(r)
		}
		if datelineDateRE.MatchString(s) {
			matched++
		}
		checkDatelineEnd(t, s)
	}
	if matched < n/50 {
		t.Fatalf("only %d of %d random texts match", matched, n)
	}
	long := "KYIV, " + strings.Repeat(" ", 300) + "May " + strings.Repeat("\t", 200) + "3, 2025 (" + strings.Repeat("é", 30) + ") — " + strings.Repeat("x", 500)
	checkDatelineEnd(t, long)
	checkDatelineEnd(t, "A"+strings.Repeat("b", 40)+", May 3 - ")
	checkDatelineEnd(t, "A"+strings.Repeat("b", 39)+", May 3 - ")
}

// FuzzDatelineEnd checks datelineEnd against datelineDateRE on any text.
func FuzzDatelineEnd(f *testing.F) {
	for _, s := range []string{"KYIV, May 3 (Reuters) - The", "WASHINGTON, D.C., Sept. 12, 2025 — x", "St. Louis,  March 3 -"} {
		f.Add(s)
	}
	f.Fuzz(checkDatelineEnd)
}

// tenseFromRune is tenseFrom as it was, rune by rune.
func tenseFromRune(s string, i int) int {
	from, n, inWord := i, 0, false
	for from > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:from])
		if strings.ContainsRune(".?!;“”\"", r) {
			break
		}
		if unicode.IsSpace(r) {
			if inWord {
				if n++; n == 6 {
					break
				}
			}
			inWord = false
		} else {
			inWord = true
		}
		from -= size
	}
	return from
}

// checkTenseFrom checks tenseFrom against tenseFromRune at every byte of s.
func checkTenseFrom(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if got, want := tenseFrom(s, i), tenseFromRune(s, i); got != want {
			t.Fatalf("tenseFrom(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
}

var tensePieces = append([]string{
	".", "?", "!", ";", "\"", "“", "”", "\u00a0", "\u0085", "\u2003", "\u3000", "\v", "\r", "\f", "é", "\xe2\x80", "\x9c", "\xe2",
}, futurePieces...)

// TestTenseFrom checks tenseFrom against the rune-by-rune scan on random
// text.
func TestTenseFrom(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for range 20000 {
		checkTenseFrom(t, randomText(r, tensePieces, 14, 2))
	}
}

// FuzzTenseFrom checks tenseFrom against the rune-by-rune scan on any
// text.
func FuzzTenseFrom(f *testing.F) {
	for _, s := range []string{"he said. It will be held on", "“We will”, she said\u00a0on", "one two three four five six seven eight"} {
		f.Add(s)
	}
	f.Fuzz(checkTenseFrom)
}

// TestWeekdayOf checks weekdayOf against weekdayNames in several cases.
func TestWeekdayOf(t *testing.T) {
	for _, wd := range weekdayList {
		for _, name := range []string{wd, strings.ToLower(wd), strings.ToUpper(wd), wd[:3], "x" + wd} {
			if got, want := weekdayOf(name), weekdayNames[strings.ToLower(name)]; got != want {
				t.Errorf("weekdayOf(%q) = %v, want %v", name, got, want)
			}
		}
	}
	for k, wd := range weekdayList {
		if weekdayNameAt(wd+" ", 0) != len(wd) {
			t.Errorf("weekdayNameAt misses %q", wd)
		}
		for _, other := range weekdayList[k+1:] {
			if wd[:2] == other[:2] {
				t.Errorf("%q and %q start alike: weekdayNameAt tells them by two letters", wd, other)
			}
		}
	}
}
