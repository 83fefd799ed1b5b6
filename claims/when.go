package claims

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/date"
)

// A Precision says how finely a date is known. It is a small number, not
// a string, since a large run holds one in each of its claims; String gives
// its name.
type Precision uint8

// The precisions of a date, finest first. A window is a range of days that
// is no calendar unit ("since February", "the past two weeks").
const (
	PrecisionNone   Precision = iota // "": unresolved
	PrecisionDay                     // "day"
	PrecisionWeek                    // "week"
	PrecisionMonth                   // "month"
	PrecisionYear                    // "year"
	PrecisionWindow                  // "window"
)

var precisionNames = [...]string{"", "day", "week", "month", "year", "window"}

// String returns the precision's name ("" for PrecisionNone).
func (p Precision) String() string { return nameOf(precisionNames[:], uint8(p), "precision") }

// MarshalText writes the precision's name.
func (p Precision) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// A When is a date phrase found in an article and the days it means,
// resolved against the publication date the way news writes: the past,
// unless the words or the tense say otherwise. "on Friday" is the most
// recent Friday (possibly the day of publication itself), "last month" the
// calendar month before publication.
type When struct {
	From, To date.Date // the days meant; zero when the phrase cannot be resolved
	Text     string    // the phrase as written: "on Thursday", "since February"
	// Start and End are byte offsets of Text in the text searched
	// (Article.Text for an article's phrases), 32 bits as a Claim's.
	Start, End int32
	// Weekday is the weekday the phrase names (time.Weekday's numbers),
	// -1 when it names none. With an absolute date ("Friday, March 3,
	// 2025") it may contradict it.
	Weekday int8
	// Precision is PrecisionNone when unresolved.
	Precision Precision
	// Explicit is true when the phrase wrote its year.
	Explicit bool
	// Future is true when the phrase was resolved forward in time: by its
	// words ("next week", "tomorrow") or by the tense ("will meet on
	// Friday").
	Future bool
	// Absolute is true for a calendar date written out ("May 17", "17 May
	// 2025", "2025-05-17"), with or without a year.
	Absolute bool
}

// Window returns the days the phrase means (zero when unresolved).
func (w When) Window() date.Window { return date.Window{From: w.From, To: w.To} }

// Resolved reports whether the phrase was resolved to days.
func (w When) Resolved() bool { return !w.From.IsZero() }

// A Tense is how a phrase is resolved: forward or back from the
// publication date. Auto reads the words before the phrase.
type Tense int

// The tenses.
const (
	Auto Tense = iota
	Past
	Future
)

var whenNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}

func numberOf(s string) int {
	s = strings.ToLower(s)
	if n, ok := whenNumbers[s]; ok {
		return n
	}
	n, err := strconv.Atoi(s)
	if err != nil || n > 400 {
		return 0
	}
	return n
}

// weekdayList are the weekday names, as weekdayRE matches them and as
// FindWhens looks for them before running it.
var weekdayList = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var weekdayRE = "(" + strings.Join(weekdayList, "|") + ")"

// The words of monthPhRE before a month name, which matchMonthPh scans
// for: "since early May".
var (
	monthPreps = []string{"in", "since", "during", "from", "until", "through", "last", "this", "next", "by"}
	monthParts = []string{"early", "mid", "late"}
)

// The words of relUnitRE, which it is built from and matchRelUnit scans
// for, in its order: "earlier this week", "over the past month".
var (
	unitEarlyLate = []string{"earlier", "later"}
	unitWhich     = []string{"this", "last", "next", "the previous", "the past", "the last", "the following", "the coming", "over the past", "over the last", "in the past", "during the past", "since last", "over this"}
	unitUnits     = []string{"week", "month", "year", "weekend"}
)

// The words of relWdRE around a weekday, which it is built from and
// matchRelWd scans for: "late on Friday night".
var (
	wdEarlyLate = []string{"late", "early"}
	wdPreps     = []string{"on", "last", "this", "next", "since", "until", "by", "from"}
	wdDayParts  = []string{"night", "morning", "afternoon", "evening"}
)

const numRE = `(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`

// The patterns of relative phrases. Weekday and month names must be
// capitalised ("may", "march" and "sun" are words too); the words around
// them need not be.
var (
	relDayRE        = regexp.MustCompile(`(?i)\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b`)
	relWdRE         = regexp.MustCompile(`\b(?:(?i:(` + strings.Join(wdEarlyLate, "|") + `))\s+)?(?:(?i:(` + strings.Join(wdPreps, "|") + `))\s+)?` + weekdayRE + `(?:\s+(?i:(` + strings.Join(wdDayParts, "|") + `)))?\b`)
	relUnitRE       = regexp.MustCompile(`(?i)\b(?:(` + strings.Join(unitEarlyLate, "|") + `)\s+)?(` + strings.Join(unitWhich, "|") + `)\s+(` + strings.Join(unitUnits, "|") + `)\b`)
	inTheRE         = regexp.MustCompile(`(?i)\b(earlier|later|early|late)\s+(?:in\s+)?the\s+(week|month|year)\b`)
	weekendRE       = regexp.MustCompile(`(?i)\b(over|at|on|during) the weekend\b`)
	pastNRE         = regexp.MustCompile(`(?i)\b(?:(?:in|over|during|for)\s+)?the\s+(past|last|previous|next|coming)\s+` + numRE + `\s+(days|weeks|months|years)\b`)
	recentRE        = regexp.MustCompile(`(?i)\bin recent (days|weeks|months)\b`)
	agoRE           = regexp.MustCompile(`(?i)\b` + numRE + `\s+(days?|weeks?|months?|years?)\s+(ago|earlier|later)\b`)
	monthPhRE       = regexp.MustCompile(`\b((?i:` + strings.Join(monthPreps, "|") + `)\s+)?(?:((?i:` + strings.Join(monthParts, "|") + `))[\s-]+)?` + monthRE + `\b(\s+\d{4}\b)?`)
	yearPhRE        = regexp.MustCompile(`\b((?i:in|since|during|from|until|through|by|for))\s+(?:((?i:early|mid|late))[\s-]+)?((?:19|20)\d\d)\b`)
	durationRE      = regexp.MustCompile(`(?i)\b` + numRE + `[\s-](days?|weeks?)(?:\s+of\s+(?:\w+\s+)?(talks|meetings|negotiations|fighting|protests|hearings|deliberations|consultations|discussions|strikes|clashes|voting|shelling|mourning|celebrations|testimony|summitry|diplomacy)|\s+(visit|summit|trip|meeting|conference|talks))\b`)
	weekdayBeforeRE = regexp.MustCompile(`\b(?:(?i:on)\s+)?` + weekdayRE + `,?\s+(?:(?i:the)\s+)?$`)
	futureRE        = regexp.MustCompile(`(?i)\b(?:will|won't|shall|would|going to|plans? to|planning to|planned to|set to|expected to|expects to|due to|scheduled|slated|intends? to|hopes? to|aims? to|is to|are to|to be held|upcoming|ahead of|next)\b|['’]ll\b`)
)

// daysAfter is how far after publication a month and day without a year
// ("May 17") may fall and still be read as this year's in a past-tense
// sentence; beyond it, the phrase means last year's.
const daysAfter = 7

// FindWhens returns the date phrases in text[start:end], in order, without
// overlaps, resolved against ref (which may be zero: then only dates that
// write their year resolve). tense forces the direction of relative
// phrases; Auto reads it from the words before each phrase.
func FindWhens(text string, start, end int, ref date.Date, tense Tense) []When {
	return appendWhens(nil, text, start, end, ref, tense, findDates(text[start:end]))
}

