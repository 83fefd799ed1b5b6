package claims

import "strings"

// A monthForm is a month name as the date expressions write it: a base
// and optional endings, tried in order ("Sep", "t", "ember": Sep, Sept,
// September, and Sepember, as Sept?(?:ember)? allows).
type monthForm struct {
	base string
	opts []string
}

// monthForms are the month names of monthRE, which is built from them, in
// the order of its alternatives.
var monthForms = []monthForm{
	{"Jan", []string{"uary"}}, {"Feb", []string{"ruary"}}, {"Mar", []string{"ch"}}, {"Apr", []string{"il"}},
	{"May", nil}, {"Jun", []string{"e"}}, {"Jul", []string{"y"}}, {"Aug", []string{"ust"}},
	{"Sep", []string{"t", "ember"}}, {"Oct", []string{"ober"}}, {"Nov", []string{"ember"}}, {"Dec", []string{"ember"}},
}

// monthRE is the expression of a month name, case-sensitive:
// Jan(?:uary)?|…|June?|…|Sept?(?:ember)?|….
var monthRE = func() string {
	alts := make([]string, len(monthForms))
	for i, f := range monthForms {
		alts[i] = f.base
		for _, o := range f.opts {
			if len(o) == 1 {
				alts[i] += o + "?"
			} else {
				alts[i] += "(?:" + o + ")?"
			}
		}
	}
	return "(" + strings.Join(alts, "|") + ")"
}()

// monthEnds appends to ends the ends of the month names written at s[i:],
// in the order the expression tries them (each ending with, then
// without), and returns it.
func monthEnds(s string, i int, ends []int) []int {
	if i >= len(s) || !monthInitial[s[i]] {
		return ends
	}
	for _, f := range monthForms {
		if s[i] != f.base[0] || !strings.HasPrefix(s[i:], f.base) {
			continue
		}
		// Bit k of mask (from the top) says the k-th ending is written:
		// all of them first, none last.
		n := len(f.opts)
	masks:
		for mask := 1<<n - 1; mask >= 0; mask-- {
			j := i + len(f.base)
			for k, o := range f.opts {
				if mask&(1<<(n-1-k)) == 0 {
					continue
				}
				if !strings.HasPrefix(s[j:], o) {
					continue masks
				}
				j += len(o)
			}
			ends = append(ends, j)
		}
	}
	return ends
}

// The scanners below find the match of one date expression anchored at
// s[p:], exactly as the expression would, with its submatch indexes in
// ix; findDates runs them instead of the expressions, which stay as their
// specification.

// matchISO is isoRE: \b(\d{4})-(\d{2})-(\d{2})\b.
func matchISO(s string, p int, ix *[8]int) bool {
	if p+10 > len(s) || !atWordBoundary(s, p) || skipDigits(s, p) != p+4 || s[p+4] != '-' ||
		!isDigit(s[p+5]) || !isDigit(s[p+6]) || s[p+7] != '-' || !isDigit(s[p+8]) || !isDigit(s[p+9]) || !atWordBoundary(s, p+10) {
		return false
	}
	*ix = [8]int{p, p + 10, p, p + 4, p + 5, p + 7, p + 8, p + 10}
	return true
}

// dayEnds appends the ends of \d{1,2}(?:st|nd|rd|th)? at s[i:] to ends,
// in the order the expression tries them: two digits before one, the
// ordinal before none.
func dayEnds(s string, i int, ends []int) []int {
	for n := 2; n >= 1; n-- {
		if skipDigits(s, i) < i+n {
			continue
		}
		d := i + n
		if d+2 <= len(s) {
			switch s[d : d+2] {
			case "st", "nd", "rd", "th":
				ends = append(ends, d+2)
			}
		}
		ends = append(ends, d)
	}
	return ends
}

// matchDMY is dmyRE: \b(\d{1,2})(?:st|nd|rd|th)?\s+MONTH\.?,?\s+(\d{4})\b.
func matchDMY(s string, p int, ix *[8]int) bool {
	if p >= len(s) || !isDigit(s[p]) || !atWordBoundary(s, p) {
		return false
	}
	var dbuf [4]int
	for _, de := range dayEnds(s, p, dbuf[:0]) {
		m0 := skipSpaceRE(s, de)
		if m0 == de {
			continue
		}
		var mbuf [4]int
		for _, me := range monthEnds(s, m0, mbuf[:0]) {
			for _, dot := range optByte(s, me, '.') {
				for _, comma := range optByte(s, dot, ',') {
					if comma < 0 {
						break
					}
					y := skipSpaceRE(s, comma)
					if y == comma || skipDigits(s, y) < y+4 || !atWordBoundary(s, y+4) {
						continue
					}
					*ix = [8]int{p, y + 4, p, dayDigitsEnd(s, p, de), m0, me, y, y + 4}
					return true
				}
			}
		}
	}
	return false
}

// dayDigitsEnd returns where the digits of a day whose match ends at de
// end: before its ordinal, if it has one.
func dayDigitsEnd(s string, p, de int) int {
	if de > p && !isDigit(s[de-1]) {
		return de - 2
	}
	return de
}

// optByte returns the ends of c? at s[i:] in the order the expression
// tries them: with c first, when it is there; -1 ends the list. i < 0
// gives none.
func optByte(s string, i int, c byte) [2]int {
	if i >= 0 && i < len(s) && s[i] == c {
		return [2]int{i + 1, i}
	}
	return [2]int{i, -1}
}

// matchMDY is mdyRE: \bMONTH\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?.
func matchMDY(s string, p int, ix *[8]int) bool {
	if p >= len(s) || s[p] < 'A' || s[p] > 'S' || !atWordBoundary(s, p) {
		return false
	}
	var mbuf [4]int
	for _, me := range monthEnds(s, p, mbuf[:0]) {
		for _, dot := range optByte(s, me, '.') {
			if dot < 0 {
				break
			}
			d0 := skipSpaceRE(s, dot)
			if d0 == dot {
				continue
			}
			var buf [8]int
			for _, de := range dayEnds(s, d0, buf[:0]) {
				if !atWordBoundary(s, de) {
					continue
				}
				*ix = [8]int{p, de, p, me, d0, dayDigitsEnd(s, d0, de), -1, -1}
				// (?:,?\s+(\d{4})\b)?
				for _, comma := range optByte(s, de, ',') {
					if comma < 0 {
						break
					}
					y := skipSpaceRE(s, comma)
					if y > comma && y+4 <= len(s) && skipDigits(s, y) >= y+4 && atWordBoundary(s, y+4) {
						ix[1], ix[6], ix[7] = y+4, y, y+4
						break
					}
				}
				return true
			}
		}
	}
	return false
}

// scanDates calls f with each match of match in s, as
// FindAllStringSubmatchIndex would find them: leftmost, without overlaps.
func scanDates(s string, match func(string, int, *[8]int) bool, f func(ix *[8]int)) {
	var ix [8]int
	for p := 0; p < len(s); {
		if match(s, p, &ix) {
			f(&ix)
			p = ix[1]
			continue
		}
		p++
	}
}
