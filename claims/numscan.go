package claims

import (
	"strings"
	"unicode/utf8"
)

// The word lists of numberRE, in the order of its alternatives. A word
// ending in "?" has an optional last letter ("dozens?"), as in the
// expression, which is built from these lists: the scanner below and
// numberRE cannot drift apart.
var (
	hedgeWords = []string{
		"about", "around", "roughly", "approximately", "nearly", "almost", "some", "an estimated",
		"at least", "more than", "over", "upwards of", "at most", "up to", "fewer than", "less than", "under",
	}
	numberWordAlts = []string{
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
		"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozens?",
	}
	scaleWords    = []string{"thousand", "million", "billion", "trillion", "bn", "mn", "m", "k"}
	durationAlts  = []string{"minutes?", "hours?", "days?", "weeks?", "months?", "years?"}
	duration2Alts = []string{"minutes?", "hours?"}
	currencySyms  = []string{"$", "£", "€"}
)

// The word lists by the byte their match can start with, for the scanner
// to try only the words that may match where it stands.
var (
	hedgeTable      = newAltTable(hedgeWords)
	numberWordTable = newAltTable(numberWordAlts)
	scaleTable      = newAltTable(scaleWords)
	durationTable   = newAltTable(durationAlts)
	duration2Table  = newAltTable(duration2Alts)
)

// An altTable holds a list of alternatives (lower-case ASCII, an optional
// last letter marked by "?") by each byte a foldLit match of them can
// start with: the letter in either case, and the first byte of "ſ" for s
// and of the Kelvin sign for k. Each byte's list keeps the order of the
// alternatives, so that the first that matches is the expression's
// choice.
type altTable [256][]litAlt

// A litAlt is one alternative: lit, then opt (a letter, or "") optionally.
type litAlt struct{ lit, opt string }

func newAltTable(alts []string) *altTable {
	t := new(altTable)
	for _, a := range alts {
		opt := ""
		if strings.HasSuffix(a, "?") {
			a, opt = a[:len(a)-2], a[len(a)-2:len(a)-1]
		}
		for b, ok := range firstBytes(false, []string{a}) {
			if ok {
				t[b] = append(t[b], litAlt{a, opt})
			}
		}
	}
	return t
}

// at returns the alternatives that may match at s[i:].
func (t *altTable) at(s string, i int) []litAlt {
	if i >= len(s) {
		return nil
	}
	return t[s[i]]
}

// matchNumberAt reports whether numberRE matches s at p, anchored there,
// with the submatch indexes in m, exactly as the expression would (Perl
// leftmost-first choices, ASCII \b and \s, case folded as (?i) folds,
// where "ſ" is an s and the Kelvin sign a k). It runs no expression and
// allocates nothing.
//
// The expression is a prefix (hedge, "a", currency, a space) and a number
// followed by \b, then three optional tails. The tails can always match
// empty, so once the number is found the choices before it are final,
// and each tail takes its first choice that fits.
func matchNumberAt(s string, p int, m *[20]int) bool {
	if !mayStartNumber(s, p) {
		return false
	}
	for i := range m {
		m[i] = -1
	}
	// (?:\b(HEDGE)\s+)?
	if atWordBoundary(s, p) {
		for _, h := range hedgeTable.at(s, p) {
			end, ok := foldLit(s, p, h.lit)
			if !ok {
				continue
			}
			// \s+ is greedy; giving a space back reaches no state the
			// greedy choice did not try.
			if q := skipSpaceRE(s, end); q > end && numberAfterHedge(s, q, m) {
				m[0], m[2], m[3] = p, p, end
				return true
			}
		}
	}
	if numberAfterHedge(s, p, m) {
		m[0], m[2], m[3] = p, -1, -1
		return true
	}
	return false
}