// appendWhens appends FindWhens(text, start, end, ref, tense) to dst, with
// the absolute dates of text[start:end] (findDates) already found.
func appendWhens(dst []When, text string, start, end int, ref date.Date, tense Tense, dates []dateMatch) []When {
	s := text[start:end]
	cp, _ := candPool.Get().(*[]When)
	if cp == nil {
		cp = new([]When)
	}
	cands := (*cp)[:0]
	defer func() {
		if cap(cands) <= maxPooledCands {
			clear(cands) // they hold strings of the text
			*cp = cands[:0]
			candPool.Put(cp)
		}
	}()
	add := func(a, b int, fill func(*When)) {
		w := When{Start: int32(start + a), End: int32(start + b), Text: s[a:b], Weekday: -1}
		fill(&w)
		cands = append(cands, w)
	}
	// Absolute dates, with a weekday before them when written.
	pt := newPhraseText(s)
	defer pt.release()
	for _, m := range dates {
		a := m.Start
		wd := -1
		if loc, lo, ok := weekdayBefore(s, a); ok && a-(lo+loc[0]) <= 12+len("Wednesday") {
			wd = int(weekdayOf(s[lo+loc[2] : lo+loc[3]]))
			a = lo + loc[0]
		} else if a >= 3 && strings.EqualFold(s[a-3:a], "on ") {
			a -= 3
		}
		m := m
		add(a, m.End, func(w *When) {
			w.Absolute, w.Weekday, w.Explicit = true, int8(wd), m.Year != 0
			dir := tenseAt(s, a, tense)
			var d date.Date
			var ok bool
			if m.Year != 0 {
				d, ok = date.Of(m.Year, m.Month, m.Day)
			} else if !ref.IsZero() {
				d, ok = monthDay(ref, m.Month, m.Day, dir)
				w.Future = dir == Future
			}
			if ok {
				w.From, w.To, w.Precision = d, d, PrecisionDay
			}
		})
	}
	for _, ix := range pt.findAll(relDayPat) {
		add(ix[0], ix[1], func(w *When) {
			if ref.IsZero() {
				return
			}
			n := 0
			switch strings.ToLower(s[ix[2]:ix[3]]) {
			case "yesterday", "last night":
				n = -1
			case "the day before yesterday":
				n = -2
			case "tomorrow":
				n, w.Future = 1, true
			case "the day after tomorrow":
				n, w.Future = 2, true
			}
			d := ref.AddDays(n)
			w.From, w.To, w.Precision = d, d, PrecisionDay
		})
	}
	for _, ix := range pt.findAll(relWdPat) {
		add(ix[0], ix[1], func(w *When) {
			wd := weekdayOf(s[ix[6]:ix[7]])
			w.Weekday = int8(wd)
			if ref.IsZero() {
				return
			}
			prep := ""
			if ix[4] >= 0 {
				prep = strings.ToLower(s[ix[4]:ix[5]])
			}
			dir := tenseAt(s, ix[0], tense)
			var d date.Date
			switch {
			case prep == "last":
				d = mostRecent(ref.AddDays(-1), wd)
			case prep == "next":
				d, w.Future = nextOn(ref.AddDays(1), wd), true
			case prep == "since":
				d = mostRecent(ref.AddDays(-1), wd)
				w.From, w.To, w.Precision = d, ref, PrecisionWindow
				return
			case dir == Future:
				if prep == "this" {
					d = nextOn(ref, wd)
				} else {
					d = nextOn(ref.AddDays(1), wd)
				}
				w.Future = true
			default:
				d = mostRecent(ref, wd)
			}
			w.From, w.To, w.Precision = d, d, PrecisionDay
		})
	}
	unit := func(a, b int, mod, which, u string) {
		add(a, b, func(w *When) {
			if ref.IsZero() {
				return
			}
			dir := tenseAt(s, a, tense)
			resolveUnit(w, ref, strings.ToLower(mod), strings.ToLower(which), strings.ToLower(u), dir)
		})
	}
	for _, ix := range pt.findAll(relUnitPat) {
		mod := ""
		if ix[2] >= 0 {
			mod = s[ix[2]:ix[3]]
		}
		if rest := s[ix[1]:]; strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'s") && strings.EqualFold(s[ix[4]:ix[5]], "the last") {
			// "the last week of June" names no week of its own.
			if strings.HasPrefix(rest, " of ") {
				continue
			}
		}
		unit(ix[0], ix[1], mod, s[ix[4]:ix[5]], s[ix[6]:ix[7]])
	}
	for _, ix := range pt.findAll(inThePat) {
		mod := strings.ToLower(s[ix[2]:ix[3]])
		if mod == "early" {
			mod = "earlier"
		} else if mod == "late" {
			mod = "later"
		}
		unit(ix[0], ix[1], mod, "this", s[ix[4]:ix[5]])
	}
	for _, ix := range pt.findAll(weekendPat) {
		unit(ix[0], ix[1], "", "the", "weekend") // "over the weekend": the one just past
	}
	for _, ix := range pt.findAll(pastNPat) {
		add(ix[0], ix[1], func(w *When) {
			n := numberOf(s[ix[4]:ix[5]])
			if ref.IsZero() || n == 0 {
				return
			}
			days := n * unitDays(s[ix[6]:ix[7]])
			switch strings.ToLower(s[ix[2]:ix[3]]) {
			case "next", "coming":
				w.From, w.To, w.Future = ref, ref.AddDays(days), true
			default:
				w.From, w.To = ref.AddDays(-days), ref
			}
			w.Precision = PrecisionWindow
		})
	}
	for _, ix := range pt.findAll(recentPat) {
		add(ix[0], ix[1], func(w *When) {
			if ref.IsZero() {
				return
			}
			days := map[string]int{"days": 7, "weeks": 30, "months": 183}[strings.ToLower(s[ix[2]:ix[3]])]
			w.From, w.To, w.Precision = ref.AddDays(-days), ref, PrecisionWindow
		})
	}
	for _, ix := range pt.findAll(agoPat) {
		add(ix[0], ix[1], func(w *When) {
			n := numberOf(s[ix[2]:ix[3]])
			if ref.IsZero() || n == 0 || !strings.EqualFold(s[ix[6]:ix[7]], "ago") {
				return // "two days later" counts from another event
			}
			resolveAgo(w, ref, n, strings.TrimSuffix(strings.ToLower(s[ix[4]:ix[5]]), "s"))
		})
	}
	for _, ix := range pt.findAll(monthPhPat) {
		prep, part := "", ""
		if ix[2] >= 0 {
			prep = strings.ToLower(strings.TrimSpace(s[ix[2]:ix[3]]))
		}
		if ix[4] >= 0 {
			part = strings.ToLower(s[ix[4]:ix[5]])
		}
		if prep == "" && part == "" && ix[8] < 0 {
			continue // a bare month name may be a name ("April", "June")
		}
		if rest := strings.TrimLeft(s[ix[7]:], " ."); ix[8] < 0 && len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' {
			continue // "May 17": an absolute date
		}
		add(ix[0], ix[1], func(w *When) {
			m := monthOf(s[ix[6]:ix[7]])
			year := 0
			if ix[8] >= 0 {
				year, _ = strconv.Atoi(strings.TrimSpace(s[ix[8]:ix[9]]))
				w.Explicit = true
			}
			if year == 0 && ref.IsZero() {
				return
			}
			dir := tenseAt(s, ix[0], tense)
			switch prep {
			case "last":
				dir = Past
				if year == 0 && m >= ref.Month() {
					year = ref.Year() - 1
				}
			case "next":
				dir = Future
				if year == 0 && m <= ref.Month() {
					year = ref.Year() + 1
				}
			case "since", "from":
				if tense == Auto {
					dir = Past
				}
			}
			if year == 0 {
				year = ref.Year()
				if dir == Future && m < ref.Month() {
					year++
				} else if dir != Future && m > ref.Month() {
					year--
				}
			}
			w.Future = dir == Future
			first := date.MustOf(year, m, 1)
			last := first.AddDays(daysIn(year, m) - 1)
			w.From, w.To, w.Precision = first, last, PrecisionMonth
			switch part {
			case "early":
				w.To, w.Precision = first.AddDays(9), PrecisionWindow
			case "mid":
				w.From, w.To, w.Precision = first.AddDays(10), first.AddDays(19), PrecisionWindow
			case "late":
				w.From, w.Precision = first.AddDays(20), PrecisionWindow
			}
			if !ref.IsZero() && w.Window().Contains(ref) {
				// The month of publication: up to it, or from it.
				if dir == Future {
					w.From = ref
				} else {
					w.To = ref
				}
			}
			if (prep == "since" || prep == "from") && !ref.IsZero() && !ref.Before(w.From) {
				w.To, w.Precision = ref, PrecisionWindow
			}
		})
	}
	for _, ix := range pt.findAll(yearPhPat) {
		add(ix[0], ix[1], func(w *When) {
			y, _ := strconv.Atoi(s[ix[6]:ix[7]])
			w.Explicit = true
			first, last := date.MustOf(y, 1, 1), date.MustOf(y, 12, 31)
			w.From, w.To, w.Precision = first, last, PrecisionYear
			if ix[4] >= 0 {
				w.Precision = PrecisionWindow
				switch strings.ToLower(s[ix[4]:ix[5]]) {
				case "early":
					w.To = date.MustOf(y, 4, 30)
				case "mid":
					w.From, w.To = date.MustOf(y, 5, 1), date.MustOf(y, 8, 31)
				case "late":
					w.From = date.MustOf(y, 9, 1)
				}
			}
			if p := strings.ToLower(s[ix[2]:ix[3]]); (p == "since" || p == "from") && !ref.IsZero() && !ref.Before(w.From) {
				w.To, w.Precision = ref, PrecisionWindow
			}
		})
	}
	for _, ix := range pt.findAll(durationPat) {
		add(ix[0], ix[1], func(w *When) {
			n := numberOf(s[ix[2]:ix[3]])
			if ref.IsZero() || n == 0 {
				return
			}
			days := n * unitDays(s[ix[4]:ix[5]])
			// Told in the past, the days end by publication; told ahead,
			// they start from it.
			if tenseAt(s, ix[0], tense) == Future {
				w.From, w.To, w.Future = ref, ref.AddDays(days), true
			} else {
				w.From, w.To = ref.AddDays(-days), ref
			}
			w.Precision = PrecisionWindow
		})
	}
	// Keep the longest phrases, then the earliest.
	slices.SortStableFunc(cands, func(a, b When) int {
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return int(lb - la)
		}
		return int(a.Start - b.Start)
	})
	base := len(dst)
	out := dst
	var covered []bool // the bytes of out[base:], once they are too many to scan
	for _, c := range cands {
		if covered == nil && len(out)-base > 16 {
			covered = make([]bool, len(s))
			for _, o := range out[base:] {
				fill(covered[int(o.Start)-start : int(o.End)-start])
			}
		}
		if covered != nil {
			if !slices.Contains(covered[int(c.Start)-start:int(c.End)-start], true) {
				out = append(out, c)
				fill(covered[int(c.Start)-start : int(c.End)-start])
			}
		} else if !slices.ContainsFunc(out[base:], func(o When) bool { return c.Start < o.End && o.Start < c.End }) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out[base:], func(a, b When) int { return int(a.Start - b.Start) })
	return out
}

// candPool holds the candidate lists of appendWhens, *[]When, so that
// each block searched does not grow a fresh one.
var candPool sync.Pool

// maxPooledCands is the longest candidate list put back.
const maxPooledCands = 1 << 12

// The classes of the words without which a pattern cannot match, so that
// a stretch of text that has none of them is not searched with it: the
// patterns are most of the cost of extraction. Every word of a class
// stands in a pattern's match as a whole word (a maximal run of ASCII
// letters, digits and "_", what \b sees as word characters): the
// patterns put \b, \s or "-" on either side of it.
const (
	wRelDay    uint32 = 1 << iota // yesterday, today, tonight, tomorrow, night, morning, afternoon, evening
	wWeekday                      // a weekday name, as written
	wUnit                         // week, month, year, weekend
	wWhich                        // this, last, next, previous, past, following, coming
	wEarlyLate                    // earlier, later, early, late
	wWeekend                      // weekend
	wPlural                       // days, weeks, months, years
	wRecent                       // recent
	wAgo                          // ago, earlier, later
	wUnitAny                      // day, days, week, weeks, month, months, year, years
	wMonth                        // a month name of monthRE, as written
	wYear                         // four digits that start with 19 or 20
	wPrep                         // in, since, during, from, until, through, by, for
	wDurUnit                      // day, days, week, weeks
	wDurAlso                      // of, visit, summit, trip, meeting, conference, talks
	wNum                          // a number word of numRE, or one to three digits
)

// phraseWordClass returns the classes of the word w (a maximal run of
// word bytes, as segment cuts it).
func phraseWordClass(w string) uint32 {
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
	// in any case. w is looked up by its length and first letter, folded;
	// a word of the table then matches it folded byte by byte (w holds
	// only ASCII letters, digits and "_", and c|0x20 is a lower-case
	// letter only for that letter in either case).
	c := w[0] | 0x20
	if n > maxPhraseWord || c < 'a' || c > 'z' {
		return 0
	}
	// Most words are none of the table's: one whose last letter, folded,
	// ends no word of its length and first letter is not looked for.
	if l := w[n-1] | 0x20 - 'a'; l >= 26 || phraseWordLast[n][c-'a']&(1<<l) == 0 {
		return 0
	}
	for _, e := range phraseWordTable[n][c-'a'] {
		if !equalFoldLower(w, e.word) {
			continue
		}
		if e.capital && !onlyFirstUpper(w) {
			return 0
		}
		return e.class
	}
	return 0
}

