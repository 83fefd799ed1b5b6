package claims

import (
	"bytes"
	"strings"
	"testing"
)

// isHTMLRef is IsHTML as it was, lowering a copy of the file's first bytes:
// the reference of hasFoldPrefix.
func isHTMLRef(name string, data []byte) bool {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".xhtml") {
		return true
	}
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

var isHTMLSeeds = []string{
	"", "<html>", "<HTML lang=en>", "  \n<!DOCTYPE html>\n<html>", "<!doctype HTML>", "<!doctype htm", "<htm", "<ht\u212Al>",
	"\u00a0<html>", "\u3000<Html>", "\ufeff<html>", "<!DOCTYPE html", "İ<html>", "<html\xff", "\xff<html>", "text <html>",
	strings.Repeat(" ", 510) + "<html>", strings.Repeat(" ", 507) + "<html>", strings.Repeat(" ", 508) + "<html>",
}

func TestIsHTMLMatchesRef(t *testing.T) {
	for _, s := range isHTMLSeeds {
		for _, name := range []string{"a.txt", "a.HTML", "b.htm", "c.xhtml"} {
			if got, want := IsHTML(name, []byte(s)), isHTMLRef(name, []byte(s)); got != want {
				t.Errorf("IsHTML(%q, %q) = %v, want %v", name, s, got, want)
			}
		}
	}
}

// FuzzIsHTML checks IsHTML against isHTMLRef on any first bytes.
func FuzzIsHTML(f *testing.F) {
	for _, s := range isHTMLSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsHTML("f.txt", []byte(s)), isHTMLRef("f.txt", []byte(s)); got != want {
			t.Fatalf("IsHTML(%q) = %v, want %v", s, got, want)
		}
	})
}
