package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word or a punctuation mark of a block, with byte offsets
// into the article's text.
type token struct {
	text       string
	start, end int
	word       bool
	quoted     bool      // inside quotation marks
	cls        wordClass // the word lists the word is in
}

// is reports whether the token's word is in one of the lists of c.
func (t token) is(c wordClass) bool { return t.cls&c != 0 }

// A wordClass is a set of the extractor's word lists.
type wordClass uint16

// The word lists a word may be in.
const (
	clsParticle    wordClass = 1 << iota // nameParticles
	clsNotName                           // notNames
	clsModifier                          // a key of modifiers
	clsBoundary                          // boundaryWords
	clsHonorific                         // honorifics
	clsSuffix                            // suffixes
	clsInstitution                       // institutionWords
	clsReportVerb                        // reportVerbs
	clsWeekday                           // a key of weekdayNames
	clsDayPart                           // dayParts
	// clsCapital marks a word that starts with an upper-case letter
	// (capital of its text): no list, but set as the token is made, so
	// that the passes over a block's tokens for titles and names tell
	// the words they start at by one test.
	clsCapital
)

// wordClassOf is the class of a word token of text w: the lists it is in,
// and whether it is capitalised.
func wordClassOf(w string) wordClass {
	c := classOf(w)
	if capital(w) {
		c |= clsCapital
	}
	return c
}

// wordClasses holds, for each word of the lists, the lists it is in, so
// that a token is looked up once, not once per list.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	sets := []struct {
		words map[string]bool
		c     wordClass
	}{
		{nameParticles, clsParticle}, {notNames, clsNotName}, {boundaryWords, clsBoundary},
		{honorifics, clsHonorific}, {suffixes, clsSuffix}, {institutionWords, clsInstitution},
		{reportVerbs, clsReportVerb}, {dayParts, clsDayPart},
	}
	for _, set := range sets {
		for w, in := range set.words {
			if in {
				m[w] |= set.c
			}
		}
	}
	for w := range modifiers {
		m[w] |= clsModifier
	}
	for w := range weekdayNames {
		m[w] |= clsWeekday
	}
	return m
}()

// classOf returns the word lists w is in, as strings.ToLower(w) is.
func classOf(w string) wordClass {
	// Most words are in no list: an ASCII word whose shape no listed word
	// has is not looked up.
	if w != "" && isASCII(w) {
		if !classShapes.mayHold(w) {
			return 0
		}
		return asciiClassOf(w)
	}
	return getLower(wordClasses, w)
}

var classShapes = newShapeSet(wordClasses)

// A classKey is a key of wordClasses with its value.
type classKey struct {
	word string
	cls  wordClass
}

// classKeys holds the keys of wordClasses by length and first letter:
// an ASCII word is compared with the few that may be it, not hashed
// (its shape is in classShapes for most of the words of a text: "the",
// "said", "and"). Every key is lower-case ASCII shorter than 16 bytes
// (newShapeSet checks it) and starts with a letter.
var classKeys = func() (t [16][26][]classKey) {
	for w, c := range wordClasses {
		f := w[0] - 'a'
		if f >= 26 {
			panic("claims: word list key " + w)
		}
		t[len(w)][f] = append(t[len(w)][f], classKey{w, c})
	}
	return t
}()

// asciiClassOf is getLower(wordClasses, w) for an ASCII w.
func asciiClassOf(w string) wordClass {
	n := len(w)
	if n == 0 || n >= len(classKeys) {
		return 0
	}
	// Only a letter gives a letter when bit 0x20 is set, and no key
	// starts with anything else.
	f := (w[0] | 0x20) - 'a'
	if f >= 26 {
		return 0
	}
	for _, k := range classKeys[n][f] {
		i := 1
		for ; i < n; i++ {
			c := w[i]
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			if c != k.word[i] {
				break
			}
		}
		if i == n {
			return k.cls
		}
	}
	return 0
}

// A shapeSet holds the shapes of a set of lower-case ASCII words: their
// lengths, with their first and last letters. Bit l of t[n][f] is set
// when a word has n bytes, first letter 'a'+f and last letter 'a'+l.
type shapeSet [16][26]uint32