// mayStartNumber is a cheap first test for matchNumberAt: false when no
// match can start at s[p], judged by its first two bytes. Most places the
// scanner tries are spaces before an ordinary word, or words that start
// as no hedge and no number does ("the", "said"), and the test spares
// them the walk through every way in.
func mayStartNumber(s string, p int) bool {
	if p >= len(s) {
		return false
	}
	switch c := s[p]; startClasses[c] {
	case startAny:
		return true
	case startSpace:
		// \s?\b(NUM): after a space only a number can start the match
		// (a hedge or "a" needs a word boundary, which no space has, and
		// the expression's \s? takes one space only).
		return numberMayStart(s, p+1)
	case startLetter:
		return pairMayStart(s, p, &startPairs)
	}
	return false
}

// numberMayStart reports whether a number (\d or a number word) may
// start at s[q], judged by its first two bytes.
func numberMayStart(s string, q int) bool {
	if q >= len(s) {
		return false
	}
	switch c := s[q]; {
	case c >= '0' && c <= '9', c == "ſ"[0]:
		return true
	case startClasses[c] == startLetter:
		return pairMayStart(s, q, &numberPairs)
	}
	return false
}

// pairMayStart reports whether a word of the pairs may start at s[q],
// s[q] being an ASCII letter: its second byte must be one the pairs allow
// after the first letter, or a byte above ASCII, which may be the start
// of "ſ" or the Kelvin sign, letters that (?i) folds to s and k.
func pairMayStart(s string, q int, pairs *[26]uint32) bool {
	if q+1 >= len(s) {
		return false // every word of the pairs has two bytes or more
	}
	d := s[q+1]
	if d >= 0x80 {
		return true
	}
	return pairs[s[q]|0x20-'a']&secondBits[d] != 0
}

// The classes of the first byte of a match of numberRE.
const (
	startNever  = iota
	startAny    // a digit, or the first byte of a currency symbol, "ſ" or the Kelvin sign
	startSpace  // regexp's \s
	startLetter // an ASCII letter that starts a hedge, "a" or a number word
)

var (
	// startPairs holds, by the first letter (lower-cased) of each hedge,
	// of "a" and of each number word, the bits (secondBits) of the bytes
	// that may follow it: the second letter in either case, and \s after
	// the article "a". numberPairs holds those of the number words only.
	startPairs, numberPairs = newPairs(append(append([]string{"a "}, hedgeWords...), numberWordAlts...)), newPairs(numberWordAlts)
	// secondBits gives each ASCII byte its bit in a pair mask: bit
	// letter-'a' for a letter in either case, bit 26 for \s, none else.
	secondBits = func() (t [256]uint32) {
		for c := range 128 {
			switch {
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				t[c] = 1 << (c | 0x20 - 'a')
			case isSpaceRE(byte(c)):
				t[c] = 1 << 26
			}
		}
		return t
	}()
	startClasses = func() (t [256]uint8) {
		for i := range t {
			switch c := byte(i); {
			case c >= '0' && c <= '9', c == '$', c == "£"[0], c == "€"[0], c == "ſ"[0], c == "\u212a"[0]:
				t[c] = startAny
			case isSpaceRE(c):
				t[c] = startSpace
			case c|0x20 >= 'a' && c|0x20 <= 'z' && startPairs[c|0x20-'a'] != 0:
				t[c] = startLetter
			}
		}
		return t
	}()
)

// newPairs makes the pair masks of words, lower-case ASCII of two bytes
// or more, whose second byte is a letter or a space (standing for \s).
func newPairs(words []string) (t [26]uint32) {
	for _, w := range words {
		f, d := w[0], w[1]
		if f < 'a' || f > 'z' || d != ' ' && (d < 'a' || d > 'z') {
			panic("claims: pair of " + w)
		}
		t[f-'a'] |= secondBits[d]
	}
	return t
}

