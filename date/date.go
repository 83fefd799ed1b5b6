// Package date is a small civil-date type for claimcheck: a calendar day
// with no time of day and no zone, as news and office terms use them.
//
// A [Date] is a count of days, so comparing and subtracting dates is integer
// arithmetic. The zero Date is not a valid day; [Date.IsZero] reports it, and
// claimcheck uses it for "unknown".
package date

import (
	"fmt"
	"time"
)

// A Date is a calendar day in the proleptic Gregorian calendar. The zero
// value means "no date".
type Date struct {
	days int32 // days since 1970-01-01 plus offset; 0 is "no date"
}

// offset keeps every valid day (years 1 to 9999) above zero.
const offset = 1_000_000

// Of returns the date of year y, month m and day d. It reports false when
// the three do not name a real day (2025-02-30).
func Of(y int, m time.Month, d int) (Date, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return Date{}, false
	}
	return FromTime(t), true
}

// MustOf is [Of] for dates known to be valid, such as constants in tests.
func MustOf(y int, m time.Month, d int) Date {
	dt, ok := Of(y, m, d)
	if !ok {
		panic(fmt.Sprintf("date.MustOf(%d, %d, %d): no such day", y, m, d))
	}
	return dt
}

// FromTime returns the calendar day of t in t's own location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date{days: int32(floorDiv(u.Unix(), 86400)) + offset}
}

// Parse reads a date written YYYY-MM-DD.
func Parse(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	y, ok1 := atoi(s[0:4])
	m, ok2 := atoi(s[5:7])
	d, ok3 := atoi(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	dt, ok := Of(y, time.Month(m), d)
	if !ok {
		return Date{}, fmt.Errorf("date %q: no such day", s)
	}
	return dt, nil
}

func atoi(s string) (int, bool) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d.days == 0 }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Unix(int64(d.days-offset)*86400, 0).UTC()
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("2006-01-02")
}

// Year, Month and Day return the parts of d.
func (d Date) Year() int             { return d.Time().Year() }
func (d Date) Month() time.Month     { return d.Time().Month() }
func (d Date) Day() int              { return d.Time().Day() }
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays returns d moved by n days (n may be negative).
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return Date{days: d.days + int32(n)}
}

// Sub returns the number of days from e to d (d - e).
func (d Date) Sub(e Date) int { return int(d.days - e.days) }

// Before, After and Equal compare two dates.
func (d Date) Before(e Date) bool { return d.days < e.days }
func (d Date) After(e Date) bool  { return d.days > e.days }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.days < e.days:
		return -1
	case d.days > e.days:
		return 1
	}
	return 0
}

// MarshalText formats d as YYYY-MM-DD (empty for the zero Date).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses YYYY-MM-DD; the empty string gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// A Window is a closed range of days [From, To]. A window whose From equals
// its To is a single known day. The zero Window means "no date known".
type Window struct {
	From, To Date
}

// Day returns the one-day window of d.
func Day(d Date) Window { return Window{From: d, To: d} }

// IsZero reports whether w holds no date.
func (w Window) IsZero() bool { return w.From.IsZero() && w.To.IsZero() }

// Days returns the number of days in w, at least 1 for a non-zero window.
func (w Window) Days() int {
	if w.IsZero() {
		return 0
	}
	return w.To.Sub(w.From) + 1
}

// Exact reports whether w is a single day.
func (w Window) Exact() bool { return !w.IsZero() && w.From == w.To }

// Contains reports whether d lies in w.
func (w Window) Contains(d Date) bool {
	return !w.IsZero() && !d.Before(w.From) && !d.After(w.To)
}

// Intersect returns the days w and v share, and false when they share none.
// A zero window holds no day, so it shares none with any window.
func (w Window) Intersect(v Window) (Window, bool) {
	if w.IsZero() || v.IsZero() {
		return Window{}, false
	}
	from, to := w.From, w.To
	if v.From.After(from) {
		from = v.From
	}
	if v.To.Before(to) {
		to = v.To
	}
	if to.Before(from) {
		return Window{}, false
	}
	return Window{From: from, To: to}, true
}

// String formats w as "YYYY-MM-DD" for one day or "YYYY-MM-DD..YYYY-MM-DD".
func (w Window) String() string {
	switch {
	case w.IsZero():
		return ""
	case w.Exact():
		return w.From.String()
	}
	return w.From.String() + ".." + w.To.String()
}