// phraseMayBe reports whether a word of n bytes from first to last may
// have a class (phraseWordClass): a number of up to four digits, or a word
// whose length, first and last letters, folded, one of phraseWords has.
func phraseMayBe(first, last byte, n int) bool {
	if n > maxPhraseWord {
		return false
	}
	if first >= '0' && first <= '9' {
		return n <= 4
	}
	f, l := first|0x20-'a', last|0x20-'a'
	return f < 26 && l < 26 && phraseWordLast[n][f]&(1<<l) != 0
}

// equalFoldLower reports whether w, of word bytes, is lower, of lower-case
// letters, in any case.
func equalFoldLower(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// onlyFirstUpper reports whether w's first byte, and no other, is an
// upper-case letter.
func onlyFirstUpper(w string) bool {
	if w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return false
		}
	}
	return true
}

// A phraseWord is a word of phraseWordClass's table, lower case, with its
// classes; capital says they count only when it is written with a capital
// first letter and the rest in lower case (a weekday or month name).
type phraseWord struct {
	word    string
	class   uint32
	capital bool
}

// phraseWords are the words phraseWordClass knows (other than numbers
// written in digits).
var phraseWords = func() []phraseWord {
	var out []phraseWord
	add := func(class uint32, capital bool, words ...string) {
		for _, w := range words {
			out = append(out, phraseWord{w, class, capital})
		}
	}
	add(wRelDay, false, "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening")
	add(wWeekday, true, "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
	add(wMonth, true, "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
		"aug", "august", "sep", "sept", "september", "sepember", "oct", "october", "nov", "november", "dec", "december")
	add(wUnitAny|wDurUnit|wUnit, false, "week")
	add(wUnitAny|wDurUnit|wPlural, false, "weeks")
	add(wUnit|wUnitAny, false, "month", "year")
	add(wPlural|wUnitAny, false, "months", "years")
	add(wUnitAny|wDurUnit, false, "day")
	add(wPlural|wUnitAny|wDurUnit, false, "days")
	add(wUnit|wWeekend, false, "weekend")
	add(wWhich, false, "this", "last", "next", "previous", "past", "following", "coming")
	add(wEarlyLate|wAgo, false, "earlier", "later")
	add(wEarlyLate, false, "early", "late")
	add(wAgo, false, "ago")
	add(wRecent, false, "recent")
	add(wPrep, false, "in", "since", "during", "from", "until", "through", "by", "for")
	add(wDurAlso, false, "of", "visit", "summit", "trip", "meeting", "conference", "talks")
	add(wNum, false, "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
	return out
}()

// phraseWordTable holds phraseWords by length and first letter.
var phraseWordTable = func() (t [maxPhraseWord + 1][26][]phraseWord) {
	for _, e := range phraseWords {
		t[len(e.word)][e.word[0]-'a'] = append(t[len(e.word)][e.word[0]-'a'], e)
	}
	return t
}()

// phraseWordLast holds, by length and first letter, the last letters of
// phraseWords, bit 0 for "a".
var phraseWordLast = func() (t [maxPhraseWord + 1][26]uint32) {
	for _, e := range phraseWords {
		t[len(e.word)][e.word[0]-'a'] |= 1 << (e.word[len(e.word)-1] - 'a')
	}
	return t
}()

// maxPhraseWord is the length of the longest word phraseWordClass looks
// up.
const maxPhraseWord = len("conference")

// A phrasePattern is a pattern of FindWhens with the classes of words a
// stretch of text must hold, all of them, for it to match there.
type phrasePattern struct {
	re   *regexp.Regexp
	need uint32
	// scan, when set, finds what re.FindAllStringSubmatchIndex finds,
	// without running re.
	scan func(s string) [][]int
}

var (
	relDayPat   = phrasePattern{re: relDayRE, need: wRelDay, scan: scanRelDay}
	relWdPat    = phrasePattern{re: relWdRE, need: wWeekday, scan: scanRelWd}
	relUnitPat  = phrasePattern{re: relUnitRE, need: wUnit | wWhich, scan: scanRelUnit}
	inThePat    = phrasePattern{re: inTheRE, need: wUnit | wEarlyLate, scan: scanInThe}
	weekendPat  = phrasePattern{re: weekendRE, need: wWeekend, scan: scanWeekend}
	pastNPat    = phrasePattern{re: pastNRE, need: wPlural | wWhich | wNum, scan: scanPastN}
	recentPat   = phrasePattern{re: recentRE, need: wRecent | wPlural, scan: scanRecent}
	agoPat      = phrasePattern{re: agoRE, need: wAgo | wUnitAny | wNum, scan: scanAgo}
	monthPhPat  = phrasePattern{re: monthPhRE, need: wMonth, scan: scanMonthPh}
	yearPhPat   = phrasePattern{re: yearPhRE, need: wYear | wPrep, scan: scanYearPh}
	durationPat = phrasePattern{re: durationRE, need: wDurUnit | wDurAlso | wNum, scan: scanDuration}
)

// phrasePatterns are the patterns above, for tests.
var phrasePatterns = []phrasePattern{relDayPat, relWdPat, relUnitPat, inThePat, weekendPat, pastNPat, recentPat, agoPat, monthPhPat, yearPhPat, durationPat}

// A phraseText is a text to search for relative date phrases, cut into
// stretches that a phrase cannot cross: no pattern of FindWhens matches a
// character other than ASCII letters, digits, "_", "-", \s, and the two
// runes (?i) folds to ASCII letters, "ſ" and the Kelvin sign. A pattern
// runs only on the stretches that hold words of all its classes (or one
// of those two runes, which may stand in any word), which finds what it
// finds in the whole text: its matches lie within stretches, and a
// stretch's edges are no word characters, as \b sees them.
type phraseText struct {
	s    string
	segs []phraseStretch // in order, those that may be searched; nil until needed
	cut  bool            // segs are made
	all  uint32          // the classes of all the stretches
	fold bool            // a stretch holds "ſ" or the Kelvin sign
	// pooled is the handle segs came with from stretchPool, if they did.
	pooled *[]phraseStretch
}

// A phraseStretch is one stretch of a phraseText, s[start:end].
type phraseStretch struct {
	start, end int
	words      uint32 // the classes of its words
	fold       bool   // it holds "ſ" or the Kelvin sign
}

func newPhraseText(s string) phraseText {
	return phraseText{s: s}
}

// segment cuts p.s into stretches and classes their words, once. Only
// the stretches that may be searched are kept: those with words of some
// class, or a rune that folds to ASCII (every pattern needs a class).
func (p *phraseText) segment() {
	if p.cut {
		return
	}
	p.cut = true
	s := p.s
	if sp, _ := stretchPool.Get().(*[]phraseStretch); sp != nil {
		p.pooled = sp
		p.segs = (*sp)[:0]
	}
	start, fold, words := -1, false, uint32(0)
	for i := 0; i < len(s); {
		c := s[i]
		switch phraseBytes[c] {
		case pbWord:
			if start < 0 {
				start = i
			}
			j := i + 1
			for j < len(s) && phraseBytes[s[j]] == pbWord {
				j++
			}
			if phraseMayBe(c, s[j-1], j-i) {
				words |= phraseWordClass(s[i:j])
			}
			i = j
			if i < len(s) && s[i] == ' ' {
				i++ // most often a word is followed by one space
			}
			continue
		case pbIn:
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		n := 1
		in := false
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			in = r == 'ſ' || r == '\u212a'
		}
		if in {
			fold = true
			if start < 0 {
				start = i
			}
		} else {
			if start >= 0 && (words != 0 || fold) {
				p.segs = append(p.segs, phraseStretch{start: start, end: i, words: words, fold: fold})
				p.all |= words
				p.fold = p.fold || fold
			}
			start, fold, words = -1, false, 0
		}
		i += n
	}
	if start >= 0 && (words != 0 || fold) {
		p.segs = append(p.segs, phraseStretch{start: start, end: len(s), words: words, fold: fold})
		p.all |= words
		p.fold = p.fold || fold
	}
}

// The kinds of byte to segment: a word byte (what \b sees as one), a byte
// inside a stretch (\s and "-"), and any other (which cuts a stretch, or
// starts a rune that may not).
const (
	pbCut = iota
	pbWord
	pbIn
)

var phraseBytes = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case isWordByteRE(byte(c)):
			t[c] = pbWord
		case c == '-' || isSpaceRE(byte(c)):
			t[c] = pbIn
		}
	}
	return t
}()

// stretchPool holds the stretch lists of phraseTexts released, so that
// each block searched does not make a fresh one. It holds
// *[]phraseStretch.
var stretchPool sync.Pool

// maxPooledStretches is the longest stretch list put back.
const maxPooledStretches = 1 << 14

// release gives p's stretch list back to the pool; p is not used after.
func (p *phraseText) release() {
	if !p.cut || cap(p.segs) == 0 || cap(p.segs) > maxPooledStretches {
		return
	}
	sp := p.pooled
	if sp == nil {
		sp = new([]phraseStretch)
	}
	*sp = p.segs[:0]
	p.segs, p.pooled = nil, nil
	stretchPool.Put(sp)
}

// findAll returns pat.re.FindAllStringSubmatchIndex(p.s, -1), running it
// only on the stretches that hold words of all its classes, or a rune
// that folds to ASCII.
func (p *phraseText) findAll(pat phrasePattern) [][]int {
	p.segment()
	if p.all&pat.need != pat.need && !p.fold {
		return nil
	}
	var out [][]int
	for _, seg := range p.segs {
		if seg.words&pat.need != pat.need && !seg.fold {
			continue
		}
		var ms [][]int
		if pat.scan != nil {
			ms = pat.scan(p.s[seg.start:seg.end])
		} else {
			ms = pat.re.FindAllStringSubmatchIndex(p.s[seg.start:seg.end], -1)
		}
		for _, ix := range ms {
			for k := range ix {
				if ix[k] >= 0 {
					ix[k] += seg.start
				}
			}
		}
		if out == nil {
			out = ms
		} else {
			out = append(out, ms...)
		}
	}
	return out
}

func fill(b []bool) {
	for i := range b {
		b[i] = true
	}
}

// weekdayBefore matches weekdayBeforeRE ("on Friday, ") against the end of
// s[:a], looking back no further than such a phrase can reach, so that a
// line of many dates is not searched from its start for each one. The
// match's offsets (those of FindStringSubmatchIndex) are relative to lo;
// ok is false when there is none.
func weekdayBefore(s string, a int) (loc [4]int, lo int, ok bool) {
	lo = max(0, a-64)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	loc, ok = matchWeekdayBefore(s[lo:a])
	if ok && loc[0] == 0 && lo > 0 {
		// The window's start is a word boundary only if the text's is.
		if r, _ := utf8.DecodeLastRuneInString(s[:lo]); isASCIIWord(r) {
			return loc, lo, false
		}
	}
	return loc, lo, ok
}

