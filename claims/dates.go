package claims

import (
	"regexp"
	"slices"
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

// The expressions of absolute dates. findDates finds their matches with
// the scanners of datescan.go; they stay as the scanners' specification.
var (
	mdyRE = regexp.MustCompile(`\b` + monthRE + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	dmyRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `\.?,?\s+(\d{4})\b`)
	isoRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
)

func monthOf(s string) time.Month {
	if len(s) < 3 {
		return 0
	}
	var p [3]byte
	for i := range p {
		c := s[i]
		if c >= 0x80 {
			return monthOfFolded(strings.ToLower(s))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		p[i] = c
	}
	return monthOfFolded(string(p[:]))
}

// monthPrefixes are the months' names, lower case, cut to three letters.
var monthPrefixes = func() (out [12]string) {
	for m := time.January; m <= time.December; m++ {
		out[m-1] = strings.ToLower(m.String())[:3]
	}
	return out
}()

// monthOfFolded is monthOf of a lower-case s.
func monthOfFolded(s string) time.Month {
	if len(s) < 3 {
		return 0
	}
	for i, p := range monthPrefixes {
		if s[:3] == p {
			return time.Month(i + 1)
		}
	}
	return 0
}

// findDates returns the absolute dates written in s, in order, without
// overlaps. Only well-formed day numbers are kept; whether the day exists
// is checked when it is resolved.
//
// It finds the matches of dmyRE, isoRE and mdyRE in one pass over s, each
// as the expression's FindAllStringSubmatchIndex would, leftmost and
// without overlaps among its own: every match starts a word (at \b, on a
// word byte), so only the first byte of each word is tried, a digit with
// matchDMY and matchISO, a capital with matchMDY, each from where that
// expression's last match ended. Then, as the expressions were read one
// after the other, a DMY date is always kept, an ISO date only when it
// overlaps no DMY date, and an MDY date only when it overlaps neither.
func findDates(s string) []dateMatch {
	if !hasDigit(s) {
		return nil // every form writes a number
	}
	var dbuf, ibuf, mbuf [8]dateMatch
	dmy, iso, mdy := dbuf[:0], ibuf[:0], mbuf[:0]
	var ix [8]int
	nextD, nextI, nextM := 0, 0, 0 // where each expression searches on from
	for p := 0; p < len(s); {
		c := s[p]
		if !wordBytes[c] {
			p++
			continue
		}
		// s[p] starts a word.
		switch {
		case c <= '9' && c >= '0':
			if p >= nextD && matchDMY(s, p, &ix) {
				d, _ := strconv.Atoi(s[ix[2]:ix[3]])
				y, _ := strconv.Atoi(s[ix[6]:ix[7]])
				dmy = append(dmy, dateMatch{ix[0], ix[1], y, monthOf(s[ix[4]:ix[5]]), d})
				nextD = ix[1]
			}
			if p >= nextI && matchISO(s, p, &ix) {
				y, _ := strconv.Atoi(s[ix[2]:ix[3]])
				m, _ := strconv.Atoi(s[ix[4]:ix[5]])
				d, _ := strconv.Atoi(s[ix[6]:ix[7]])
				iso = append(iso, dateMatch{ix[0], ix[1], y, time.Month(m), d})
				nextI = ix[1]
			}
		case monthInitial[c]:
			if p >= nextM && matchMDY(s, p, &ix) {
				d, _ := strconv.Atoi(s[ix[4]:ix[5]])
				y := 0
				if ix[6] >= 0 {
					y, _ = strconv.Atoi(s[ix[6]:ix[7]])
				}
				mdy = append(mdy, dateMatch{ix[0], ix[1], y, monthOf(s[ix[2]:ix[3]]), d})
				nextM = ix[1]
			}
		}
		for p++; p < len(s) && wordBytes[s[p]]; p++ {
		}
	}
	if len(dmy)+len(iso)+len(mdy) == 0 {
		return nil
	}
	var out []dateMatch
	if len(dmy) > 0 {
		out = make([]dateMatch, 0, len(dmy)+len(iso)+len(mdy))
		out = append(out, dmy...)
	}
	// Each list is in order and without overlaps, and so are the dates of
	// a list kept, so an overlap is found by walking each list along.
	var isoKept []dateMatch
	di := 0
	for _, m := range iso {
		if m.Month < 1 || m.Month > 12 || overlapsNext(dmy, &di, m) {
			continue
		}
		if out == nil {
			out = make([]dateMatch, 0, len(iso)+len(mdy))
		}
		out = append(out, m)
		isoKept = append(isoKept, m)
	}
	di = 0
	ii := 0
	for _, m := range mdy {
		if overlapsNext(dmy, &di, m) || overlapsNext(isoKept, &ii, m) {
			continue
		}
		if out == nil {
			out = make([]dateMatch, 0, len(mdy))
		}
		out = append(out, m)
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

// hasDigit reports whether s holds an ASCII digit, as
// strings.ContainsAny(s, "0123456789") does, eight bytes at a time: x^0x30
// is below 10 just for a digit x, and a word holds a byte below 10 just
// when (w - 0x0a0a…) &^ w has a high bit set (the lowest such byte borrows
// from no byte below it; without one, nothing borrows).
func hasDigit(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one bounds check, and the eight bytes load as one
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		w ^= 0x30 * ones
		if (w-10*ones)&^w&highs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// wordBytes marks the bytes \b counts as word characters.
var wordBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isWordByteRE(byte(c))
	}
	return t
}()

// monthInitial marks the first letters of the month names.
var monthInitial = func() (t [256]bool) {
	for _, f := range monthForms {
		t[f.base[0]] = true
	}
	return t
}()

// overlapsNext reports whether m overlaps a date of ms, which are in
// order and without overlaps, skipping from *i those that end before m:
// asked of dates in order, it walks ms once.
func overlapsNext(ms []dateMatch, i *int, m dateMatch) bool {
	for *i < len(ms) && ms[*i].End <= m.Start {
		*i++
	}
	return *i < len(ms) && ms[*i].Start < m.End
}

func sortMatches(ms []dateMatch) {
	slices.SortStableFunc(ms, func(a, b dateMatch) int { return a.Start - b.Start })
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// mostRecent returns the latest day on or before ref that falls on wd:
// news says "on Friday" of the most recent Friday, which may be the day of
// publication itself.
func mostRecent(ref date.Date, wd time.Weekday) date.Date {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	return ref.AddDays(-back)
}

// The HTML places of a publication date, most trusted first. Modification
// dates (article:modified_time, dateModified, og:updated_time) are never
// read.
var (
	jsonLDPublishedRE = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{4,40})"`)
	metaTagRE         = regexp.MustCompile(`(?is)<meta\b[^>]*>`)
	metaAttrRE        = regexp.MustCompile(`(?is)\b(property|name|itemprop|content|http-equiv)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)
	timeTagRE         = regexp.MustCompile(`(?is)<time\b[^>]*>`)
	timeAttrRE        = regexp.MustCompile(`(?is)\b(datetime|itemprop|class|pubdate)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?`)
)

// metaNames are the meta names and properties that carry the publication
// date, in order of trust.
var metaNames = []string{
	"article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
	"publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
	"dcterms.issued", "dc.date", "date", "citation_publication_date",
}

// FindMetaDate finds the publication date in an HTML page's meta data:
// JSON-LD "datePublished", a <meta> of article:published_time or a like
// name, or a <time> marked pubdate or itemprop="datePublished". It returns
// the date, its precision and where it was found ("json-ld
// datePublished", "meta article:published_time", "time pubdate"), and
// false when the page has none.
func FindMetaDate(html string) (date.Window, Precision, string, bool) {
	if m := jsonLDPublishedRE.FindStringSubmatch(html); m != nil {
		if w, p, ok := parseMetaDate(m[1]); ok {
			return w, p, "json-ld datePublished", true
		}
	}
	found := map[string]string{}
	for _, tag := range metaTagRE.FindAllString(html, -1) {
		var key, content string
		for _, am := range metaAttrRE.FindAllStringSubmatch(tag, -1) {
			v := am[2] + am[3] + am[4]
			switch strings.ToLower(am[1]) {
			case "content":
				content = v
			default:
				if key == "" {
					key = strings.ToLower(v)
				}
			}
		}
		if key != "" && content != "" && found[key] == "" {
			found[key] = content
		}
	}
	for _, k := range metaNames {
		if v := found[k]; v != "" {
			if w, p, ok := parseMetaDate(v); ok {
				return w, p, "meta " + k, true
			}
		}
	}
	for _, tag := range timeTagRE.FindAllString(html, -1) {
		var dt string
		pub := false
		for _, am := range timeAttrRE.FindAllStringSubmatch(tag, -1) {
			v := strings.ToLower(am[2] + am[3] + am[4])
			switch strings.ToLower(am[1]) {
			case "datetime":
				dt = am[2] + am[3] + am[4]
			case "pubdate":
				pub = true
			case "itemprop":
				pub = pub || v == "datepublished"
			case "class":
				for _, c := range strings.Fields(v) {
					pub = pub || c == "published" || c == "pubdate" || c == "entry-date" || c == "publish-date"
				}
			}
		}
		if pub && dt != "" {
			if w, p, ok := parseMetaDate(dt); ok {
				return w, p, "time pubdate", true
			}
		}
	}
	return date.Window{}, PrecisionNone, "", false
}

// parseMetaDate reads an ISO 8601 date or date-time ("2025-04-25",
// "2025-04-25T10:30:00+03:00", "2025-04"), or a date written out.
func parseMetaDate(v string) (date.Window, Precision, bool) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if d, err := date.Parse(v[:10]); err == nil {
			return date.Day(d), PrecisionDay, true
		}
	}
	if len(v) == 8 {
		if d, err := date.Parse(v[:4] + "-" + v[4:6] + "-" + v[6:]); err == nil {
			return date.Day(d), PrecisionDay, true
		}
	}
	if w, p, err := parseHeaderWindow(v); err == nil {
		return w, p, true
	}
	return date.Window{}, PrecisionNone, false
}
