package date

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestOf(t *testing.T) {
	tests := []struct {
		y    int
		m    time.Month
		d    int
		want bool
	}{
		{2025, time.April, 25, true},
		{2025, time.February, 28, true},
		{2025, time.February, 29, false}, // not a leap year
		{2025, time.February, 30, false},
		{2024, time.February, 29, true},  // divisible by 4
		{1900, time.February, 29, false}, // divisible by 100, not by 400
		{2000, time.February, 29, true},  // divisible by 400
		{2025, time.April, 31, false},
		{2025, time.December, 31, true},
		{2025, 0, 1, false},
		{2025, 13, 1, false},
		{2025, time.January, 0, false},
		{2025, time.January, 32, false},
		{1, time.January, 1, true},
		{9999, time.December, 31, true},
		{0, time.January, 1, false},
		{10000, time.January, 1, false},
		{-1, time.January, 1, false},
	}
	for _, tt := range tests {
		d, ok := Of(tt.y, tt.m, tt.d)
		if ok != tt.want {
			t.Errorf("Of(%d, %d, %d) ok = %v, want %v", tt.y, tt.m, tt.d, ok, tt.want)
			continue
		}
		if !ok {
			if !d.IsZero() {
				t.Errorf("Of(%d, %d, %d) = %v, want the zero Date with false", tt.y, tt.m, tt.d, d)
			}
			continue
		}
		if d.IsZero() || d.Year() != tt.y || d.Month() != tt.m || d.Day() != tt.d {
			t.Errorf("Of(%d, %d, %d) = %v (%d-%d-%d), want the same parts", tt.y, tt.m, tt.d, d, d.Year(), d.Month(), d.Day())
		}
	}
}

func TestMustOfPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("MustOf(2025, 2, 30) did not panic")
		}
	}()
	MustOf(2025, time.February, 30)
}

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    string // "" for an error
		wantErr string // substring of the error
	}{
		{"2025-04-25", "2025-04-25", ""},
		{"2024-02-29", "2024-02-29", ""},
		{"2000-02-29", "2000-02-29", ""},
		{"0001-01-01", "0001-01-01", ""},
		{"9999-12-31", "9999-12-31", ""},
		{"1969-12-31", "1969-12-31", ""},
		{"1970-01-01", "1970-01-01", ""},
		{"2025-02-30", "", "no such day"},
		{"2025-02-29", "", "no such day"},
		{"1900-02-29", "", "no such day"},
		{"2025-13-01", "", "no such day"},
		{"2025-00-10", "", "no such day"},
		{"2025-04-00", "", "no such day"},
		{"0000-01-01", "", "no such day"},
		{"", "", "want YYYY-MM-DD"},
		{"2025-4-25", "", "want YYYY-MM-DD"},
		{"2025/04/25", "", "want YYYY-MM-DD"},
		{"25-04-2025", "", "want YYYY-MM-DD"},
		{"2025-04-25T00:00", "", "want YYYY-MM-DD"},
		{"+025-04-25", "", "want YYYY-MM-DD"},
		{"2025-0a-25", "", "want YYYY-MM-DD"},
		{"2025-04-2 ", "", "want YYYY-MM-DD"},
		{"２０２５-04-25", "", "want YYYY-MM-DD"}, // full-width digits
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("Parse(%q) = %v, want an error", tt.in, got)
			} else if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Parse(%q) error = %q, want it to say %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q) error = %v, want %s", tt.in, err, tt.want)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestStringRoundTrip walks every day of several years, across leap days
// and the epoch, and checks that String and Parse invert each other and
// that consecutive days are one apart.
func TestStringRoundTrip(t *testing.T) {
	for _, y := range []int{1, 1899, 1900, 1969, 1970, 2000, 2024, 2025, 9999} {
		d := MustOf(y, time.January, 1)
		for d.Year() == y {
			s := d.String()
			back, err := Parse(s)
			if err != nil || back != d {
				t.Fatalf("Parse(%q) = %v, %v, want %v", s, back, err, d)
			}
			tm := d.Time()
			if got := FromTime(tm); got != d {
				t.Fatalf("FromTime(%v) = %v, want %v", tm, got, d)
			}
			if want := tm.Format("2006-01-02"); s != want {
				t.Fatalf("%v.String() = %q, want %q", tm, s, want)
			}
			next := d.AddDays(1)
			if next.Sub(d) != 1 || !d.Before(next) || !next.After(d) || d.Compare(next) != -1 || next.Compare(d) != 1 || d.Compare(d) != 0 {
				t.Fatalf("%v.AddDays(1) = %v: not one day later", d, next)
			}
			if y == 9999 && d.Month() == time.December && d.Day() == 31 {
				break
			}
			d = next
		}
	}
}