// numberAfterHedge matches (?:\ba\s+)?([$£€])?\s?\b(NUM)\b and the tails
// at s[q:]: the article "a" is a word of its own, never the last letter of
// the word before the number ("in Russia 5 people").
func numberAfterHedge(s string, q int, m *[20]int) bool {
	if q < len(s) && s[q]|0x20 == 'a' && atWordBoundary(s, q) {
		if r := skipSpaceRE(s, q+1); r > q+1 && numberAfterA(s, r, m) {
			return true
		}
	}
	return numberAfterA(s, q, m)
}

// numberAfterA matches ([$£€])?\s?\b(NUM)\b and the tails at s[r:].
func numberAfterA(s string, r int, m *[20]int) bool {
	for _, c := range currencySyms {
		if strings.HasPrefix(s[r:], c) {
			if numberAfterCurrency(s, r+len(c), m) {
				m[4], m[5] = r, r+len(c)
				return true
			}
			break // one rune: no other symbol starts here
		}
	}
	m[4], m[5] = -1, -1
	return numberAfterCurrency(s, r, m)
}

// numberAfterCurrency matches \s?\b(NUM)\b and the tails at s[r:].
func numberAfterCurrency(s string, r int, m *[20]int) bool {
	if r < len(s) && isSpaceRE(s[r]) && numberTail(s, r+1, m) {
		return true
	}
	return numberTail(s, r, m)
}

// numberTail matches \b(NUM)\b and the optional scale, duration and
// percent tails at s[r:], setting m[1] and m[6:20].
func numberTail(s string, r int, m *[20]int) bool {
	e, ok := matchNum(s, r)
	if !ok {
		return false
	}
	for i := 8; i < 20; i++ {
		m[i] = -1
	}
	m[6], m[7] = r, e
	// (?:\s*(SCALE)\b)?
	t := skipSpaceRE(s, e)
	if end, ok := firstAlt(s, t, scaleTable, atWordBoundary); ok {
		m[8], m[9] = t, end
		e = end
	}
	// (?:(-|\s)(UNIT)\b(?:\s+and\s+(\d+|NUMWORDS)\s+(minutes?|hours?))?)?
	if e < len(s) && (s[e] == '-' || isSpaceRE(s[e])) {
		if end, ok := firstAlt(s, e+1, durationTable, atWordBoundary); ok {
			m[10], m[11], m[12], m[13] = e, e+1, e+1, end
			e = end
			if n0, n1, u0, u1, ok := durationAnd(s, e); ok {
				m[14], m[15], m[16], m[17] = n0, n1, u0, u1
				e = u1
			}
		}
	}
	// (%|\s+percent\b|\s+per cent\b)?
	if e < len(s) && s[e] == '%' {
		m[18], m[19] = e, e+1
		e++
	} else if w := skipSpaceRE(s, e); w > e {
		for _, lit := range [...]string{"percent", "per cent"} {
			if end, ok := foldLit(s, w, lit); ok && atWordBoundary(s, end) {
				m[18], m[19] = e, end
				e = end
				break
			}
		}
	}
	m[1] = e
	return true
}

// durationAnd matches \s+and\s+(\d+|NUMWORDS)\s+(minutes?|hours?) at
// s[e:], returning the spans of the number and the unit.
func durationAnd(s string, e int) (n0, n1, u0, u1 int, ok bool) {
	w := skipSpaceRE(s, e)
	if w == e {
		return
	}
	a, found := foldLit(s, w, "and")
	if !found {
		return
	}
	n0 = skipSpaceRE(s, a)
	if n0 == a {
		return
	}
	followedBySpace := func(s string, i int) bool { return i < len(s) && isSpaceRE(s[i]) }
	if n1 = skipDigits(s, n0); n1 > n0 {
		// \d+ gives digits back only to a digit, never to a space.
		if !followedBySpace(s, n1) {
			return
		}
	} else if n1, found = firstAlt(s, n0, numberWordTable, followedBySpace); !found {
		return
	}
	u0 = skipSpaceRE(s, n1)
	// Nothing follows the unit inside the group, and what follows the
	// group may match empty: the greedy "s" is kept.
	u1, ok = firstAlt(s, u0, duration2Table, func(string, int) bool { return true })
	return n0, n1, u0, u1, ok
}

