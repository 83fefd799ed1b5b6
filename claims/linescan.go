package claims

import "strings"

// Scanners and prefilters for the expressions classify runs on every line
// of an article. The expressions stay as the reference; lines_equiv_test.go
// checks each scanner against its expression on random lines.

// isRESpace reports whether c is in the expressions' \s: [\t\n\f\r ].
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// boilerplateStarts are the first three letters, in lower case, of
// boilerplateRE's choices.
var boilerplateStarts = [...]string{"a m", "dea", "sup", "don", "sub", "sig", "rem", "rel", "rea", "adv", "thi"}

// mayBoilerplate reports whether boilerplateRE may match t: whether t
// opens with the first three letters of one of its choices, folded as
// (?i) folds ASCII. A line that opens with other runes is let through.
func mayBoilerplate(t string) bool {
	if len(t) < 3 {
		return false // every choice is longer
	}
	var b [3]byte
	for i := range b {
		c := t[i]
		switch {
		case c >= 0x80:
			return true // "ſ" folds to "s"
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for _, s := range boilerplateStarts {
		if string(b[:]) == s {
			return true
		}
	}
	return false
}

// mayPublishedLine reports whether publishedLineRE may match t: whether it
// opens with "first", "published" or "posted", in any case.
func mayPublishedLine(t string) bool {
	return t != "" && (t[0]|0x20 == 'f' || t[0]|0x20 == 'p')
}

// isDomain is domainRE.MatchString: words of [a-z0-9-] joined by dots, two
// words or more.
func isDomain(t string) bool {
	words, n := 0, 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-':
			n++
		case c == '.':
			if n == 0 {
				return false
			}
			words, n = words+1, 0
		default:
			return false
		}
	}
	return n > 0 && words >= 1
}

// isMetaLine is metaLineRE.MatchString: a capital letter, one to thirty
// letters or spaces, perhaps a space, a colon, and something after it
// but spaces.
func isMetaLine(t string) bool {
	if t == "" || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	afterColon := func(p int) bool {
		for ; p < len(t); p++ {
			if !isRESpace(t[p]) {
				return true
			}
		}
		return false
	}
	for k := 1; k <= 30 && k < len(t); k++ {
		if c := t[k]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ' ') {
			break
		}
		p := k + 1 // after the letters
		if p < len(t) && t[p] == ':' && afterColon(p+1) {
			return true
		}
		if p+1 < len(t) && isRESpace(t[p]) && t[p+1] == ':' && afterColon(p+2) {
			return true
		}
	}
	return false
}

// headerLine is headerLineRE.FindStringSubmatch(t): a key of a letter and
// up to thirty letters, digits, '_' or '-', a colon, and either nothing or
// spaces and a value that runs to the end without a newline. The spaces
// are all \s+ can take; the value is what follows them.
func headerLine(t string) (key, value string, ok bool) {
	if t == "" || (t[0]|0x20) < 'a' || (t[0]|0x20) > 'z' {
		return "", "", false
	}
	k := 1
	for k < len(t) && k <= 30 {
		c := t[k]
		if !(c >= '0' && c <= '9' || (c|0x20) >= 'a' && (c|0x20) <= 'z' || c == '_' || c == '-') {
			break
		}
		k++
	}
	if k >= len(t) || t[k] != ':' {
		return "", "", false
	}
	key = t[:k]
	v := k + 1
	if v == len(t) {
		return key, "", true
	}
	w := v
	for w < len(t) && isRESpace(t[w]) {
		w++
	}
	if w == v || strings.IndexByte(t[w:], '\n') >= 0 {
		return "", "", false
	}
	return key, t[w:], true
}

// creditWords are the words of creditRE, one of which a credit holds as a
// whole word.
var creditWords = map[string]bool{
	"Photo": true, "Photos": true, "EPA": true, "AFP": true, "AP": true, "Reuters": true, "Getty": true,
	"Pool": true, "Sputnik": true, "TASS": true, "Xinhua": true, "Bloomberg": true, "Shutterstock": true,
	"Image": true, "Images": true, "Credit": true, "File": true, "Anadolu": true,
}

// isCredit is creditRE.MatchString(t): t ends with ")", perhaps \s and a
// period and \s after it, and the parentheses it closes hold no other
// parenthesis and one of creditWords as a whole word, between \b's. The
// expression tries every "(" of the line; only the last one before the
// final ")" can start a match, since no parenthesis stands inside.
func isCredit(t string) bool {
	e := len(t)
	for e > 0 && isRESpace(t[e-1]) {
		e--
	}
	if e > 0 && t[e-1] == '.' {
		e--
	}
	for e > 0 && isRESpace(t[e-1]) {
		e--
	}
	if e == 0 || t[e-1] != ')' {
		return false
	}
	open := strings.LastIndexAny(t[:e-1], "()")
	if open < 0 || t[open] != '(' {
		return false
	}
	// A word between \b's is a whole run of \w: the words of the list
	// are all \w.
	in := t[open+1 : e-1]
	for i := 0; i < len(in); {
		if !isWordByteRE(in[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(in) && isWordByteRE(in[j]) {
			j++
		}
		if creditWords[in[i:j]] {
			return true
		}
		i = j
	}
	return false
}

// boilerplateChoices are the choices of boilerplateRE, in lower case; the
// ones marked word end at \b, end at $.
var boilerplateChoices = [...]struct {
	s          string
	word, last bool
}{
	{"a message from", true, false}, {"dear reader", true, false}, {"dear readers", true, false},
	{"support us", true, false}, {"support our", true, false}, {"support independent", true, false},
	{"donate", true, false}, {"subscribe", true, false}, {"sign up", true, false}, {"remind me later", false, false},
	{"related:", false, false}, {"read more", true, false}, {"advertisement", false, true},
	{"this article is more than", false, false},
}

// boilerplateFoldReach is how many bytes of a line a match of
// boilerplateRE may cover: its longest choice, each rune of it written
// in three bytes at most.
const boilerplateFoldReach = 3 * len("this article is more than")

// isBoilerplate is boilerplateRE.MatchString(t). The expression folds
// case as (?i) does, which matches "ſ" for "s" and the Kelvin sign for
// "k" but no other rune outside ASCII for a letter of its choices: a line
// with neither within the bytes a match may cover is compared with the
// choices byte by byte, folding ASCII case; the rest (next to none) is
// left to the expression.
func isBoilerplate(t string) bool {
	if !mayBoilerplate(t) {
		return false
	}
	for _, c := range boilerplateChoices {
		n := len(c.s)
		if len(t) < n || !asciiFoldEq(t[:n], c.s) {
			continue
		}
		switch {
		case c.last && n != len(t):
		case c.word && n < len(t) && isWordByteRE(t[n]):
		default:
			return true // a match in ASCII is the expression's match
		}
	}
	head := t[:min(len(t), boilerplateFoldReach)]
	if strings.IndexByte(head, "ſ"[0]) < 0 && strings.IndexByte(head, "\u212A"[0]) < 0 {
		return false
	}
	return (strings.Contains(head, "ſ") || strings.Contains(head, "\u212A")) && boilerplateRE.MatchString(t)
}

// asciiFoldEq reports whether s is w, a lower-case ASCII string, with
// ASCII capitals lowered; no other byte of s is lowered, so a byte
// outside ASCII never equals one of w.
func asciiFoldEq(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}
