package claims

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numberWords are the counts news writes in words.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12, "dozens": 24,
}

var scales = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3,
}

var currencies = map[string]string{"$": "USD", "£": "GBP", "€": "EUR"}

// durationUnits are in minutes.
var durationUnits = map[string]float64{
	"minute": 1, "minutes": 1, "hour": 60, "hours": 60, "day": 1440, "days": 1440,
	"week": 10080, "weeks": 10080, "month": 43200, "months": 43200, "year": 525600, "years": 525600,
}

var hedges = map[string]string{
	"about": "about", "around": "about", "roughly": "about", "approximately": "about", "nearly": "about",
	"almost": "about", "some": "about", "an estimated": "about", "estimated": "about",
	"at least": "at least", "more than": "at least", "over": "at least", "upwards of": "at least",
	"at most": "at most", "up to": "at most", "fewer than": "at most", "less than": "at most", "under": "at most",
}

// numberRE is the expression of a number phrase: hedge, currency, number,
// scale, duration and percent. Extraction scans for it with
// matchNumberAt, which finds the same matches without running it; the
// expression stays as the specification the scanner is tested against.
var numberRE = regexp.MustCompile(`(?i)(?:\b(` + strings.Join(hedgeWords, "|") + `)\s+)?` +
	`(?:\ba\s+)?([$£€])?\s?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|` + numWordsRE + `)\b` +
	`(?:\s*(` + strings.Join(scaleWords, "|") + `)\b)?` +
	`(?:(-|\s)(` + strings.Join(durationAlts, "|") + `)\b(?:\s+and\s+(\d+|` + numWordsRE + `)\s+(` + strings.Join(duration2Alts, "|") + `))?)?` +
	`(%|\s+percent\b|\s+per cent\b)?`)

var numWordsRE = strings.Join(numberWordAlts, "|")

// subjectStop ends the search for the thing a number counts.
var subjectStop = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "to": true, "and": true, "or": true, "the": true,
	"a": true, "that": true, "which": true, "for": true, "from": true, "with": true, "by": true,
	"was": true, "were": true, "is": true, "are": true, "have": true, "has": true, "had": true,
	"since": true, "after": true, "before": true, "as": true, "than": true, "ago": true, "more": true,
	"times": true, "per": true, "cent": true, "percent": true,
}

// appendNumbers appends numberRE's matches in text to dst, as
// FindAllStringSubmatchIndex finds them, but looks only around the words
// that can start a number (a digit, a number word), a few words back for
// a hedge or a currency: most of a text holds no number. Around each such
// word it scans as the expression would scan text[from:to], with
// matchNumberAt, up to the match that holds the word.
func appendNumbers(dst [][20]int, text string) [][20]int {
	last := 0 // matches do not overlap
	var m [20]int
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !isASCIIWordByte(c) {
			continue
		}
		// A word starts at i: the byte before, if any, is no word byte,
		// since the loop steps over each word whole, and the byte after
		// it too.
		j := i + 1
		for j < len(text) && isASCIIWordByte(text[j]) {
			j++
		}
		anchor := c >= '0' && c <= '9'
		if numberWordFirst[c] {
			// Only a word whose first letter starts a number word needs
			// the look-up.
			ascii := true
			for k := i + 1; k < j && ascii; k++ {
				ascii = text[k] < utf8.RuneSelf
			}
			anchor = isNumberWord(text[i:j], ascii)
		}
		if !anchor || i < last {
			i = j // no word starts inside this one, nor at text[j]
			continue
		}
		from := lookback(text, i, last)
		to := min(len(text), i+120)
		// The matches of the expression in text[from:to], in order and
		// without overlaps, up to the one whose number starts at i: a
		// match that starts after i cannot hold it.
		s := text[from:to]
		for p := 0; p <= i-from; {
			if p > 0 && isWordByteRE(s[p-1]) && isWordByteRE(s[p]) {
				// Inside a word no match starts: each of its ways in (a
				// hedge, the article, a number) wants a \b there, and a
				// currency symbol or a space is no letter.
				p++
				continue
			}
			if !matchNumberAt(s, p, &m) {
				p++
				continue
			}
			if m[6]+from < i {
				p = m[1]
				continue // a match around another number
			}
			if m[6]+from == i && m[0]+from >= last {
				for k, v := range m {
					if v >= 0 {
						m[k] = v + from
					}
				}
				dst = append(dst, m)
				last = m[1]
			}
			break
		}
	}
	return dst
}

// lookback returns where to start scanning for a number whose word starts
// at i: up to five words back ("more than a dozen", "about $"), never
// before last. A run of spaces, as a blanked HTML tag leaves between
// "about" and "40", counts as one.
func lookback(text string, i, last int) int {
	from := i
	for words := 0; from > last && words < 5; {
		from--
		if isSpaceRE(text[from]) && (from == last || !isSpaceRE(text[from-1])) {
			words++
		}
	}
	return from
}