// newShapeSet returns the shapes of m's keys, which must be lower-case
// ASCII words shorter than 16 bytes.
func newShapeSet[V any](m map[string]V) *shapeSet {
	var t shapeSet
	for w := range m {
		if w == "" || len(w) >= len(t) || !isASCII(w) || strings.ToLower(w) != w {
			panic("claims: shape of " + w)
		}
		f, l := w[0], w[len(w)-1]
		if f >= 'a' && f <= 'z' && l >= 'a' && l <= 'z' {
			t[len(w)][f-'a'] |= 1 << (l - 'a')
		}
	}
	return &t
}

// mayHold reports whether strings.ToLower(w), for a non-empty ASCII w,
// may be one of the set's words: false when no word has its length, or
// when its first and last bytes are letters and no word of its length
// starts and ends with them.
func (t *shapeSet) mayHold(w string) bool {
	n := len(w)
	if n >= len(t) {
		return false
	}
	f, l := w[0]|0x20, w[n-1]|0x20
	if f < 'a' || f > 'z' || l < 'a' || l > 'z' {
		return true
	}
	return t[n][f-'a']&(1<<(l-'a')) != 0
}

// abbreviations keep their final period as part of the word.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "st": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "pres": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "prof": true, "rev": true, "no": true, "vs": true, "maj": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

var abbreviationShapes = newShapeSet(abbreviations)

// asciiWordByte tells the ASCII bytes isWordRune accepts: letters and
// digits.
var asciiWordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[start:end] into tokens. Words keep inner
// apostrophes, hyphens and the dots of abbreviations ("U.S.", "J.D.",
// "Jr."); every other non-space character is a token of its own. Quotation
// state follows curly quotes (“ opens, ” closes) and straight double quotes
// (each one toggles).
func tokenize(text string, start, end int) []token {
	return appendTokens(nil, text, start, end)
}

