package rules

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
)

// The time rules: errors that a date phrase shows by itself, read against
// the calendar and the article's publication date.
var (
	WeekdayMismatch = &Rule{
		Name: "time/weekday-mismatch",
		Doc:  "a weekday that does not fall on the date written with it",
		Explain: `A date written with its weekday ("on Friday, March 3, 2025") states the
weekday twice: by name and by the calendar. When they differ, one of the two
is wrong. A date that writes its year is checked against the calendar
alone; one without a year ("Friday, March 3") only when the article's
publication day places the year, with lower confidence.`,
		Example: `…met on Friday, March 3, 2025 (March 3, 2025 was a Monday)`,
	}
	FuturePast = &Rule{
		Name: "time/future-past",
		Doc:  "an event told in the past tense but dated after the article's publication",
		Explain: `An article cannot report as done what had not yet happened when it was
published: "the two leaders met on May 30, 2025" in an article published on
2025-05-20. Either the date or the publication date is wrong. Only dates
that write their year are checked, in articles dated to the day, when a
past-tense verb governs the date and nothing in the sentence looks ahead
("will", "is scheduled", "until", "by"…). A day or two after publication is
never flagged: time zones and late updates move a story by a day.`,
		Example: `The two leaders met on May 30, 2025 (published 2025-05-20)`,
	}
)

// Weights of the time rules, in log-odds.
const (
	wWeekdayCalendar = 2.6  // the calendar contradicts the weekday written with a full date
	wWeekdayNoYear   = -0.8 // the year came from the publication date
	wFuturePast      = 2.2  // a past-tense event dated after publication
	wFutureNear      = -0.5 // within a week of publication: a slip of the publication date is likelier
)

// CheckTime runs the time rules over the articles' date phrases.
func CheckTime(arts []*claims.Article) []Finding {
	return perArticle(arts, func(a *claims.Article) []Finding { return checkTime(nil, a) })
}

// checkTime runs the time rules over one article's date phrases; the
// evidence lines are interned in in, when it is not nil.
func checkTime(in *Interner, a *claims.Article) []Finding {
	var out []Finding
	inQuote := quotedSpans(a)
	for _, w := range claims.ArticleWhens(a) {
		if f, ok := weekdayMismatch(in, a, w); ok {
			out = append(out, f)
			continue
		}
		if f, ok := futurePast(in, a, w, inQuote); ok {
			out = append(out, f)
		}
	}
	return out
}

func timeFinding(a *claims.Article, r *Rule, w claims.When, expected string) Finding {
	line, col := a.Position(int(w.Start))
	return Finding{
		Rule: r.Name, Actor: w.Text, File: a.File, Line: line, Column: col,
		Excerpt: w.Text, Expected: expected, Source: a.Source,
		Start: int(w.Start), End: int(w.End), Related: []Location{},
	}
}

func weekdayMismatch(in *Interner, a *claims.Article, w claims.When) (Finding, bool) {
	if !w.Absolute || w.Weekday < 0 || !w.Resolved() {
		return Finding{}, false
	}
	if int(w.From.Weekday()) == int(w.Weekday) {
		return Finding{}, false
	}
	d := w.From
	f := timeFinding(a, WeekdayMismatch, w, weekdayDate(d))
	f.AddIn(in, wWeekdayCalendar, "calendar: %s was a %s, not a %s", d, d.Weekday(), time.Weekday(w.Weekday))
	if !w.Explicit {
		f.AddIn(in, wWeekdayNoYear, "the text gives no year: %d is the year nearest the publication date (%s)", d.Year(), a.Published)
	}
	if a.Published.Exact() {
		f.AddIn(in, 0, "date: %s (from the %s)", a.Published, a.PublishedFrom)
	}
	return f, true
}

var (
	// pastVerbRE is a past-tense verb governing the date phrase that
	// follows it: "met on", "was killed on", "signed the deal on". The
	// rule reads it with pastVerb, which leaves only rare text to it.
	pastVerbRE = regexp.MustCompile(`(?i)\b(?:met|held|took|spoke|said|told|died|was|were|won|lost|fell|began|left|arrived|visited|signed|killed|attacked|launched|announced|declared|resigned|elected|sworn|struck|fired|called|approved|voted|passed|agreed|ended|opened|closed|released|reported|occurred|happened|took place)\b(?:\s+\S+){0,3}\s*$`)
	// aheadRE marks a sentence that looks ahead or speaks of plans,
	// deadlines or ranges: a later date there is no error. The rule reads
	// it with looksAhead, which leaves only rare text to it.
	aheadRE = regexp.MustCompile(`(?i)\b(?:will|would|shall|could|might|should|must|going to|plans?|planned|planning|schedul\w*|reschedul\w*|slated|expected|expects|due|set to|intends?|aims?|hopes?|upcoming|until|till|by|before|ahead|deadline|through|postpon\w*|delay\w*|moved|pushed|extended|effective|starting|from|next|later|if|unless|when|to be|to take|to hold|to meet|forecast|projected|estimated|anniversary|predicted|warned)\b|['’]ll\b|\b(?-i:may)\b`) // "may" in lower case: "May" is a month
)

