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
func findDates(s string) []dateMatch {
	if !strings.ContainsAny(s, "0123456789") {
		return nil // every form writes a number
	}
	var out []dateMatch
	// covered marks the bytes of the dates kept so far, so that a long
	// text full of dates costs linear time, not a scan per date.
	var covered []bool
	taken := func(a, b int) bool {
		if covered == nil {
			covered = make([]bool, len(s))
			for _, m := range out {
				for i := m.Start; i < m.End; i++ {
					covered[i] = true
				}
			}
		}
		return slices.Contains(covered[a:b], true)
	}
	keep := func(m dateMatch) {
		out = append(out, m)
		if covered != nil {
			for i := m.Start; i < m.End; i++ {
				covered[i] = true
			}
		}
	}
	scanDates(s, matchDMY, func(ix *[8]int) {
		d, _ := strconv.Atoi(s[ix[2]:ix[3]])
		y, _ := strconv.Atoi(s[ix[6]:ix[7]])
		out = append(out, dateMatch{ix[0], ix[1], y, monthOf(s[ix[4]:ix[5]]), d})
	})
	scanDates(s, matchISO, func(ix *[8]int) {
		if taken(ix[0], ix[1]) {
			return
		}
		y, _ := strconv.Atoi(s[ix[2]:ix[3]])
		m, _ := strconv.Atoi(s[ix[4]:ix[5]])
		d, _ := strconv.Atoi(s[ix[6]:ix[7]])
		if m < 1 || m > 12 {
			return
		}
		keep(dateMatch{ix[0], ix[1], y, time.Month(m), d})
	})
	scanDates(s, matchMDY, func(ix *[8]int) {
		if taken(ix[0], ix[1]) {
			return
		}
		// "May" is also a verb and a name: require a capital letter and,
		// without a year, a day that reads as a date.
		if s[ix[2]] < 'A' || s[ix[2]] > 'Z' {
			return
		}
		d, _ := strconv.Atoi(s[ix[4]:ix[5]])
		y := 0
		if ix[6] >= 0 {
			y, _ = strconv.Atoi(s[ix[6]:ix[7]])
		}
		keep(dateMatch{ix[0], ix[1], y, monthOf(s[ix[2]:ix[3]]), d})
	})
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
