package claims

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// IsHTML reports whether a file is an HTML page, by its name or its first
// bytes.
func IsHTML(name string, data []byte) bool {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".xhtml") {
		return true
	}
	head := bytes.TrimSpace(data[:min(len(data), 512)])
	return hasFoldPrefix(head, "<!doctype html") || hasFoldPrefix(head, "<html")
}

// hasFoldPrefix reports whether bytes.ToLower(b) starts with the lower-case
// ASCII prefix, without lowering a copy of b: of the non-ASCII runes only
// the Kelvin sign and "İ" lower to ASCII ("k", "i"), and neither letter is
// in the prefixes IsHTML asks for, so only ASCII bytes of b can match.
func hasFoldPrefix(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// skipped are the elements whose text is no article text: code, styles,
// navigation and page furniture.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Svg: true, atom.Iframe: true, atom.Select: true,
}

// blocks end a line of text: a paragraph, a heading, a list item, a break.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true,
	atom.Figcaption: true, atom.Article: true, atom.Section: true, atom.Tr: true, atom.Header: true,
	atom.Title: true, atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Pre: true, atom.Figure: true,
}

// MaskHTML returns the text of an HTML page at the byte offsets it has in
// the page: every byte of markup, comments and skipped elements becomes a
// space (newlines are kept), and a block element's tag starts with a
// newline, so that paragraphs stay lines. Because no byte moves, every
// offset, line and column found in the result is right in the page as the
// user has it. Character references (&amp;) are left as written.
func MaskHTML(data []byte) []byte {
	out := bytes.Repeat([]byte{' '}, len(data))
	for i, c := range data {
		if c == '\n' || c == '\r' {
			out[i] = c
		}
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	off := 0
	skip := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.TextToken:
			if skip > 0 {
				continue
			}
			for i := start; i < off; i++ {
				out[i] = data[i]
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] {
				switch tt {
				case html.StartTagToken:
					skip++
				case html.EndTagToken:
					if skip > 0 {
						skip--
					}
				}
			}
			if blocks[a] && start < off && out[start] != '\n' {
				out[start] = '\n'
			}
		}
	}
	return out
}