// matchWeekdayBefore is weekdayBeforeRE.FindStringSubmatchIndex(t),
// read back from t's end: \s+, perhaps "the" (in any case) and \s+,
// perhaps ",", a weekday name as written, and perhaps "on" (in any case)
// and \s+ before it, which makes the match start further left, the
// leftmost; the match starts at a word boundary. Each part is determined:
// a weekday name ends in "y", not "the" or ",".
func matchWeekdayBefore(t string) (loc [4]int, ok bool) {
	i := len(t)
	for i > 0 && isSpaceRE(t[i-1]) {
		i--
	}
	if i == len(t) {
		return loc, false
	}
	if i >= 3 && strings.EqualFold(t[i-3:i], "the") {
		j := i - 3
		for j > 0 && isSpaceRE(t[j-1]) {
			j--
		}
		if j == i-3 {
			return loc, false
		}
		i = j
	}
	if i > 0 && t[i-1] == ',' {
		i--
	}
	w := -1
	for _, wd := range weekdayList {
		if strings.HasSuffix(t[:i], wd) {
			w = i - len(wd)
			break
		}
	}
	if w < 0 {
		return loc, false
	}
	m := w
	for m > 0 && isSpaceRE(t[m-1]) {
		m--
	}
	if m < w && m >= 2 && strings.EqualFold(t[m-2:m], "on") && atWordBoundary(t, m-2) {
		return [4]int{m - 2, len(t), w, i}, true
	}
	if !atWordBoundary(t, w) {
		return loc, false
	}
	return [4]int{w, len(t), w, i}, true
}

// isASCIIWord reports whether r is a word character to \b in regexp.
func isASCIIWord(r rune) bool {
	return r == '_' || r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// ResolvePhrase resolves the first (longest) date phrase in s against ref.
func ResolvePhrase(s string, ref date.Date, tense Tense) (When, bool) {
	ws := FindWhens(s, 0, len(s), ref, tense)
	if len(ws) == 0 {
		return When{}, false
	}
	best := ws[0]
	for _, w := range ws[1:] {
		if w.End-w.Start > best.End-best.Start {
			best = w
		}
	}
	return best, true
}

// tenseAt reads the direction of a phrase at s[i:] from the words before
// it in the same sentence: a future or modal marker ("will", "plans to",
// "is expected to") within six words makes it Future.
func tenseAt(s string, i int, t Tense) Tense {
	if t != Auto {
		return t
	}
	from := tenseFrom(s, i)
	words, ok := singleSpaced(s[from:i], 6)
	if !ok {
		ws := strings.Fields(s[from:i])
		if len(ws) > 6 {
			ws = ws[len(ws)-6:]
		}
		words = strings.Join(ws, " ")
	}
	if matchFuture(words) {
		return Future
	}
	return Past
}

// tenseFrom returns where the words tenseAt reads before s[i:] start:
// after the last sentence mark (one of ".?!;“”\""), and no more than six
// words back, counting a word when the space (unicode.IsSpace) before it
// is reached. It is scanned back from i, so that a long line without
// marks costs no more. An ASCII byte is told by a table; only the bytes of
// other runes are decoded.
func tenseFrom(s string, i int) int {
	from, n, inWord := i, 0, false
	for from > 0 {
		c := s[from-1]
		size := 1
		kind := tenseBytes[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeLastRuneInString(s[:from])
			switch {
			case r == '“' || r == '”':
				kind = tbMark
			case unicode.IsSpace(r):
				kind = tbSpace
			}
		}
		switch kind {
		case tbMark:
			return from
		case tbSpace:
			if inWord {
				if n++; n == 6 {
					return from
				}
			}
			inWord = false
		default:
			inWord = true
		}
		from -= size
	}
	return from
}

// The kinds of byte to tenseFrom: a sentence mark, a space, or any other
// (a byte of a longer rune is decoded instead).
const (
	tbOther = iota
	tbMark
	tbSpace
)

var tenseBytes = func() (t [256]uint8) {
	for _, c := range []byte(".?!;\"") {
		t[c] = tbMark
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		if unicode.IsSpace(rune(c)) {
			t[c] = tbSpace
		}
	}
	return t
}()

// singleSpaced returns strings.Join(strings.Fields(s), " ") without
// making it, when s, trimmed, is at most n words one space apart. An
// ASCII s is read byte by byte; only one with other bytes is read by
// runes.
func singleSpaced(s string, n int) (string, bool) {
	a, b := 0, len(s)
	for a < b && s[a] < utf8.RuneSelf && tenseBytes[s[a]] == tbSpace {
		a++
	}
	for b > a && s[b-1] < utf8.RuneSelf && tenseBytes[s[b-1]] == tbSpace {
		b--
	}
	t := s[a:b]
	words, space := 1, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return singleSpacedRunes(s, n)
		}
		if tenseBytes[c] != tbSpace {
			space = false
			continue
		}
		if c != ' ' || space {
			for _, c := range []byte(t[i:]) {
				if c >= utf8.RuneSelf {
					return singleSpacedRunes(s, n) // a rune may trim
				}
			}
			return "", false
		}
		space = true
		words++
	}
	if t == "" {
		return "", true
	}
	return t, words <= n
}

// singleSpacedRunes is singleSpaced for any s.
func singleSpacedRunes(s string, n int) (string, bool) {
	s = strings.TrimFunc(s, unicode.IsSpace)
	if s == "" {
		return "", true
	}
	words, space := 1, false
	for _, r := range s {
		if !unicode.IsSpace(r) {
			space = false
			continue
		}
		if r != ' ' || space {
			return "", false
		}
		space = true
		words++
	}
	return s, words <= n
}

// futureWords are futureRE's words before its "'ll", "s?" spelt out.
var futureWords = []string{
	"will", "won't", "shall", "would", "going to", "plan to", "plans to", "planning to", "planned to", "set to",
	"expected to", "expects to", "due to", "scheduled", "slated", "intend to", "intends to", "hope to", "hopes to",
	"aim to", "aims to", "is to", "are to", "to be held", "upcoming", "ahead of", "next",
}

// matchFuture is futureRE.MatchString(s): one of futureWords, matched as
// (?i) does, between word boundaries, or "'ll" or "’ll" before one. At a
// byte, only the words it may start (futureByFirst) are tried.
func matchFuture(s string) bool {
	for p := 0; p < len(s); p++ {
		c := s[p]
		if wordBytesRE[c] && p > 0 && wordBytesRE[s[p-1]] {
			// Inside a word, where no boundary is, and no apostrophe:
			// on to its end.
			for p+1 < len(s) && wordBytesRE[s[p+1]] {
				p++
			}
			continue
		}
		if q := p + 1; c == '\'' || c == "’"[0] && strings.HasPrefix(s[p:], "’") {
			if c != '\'' {
				q = p + len("’")
			}
			if e, ok := foldLit(s, q, "ll"); ok && atWordBoundary(s, e) {
				return true
			}
		}
		ws := futureByFirst[c]
		if len(ws) == 0 || !atWordBoundary(s, p) {
			continue
		}
		for _, w := range ws {
			if e, ok := foldLit(s, p, w); ok && atWordBoundary(s, e) {
				return true
			}
		}
	}
	return false
}

// futureByFirst holds, for each byte, the words of futureWords it may
// start as (?i) reads them (firstBytes): those of its letter in either
// case, and those of "s" for the first byte of "ſ" and of "k" for that of
// the Kelvin sign.
var futureByFirst = func() (t [256][]string) {
	for _, w := range futureWords {
		for c, ok := range firstBytes(false, []string{w}) {
			if ok {
				t[c] = append(t[c], w)
			}
		}
	}
	return t
}()

