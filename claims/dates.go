package claims

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/date"
)

// A dateMatch is an absolute date written in text. Year is 0 when the text
// gives only a month and a day ("April 25").
type dateMatch struct {
	Start, End int
	Year       int
	Month      time.Month
	Day        int
}

// resolve returns the date. When the text gave no year it takes the one
// of ref's year, the year before or the year after that puts the day
// nearest to ref, so that "January 2" next to a photo of 30 December 2024
// is 2 January 2025. It reports false without a year and a ref, or when
// the day does not exist.
func (m dateMatch) resolve(ref date.Date) (date.Date, bool) {
	if m.Year != 0 {
		return date.Of(m.Year, m.Month, m.Day)
	}
	if ref.IsZero() {
		return date.Date{}, false
	}
	var best date.Date
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		d, ok := date.Of(y, m.Month, m.Day)
		if ok && (best.IsZero() || abs(d.Sub(ref)) < abs(best.Sub(ref))) {
			best = d
		}
	}
	return best, !best.IsZero()
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

const monthRE = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

var (
	mdyRE = regexp.MustCompile(`\b` + monthRE + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	dmyRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `\.?,?\s+(\d{4})\b`)
	isoRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

func monthOf(s string) time.Month {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:3]) {
			return m
		}
	}
	return 0
}

// findDates returns the absolute dates written in s, in order, without
// overlaps. Only well-formed day numbers are kept; whether the day exists
// is checked when it is resolved.
func findDates(s string) []dateMatch {
	var out []dateMatch
	taken := func(a, b int) bool {
		for _, m := range out {
			if a < m.End && m.Start < b {
				return true
			}
		}
		return false
	}
	for _, ix := range dmyRE.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[ix[2]:ix[3]])
		y, _ := strconv.Atoi(s[ix[6]:ix[7]])
		out = append(out, dateMatch{ix[0], ix[1], y, monthOf(s[ix[4]:ix[5]]), d})
	}
	for _, ix := range isoRE.FindAllStringSubmatchIndex(s, -1) {
		if taken(ix[0], ix[1]) {
			continue
		}
		y, _ := strconv.Atoi(s[ix[2]:ix[3]])
		m, _ := strconv.Atoi(s[ix[4]:ix[5]])
		d, _ := strconv.Atoi(s[ix[6]:ix[7]])
		if m < 1 || m > 12 {
			continue
		}
		out = append(out, dateMatch{ix[0], ix[1], y, time.Month(m), d})
	}
	for _, ix := range mdyRE.FindAllStringSubmatchIndex(s, -1) {
		if taken(ix[0], ix[1]) {
			continue
		}
		// "May" is also a verb and a name: require a capital letter and,
		// without a year, a day that reads as a date.
		if s[ix[2]] < 'A' || s[ix[2]] > 'Z' {
			continue
		}
		d, _ := strconv.Atoi(s[ix[4]:ix[5]])
		y := 0
		if ix[6] >= 0 {
			y, _ = strconv.Atoi(s[ix[6]:ix[7]])
		}
		out = append(out, dateMatch{ix[0], ix[1], y, monthOf(s[ix[2]:ix[3]]), d})
	}
	kept := out[:0]
	for _, m := range out {
		if m.Day >= 1 && m.Day <= 31 {
			kept = append(kept, m)
		}
	}
	sortMatches(kept)
	return kept
}

func sortMatches(ms []dateMatch) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// weekdayPhraseRE matches a weekday phrase as news writes it: "on
// Thursday", "Friday", "Thursday night", "late on Friday".
var weekdayPhraseRE = regexp.MustCompile(`^(?:(?:late|early)\s+)?(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:night|morning|afternoon|evening))?\b`)

// mostRecent returns the latest day on or before ref that falls on wd:
// news says "on Friday" of the most recent Friday, which may be the day of
// publication itself.
func mostRecent(ref date.Date, wd time.Weekday) date.Date {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	return ref.AddDays(-back)
}