func TestZero(t *testing.T) {
	var d Date
	if !d.IsZero() {
		t.Errorf("Date{}.IsZero() = false, want true")
	}
	if got := d.String(); got != "" {
		t.Errorf("Date{}.String() = %q, want \"\"", got)
	}
	if got := d.AddDays(5); !got.IsZero() {
		t.Errorf("Date{}.AddDays(5) = %v, want the zero Date", got)
	}
	if MustOf(1, time.January, 1).IsZero() {
		t.Errorf("MustOf(1, 1, 1).IsZero() = true, want false")
	}
}

func TestFromTimeZone(t *testing.T) {
	// 23:30 on 24 April in New York is 03:30 on 25 April UTC: FromTime
	// keeps the day of t's own location.
	ny := time.FixedZone("EDT", -4*3600)
	tm := time.Date(2025, time.April, 24, 23, 30, 0, 0, ny)
	if got := FromTime(tm).String(); got != "2025-04-24" {
		t.Errorf("FromTime(%v) = %s, want 2025-04-24", tm, got)
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		in   string
		want time.Weekday
	}{
		{"1970-01-01", time.Thursday},
		{"1969-12-31", time.Wednesday},
		{"2025-04-25", time.Friday},
		{"2024-02-29", time.Thursday},
		{"2000-01-01", time.Saturday},
		{"0001-01-01", time.Monday},
		{"9999-12-31", time.Friday},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Weekday(); got != tt.want {
			t.Errorf("Parse(%q).Weekday() = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"2025-04-25", 0, "2025-04-25"},
		{"2025-04-25", 7, "2025-05-02"},
		{"2025-04-25", -25, "2025-03-31"},
		{"2024-02-28", 1, "2024-02-29"},
		{"2025-02-28", 1, "2025-03-01"},
		{"2024-12-31", 1, "2025-01-01"},
		{"2025-01-01", -1, "2024-12-31"},
		{"1970-01-01", -1, "1969-12-31"},
		{"2024-01-01", 366, "2025-01-01"},
		{"2025-01-01", 365, "2026-01-01"},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		got := d.AddDays(tt.n)
		if got.String() != tt.want {
			t.Errorf("Parse(%q).AddDays(%d) = %s, want %s", tt.in, tt.n, got, tt.want)
		}
		if got.Sub(d) != tt.n {
			t.Errorf("%s.Sub(%s) = %d, want %d", got, d, got.Sub(d), tt.n)
		}
	}
}

func TestText(t *testing.T) {
	type doc struct {
		D Date `json:"d"`
	}
	tests := []struct {
		in   doc
		want string
	}{
		{doc{MustOf(2025, time.April, 25)}, `{"d":"2025-04-25"}`},
		{doc{}, `{"d":""}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.in)
		if err != nil || string(b) != tt.want {
			t.Errorf("json.Marshal(%v) = %s, %v, want %s", tt.in, b, err, tt.want)
			continue
		}
		var back doc
		if err := json.Unmarshal(b, &back); err != nil || back != tt.in {
			t.Errorf("json.Unmarshal(%s) = %v, %v, want %v", b, back, err, tt.in)
		}
	}
	var d Date
	if err := d.UnmarshalText([]byte("2025-02-30")); err == nil {
		t.Errorf("UnmarshalText(2025-02-30) = nil error, want one")
	}
}

func w(from, to string) Window {
	var v Window
	if from != "" {
		v.From = mustParse(from)
	}
	if to != "" {
		v.To = mustParse(to)
	}
	return v
}

func mustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestWindowDays(t *testing.T) {
	tests := []struct {
		w     Window
		days  int
		exact bool
		str   string
	}{
		{Window{}, 0, false, ""},
		{Day(mustParse("2025-04-25")), 1, true, "2025-04-25"},
		{w("2025-04-25", "2025-05-02"), 8, false, "2025-04-25..2025-05-02"},
		{w("2024-02-28", "2024-03-01"), 3, false, "2024-02-28..2024-03-01"},
		{w("2025-02-28", "2025-03-01"), 2, false, "2025-02-28..2025-03-01"},
	}
	for _, tt := range tests {
		if got := tt.w.Days(); got != tt.days {
			t.Errorf("%v.Days() = %d, want %d", tt.w, got, tt.days)
		}
		if got := tt.w.Exact(); got != tt.exact {
			t.Errorf("%v.Exact() = %v, want %v", tt.w, got, tt.exact)
		}
		if got := tt.w.String(); got != tt.str {
			t.Errorf("Window.String() = %q, want %q", got, tt.str)
		}
	}
}

func TestWindowContains(t *testing.T) {
	week := w("2025-04-25", "2025-05-02")
	tests := []struct {
		w    Window
		d    string
		want bool
	}{
		{week, "2025-04-24", false},
		{week, "2025-04-25", true},
		{week, "2025-04-28", true},
		{week, "2025-05-02", true},
		{week, "2025-05-03", false},
		{Day(mustParse("2025-04-25")), "2025-04-25", true},
		{Day(mustParse("2025-04-25")), "2025-04-26", false},
		{Window{}, "2025-04-25", false},
	}
	for _, tt := range tests {
		if got := tt.w.Contains(mustParse(tt.d)); got != tt.want {
			t.Errorf("%v.Contains(%s) = %v, want %v", tt.w, tt.d, got, tt.want)
		}
	}
	if week.Contains(Date{}) {
		t.Errorf("%v.Contains(Date{}) = true, want false", week)
	}
}

func TestWindowIntersect(t *testing.T) {
	tests := []struct {
		name string
		a, b Window
		want Window
		ok   bool
	}{
		{"overlap", w("2025-04-20", "2025-04-26"), w("2025-04-25", "2025-05-02"), w("2025-04-25", "2025-04-26"), true},
		{"inside", w("2025-04-20", "2025-04-30"), Day(mustParse("2025-04-25")), Day(mustParse("2025-04-25")), true},
		{"touching", w("2025-04-20", "2025-04-25"), w("2025-04-25", "2025-05-02"), Day(mustParse("2025-04-25")), true},
		{"disjoint", w("2025-04-20", "2025-04-24"), w("2025-04-25", "2025-05-02"), Window{}, false},
		{"same day", Day(mustParse("2025-04-25")), Day(mustParse("2025-04-25")), Day(mustParse("2025-04-25")), true},
		{"other day", Day(mustParse("2025-04-25")), Day(mustParse("2025-04-26")), Window{}, false},
		{"zero and day", Window{}, Day(mustParse("2025-04-25")), Window{}, false},
		{"day and zero", Day(mustParse("2025-04-25")), Window{}, Window{}, false},
		{"zero and zero", Window{}, Window{}, Window{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.a.Intersect(tt.b)
			if got != tt.want || ok != tt.ok {
				t.Errorf("%v.Intersect(%v) = %v, %v, want %v, %v", tt.a, tt.b, got, ok, tt.want, tt.ok)
			}
			// Intersect is symmetric.
			got2, ok2 := tt.b.Intersect(tt.a)
			if got2 != got || ok2 != ok {
				t.Errorf("%v.Intersect(%v) = %v, %v, want %v, %v (symmetry)", tt.b, tt.a, got2, ok2, got, ok)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2025-04-25", "2024-02-29", "2025-02-30", "0000-00-00", "9999-12-31", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			if !d.IsZero() {
				t.Errorf("Parse(%q) = %v with error %v, want the zero Date", s, d, err)
			}
			return
		}
		if got := d.String(); got != s {
			t.Errorf("Parse(%q).String() = %q, want the input", s, got)
		}
	})
}
