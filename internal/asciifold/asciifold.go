// Package asciifold holds the first, fast step of folding a name for a lookup,
// which claims and rules/kb share: most names and words are ASCII letters
// and single spaces, which fold to themselves in lower case.
package asciifold

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// AppendPlain appends s to dst and lowers in place the longest prefix of
// s that is ASCII letters, digits and other plain bytes with single
// spaces between words, reading each byte once with one table. It stops
// at a byte that needs more (a dot, an apostrophe, a hyphen, a control
// space, any byte of a rune, a space not between words). It returns dst
// cut to the folded prefix, the prefix's length n in s (len(s): all of s
// was folded), and whether the prefix ended in a space, dropped from dst
// and owed only before a word that follows.
func AppendPlain(dst []byte, s string) (out []byte, n int, space bool) {
	start := len(dst)
	dst = append(dst, s...)
	b := dst[start:]
	i := 0
	for ; i < len(b); i++ {
		switch byteKind[b[i]] {
		case kindCopy:
			continue
		case kindUpper:
			b[i] += 'a' - 'A'
			continue
		case kindSpace:
			if i > 0 && i+1 < len(b) && b[i-1] != ' ' {
				continue
			}
		}
		break
	}
	if i == len(b) {
		return dst, i, false
	}
	space = i > 0 && b[i-1] == ' '
	if space {
		i--
	}
	return dst[:start+i], i, space
}

// byteKind tells how AppendPlain folds each byte.
var byteKind = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == '.' || c == '\'' || c == '-' || c >= '\t' && c <= '\r':
			t[c] = kindOther
		case c == ' ':
			t[c] = kindSpace
		case c >= 'A' && c <= 'Z':
			t[c] = kindUpper
		default:
			t[c] = kindCopy
		}
	}
	return t
}()

// The ways AppendPlain folds a byte: copied as it is, lowered, kept as a
// space between words, or left to the caller (any byte of a rune, and the
// ASCII punctuation and spaces folding drops).
const (
	kindOther = iota
	kindCopy
	kindUpper
	kindSpace
)

// Lower returns strings.ToLower(s), in one pass from the first byte it
// changes, s itself when it changes none. ASCII bytes are lowered where
// they stand; strings.ToLower, given one rune that is not ASCII (a curly
// apostrophe), sends every rune of s through unicode.ToLower. As there,
// a byte that starts no rune becomes U+FFFD.
func Lower(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || unicode.ToLower(r) != r {
			break
		}
		i += w
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+utf8.UTFMax)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += w
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