// isNumberWord reports whether strings.ToLower(w) is a key of
// numberWords, without making the lower-case string. ascii tells whether
// w is all ASCII.
func isNumberWord(w string, ascii bool) bool {
	var buf [16]byte
	if !ascii {
		// As strings.ToLower lowers it, rune by rune: a rune that stays
		// above ASCII (an invalid byte becomes U+FFFD) is in no key.
		n := 0
		for _, r := range w {
			r = unicode.ToLower(r)
			if r >= utf8.RuneSelf || n == len(buf) {
				return false
			}
			buf[n] = byte(r)
			n++
		}
		_, ok := numberWords[string(buf[:n])]
		return ok
	}
	if w == "" || len(w) >= len(numberKeys) || (w[0]|0x20)-'a' >= 26 {
		return false // no key has its length or first letter
	}
	// Lower-casing an ASCII byte sets its bit 0x20, and a key's letters
	// have it set: w[k]|0x20 == key[k] says w[k] lowers to key[k].
	for _, key := range numberKeys[len(w)][(w[0]|0x20)-'a'] {
		k := 1
		for k < len(w) && w[k]|0x20 == key[k] {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// numberKeys holds the keys of numberWords by length and first letter:
// a word is compared with the two or three that may be it, not hashed.
var numberKeys = func() (t [10][26][]string) {
	for w := range numberWords {
		t[len(w)][w[0]-'a'] = append(t[len(w)][w[0]-'a'], w)
	}
	return t
}()

// numberWordFirst holds the ASCII letters, in either case, that start a
// key of numberWords. A word that starts with another byte is none, even
// lowered rune by rune.
var numberWordFirst = func() (t [256]bool) {
	for w := range numberWords {
		t[w[0]], t[w[0]-('a'-'A')] = true, true
	}
	return t
}()

func isASCIIWordByte(c byte) bool { return asciiWordBytes[c] }

// asciiWordBytes holds the bytes of isASCIIWordByte: ASCII letters and
// digits, and every byte of a multi-byte rune.
var asciiWordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= '0' && c <= '9' || (c|0x20) >= 'a' && (c|0x20) <= 'z' || c >= 0x80
	}
	return t
}()

// numbers finds quantities in one block: counts tied to the thing counted
// ("three rounds of talks"), durations ("about 1 hour and 15 minutes",
// "30-day ceasefire"), money ("$60 billion") and percentages. Years,
// dates, times of day and numbers with nothing counted are skipped.
func (x *extractor) numbers(b Block) {
	text := x.a.Text[b.Start:b.End]
	dates := findDates(text) // in order, without overlaps
	if x.a.blockDates == nil {
		x.a.blockDates = map[int][]dateMatch{}
	}
	x.a.blockDates[b.Start] = dates
	next := 0 // the first date that ends after the number
	// Room for the matches on the stack: most blocks hold fewer.
	var buf [16][20]int
	for _, m := range appendNumbers(buf[:0], text) {
		start, end := m[0], m[1]
		for start < end && text[start] == ' ' {
			start++
		}
		for next < len(dates) && dates[next].End <= m[6] {
			next++
		}
		inDate := next < len(dates) && dates[next].Start < m[7]
		if inDate || start > 0 && strings.ContainsAny(text[start-1:start], ":/-") {
			continue
		}
		raw := strings.ToLower(text[m[6]:m[7]])
		val, ok := parseNumber(raw)
		if !ok {
			continue
		}
		// On the stack until the claim is kept: most candidates are
		// dropped below (a year, nothing counted).
		n := &Number{}
		if m[2] >= 0 {
			// The hedge's bytes are those of a hedge word, its one space
			// (in "at least") matched as itself: no spaces to fold
			// (TestHedgeSpaces).
			n.Hedge = hedges[strings.ToLower(text[m[2]:m[3]])]
		}
		switch {
		case n.Hedge == "" && raw == "dozens":
			n.Hedge = "at least" // "dozens of": two dozen or more
		case n.Hedge == "" && raw == "dozen":
			n.Hedge = "about" // "a dozen": never an exact count
		}
		if m[4] >= 0 {
			n.Unit = currencies[text[m[4]:m[5]]]
		}
		if m[8] >= 0 {
			s := scales[strings.ToLower(text[m[8]:m[9]])]
			if (s == 1e6 || s == 1e3) && len(text[m[8]:m[9]]) == 1 && n.Unit == "" {
				continue // "5 m" is metres more often than millions
			}
			val *= s
		}
		isSpan := false
		if m[12] >= 0 {
			unit := strings.ToLower(text[m[12]:m[13]])
			val *= durationUnits[unit]
			n.Unit = "minutes"
			isSpan = text[m[10]:m[11]] == "-" // "30-day ceasefire": the span of a thing
			if m[14] >= 0 {
				if v2, ok := parseNumber(strings.ToLower(text[m[14]:m[15]])); ok {
					val += v2 * durationUnits[strings.ToLower(text[m[16]:m[17]])]
				}
			}
		}
		if m[18] >= 0 {
			n.Unit = "%"
		}
		if n.Unit == "" && m[4] < 0 && val >= 1900 && val <= 2100 && !strings.Contains(raw, ",") {
			continue // a year
		}
		n.Value = val
		n.Subject = x.numberSubject(text, end, start, n, isSpan)
		if n.Subject == "" && (n.Unit == "" || n.Unit == "minutes") {
			continue // a number with nothing counted
		}
		n.Phrase = strings.TrimSpace(text[start:end])
		abs0, abs1 := b.Start+start, b.Start+end
		line, col := x.a.Position(abs0)
		x.out = append(x.out, Claim{
			Kind: KindNumber, Start: int32(abs0), End: int32(abs1), Text: x.a.Text[abs0:abs1], Line: int32(line), Column: int32(col),
			Quoted: x.insideQuote(b, abs0), Number: keptNumber(*n),
		})
	}
}

// keptNumber returns a copy of n on the heap, for a claim to keep.
func keptNumber(n Number) *Number { return &n }

// numberSubject returns the thing a number counts: the noun after it
// ("three slow rounds of talks" → "round"), or, for a duration, the noun
// before "lasted" ("the call, which lasted 70 minutes" → "call").
func (x *extractor) numberSubject(text string, end, start int, n *Number, isSpan bool) string {
	if n.Unit == "minutes" && !isSpan {
		// "Officials said the call between the presidents lasted 90
		// minutes": the subject of "lasted" in the same clause.
		// The clause before: from the last "." or ";", looking back a
		// bounded way, so that a long line without them costs no more.
		from := max(0, start-1000)
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		before := text[from:start]
		if i := strings.LastIndexAny(before, ".;"); i >= 0 {
			before = before[i+1:]
		}
		if !hasLast(before) {
			return "" // lastedRE needs "last"
		}
		before = strings.ToLower(before)
		if w0, w1, ok := matchLasted(before); ok {
			// The match of lastedRE runs to the clause's end, so the
			// determiner is searched for in the whole clause.
			if d, ok := matchDeterminer(before); ok {
				return singular(d)
			}
			return singular(before[w0:w1])
		}
		return ""
	}
	// Only the words right after the number, up to punctuation: the loop
	// below looks at no more than five.
	var buf [5]string
	words := buf[:subjectWords(text[end:], &buf)]
	// The thing counted: for a span ("30-day ceasefire") the next word;
	// for a count, the first plural among the next three words ("three
	// slow rounds", "two phone calls"), since a count above one takes a
	// plural noun.
	for i, w := range words {
		lw := strings.ToLower(w)
		if strings.HasPrefix(lw, "-") {
			continue // "three-year-long war"
		}
		if i >= 3 || subjectStop[lw] || isCapitalized(w) && i > 0 {
			break
		}
		switch {
		case isSpan || n.Unit != "" && n.Unit != "minutes":
			return singular(lw)
		case n.Value > 1 && (irregularPlurals[lw] || strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss")):
			return singular(lw)
		}
	}
	return ""
}

// irregularPlurals are plural nouns without an s.
var irregularPlurals = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "police": true, "personnel": true,
	"staff": true, "civilians": true, "casualties": true,
}

// matchLasted finds in s, a lower-cased clause, what lastedRE (kept in
// the tests as the reference) finds with FindStringSubmatchIndex: the
// word w0:w1 before "... which lasted" at the end of s, ok false for
// none. It runs no expression. The expression's match ends at the end of
// s and starts with a run of letters, which the next byte (a comma or a
// space) ends, so the match is the first whole run of letters followed
// by one of the tails the expression allows; and the tail's end, from
// "last" on, is the same for every run.
func matchLasted(s string) (w0, w1 int, ok bool) {
	// last(?:ed|ing|s)?(?:\s+for)?\s*$, read from the end: each part is
	// forced, since nothing else can take a trailing "for" or the
	// letters after "last".
	e := len(s)
	for e > 0 && isSpaceRE(s[e-1]) {
		e--
	}
	if strings.HasSuffix(s[:e], "for") {
		w := e - len("for")
		for w > 0 && isSpaceRE(s[w-1]) {
			w--
		}
		if w < e-len("for") {
			e = w
		}
	}
	k := -1
	for _, suffix := range [...]string{"lasted", "lasting", "lasts", "last"} {
		if strings.HasSuffix(s[:e], suffix) {
			k = e - len(suffix)
			break
		}
	}
	if k < 0 {
		return 0, 0, false
	}
	for i := 0; i < k; {
		if !isLowerASCII(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isLowerASCII(s[j]) {
			j++
		}
		if j <= k && lastedBetween(s[j:k]) {
			return i, j, true
		}
		i = j
	}
	return 0, 0, false
}

// lastedBetween reports whether x, all of it, matches the part of
// lastedRE between the word and "last": ,?\s+(?:which|that)?\s*(?:has\s+|had\s+)?.
// Each optional part is taken when present, since nothing after it can
// take its bytes.
func lastedBetween(x string) bool {
	q := 0
	if q < len(x) && x[q] == ',' {
		q++
	}
	if r := skipSpaceRE(x, q); r > q {
		q = r
	} else {
		return false
	}
	for _, w := range [...]string{"which", "that"} {
		if strings.HasPrefix(x[q:], w) {
			q += len(w)
			break
		}
	}
	q = skipSpaceRE(x, q)
	if strings.HasPrefix(x[q:], "has") || strings.HasPrefix(x[q:], "had") {
		r := skipSpaceRE(x, q+3)
		if r == q+3 {
			return false
		}
		q = r
	}
	return q == len(x)
}

// matchDeterminer finds in s what determinerRE (kept in the tests as the
// reference) finds with FindStringSubmatch: the word after the first
// determiner ("the", "a", "an", "their", "his", "her", "its") that
// starts a word and is followed by spaces and a letter. It runs no
// expression.
func matchDeterminer(s string) (string, bool) {
	for p := 0; p < len(s); p++ {
		switch s[p] {
		case 't', 'a', 'h', 'i':
		default:
			continue
		}
		if p > 0 && isWordByteRE(s[p-1]) {
			continue // \b
		}
		// The determiners in the expression's order: the first whose
		// tail matches is its choice.
		for _, d := range [...]string{"the", "a", "an", "their", "his", "her", "its"} {
			if !strings.HasPrefix(s[p:], d) {
				continue
			}
			q := p + len(d)
			r := skipSpaceRE(s, q)
			if r == q || r == len(s) || !isLowerASCII(s[r]) {
				continue
			}
			e := r + 1
			for e < len(s) && isLowerASCII(s[e]) {
				e++
			}
			return s[r:e], true
		}
	}
	return "", false
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// hasLast reports whether strings.ToLower(s) holds "last", without
// lowering s: the only runes above ASCII that lower to ASCII are "İ" (to
// i) and the Kelvin sign (to k), so the four letters are ASCII in s, in
// either case.
func hasLast(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i]|0x20 == 'l' && s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 's' && s[i+3]|0x20 == 't' {
			return true
		}
	}
	return false
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

func parseNumber(s string) (float64, bool) {
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// insideQuote reports whether byte offset off of block b lies inside a
// quotation.
func (x *extractor) insideQuote(b Block, off int) bool {
	if x.quotesOf != [2]int{b.Start, b.End + 1} {
		x.quotesOf, x.quoteSet = [2]int{b.Start, b.End + 1}, quoteSpans(x.a.Text, b.Start, b.End)
	}
	// The spans are in order and do not overlap: the last one opening at
	// or before off is the only one that may hold it.
	i, _ := slices.BinarySearchFunc(x.quoteSet, off, func(q quoteSpan, off int) int { return cmp.Compare(q.in0, off+1) })
	return i > 0 && x.quoteSet[i-1].in0 <= off && off < x.quoteSet[i-1].in1
}

// subjectWords puts in words the first words of rest before its first
// mark of punctuation (, . ; : ( ) " “ ”), as firstWords(rest[:i], 5)
// splits them, i being where strings.IndexAny finds the mark, and
// returns how many it put. It reads rest only up to the fifth word or the
// mark, where IndexAny would read to the mark, often the block's end.
func subjectWords(rest string, words *[5]string) int {
	n, start, i := 0, -1, 0
	for ; i < len(rest) && n < len(words); i++ {
		c := rest[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' {
			if start < 0 {
				start = i
			}
			continue
		}
		if subjectMarks[c] || c == 0xe2 && i+2 < len(rest) && rest[i+1] == 0x80 && (rest[i+2] == 0x9c || rest[i+2] == 0x9d) {
			// These bytes are always the rune “ or ” as IndexAny
			// decodes it: 0xe2 is no continuation byte, so no other
			// rune holds it.
			break
		}
		if start >= 0 {
			words[n] = rest[start:i]
			n++
			start = -1
		}
	}
	if start >= 0 && n < len(words) {
		words[n] = rest[start:i]
		n++
	}
	return n
}

// subjectMarks are the ASCII marks that end the words after a number.
var subjectMarks = func() (t [256]bool) {
	for _, c := range []byte(",.;:()\"") {
		t[c] = true
	}
	return t
}()