func unitDays(u string) int {
	switch strings.TrimSuffix(strings.ToLower(u), "s") {
	case "week":
		return 7
	case "month":
		return 30
	case "year":
		return 365
	}
	return 1
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// weekStart returns the Monday of d's week: news weeks run Monday to
// Sunday.
func weekStart(d date.Date) date.Date {
	return d.AddDays(-((int(d.Weekday()) + 6) % 7))
}

// nextOn returns the first day on or after ref that falls on wd.
func nextOn(ref date.Date, wd time.Weekday) date.Date {
	return ref.AddDays((int(wd) - int(ref.Weekday()) + 7) % 7)
}

// monthDay resolves a month and day written without a year: this year's
// when it falls on or before publication (or within a week after, in a
// past-tense sentence, so that an event told too early still shows);
// otherwise last year's. Told ahead, it is the next such day.
func monthDay(ref date.Date, m time.Month, d int, dir Tense) (date.Date, bool) {
	this, ok := date.Of(ref.Year(), m, d)
	if !ok {
		// 29 February of another year: the nearest leap year around.
		for _, y := range []int{ref.Year() - 1, ref.Year() + 1, ref.Year() - 2, ref.Year() + 2, ref.Year() - 3, ref.Year() + 3} {
			if x, ok := date.Of(y, m, d); ok {
				return x, true
			}
		}
		return date.Date{}, false
	}
	if dir == Future {
		if this.Before(ref) {
			return date.Of(ref.Year()+1, m, d)
		}
		return this, true
	}
	if next, ok := date.Of(ref.Year()+1, m, d); ok && next.Sub(ref) <= daysAfter {
		return next, true
	}
	if this.Sub(ref) > daysAfter {
		return date.Of(ref.Year()-1, m, d)
	}
	return this, true
}

// resolveUnit resolves "this week", "earlier this month", "last year",
// "over the weekend" and the like.
func resolveUnit(w *When, ref date.Date, mod, which, u string, dir Tense) {
	var from, to date.Date
	var prec Precision // one of the constants: u is a part of the article's text
	switch u {
	case "week":
		from = weekStart(ref)
		to = from.AddDays(6)
		prec = PrecisionWeek
	case "weekend":
		// The weekend on or before ref (on a weekday, the one just past).
		sat := mostRecent(ref, time.Saturday)
		if ref.Weekday() == time.Sunday {
			sat = ref.AddDays(-1)
		}
		from, to, prec = sat, sat.AddDays(1), PrecisionWindow
	case "month":
		from = date.MustOf(ref.Year(), ref.Month(), 1)
		to = from.AddDays(daysIn(ref.Year(), ref.Month()) - 1)
		prec = PrecisionMonth
	case "year":
		from, to = date.MustOf(ref.Year(), 1, 1), date.MustOf(ref.Year(), 12, 31)
		prec = PrecisionYear
	}
	shift := func(n int) {
		switch u {
		case "week", "weekend":
			from, to = from.AddDays(7*n), to.AddDays(7*n)
		case "month":
			t := from.Time().AddDate(0, n, 0)
			from = date.FromTime(t)
			to = from.AddDays(daysIn(t.Year(), t.Month()) - 1)
		case "year":
			y := ref.Year() + n
			from, to = date.MustOf(y, 1, 1), date.MustOf(y, 12, 31)
		}
	}
	switch which {
	case "last", "the previous":
		if u == "weekend" {
			if ref.Weekday() == time.Saturday || ref.Weekday() == time.Sunday {
				shift(-1)
			}
		} else {
			shift(-1)
		}
	case "next", "the following", "the coming":
		w.Future = true
		if u == "weekend" {
			shift(1)
		} else {
			shift(1)
		}
	case "the past", "the last", "over the past", "over the last", "in the past", "during the past":
		// A span ending at publication, not a calendar unit.
		n := map[string]int{"week": 7, "weekend": 7, "month": 30, "year": 365}[u]
		from, to, prec = ref.AddDays(-n), ref, PrecisionWindow
	case "since last":
		shift(-1)
		to, prec = ref, PrecisionWindow
	default: // this, over this
		switch {
		case u == "weekend":
			// On a Friday, "this weekend" is the one ahead.
			if (dir == Future || ref.Weekday() == time.Friday && which == "this") && ref.Weekday() != time.Saturday && ref.Weekday() != time.Sunday {
				shift(1)
				w.Future = true
			}
		case mod != "":
		case dir == Future:
			// "will speak again this week": from publication on.
			from, w.Future = ref, true
		default:
			to = ref // told in the past: up to publication
		}
	}
	switch mod {
	case "earlier":
		if u != "weekend" {
			to, prec = ref.AddDays(-1), PrecisionWindow
			if to.Before(from) {
				to = from
			}
		}
	case "later":
		if u != "weekend" {
			from, prec, w.Future = ref.AddDays(1), PrecisionWindow, true
			if to.Before(from) {
				to = from
			}
		}
	}
	w.From, w.To, w.Precision = from, to, prec
}

// resolveAgo resolves "two days ago", "a week ago", "three years ago".
func resolveAgo(w *When, ref date.Date, n int, u string) {
	switch u {
	case "day":
		d := ref.AddDays(-n)
		w.From, w.To, w.Precision = d, d, PrecisionDay
	case "week":
		d := ref.AddDays(-7 * n)
		w.From, w.To, w.Precision = d.AddDays(-3), d.AddDays(3), PrecisionWeek
	case "month":
		t := ref.Time().AddDate(0, -n, 0)
		first := date.MustOf(t.Year(), t.Month(), 1)
		w.From, w.To, w.Precision = first, first.AddDays(daysIn(t.Year(), t.Month())-1), PrecisionMonth
	case "year":
		y := ref.Year() - n
		w.From, w.To, w.Precision = date.MustOf(y, 1, 1), date.MustOf(y, 12, 31), PrecisionYear
	}
}

// ArticleWhens returns the date phrases of an article's body, captions and
// headlines, resolved against its publication date when that is one day.
//
// The list is the article's cache, not a copy: the rules ask for it for
// every article they check, and none of them changes it. Callers must not
// change it either; one that needs a list to change must copy it.
func ArticleWhens(a *Article) []When {
	ref := date.Date{}
	if a.Published.Exact() {
		ref = a.Published.From
	}
	if a.whensSet && a.whensRef == ref {
		return a.whens
	}
	var out []When
	firstBody := true
	for _, b := range a.Blocks {
		switch b.Kind {
		case Body, Caption, Headline:
			start := b.Start
			if b.Kind == Body && firstBody {
				// A dateline dates the article, not what it reports.
				if end, ok := datelineEnd(a.Text[b.Start:b.End]); ok {
					start += end
				}
				firstBody = false
			}
			dates, ok := a.blockDates[start]
			if !ok {
				dates = findDates(a.Text[start:b.End])
			}
			out = appendWhens(out, a.Text, start, b.End, ref, Auto, dates)
		}
	}
	a.blockDates = nil
	a.whens, a.whensRef, a.whensSet = out, ref, true
	return out
}

// datelineEnd returns where datelineDateRE's match in s ends, when it has
// one. The expression runs only when s starts as it must (a capital, one
// to forty of [A-Za-z .'/-], then a comma), and only on as much of s as a
// match can hold: at most datelineMaxBytes bytes other than \s. Its
// matches in that part of s are its matches in s, since nothing in it
// looks past the final dash.
func datelineEnd(s string) (int, bool) {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' {
		return 0, false
	}
	n := 1
	for n < len(s) && n <= 41 && isDatelinePlace(s[n]) {
		n++
	}
	if n < 2 || n > 41 || n >= len(s) || s[n] != ',' {
		return 0, false
	}
	e, k := 0, 0
	for e < len(s) && k <= datelineMaxBytes {
		if !isSpaceRE(s[e]) {
			k++
		}
		e++
	}
	if k > datelineMaxBytes {
		e-- // the first byte no match can hold
	}
	loc := datelineDateRE.FindStringIndex(s[:e])
	if loc == nil {
		return 0, false
	}
	return loc[1], true
}

// datelineMaxBytes bounds the bytes other than \s in a match of
// datelineDateRE: 1+40 of the place, 1 comma, 1+30+1 of a second place, 9
// of the month, 1 dot, 2 of the day, 1+4 of the year, 1+30*4+1 of the
// parentheses and 3 of the dash make 216.
const datelineMaxBytes = 220

// isDatelinePlace reports whether c is of [A-Za-z .'/-], the class of a
// dateline's place name.
func isDatelinePlace(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ' ' || c == '.' || c == '\'' || c == '/' || c == '-'
}

// ResolveWhens dates the claims of a: each report claim by the phrase that
// dates the report ("reported on Thursday"), each title claim by the date
// phrase nearest to it in its sentence. A claim with no phrase keeps a
// zero When.
func ResolveWhens(a *Article) {
	ws := ArticleWhens(a)
	byStart := func(a, b When) int { return int(a.Start - b.Start) }
	if !slices.IsSortedFunc(ws, byStart) {
		// In order already, unless the blocks are not. ws is the
		// article's cache, which keeps the order of the blocks: sort a
		// copy.
		ws = slices.Clone(ws)
		slices.SortStableFunc(ws, byStart)
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		if c.Report != nil && c.Report.When != "" {
			// The report's own phrase: inside the claim's text.
			for _, w := range ws[firstFrom(ws, int(c.Start)):] {
				if w.Start >= c.End {
					break
				}
				if w.End <= c.End {
					c.When = w
					break
				}
			}
			if !c.When.Resolved() && !c.Report.Day.IsZero() {
				c.When = When{From: c.Report.Day.From, To: c.Report.Day.To, Precision: PrecisionDay, Text: c.Report.When, Weekday: int8(c.Report.Weekday)}
			}
			if c.When.Text == "" {
				c.When = When{Text: c.Report.When, Weekday: int8(c.Report.Weekday)}
			}
			continue
		}
		if best := nearestWhen(a.Text, ws, c.Start, c.End); best >= 0 {
			c.When = ws[best]
		}
	}
}

// nearestWhen returns the index of the phrase of ws (sorted by Start)
// nearest to text[start:end] within its sentence (sentenceAround), the
// first of those equally near, or -1 when there is none.
//
// Only the phrases within maxSentence bytes either side can be in the
// sentence, and the sentence's bounds matter only as far as they tell
// those phrases in or out: it is looked for no further back than the
// first of them starts, nor further on than the last of them ends, and
// not at all when there are none. Most claims have a phrase or none
// nearby, and a sentence bound looked for byte by byte over up to
// maxSentence bytes each way was most of the cost of dating them.
func nearestWhen(text string, ws []When, start, end int32) int {
	lo, hi := max(0, int(start)-maxSentence), min(len(text), int(end)+maxSentence)
	j0 := firstFrom(ws, lo)
	if j0 == len(ws) || int(ws[j0].Start) >= hi {
		return -1
	}
	// The phrases from j0 to j1 start in [lo, hi). In ArticleWhens's
	// order they do not overlap, so their ends rise as their starts do:
	// those that end by the claim's start (before it, nearer the later
	// they are) come first, then the rest (nearer the earlier they are).
	j1, jb := j0, j0-1
	for ; j1 < len(ws) && int(ws[j1].Start) < hi; j1++ {
		if j1 > j0 && (ws[j1].End <= ws[j1-1].End || ws[j1].Start < ws[j1-1].End) {
			return nearestWhenScan(text, ws, start, end, lo, hi, j0)
		}
		if ws[j1].End <= start {
			jb = j1
		}
	}
	sb := sentenceProbe{text: text, back: int(start), backBreak: -1, fwd: int(end), fwdBreak: -1}
	ja := jb + 1
	for jb >= j0 || ja < j1 {
		// The nearer of the two lists' next phrases, the one before on a
		// tie (it comes first in ws).
		before := ja >= j1
		if jb >= j0 && ja < j1 {
			before = start-ws[jb].End <= ws[ja].Start-end
		}
		if before {
			// It ends before the claim: it is in the sentence unless the
			// sentence starts after it starts, and then so is every
			// phrase before it.
			if !sb.noStartFrom(int(ws[jb].Start)) {
				jb = j0 - 1
				continue
			}
			return jb
		}
		w := ws[ja]
		if int(w.End) > int(end) && (int(w.End) > hi || !sb.noEndBefore(int(w.End))) {
			// The sentence ends before it does, and so before every
			// phrase after it.
			ja = j1
			continue
		}
		if int(w.Start) < int(start) && !sb.noStartFrom(int(w.Start)) {
			ja++
			continue
		}
		return ja
	}
	return -1
}

// sentenceProbe looks for the bounds of the sentence around a claim as
// sentenceWithin does, only as far as asked and once: no sentence starts
// (a break as sentenceWithin looks back for) in [back, claim start), and
// none ends (one as it looks on for) in [claim end, fwd); backBreak and
// fwdBreak are the breaks found, or -1.
type sentenceProbe struct {
	text            string
	back, backBreak int
	fwd, fwdBreak   int
}

// noStartFrom reports whether no sentence starts after a break at or after
// i and before the claim.
func (b *sentenceProbe) noStartFrom(i int) bool {
	if b.backBreak >= 0 {
		return i > b.backBreak
	}
	text := b.text
	for k := b.back - 1; k >= i; k-- {
		if c := text[k]; c < '!' && (c == '\n' || (c == ' ' && k > 0 && isSentenceMark(text[k-1]) && !abbrevBefore(text, k-1))) {
			b.backBreak = k
			return false
		}
	}
	b.back = min(b.back, i)
	return true
}

