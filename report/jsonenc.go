package report

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/rules"
)

// jsonShape is the layout of one encoded finding: the bytes
// encoding/json's Encoder writes with SetIndent(prefix, indent), or
// compact when both are empty.
type jsonShape struct {
	indented bool
	// lines[d] is a line break, the prefix and d indents: the start of a
	// line at depth d, the deepest a finding goes being 3.
	lines [4]string
}

func newJSONShape(prefix, indent string) *jsonShape {
	s := &jsonShape{indented: prefix != "" || indent != ""}
	for d := range s.lines {
		s.lines[d] = "\n" + prefix + strings.Repeat(indent, d)
	}
	return s
}

// encodable says whether appendFinding can encode f: encoding/json
// refuses NaN and infinities, and so does every caller of appendFinding,
// by leaving such findings to encoding/json and its error.
func encodable(f *rules.Finding) bool {
	if !finite(f.Confidence) {
		return false
	}
	for i := range f.Factors {
		if !finite(f.Factors[i].Weight) {
			return false
		}
	}
	return true
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// appendFinding appends f as encoding/json encodes nonNil(f) with the
// shape's indentation and SetEscapeHTML(false), without the Encoder's
// trailing newline: the fields of rules.Finding in their order, under
// their json tags, source, person and factors left out when empty.
// Every float in f must be finite (see encodable).
//
// When rules.Finding, Location or Factor gain a field, this must write it:
// TestJSONFieldsCovered fails until it does.
func (s *jsonShape) appendFinding(b []byte, f *rules.Finding) []byte {
	b = append(b, '{')
	b = s.key(b, 1, "rule", true)
	b = appendJSONString(b, f.Rule)
	b = s.key(b, 1, "actor", false)
	b = appendJSONString(b, f.Actor)
	b = s.key(b, 1, "file", false)
	b = appendJSONString(b, f.File)
	b = s.key(b, 1, "line", false)
	b = strconv.AppendInt(b, int64(f.Line), 10)
	b = s.key(b, 1, "column", false)
	b = strconv.AppendInt(b, int64(f.Column), 10)
	b = s.key(b, 1, "excerpt", false)
	b = appendJSONString(b, f.Excerpt)
	b = s.key(b, 1, "expected", false)
	b = appendJSONString(b, f.Expected)
	b = s.key(b, 1, "confidence", false)
	b = appendJSONFloat(b, f.Confidence)

	b = s.key(b, 1, "evidence", false)
	b = append(b, '[')
	for i, e := range f.Evidence {
		b = s.elem(b, 2, i == 0)
		b = appendJSONString(b, e)
	}
	b = s.close(b, 1, len(f.Evidence) > 0, ']')

	b = s.key(b, 1, "related", false)
	b = append(b, '[')
	for i := range f.Related {
		l := &f.Related[i]
		b = s.elem(b, 2, i == 0)
		b = append(b, '{')
		b = s.key(b, 3, "file", true)
		b = appendJSONString(b, l.File)
		b = s.key(b, 3, "line", false)
		b = strconv.AppendInt(b, int64(l.Line), 10)
		b = s.key(b, 3, "column", false)
		b = strconv.AppendInt(b, int64(l.Column), 10)
		b = s.close(b, 2, true, '}')
	}
	b = s.close(b, 1, len(f.Related) > 0, ']')

	if f.Source != "" {
		b = s.key(b, 1, "source", false)
		b = appendJSONString(b, f.Source)
	}
	if f.Person != "" {
		b = s.key(b, 1, "person", false)
		b = appendJSONString(b, f.Person)
	}
	if len(f.Factors) > 0 {
		b = s.key(b, 1, "factors", false)
		b = append(b, '[')
		for i := range f.Factors {
			fa := &f.Factors[i]
			b = s.elem(b, 2, i == 0)
			b = append(b, '{')
			b = s.key(b, 3, "weight", true)
			b = appendJSONFloat(b, fa.Weight)
			b = s.key(b, 3, "text", false)
			b = appendJSONString(b, fa.Text)
			b = s.close(b, 2, true, '}')
		}
		b = s.close(b, 1, true, ']')
	}
	return s.close(b, 0, true, '}')
}

// newline appends a line break, the prefix and depth indents.
func (s *jsonShape) newline(b []byte, depth int) []byte {
	return append(b, s.lines[depth]...)
}

// elem starts an element of an array or object at depth: a comma unless
// it is the first, then, indented, a new line.
func (s *jsonShape) elem(b []byte, depth int, first bool) []byte {
	if !first {
		b = append(b, ',')
	}
	if s.indented {
		b = s.newline(b, depth)
	}
	return b
}

// key starts an object member at depth: the quoted name and its colon,
// which indented output follows with a space. Names are plain ASCII.
func (s *jsonShape) key(b []byte, depth int, name string, first bool) []byte {
	b = s.elem(b, depth, first)
	b = append(b, '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	if s.indented {
		b = append(b, ' ')
	}
	return b
}

// close ends an array or object whose opening bracket is at depth; an
// empty one closes on the same line, as encoding/json writes [].
func (s *jsonShape) close(b []byte, depth int, nonEmpty bool, c byte) []byte {
	if nonEmpty && s.indented {
		b = s.newline(b, depth)
	}
	return append(b, c)
}

// appendJSONFloat appends a finite float64 as encoding/json writes it:
// like JavaScript, 'f' format from 1e-6 to below 1e21 and 'e' outside,
// with a two-digit negative exponent's leading zero dropped (1e-07 is
// written 1e-7).
func appendJSONFloat(b []byte, x float64) []byte {
	format := byte('f')
	if a := math.Abs(x); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, x, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes encoding/json copies into a string as
// they are when HTML is not escaped: all but control characters, '"' and
// '\\'.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendJSONString appends s quoted as encoding/json quotes it with
// SetEscapeHTML(false): '"' and '\\' escaped with a backslash, \b \f \n
// \r \t by name, other control characters as \u00xx, each byte of invalid
// UTF-8 as \ufffd, and U+2028 and U+2029 as \u2028 and \u2029; the rest,
// '<', '>' and '&' among it, as it is.
//
// Runs of bytes copied as they are pass eight at a time (jsonPlain8);
// appendJSONStringBytewise, in the tests, is the byte-at-a-time reference.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if m := jsonPlain8(load64(s, i)); m != 0 {
				i += bits.TrailingZeros64(m) >> 3 // the first byte to look at
			} else {
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// load64 reads the eight bytes of s at i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// jsonPlain8 marks, in the high bit of each byte, the bytes of the
// little-endian word w that appendJSONString cannot copy without a look:
// control characters, '"', '\\' and every byte of non-ASCII text. Its
// lowest mark is the first such byte (a mark above it may be a false
// one); zero says all eight are copied as they are.
func jsonPlain8(w uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - lo) &^ v & hi } // a zero byte
	return w&hi | (w-0x20*lo)&^w&hi | zero(w^'"'*lo) | zero(w^'\\'*lo)
}
