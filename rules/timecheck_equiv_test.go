package rules

import (
	"fmt"
	"testing"

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