// noEndBefore reports whether no sentence ends from the claim's end up to
// before i.
func (b *sentenceProbe) noEndBefore(i int) bool {
	if b.fwdBreak >= 0 {
		return i <= b.fwdBreak
	}
	text := b.text
	for k := b.fwd; k < i; k++ {
		if c := text[k]; sentenceEnd[c] && (c == '\n' || (k+1 == len(text) || text[k+1] == ' ' || text[k+1] == '\n') && !abbrevBefore(text, k)) {
			b.fwdBreak = k
			return false
		}
	}
	b.fwd = max(b.fwd, i)
	return true
}

// nearestWhenScan is nearestWhen for phrases that may overlap, from j0,
// the first that starts at or after lo: the sentence's bounds are looked
// for as far as the phrases reach.
func nearestWhenScan(text string, ws []When, start, end int32, lo, hi, j0 int) int {
	last := int(ws[j0].End)
	for j := j0 + 1; j < len(ws) && int(ws[j].Start) < hi; j++ {
		last = max(last, int(ws[j].End))
	}
	from, to := sentenceWithin(text, int(start), int(end), max(lo, int(ws[j0].Start)), min(hi, last))
	best, dist := -1, int32(0)
	for j := firstFrom(ws, from); j < len(ws) && int(ws[j].Start) < to; j++ {
		w := ws[j]
		if int(w.End) > to {
			continue
		}
		d := w.Start - end
		if w.End <= start {
			d = start - w.End
		}
		if best < 0 || d < dist {
			best, dist = j, d
		}
	}
	return best
}

// firstFrom returns the index of the first phrase of ws (sorted by Start)
// that starts at or after off.
func firstFrom(ws []When, off int) int {
	i, _ := slices.BinarySearchFunc(ws, off, func(w When, off int) int { return int(w.Start) - off })
	for i > 0 && int(ws[i-1].Start) >= off {
		i--
	}
	return i
}

// sentenceAround returns the bounds of the sentence (within its line)
// around text[start:end].
//
// A sentence reaches at most maxSentence bytes either side of the claim:
// a line without sentence marks ("Peskov said" five thousand times) is no
// sentence, and scanning it whole for each claim would cost its length
// squared.
func sentenceAround(text string, start, end int) (int, int) {
	return sentenceWithin(text, start, end, max(0, start-maxSentence), min(len(text), end+maxSentence))
}

// sentenceWithin is sentenceAround looking for the sentence's start no
// further back than lo and for its end no further on than hi, which it
// returns when it finds none before.
func sentenceWithin(text string, start, end, lo, hi int) (int, int) {
	// Most bytes are neither a space nor a line break, the only bytes a
	// sentence starts after (both below '!'), nor a sentence mark or a
	// line break, the only ones it ends at (sentenceEnd): those are
	// passed by one test.
	from := lo
	for i := start - 1; i >= lo; i-- {
		if c := text[i]; c < '!' && (c == '\n' || (c == ' ' && i > 0 && isSentenceMark(text[i-1]) && !abbrevBefore(text, i-1))) {
			from = i + 1
			break
		}
	}
	to := hi
	for i := end; i < hi; i++ {
		if c := text[i]; sentenceEnd[c] && (c == '\n' || (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !abbrevBefore(text, i)) {
			to = i
			break
		}
	}
	return from, to
}

// sentenceEnd marks the bytes a sentence may end at: a sentence mark or a
// line break.
var sentenceEnd = func() (t [256]bool) {
	for _, c := range []byte(".?!\n") {
		t[c] = true
	}
	return t
}()

// isSentenceMark reports whether c is one of ".?!" (a byte of a longer
// rune never is).
func isSentenceMark(c byte) bool { return c == '.' || c == '?' || c == '!' }

const maxSentence = 2000

// abbrevBefore reports whether the period at text[i] ends an initial or
// a short abbreviation ("U.S.", "Jan.").
func abbrevBefore(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' {
		j--
	}
	word := text[j:i]
	return len(word) <= 3 && word != "" && (word[0] >= 'A' && word[0] <= 'Z' || strings.Contains(word, "."))
}

// scanAll is an expression's FindAllStringSubmatchIndex(s, -1), done with
// match, which reports whether the expression matches at s[p:] and then
// holds its submatches in ix. A match is never empty, and it starts at a
// word boundary with a byte that first marks: match is tried nowhere
// else, and the bytes inside a word or inside a run of other bytes, where
// no boundary is, are skipped whole.
func scanAll(s string, ix []int, first *[256]bool, match func(p int) bool) [][]int {
	var flat []int
	for p := 0; p < len(s); {
		if first[s[p]] && atWordBoundary(s, p) && match(p) {
			flat = append(flat, ix...)
			p = ix[1]
			continue
		}
		if isWordByteRE(s[p]) {
			for p++; p < len(s) && isWordByteRE(s[p]); p++ {
			}
		} else {
			for p++; p < len(s) && !isWordByteRE(s[p]); p++ {
			}
		}
	}
	return splitMatches(flat, len(ix))
}

// firstBytes marks the bytes that may start a match, as (?i) reads it,
// of one of words (lower case): each first letter in either case, the
// first byte of "ſ" for "s" and of the Kelvin sign for "k"; digits marks
// the ASCII digits too.
func firstBytes(digits bool, words ...[]string) *[256]bool {
	var t [256]bool
	for _, ws := range words {
		for _, w := range ws {
			c := w[0]
			t[c] = true
			if c >= 'a' && c <= 'z' {
				t[c-'a'+'A'] = true
			}
			switch c {
			case 's':
				t["ſ"[0]] = true
			case 'k':
				t["\u212a"[0]] = true
			}
		}
	}
	if digits {
		for c := '0'; c <= '9'; c++ {
			t[c] = true
		}
	}
	return &t
}

// scanKeyed is scanAll for an expression each of whose matches is at most
// two words of letters, each followed by \s or "-", and then a key (a
// weekday or month name, as written) that cannot start inside those
// words. nextKey returns where the first key at or after p starts (-1
// when none does); match is tried only from the earliest place such words
// before that key could start, up to the key: a match that starts before
// that place would hold a key before it, and none starts after the key
// and before the next key's words.
func scanKeyed(s string, ix []int, nextKey func(s string, p int) int, match func(p int) bool) [][]int {
	var flat []int
	for p := 0; p < len(s); {
		k := nextKey(s, p)
		if k < 0 {
			break
		}
		p = max(p, wordsBefore(s, k))
		for ; p <= k; p++ {
			if match(p) {
				flat = append(flat, ix...)
				p = ix[1]
				break
			}
		}
	}
	return splitMatches(flat, len(ix))
}

// splitMatches cuts flat, the submatch indexes of matches one after the
// other, into the matches, n indexes each, as FindAllStringSubmatchIndex
// gives them (nil for none), with two allocations rather than one a match.
func splitMatches(flat []int, n int) [][]int {
	if len(flat) == 0 {
		return nil
	}
	out := make([][]int, len(flat)/n)
	for k := range out {
		out[k] = flat[k*n : (k+1)*n : (k+1)*n]
	}
	return out
}

// wordsBefore returns the start of the two words (maximal runs of ASCII
// word bytes and other than ASCII bytes) before s[k:], each followed by a
// run of \s and "-", or of as many as there are.
func wordsBefore(s string, k int) int {
	for range 2 {
		i := k
		for i > 0 && (isSpaceRE(s[i-1]) || s[i-1] == '-') {
			i--
		}
		j := i
		for j > 0 && (isWordByteRE(s[j-1]) || s[j-1] >= utf8.RuneSelf) {
			j--
		}
		if i == k || j == i {
			break
		}
		k = j
	}
	return k
}

// nextWeekday returns where the first weekday name of weekdayList, as
// written, starts in s at or after p, or -1.
func nextWeekday(s string, p int) int {
	for i := p; i+len("Monday") <= len(s); i++ {
		if weekdayFirst[s[i]] && weekdayNameAt(s, i) > 0 {
			return i
		}
	}
	return -1
}

// weekdayOf returns weekdayNames[strings.ToLower(name)] without making
// the lower-case name when name is one of weekdayList, as the patterns
// match them (weekdayList is in the order of time.Weekday).
func weekdayOf(name string) time.Weekday {
	for d, wd := range weekdayList {
		if name == wd {
			return time.Weekday(d)
		}
	}
	return weekdayNames[strings.ToLower(name)]
}

// weekdayNameAt returns the length of the weekday name of weekdayList, as
// written, at s[i:], or 0. The names differ in their first two letters.
func weekdayNameAt(s string, i int) int {
	if i+1 >= len(s) || !weekdayFirst[s[i]] {
		return 0
	}
	for _, wd := range weekdayList {
		if wd[0] == s[i] && wd[1] == s[i+1] {
			if strings.HasPrefix(s[i:], wd) {
				return len(wd)
			}
			return 0
		}
	}
	return 0
}

// weekdayFirst marks the first letters of weekdayList.
var weekdayFirst = func() (t [256]bool) {
	for _, wd := range weekdayList {
		t[wd[0]] = true
	}
	return t
}()

// nextMonth returns where the first month name of monthForms (its base,
// as written) starts in s at or after p, or -1.
func nextMonth(s string, p int) int {
	for i := p; i+3 <= len(s); i++ {
		for _, b := range monthBasesBy[s[i]] {
			if s[i+1] == b[1] && s[i+2] == b[2] {
				return i
			}
		}
	}
	return -1
}

// monthBasesBy holds the bases of monthForms (three letters each) by
// their first byte.
var monthBasesBy = func() (t [256][]string) {
	for _, f := range monthForms {
		if len(f.base) != 3 {
			panic("claims: a month base of other than three letters: " + f.base)
		}
		t[f.base[0]] = append(t[f.base[0]], f.base)
	}
	return t
}()

// scanRelWd is relWdRE.FindAllStringSubmatchIndex(s, -1), done with
// matchRelWd: a match is "late"/"early", an other word of wdPreps, each
// with spaces after it, and a weekday name, which neither word holds.
func scanRelWd(s string) [][]int {
	var ix [10]int
	return scanKeyed(s, ix[:], nextWeekday, func(p int) bool { return matchRelWd(s, p, &ix) })
}

