package claims

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// scanAllDates is re.FindAllStringSubmatchIndex(s, -1) done with a
// scanner.
func scanAllDates(s string, match func(string, int, *[8]int) bool) [][]int {
	var out [][]int
	scanDates(s, match, func(ix *[8]int) { out = append(out, append([]int(nil), ix[:]...)) })
	return out
}

// findDatesRegexp is findDates as it was written with the expressions.
func findDatesRegexp(s string) []dateMatch {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out []dateMatch
	taken := func(a, b int) bool {
		return slices.ContainsFunc(out, func(m dateMatch) bool { return a < m.End && m.Start < b })
	}
	for _, ix := range dmyRE.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[ix[2]:ix[3]])
		y, _ := strconv.Atoi(s[ix[6]:ix[7]])
		out = append(out, dateMatch{ix[0], ix[1], y, monthOfRegexp(s[ix[4]:ix[5]]), d})
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
		if taken(ix[0], ix[1]) || s[ix[2]] < 'A' || s[ix[2]] > 'Z' {
			continue
		}
		d, _ := strconv.Atoi(s[ix[4]:ix[5]])
		y := 0
		if ix[6] >= 0 {
			y, _ = strconv.Atoi(s[ix[6]:ix[7]])
		}
		out = append(out, dateMatch{ix[0], ix[1], y, monthOfRegexp(s[ix[2]:ix[3]]), d})
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

// monthOfRegexp is monthOf as it was written.
func monthOfRegexp(s string) time.Month {
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

var datePieces = []string{
	"Jan", "January", "Janu", "Feb", "February", "Mar", "March", "Apr", "April", "May", "may", "Jun", "June", "Jul", "July",
	"Aug", "August", "Sep", "Sept", "September", "Sepember", "Septe", "Oct", "October", "Nov", "November", "Dec", "December", "MAY",
	" ", " ", " ", "  ", "\t", "\n", ".", ",", ", ", "-", "_", "(", "é", "ſ", "\xe2",
	"1", "5", "12", "17", "31", "32", "123", "2025", "20255", "1999", "0", "00", "05", "13",
	"st", "nd", "rd", "th", "1st", "22nd", "3rd", "17th", "2025-05-17", "2025-13-01", "2025-05-1", "12025-05-17",
	"on", "Friday", "in", "x", "A",
}

func randomDateText(r *rand.Rand) string { return randomText(r, datePieces, 10, 3) }

func checkDateScanners(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		name  string
		match func(string, int, *[8]int) bool
		want  [][]int
	}{
		{"dmy", matchDMY, dmyRE.FindAllStringSubmatchIndex(s, -1)},
		{"iso", matchISO, isoRE.FindAllStringSubmatchIndex(s, -1)},
		{"mdy", matchMDY, mdyRE.FindAllStringSubmatchIndex(s, -1)},
	} {
		if got := scanAllDates(s, c.match); !reflect.DeepEqual(got, c.want) {
			t.Fatalf("in %q: %s scanner found %v, the expression %v", s, c.name, got, c.want)
		}
	}
	if got, want := findDates(s), findDatesRegexp(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("in %q: findDates found %v, the regexp version %v", s, got, want)
	}
	if len(s) >= 3 {
		if got, want := monthOf(s), monthOfRegexp(s); got != want {
			t.Fatalf("monthOf(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDateScanMatchesRegexp checks the date scanners against their
// expressions on random phrases made of date pieces.
func TestDateScanMatchesRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	n := 30000
	if testing.Short() {
		n = 3000
	}
	for range n {
		checkDateScanners(t, randomDateText(r))
	}
}

// FuzzDateScan checks the date scanners against their expressions on any
// text.
func FuzzDateScan(f *testing.F) {
	for _, s := range []string{"Friday, March 3, 2025", "17th May, 2025", "2025-05-17", "Sept. 5th 2025", "Sepember 3", "1 Jan 20255"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDateScanners(t, s) })
}

// checkHasDigit checks hasDigit against strings.ContainsAny on every
// suffix of s, so that each byte is tried at each place of a word.
func checkHasDigit(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if got, want := hasDigit(s[i:]), strings.ContainsAny(s[i:], "0123456789"); got != want {
			t.Fatalf("hasDigit(%q) = %v, want %v", s[i:], got, want)
		}
	}
}

// TestHasDigit checks hasDigit on every byte value, alone and among
// others, and on random text.
func TestHasDigit(t *testing.T) {
	for c := range 256 {
		for _, pad := range []string{"", "abcdefg", "\x00\x00\x00\x00\x00\x00\x00\x00\x00", "\xff\xff\xff\xff\xff\xff\xff", "::::::::::"} {
			checkHasDigit(t, pad+string([]byte{byte(c)})+pad)
		}
	}
	r := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = byte(r.IntN(256))
			if r.IntN(2) == 0 {
				b[i] = byte(r.IntN(80))
			}
		}
		checkHasDigit(t, string(b))
	}
}

// FuzzHasDigit checks hasDigit against strings.ContainsAny on any text.
func FuzzHasDigit(f *testing.F) {
	for _, s := range []string{"", "no digits here", "in 2025", "\x2f\x3a\x40\x39"} {
		f.Add(s)
	}
	f.Fuzz(checkHasDigit)
}