// matchNum matches \b(NUM)\b at s[r:], NUM being
// \d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|NUMWORDS, and returns the number's end.
func matchNum(s string, r int) (int, bool) {
	if !atWordBoundary(s, r) {
		return 0, false
	}
	if d := skipDigits(s, r); d > r {
		// \d{1,3}(?:,\d{3})+: the groups greedy, then as few as \b allows.
		if d-r <= 3 {
			best, e := -1, d
			for e+4 <= len(s) && s[e] == ',' && isDigit(s[e+1]) && isDigit(s[e+2]) && isDigit(s[e+3]) {
				e += 4
				if atWordBoundary(s, e) {
					best = e
				}
			}
			if best >= 0 {
				return best, true
			}
		}
		// \d+(?:\.\d+)?: the fraction whole or not at all, since a digit
		// given back leaves a digit next, which is no boundary.
		if d+1 < len(s) && s[d] == '.' && isDigit(s[d+1]) {
			if f := skipDigits(s, d+1); atWordBoundary(s, f) {
				return f, true
			}
		}
		return d, atWordBoundary(s, d)
	}
	return firstAlt(s, r, numberWordTable, atWordBoundary)
}

// firstAlt returns the end of the first alternative of t (in order, an
// optional last letter tried with it first) that matches at s[i:] and
// whose end satisfies then.
func firstAlt(s string, i int, t *altTable, then func(string, int) bool) (int, bool) {
	for _, a := range t.at(s, i) {
		alt, opt := a.lit, a.opt
		end, ok := foldLit(s, i, alt)
		if !ok {
			continue
		}
		if opt != "" {
			if e2, ok := foldLit(s, end, opt); ok && then(s, e2) {
				return e2, true
			}
		}
		if then(s, end) {
			return end, true
		}
	}
	return 0, false
}

// foldLit matches lit (lower-case ASCII) at s[i:] as (?i) does: an ASCII
// letter in either case, and for s and k also "ſ" and the Kelvin sign,
// which fold to them. It returns the end of the match.
func foldLit(s string, i int, lit string) (int, bool) {
	// Most calls fail at the first byte: an ASCII byte that differs from
	// lit's first byte even with bit 0x20 set in both (which makes a
	// letter lower case) matches it in no case, and only a byte above
	// ASCII may start "ſ" or the Kelvin sign.
	if i < len(s) && len(lit) > 0 && s[i] < utf8.RuneSelf && s[i]|0x20 != lit[0]|0x20 {
		return 0, false
	}
	for k := 0; k < len(lit); k++ {
		c := lit[k]
		if i < len(s) && (s[i] == c || c >= 'a' && c <= 'z' && s[i]|0x20 == c) {
			i++
			continue
		}
		switch {
		case c == 's' && strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		case c == 'k' && strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return 0, false
		}
	}
	return i, true
}

// atWordBoundary is regexp's \b at s[i]: an ASCII word character on one
// side and none on the other (a byte of a multi-byte rune is none).
func atWordBoundary(s string, i int) bool {
	before := i > 0 && wordBytesRE[s[i-1]]
	after := i < len(s) && wordBytesRE[s[i]]
	return before != after
}

// isWordByteRE is regexp's \w: [0-9A-Za-z_]. The date and number scanners
// ask it of nearly every byte they try, so it reads a table.
func isWordByteRE(c byte) bool { return wordBytesRE[c] }

var wordBytesRE = func() (t [256]bool) {
	for c := range t {
		t[c] = c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return t
}()

// isSpaceRE is regexp's \s: [\t\n\f\r ].
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func skipSpaceRE(s string, i int) int {
	for i < len(s) && isSpaceRE(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func skipDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}
