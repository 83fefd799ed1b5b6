package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// appendJSONStringBytewise is appendJSONString as it was before it passed
// plain bytes eight at a time: one byte, or one rune, at a time. It is the
// reference of TestJSONStringEightAtATime and FuzzJSONString.
func appendJSONStringBytewise(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
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

// TestJSONPlain8 wants jsonPlain8 to mark a byte that needs a look in
// every place of a word of plain bytes, and its lowest mark to be the
// first such byte, whatever bytes follow.
func TestJSONPlain8(t *testing.T) {
	plain := []byte("abcdefgh")
	for c := range 256 {
		needs := c < 0x20 || c == '"' || c == '\\' || c >= 0x80
		for pos := range 8 {
			for _, after := range []byte{'a', 0, '"', 0xff, 0x1f} {
				w := append([]byte(nil), plain...)
				w[pos] = byte(c)
				for j := pos + 1; j < 8; j++ {
					w[j] = after
				}
				m := jsonPlain8(load64(string(w), 0))
				first := 8
				for j, d := range w {
					if d < 0x20 || d == '"' || d == '\\' || d >= 0x80 {
						first = j
						break
					}
				}
				got := 8
				if m != 0 {
					got = 0
					for m&0x80 == 0 {
						m >>= 8
						got++
					}
				}
				if got != first {
					t.Fatalf("byte %#x at %d, then %#x: first mark at %d, want %d", c, pos, after, got, first)
				}
				if needs && first != pos {
					t.Fatalf("byte %#x at %d not marked first", c, pos)
				}
			}
		}
	}
}

// TestJSONStringEightAtATime compares appendJSONString with the
// byte-at-a-time reference on strings with a byte to escape, or a rune to
// decode, at every offset from a word's boundary.
func TestJSONStringEightAtATime(t *testing.T) {
	specials := []string{"\"", "\\", "\x00", "\x1f", "\n", "\x7f", "é", "\u2028", "\u2029", "\xff", "\xe2\x80", "🙂", "<&>"}
	for _, sp := range specials {
		for pre := range 20 {
			for post := range 12 {
				s := strings.Repeat("a", pre) + sp + strings.Repeat("z", post)
				checkJSONString(t, s)
				checkJSONString(t, s+sp+s)
			}
		}
	}
}

func checkJSONString(t *testing.T, s string) {
	t.Helper()
	if got, want := appendJSONString([]byte("x"), s), appendJSONStringBytewise([]byte("x"), s); string(got) != string(want) {
		t.Fatalf("%q: appendJSONString wrote %s, byte at a time %s", s, got, want)
	}
}

// FuzzJSONString wants appendJSONString to write what the byte-at-a-time
// reference writes.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain ascii text of some length", "Russian \"Prime\" Minister\n<b>", "\xff\xfe\x00", "a\u2028b\u2029c", "Zoë Łódź 東京 🙂 — x", "\xed\xa0\x80abcdefgh\xc0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkJSONString(t, s) })
}