// matchRelWd is relWdRE anchored at s[p:], with its submatches in ix:
// \b(?:(?i:(late|early))\s+)?(?:(?i:(on|last|…))\s+)?WEEKDAY(?:\s+(?i:(night|…)))?\b.
// The words of each list differ from their first letter, folded, so at
// most one of a list matches at a place; \s+ before a word gives no
// space back, since what follows starts with a letter.
func matchRelWd(s string, p int, ix *[10]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	for _, early := range [2]bool{true, false} {
		q, l0, l1 := p, -1, -1
		if early {
			e, ok := wordThenSpace(s, p, wdEarlyLateBy)
			if !ok {
				continue
			}
			l0, l1, q = p, e, skipSpaceRE(s, e)
		}
		for _, prep := range [2]bool{true, false} {
			r, p0, p1 := q, -1, -1
			if prep {
				e, ok := wordThenSpace(s, q, wdPrepsBy)
				if !ok {
					continue
				}
				p0, p1, r = q, e, skipSpaceRE(s, e)
			}
			// At most one weekday name is at r.
			if n := weekdayNameAt(s, r); n > 0 {
				e := r + n
				// (?:\s+(?i:(night|…)))?\b
				if t := skipSpaceRE(s, e); t > e && t < len(s) {
					for _, part := range wdDayPartsBy[s[t]] {
						if end, ok := foldLit(s, t, part); ok && atWordBoundary(s, end) {
							*ix = [10]int{p, end, l0, l1, p0, p1, r, e, t, end}
							return true
						}
					}
				}
				if atWordBoundary(s, e) {
					*ix = [10]int{p, e, l0, l1, p0, p1, r, e, -1, -1}
					return true
				}
			}
		}
	}
	return false
}

// wordThenSpace returns the end of the first of words (matched as (?i)
// does) at s[i:] that a space follows. words are a list by its words'
// first bytes (byFirst).
func wordThenSpace(s string, i int, words *wordsByFirst) (int, bool) {
	if i >= len(s) {
		return 0, false
	}
	for _, w := range words[s[i]] {
		if e, ok := foldLit(s, i, w); ok && e < len(s) && isSpaceRE(s[e]) {
			return e, true
		}
	}
	return 0, false
}

// foldFirst returns the end of the first of words (a list by its words'
// first bytes, byFirst) that foldLit matches at s[i:].
func foldFirst(s string, i int, words *wordsByFirst) (int, bool) {
	if i >= len(s) {
		return 0, false
	}
	for _, w := range words[s[i]] {
		if e, ok := foldLit(s, i, w); ok {
			return e, true
		}
	}
	return 0, false
}

// A wordsByFirst holds a list of lower-case words by the bytes that may
// start them as (?i) reads them (firstBytes), each byte's in the list's
// order: foldLit matches a word at s[i:] only if it is in the list of
// s[i], so that the first of a list to match there is the first of that
// byte's.
type wordsByFirst [256][]string

// byFirst returns words by their first bytes.
func byFirst(words []string) *wordsByFirst {
	var t wordsByFirst
	for _, w := range words {
		for c, ok := range firstBytes(false, []string{w}) {
			if ok {
				t[c] = append(t[c], w)
			}
		}
	}
	return &t
}

// The word lists of the phrases by their first bytes.
var (
	wdEarlyLateBy   = byFirst(wdEarlyLate)
	wdPrepsBy       = byFirst(wdPreps)
	wdDayPartsBy    = byFirst(wdDayParts)
	monthPrepsBy    = byFirst(monthPreps)
	monthPartsBy    = byFirst(monthParts)
	unitEarlyLateBy = byFirst(unitEarlyLate)
	pastNPrepsBy    = byFirst(pastNPreps)
)

// scanMonthPh is monthPhRE.FindAllStringSubmatchIndex(s, -1), done with
// matchMonthPh: a match is a word of monthPreps with spaces after it, one
// of monthParts with spaces or hyphens after it, and a month name, whose
// base neither word holds.
func scanMonthPh(s string) [][]int {
	var ix [10]int
	return scanKeyed(s, ix[:], nextMonth, func(p int) bool { return matchMonthPh(s, p, &ix) })
}

// matchMonthPh is monthPhRE anchored at s[p:], with its submatches in ix:
// \b((?i:in|since|…)\s+)?(?:((?i:early|mid|late))[\s-]+)?MONTH\b(\s+\d{4}\b)?.
// The choices are tried in the expression's order: with the preposition,
// then without; with the part of the month, then without; the month's
// ends as monthEnds gives them. The words of each list differ in their
// first two letters, folded, so at most one of a list matches at a place
// with a space after it; neither \s+ nor [\s-]+ gives a space back, since
// what follows starts with a letter; and the year's \s+ gives none back
// either, since a digit follows it.
func matchMonthPh(s string, p int, ix *[10]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	var mbuf [4]int
	for _, prep := range [2]bool{true, false} {
		q, g0, g1 := p, -1, -1
		if prep {
			e, ok := wordThenSpace(s, p, monthPrepsBy)
			if !ok {
				continue
			}
			q = skipSpaceRE(s, e)
			g0, g1 = p, q
		}
		for _, part := range [2]bool{true, false} {
			r, p0, p1 := q, -1, -1
			if part {
				e, ok := foldFirst(s, q, monthPartsBy)
				if !ok {
					continue
				}
				r = e
				for r < len(s) && (isSpaceRE(s[r]) || s[r] == '-') {
					r++
				}
				if r == e {
					continue
				}
				p0, p1 = q, e
			}
			for _, me := range monthEnds(s, r, mbuf[:0]) {
				if !atWordBoundary(s, me) {
					continue
				}
				end, y0, y1 := me, -1, -1
				if t := skipSpaceRE(s, me); t > me && t+4 <= len(s) && isDigit(s[t]) && isDigit(s[t+1]) && isDigit(s[t+2]) && isDigit(s[t+3]) && atWordBoundary(s, t+4) {
					end, y0, y1 = t+4, me, t+4
				}
				*ix = [10]int{p, end, g0, g1, p0, p1, r, me, y0, y1}
				return true
			}
		}
	}
	return false
}

// scanRelUnit is relUnitRE.FindAllStringSubmatchIndex(s, -1), done with
// matchRelUnit.
func scanRelUnit(s string) [][]int {
	var ix [8]int
	return scanAll(s, ix[:], firstRelUnit, func(p int) bool { return matchRelUnit(s, p, &ix) })
}

// matchRelUnit is relUnitRE anchored at s[p:], with its submatches in ix:
// (?i)\b(?:(earlier|later)\s+)?(this|last|…)\s+(week|month|year|weekend)\b.
// The choices are tried in the expression's order: with "earlier" or
// "later", then without; each phrase of unitWhich, then each unit, the
// first whose end is a word boundary. Neither \s+ gives a space back,
// since a letter follows it.
func matchRelUnit(s string, p int, ix *[8]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	for _, early := range [2]bool{true, false} {
		q, e0, e1 := p, -1, -1
		if early {
			e, ok := foldFirst(s, p, unitEarlyLateBy)
			if !ok {
				continue
			}
			if q = skipSpaceRE(s, e); q == e {
				continue
			}
			e0, e1 = p, e
		}
		for _, which := range unitWhich {
			w1, ok := foldLit(s, q, which)
			if !ok {
				continue
			}
			u := skipSpaceRE(s, w1)
			if u == w1 {
				continue
			}
			for _, unit := range unitUnits {
				if end, ok := foldLit(s, u, unit); ok && atWordBoundary(s, end) {
					*ix = [8]int{p, end, e0, e1, q, w1, u, end}
					return true
				}
			}
		}
	}
	return false
}

