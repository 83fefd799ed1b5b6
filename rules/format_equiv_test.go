package rules

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/date"
)

// checkFormat checks that appendFormat writes what fmt.Appendf writes, or
// leaves the format to fmt, and that sprintf is fmt.Sprintf.
func checkFormat(t *testing.T, format string, args ...any) {
	t.Helper()
	want := fmt.Sprintf(format, args...)
	if got, ok := appendFormat([]byte("x"), format, args); ok && string(got) != "x"+want {
		t.Fatalf("appendFormat(%q, %#v) = %q, fmt writes %q", format, args, got[1:], want)
	} else if !ok && string(got) != "x" {
		t.Fatalf("appendFormat(%q, %#v) left it to fmt, but appended %q", format, args, got)
	}
	if got := sprintf(format, args...); got != want {
		t.Fatalf("sprintf(%q, %#v) = %q, fmt.Sprintf %q", format, args, got, want)
	}
}

// formatArgs are arguments of every kind the rules pass, and some they
// do not.
var formatArgs = []any{
	"", "Vladimir Putin", "a \"quoted\" word", "é\xff\n", 0, 7, -3, 12345,
	date.Date{}, date.MustOf(2025, 5, 20), date.MustOf(1, 1, 1), date.MustOf(9999, 12, 31), date.MustOf(1945, 1, 1),
	Dating{}, Dating{Windows: []date.Window{date.Day(date.MustOf(2025, 1, 20))}},
	Dating{Windows: []date.Window{{From: date.MustOf(2024, 2, 29), To: date.MustOf(2025, 1, 20)}, date.Day(date.MustOf(2025, 3, 1))}},
	Dating{Windows: []date.Window{{}, {From: date.MustOf(2024, 2, 29)}}},
	time.Friday, time.Weekday(9), time.March, time.Month(13), 2.5, int64(4), true, nil, []string{"a"},
	date.Day(date.MustOf(2025, 1, 1)), kindOfString("named"),
}

type kindOfString string

var formatPieces = []string{"knowledge: ", "%s", "%d", "%q", "%%", "%v", "%.1f", "%+d", "%", " (from the ", ") ", "days", "é", "%x"}

// TestAppendFormat checks appendFormat on the formats of the rules and on
// random formats and arguments.
func TestAppendFormat(t *testing.T) {
	d := Dating{Windows: []date.Window{date.Day(date.MustOf(2025, 6, 4))}, From: "header"}
	checkFormat(t, "date: %s (from the %s)", d, d.From)
	checkFormat(t, "date: %s (from the %s, %d days)", d, d.From, d.Days())
	checkFormat(t, "%s held %s on %s", "Vladimir Putin", "President of Russia 2012-05-07 to present", date.MustOf(2025, 6, 4))
	checkFormat(t, "told in the past (%q) yet dated %s, %d days after", "met on", date.MustOf(2025, 5, 30), 10)
	checkFormat(t, "the same statement (%.0f%% of content words shared)", 80.0)
	checkFormat(t, "calendar: %s was a %s, not a %s", date.MustOf(2025, 3, 3), time.Monday, time.Friday)
	for _, f := range []string{"too few %s %s", "too many %s"} { // not constants: vet would object
		checkFormat(t, f, "a", "b", "c")
		checkFormat(t, f, "a")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var f string
		for range r.IntN(6) {
			f += formatPieces[r.IntN(len(formatPieces))]
		}
		args := make([]any, r.IntN(4))
		for i := range args {
			args[i] = formatArgs[r.IntN(len(formatArgs))]
		}
		checkFormat(t, f, args...)
	}
}

// FuzzAppendFormat checks appendFormat on any format, with arguments
// picked from formatArgs.
func FuzzAppendFormat(f *testing.F) {
	f.Add("date: %s (from the %s, %d days)", uint64(0x0d0e))
	f.Add("%q held %s%%", uint64(0x0201))
	f.Fuzz(func(t *testing.T, format string, pick uint64) {
		var args []any
		for n := pick % 4; n > 0; n-- {
			pick /= 4
			args = append(args, formatArgs[pick%uint64(len(formatArgs))])
			pick /= uint64(len(formatArgs))
		}
		checkFormat(t, format, args...)
	})
}