// appendTokens appends the tokens of text[start:end] to out.
func appendTokens(out []token, text string, start, end int) []token {
	quoted := false
	i := start
	// Reading text up to end alone, the loops index it without bounds
	// checks; its tokens are the same strings.
	text = text[:end]
	for i < len(text) {
		// Most of a news text is ASCII: a space, a letter or digit, or a
		// punctuation mark is told by its byte, without decoding a rune.
		r, n := rune(text[i]), 1
		if r < utf8.RuneSelf {
			if asciiSpace(byte(r)) {
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		if r < utf8.RuneSelf && !asciiWordByte[r] || r >= utf8.RuneSelf && !isWordRune(r) {
			t := token{text: text[i : i+n], start: i, end: i + n, quoted: quoted}
			switch r {
			case '“':
				quoted = true
				t.quoted = true
			case '”':
				quoted = false
			case '"':
				quoted = !quoted
				t.quoted = true
			}
			out = append(out, t)
			i += n
			continue
		}
		j := i + n
		ascii := n == 1 // whether text[i:j] is ASCII, so classOf need not check
		// initials says whether text[i:j] is initials up to its last
		// dot, which is at lastDot (-1 before the first): kept as the
		// word grows, so that "A.B.C.…" costs linear time.
		initials, lastDot := true, -1
		for j < len(text) {
			// An ASCII letter or digit, the most of a word, is
			// isWordRune without a call; any other ASCII byte but the
			// joiners ends the word.
			c := text[j]
			if asciiWordByte[c] {
				j++
				continue
			}
			if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
				break
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r2) {
				j += n2
				ascii = false
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‑' || r2 == '.' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
				dotOK := false
				if r2 == '.' {
					part := text[i:j]
					if lastDot >= 0 {
						part = text[lastDot+1 : j]
					}
					dotOK = initials && isOneUpper(part)
				}
				if j+n2 < end && isWordRune(r3) && !(r2 == '.' && unicode.IsUpper(r3) && !dotOK) {
					if r2 == '.' {
						initials, lastDot = dotOK, j
					}
					j += n2
					ascii = ascii && n2 == 1
					continue
				}
			}
			break
		}
		if j < end && text[j] == '.' {
			w := text[i:j]
			if isInitials(w) || (!ascii || abbreviationShapes.mayHold(w)) && getLower(abbreviations, w) {
				j++
			}
		}
		w := text[i:j]
		var cls wordClass
		if !ascii {
			cls = getLower(wordClasses, w) // classOf(w)
		} else if classShapes.mayHold(w) {
			cls = asciiClassOf(w)
		}
		if capital(w) {
			cls |= clsCapital
		}
		out = append(out, token{text: w, start: i, end: j, word: true, quoted: quoted, cls: cls})
		i = j
	}
	return out
}

// isInitials reports whether w is a run of single letters joined by dots:
// "U", "U.S", "J.D". It reads w once, as strings.Split(w, ".") would
// give it parts of one upper-case rune each.
func isInitials(w string) bool {
	for i := 0; ; {
		r, n := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsUpper(r) { // RuneError too: "" and an invalid byte
			return false
		}
		if i += n; i == len(w) {
			return true
		}
		if w[i] != '.' {
			return false
		}
		i++
	}
}

// isOneUpper reports whether s is a single upper-case letter.
func isOneUpper(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && n == len(s) && unicode.IsUpper(r)
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceBounds returns the byte ranges of the sentences of text[start:end]
// as token index ranges [i, j).
func sentenceBounds(toks []token) [][2]int {
	return appendSentenceBounds(nil, toks)
}

// appendSentenceBounds appends sentenceBounds(toks) to out.
func appendSentenceBounds(out [][2]int, toks []token) [][2]int {
	from := 0
	for i := range toks {
		// A mark is mostly one byte: told without strings.ContainsAny,
		// which no byte of a longer rune matches either.
		if t := &toks[i]; t.word || len(t.text) != 1 && !strings.ContainsAny(t.text, ".?!") || len(t.text) == 1 && t.text[0] != '.' && t.text[0] != '?' && t.text[0] != '!' {
			continue
		}
		// A sentence ends at . ? ! (and a closing quote after it) when the
		// next word starts with a capital letter or a quote opens.
		j := i + 1
		for j < len(toks) && !toks[j].word && strings.ContainsAny(toks[j].text, "”\"’)") {
			j++
		}
		if j >= len(toks) || isCapitalized(toks[j].text) || toks[j].text == "“" || toks[j].text == "\"" {
			out = append(out, [2]int{from, j})
			from = j
		}
	}
	if from < len(toks) {
		out = append(out, [2]int{from, len(toks)})
	}
	return out
}

// lowerIn returns m[strings.ToLower(s)], lower-casing ASCII s on the
// stack: the extractor looks up most words of an article in its word
// lists.
func lowerIn[V any](m map[string]V, s string) (V, bool) {
	var buf [24]byte
	if len(s) <= len(buf) {
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if i == len(s) {
			v, ok := m[string(buf[:len(s)])]
			return v, ok
		}
	}
	v, ok := m[strings.ToLower(s)]
	return v, ok
}

// getLower is m[strings.ToLower(s)].
func getLower[V any](m map[string]V, s string) V {
	v, _ := lowerIn(m, s)
	return v
}

// lowerEq reports whether strings.ToLower(s) == w, for a lower-case ASCII
// w.
func lowerEq(s, w string) bool {
	if len(s) != len(w) {
		// Lower-casing changes the length of some non-ASCII runes
		// (the Kelvin sign is three bytes, its k one).
		return len(s) > len(w) && !isASCII(s) && strings.ToLower(s) == w
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s) == w
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// indexHyphen is strings.IndexAny(s, "-‑"): the first ASCII or
// non-breaking hyphen.
func indexHyphen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' || s[i] == 0xE2 && strings.HasPrefix(s[i:], "‑") {
			return i
		}
	}
	return -1
}

// lastIndexHyphen is strings.LastIndexAny(s, "-‑").
func lastIndexHyphen(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '-' || s[i] == 0xE2 && strings.HasPrefix(s[i:], "‑") {
			return i
		}
	}
	return -1
}

// hyphenLen returns the length of the hyphen at s[i]: one byte, or three
// for a non-breaking hyphen.
func hyphenLen(s string, i int) int {
	if s[i] == '-' {
		return 1
	}
	return len("‑")
}