// futurePast reads the date phrase w; inQuote tells whether an offset lies
// inside quotation marks (quotedSpans). It is asked last of the cheap
// tests, since it counts marks over the text up to the phrase and most
// phrases fail an earlier test: it answers for any offsets in order, not
// only for every phrase's.
func futurePast(in *Interner, a *claims.Article, w claims.When, inQuote func(int) bool) (Finding, bool) {
	if !w.Absolute || !w.Explicit || !w.Resolved() || !a.Published.Exact() || w.Future {
		return Finding{}, false
	}
	pub := a.Published.From
	days := w.From.Sub(pub)
	if days <= 2 || inQuote(int(w.Start)) {
		return Finding{}, false
	}
	from, to := sentenceBounds(a.Text, int(w.Start), int(w.End))
	before := a.Text[from:w.Start]
	if looksAhead(a.Text[from:to]) {
		return Finding{}, false
	}
	at, ok := pastVerb(before)
	if !ok {
		return Finding{}, false
	}
	verb := strings.TrimSpace(before[at:])
	f := timeFinding(a, FuturePast, w, onOrBefore(pub))
	f.AddIn(in, wFuturePast, "told in the past (%q) yet dated %s, %d days after the article's publication on %s (from the %s)", verb, w.From, days, pub, a.PublishedFrom)
	if days <= 7 {
		f.AddIn(in, wFutureNear, "within a week of publication: the publication date may be the one that is wrong")
	}
	return f, true
}

// weekdayDate writes d as fmt.Sprintf("%s, %s %d, %d", d.Weekday(),
// d.Month(), d.Day(), d.Year()) does ("Monday, March 3, 2025"), in one
// buffer on the stack and from one reading of the calendar: it is the
// expected value of every weekday finding.
func weekdayDate(d date.Date) string {
	t := d.Time()
	y, m, day := t.Date()
	var buf [48]byte
	b := append(buf[:0], t.Weekday().String()...)
	b = append(b, ", "...)
	b = append(b, m.String()...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(day), 10)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(y), 10)
	return string(b)
}

// onOrBefore writes fmt.Sprintf("a date on or before %s (publication)",
// pub) without fmt: the expected value of every future-past finding.
func onOrBefore(pub date.Date) string {
	var buf [48]byte
	b := append(buf[:0], "a date on or before "...)
	b = appendDate(b, pub)
	b = append(b, " (publication)"...)
	return string(b)
}

// sentenceBounds returns the bounds of the sentence around text[start:end],
// within its line.
func sentenceBounds(text string, start, end int) (int, int) {
	from := strings.LastIndexAny(text[:start], ".!?\n") + 1
	to := strings.IndexAny(text[end:], ".!?\n")
	if to < 0 {
		return from, len(text)
	}
	return from, end + to
}

// quotedSpans returns a test of whether an offset of the article's text
// lies inside quotation marks on its line.
func quotedSpans(a *claims.Article) func(int) bool {
	// The counts are carried from one offset to the next (phrases come in
	// order), so that a long line costs linear time, not a scan per phrase.
	pos, open, plain := 0, 0, 0
	return func(off int) bool {
		if off < pos {
			pos, open, plain = 0, 0, 0
		}
		pre := a.Text[pos:off]
		if i := lastNewline(pre); i >= 0 {
			pre, open, plain = pre[i+1:], 0, 0
		}
		open += strings.Count(pre, "“") - strings.Count(pre, "”")
		plain += strings.Count(pre, `"`)
		pos = off
		return open > 0 || plain%2 == 1
	}
}

// lastNewline is strings.LastIndexByte(s, '\n'), found from the front with
// strings.IndexByte, which reads many bytes at a time where LastIndexByte
// reads one: the text between two date phrases has few line ends.
func lastNewline(s string) int {
	last := -1
	for {
		i := strings.IndexByte(s[last+1:], '\n')
		if i < 0 {
			return last
		}
		last += 1 + i
	}
}