// The words of the expressions below, which the scanners that replace
// them try in the expressions' order.
var (
	relDayPhrases = []string{"the day before yesterday", "the day after tomorrow", "yesterday", "today", "tonight", "tomorrow", "last night", "this morning", "this afternoon", "this evening"}
	weekendPreps  = []string{"over", "at", "on", "during"}
	inTheMods     = []string{"earlier", "later", "early", "late"}
	inTheUnits    = []string{"week", "month", "year"}
	recentUnits   = []string{"days", "weeks", "months"}
	pastNPreps    = []string{"in", "over", "during", "for"}
	pastNWhich    = []string{"past", "last", "previous", "next", "coming"}
	pastNUnits    = []string{"days", "weeks", "months", "years"}
	agoUnits      = []string{"day", "week", "month", "year"}
	agoWords      = []string{"ago", "earlier", "later"}
	yearPhPreps   = []string{"in", "since", "during", "from", "until", "through", "by", "for"}
	durUnits      = []string{"day", "week"}
	durOfNouns    = []string{"talks", "meetings", "negotiations", "fighting", "protests", "hearings", "deliberations", "consultations", "discussions", "strikes", "clashes", "voting", "shelling", "mourning", "celebrations", "testimony", "summitry", "diplomacy"}
	durNouns      = []string{"visit", "summit", "trip", "meeting", "conference", "talks"}
	// whenNumWords are the words of numRE, in its order.
	whenNumWords = []string{"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)

// foldWordAt returns the end of the first of words that foldLit matches at
// s[i:] and that a word boundary follows.
func foldWordAt(s string, i int, words []string) (int, bool) {
	for _, w := range words {
		if e, ok := foldLit(s, i, w); ok && atWordBoundary(s, e) {
			return e, true
		}
	}
	return 0, false
}

// spacesAfter returns the end of \s+ at s[i:], and false when s[i] is no
// \s.
func spacesAfter(s string, i int) (int, bool) {
	e := skipSpaceRE(s, i)
	return e, e > i
}

// matchRelDay is relDayRE anchored at s[p:], with its submatches in ix:
// (?i)\b(the day before yesterday|…|this (?:morning|afternoon|evening))\b,
// each phrase tried in order.
func matchRelDay(s string, p int, ix *[4]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	if e, ok := foldWordAt(s, p, relDayPhrases); ok {
		*ix = [4]int{p, e, p, e}
		return true
	}
	return false
}

// matchWeekend is weekendRE anchored at s[p:]:
// (?i)\b(over|at|on|during) the weekend\b.
func matchWeekend(s string, p int, ix *[4]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	for _, w := range weekendPreps {
		e, ok := foldLit(s, p, w)
		if !ok {
			continue
		}
		if end, ok := foldLit(s, e, " the weekend"); ok && atWordBoundary(s, end) {
			*ix = [4]int{p, end, p, e}
			return true
		}
	}
	return false
}

// matchInThe is inTheRE anchored at s[p:]:
// (?i)\b(earlier|later|early|late)\s+(?:in\s+)?the\s+(week|month|year)\b.
// No \s+ gives a space back, since a letter follows each.
func matchInThe(s string, p int, ix *[6]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	for _, m := range inTheMods {
		e, ok := foldLit(s, p, m)
		if !ok {
			continue
		}
		q, ok := spacesAfter(s, e)
		if !ok {
			continue
		}
		for _, in := range [2]bool{true, false} {
			r := q
			if in {
				i, ok := foldLit(s, q, "in")
				if !ok {
					continue
				}
				if r, ok = spacesAfter(s, i); !ok {
					continue
				}
			}
			t, ok := foldLit(s, r, "the")
			if !ok {
				continue
			}
			u, ok := spacesAfter(s, t)
			if !ok {
				continue
			}
			if end, ok := foldWordAt(s, u, inTheUnits); ok {
				*ix = [6]int{p, end, p, e, u, end}
				return true
			}
		}
	}
	return false
}

// matchRecent is recentRE anchored at s[p:]:
// (?i)\bin recent (days|weeks|months)\b.
func matchRecent(s string, p int, ix *[4]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	u, ok := foldLit(s, p, "in recent ")
	if !ok {
		return false
	}
	if end, ok := foldWordAt(s, u, recentUnits); ok {
		*ix = [4]int{p, end, u, end}
		return true
	}
	return false
}

// numEnds appends to ends the ends of numRE's alternatives at s[i:], in
// its order (its words, matched as (?i) does, then three, two and one
// digits), and returns it.
func numEnds(s string, i int, ends []int) []int {
	for _, w := range whenNumWords {
		if e, ok := foldLit(s, i, w); ok {
			ends = append(ends, e)
		}
	}
	d := skipDigits(s, i) - i
	for n := min(d, 3); n >= 1; n-- {
		ends = append(ends, i+n)
	}
	return ends
}

// matchPastN is pastNRE anchored at s[p:]:
// (?i)\b(?:(?:in|over|during|for)\s+)?the\s+(past|…|coming)\s+NUM\s+(days|weeks|months|years)\b.
// No \s+ gives a space back, since a letter or a digit follows each.
func matchPastN(s string, p int, ix *[8]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	var nbuf [8]int
	for _, prep := range [2]bool{true, false} {
		q := p
		if prep {
			e, ok := foldFirst(s, p, pastNPrepsBy)
			if !ok {
				continue
			}
			if q, ok = spacesAfter(s, e); !ok {
				continue
			}
		}
		t, ok := foldLit(s, q, "the")
		if !ok {
			continue
		}
		w0, ok := spacesAfter(s, t)
		if !ok {
			continue
		}
		for _, which := range pastNWhich {
			w1, ok := foldLit(s, w0, which)
			if !ok {
				continue
			}
			n0, ok := spacesAfter(s, w1)
			if !ok {
				continue
			}
			for _, n1 := range numEnds(s, n0, nbuf[:0]) {
				u0, ok := spacesAfter(s, n1)
				if !ok {
					continue
				}
				if end, ok := foldWordAt(s, u0, pastNUnits); ok {
					*ix = [8]int{p, end, w0, w1, n0, n1, u0, end}
					return true
				}
			}
		}
	}
	return false
}

// matchAgo is agoRE anchored at s[p:]:
// (?i)\bNUM\s+(days?|weeks?|months?|years?)\s+(ago|earlier|later)\b.
// Each unit is tried with its "s", then without.
func matchAgo(s string, p int, ix *[8]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	var nbuf [8]int
	for _, n1 := range numEnds(s, p, nbuf[:0]) {
		u0, ok := spacesAfter(s, n1)
		if !ok {
			continue
		}
		for _, unit := range agoUnits {
			e, ok := foldLit(s, u0, unit)
			if !ok {
				continue
			}
			for _, u1 := range optFold(s, e, "s") {
				if u1 < 0 {
					break
				}
				a0, ok := spacesAfter(s, u1)
				if !ok {
					continue
				}
				if end, ok := foldWordAt(s, a0, agoWords); ok {
					*ix = [8]int{p, end, p, n1, u0, u1, a0, end}
					return true
				}
			}
		}
	}
	return false
}

// optFold returns the ends of (?i:lit)? at s[i:] in the order the
// expression tries them: with lit first, when it is there; -1 ends the
// list.
func optFold(s string, i int, lit string) [2]int {
	if e, ok := foldLit(s, i, lit); ok {
		return [2]int{e, i}
	}
	return [2]int{i, -1}
}

// matchYearPh is yearPhRE anchored at s[p:]:
// \b((?i:in|since|…|for))\s+(?:((?i:early|mid|late))[\s-]+)?((?:19|20)\d\d)\b.
// Neither \s+ nor [\s-]+ gives a byte back, since a letter or a digit
// follows each.
func matchYearPh(s string, p int, ix *[8]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	for _, prep := range yearPhPreps {
		e, ok := foldLit(s, p, prep)
		if !ok {
			continue
		}
		q, ok := spacesAfter(s, e)
		if !ok {
			continue
		}
		for _, part := range [2]bool{true, false} {
			y, p0, p1 := q, -1, -1
			if part {
				pe, ok := foldFirst(s, q, monthPartsBy)
				if !ok {
					continue
				}
				y = pe
				for y < len(s) && (isSpaceRE(s[y]) || s[y] == '-') {
					y++
				}
				if y == pe {
					continue
				}
				p0, p1 = q, pe
			}
			if y+4 <= len(s) && (s[y] == '1' && s[y+1] == '9' || s[y] == '2' && s[y+1] == '0') && isDigit(s[y+2]) && isDigit(s[y+3]) && atWordBoundary(s, y+4) {
				*ix = [8]int{p, y + 4, p, e, p0, p1, y, y + 4}
				return true
			}
		}
	}
	return false
}

// matchDuration is durationRE anchored at s[p:]:
// (?i)\bNUM[\s-](days?|weeks?)(?:\s+of\s+(?:\w+\s+)?(talks|…)|\s+(visit|…|talks))\b.
// (?i) makes \w hold "ſ" and the Kelvin sign too; \w+ before \s+ gives
// nothing back, and no \s+ gives a space back, since a letter follows
// each.
func matchDuration(s string, p int, ix *[10]int) bool {
	if !atWordBoundary(s, p) {
		return false
	}
	var nbuf [8]int
	for _, n1 := range numEnds(s, p, nbuf[:0]) {
		if n1 >= len(s) || !isSpaceRE(s[n1]) && s[n1] != '-' {
			continue
		}
		u0 := n1 + 1
		for _, unit := range durUnits {
			e, ok := foldLit(s, u0, unit)
			if !ok {
				continue
			}
			for _, u1 := range optFold(s, e, "s") {
				if u1 < 0 {
					break
				}
				g, ok := spacesAfter(s, u1)
				if !ok {
					continue
				}
				// \s+of\s+(?:\w+\s+)?(talks|…)\b
				if o, ok := foldLit(s, g, "of"); ok {
					if r, ok := spacesAfter(s, o); ok {
						for _, word := range [2]bool{true, false} {
							t := r
							if word {
								w := skipFoldWord(s, r)
								if w == r {
									continue
								}
								if t, ok = spacesAfter(s, w); !ok {
									continue
								}
							}
							if end, ok := foldWordAt(s, t, durOfNouns); ok {
								*ix = [10]int{p, end, p, n1, u0, u1, t, end, -1, -1}
								return true
							}
						}
					}
				}
				// \s+(visit|…|talks)\b
				if end, ok := foldWordAt(s, g, durNouns); ok {
					*ix = [10]int{p, end, p, n1, u0, u1, -1, -1, g, end}
					return true
				}
			}
		}
	}
	return false
}

// skipFoldWord returns the end of the run of (?i)\w at s[i:]: ASCII word
// bytes, "ſ" and the Kelvin sign.
func skipFoldWord(s string, i int) int {
	for i < len(s) {
		switch {
		case isWordByteRE(s[i]):
			i++
		case strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		case strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return i
		}
	}
	return i
}

// scanRelDay is relDayRE.FindAllStringSubmatchIndex(s, -1), done with matchRelDay.
func scanRelDay(s string) [][]int {
	var ix [4]int
	return scanAll(s, ix[:], firstRelDay, func(p int) bool { return matchRelDay(s, p, &ix) })
}

// scanInThe is inTheRE.FindAllStringSubmatchIndex(s, -1), done with matchInThe.
func scanInThe(s string) [][]int {
	var ix [6]int
	return scanAll(s, ix[:], firstInThe, func(p int) bool { return matchInThe(s, p, &ix) })
}

// scanWeekend is weekendRE.FindAllStringSubmatchIndex(s, -1), done with matchWeekend.
func scanWeekend(s string) [][]int {
	var ix [4]int
	return scanAll(s, ix[:], firstWeekend, func(p int) bool { return matchWeekend(s, p, &ix) })
}

// scanPastN is pastNRE.FindAllStringSubmatchIndex(s, -1), done with matchPastN.
func scanPastN(s string) [][]int {
	var ix [8]int
	return scanAll(s, ix[:], firstPastN, func(p int) bool { return matchPastN(s, p, &ix) })
}

// scanRecent is recentRE.FindAllStringSubmatchIndex(s, -1), done with matchRecent.
func scanRecent(s string) [][]int {
	var ix [4]int
	return scanAll(s, ix[:], firstRecent, func(p int) bool { return matchRecent(s, p, &ix) })
}

// scanAgo is agoRE.FindAllStringSubmatchIndex(s, -1), done with matchAgo.
func scanAgo(s string) [][]int {
	var ix [8]int
	return scanAll(s, ix[:], firstAgo, func(p int) bool { return matchAgo(s, p, &ix) })
}

// scanYearPh is yearPhRE.FindAllStringSubmatchIndex(s, -1), done with matchYearPh.
func scanYearPh(s string) [][]int {
	var ix [8]int
	return scanAll(s, ix[:], firstYearPh, func(p int) bool { return matchYearPh(s, p, &ix) })
}

// scanDuration is durationRE.FindAllStringSubmatchIndex(s, -1), done with matchDuration.
func scanDuration(s string) [][]int {
	var ix [10]int
	return scanAll(s, ix[:], firstDuration, func(p int) bool { return matchDuration(s, p, &ix) })
}

// The bytes that may start a match of each scanner run by scanAll.
var (
	firstRelUnit  = firstBytes(false, unitEarlyLate, unitWhich)
	firstRelDay   = firstBytes(false, relDayPhrases)
	firstInThe    = firstBytes(false, inTheMods)
	firstWeekend  = firstBytes(false, weekendPreps)
	firstPastN    = firstBytes(false, pastNPreps, []string{"the"})
	firstRecent   = firstBytes(false, []string{"in recent "})
	firstAgo      = firstBytes(true, whenNumWords)
	firstYearPh   = firstBytes(false, yearPhPreps)
	firstDuration = firstBytes(true, whenNumWords)
)
