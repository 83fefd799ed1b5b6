package claims

import (
	"reflect"
	"strings"
	"testing"
)

// oldSplitLines and oldSplitArticles are splitLines and splitArticles as
// they were before they stopped growing and copying slices: the reference
// of the equivalence test.
func oldSplitLines(text string, from int) []line {
	var out []line
	for from < len(text) {
		i := strings.IndexByte(text[from:], '\n')
		end := len(text)
		next := len(text)
		if i >= 0 {
			end = from + i
			next = end + 1
		}
		e := end
		if e > from && text[e-1] == '\r' {
			e--
		}
		out = append(out, line{from, e, text[from:e]})
		from = next
	}
	return out
}

func oldSplitArticles(lines []line) [][]line {
	var parts [][]line
	var cur []line
	bodyWords := 0
	for i, l := range lines {
		if bodyWords >= 30 && isHeadlineBlock(lines, i) {
			parts = append(parts, cur)
			cur, bodyWords = nil, 0
		}
		cur = append(cur, l)
		if isSentence(l.text) {
			bodyWords += countFields(l.text)
		}
	}
	if hasText(cur) {
		parts = append(parts, cur)
	}
	out := parts[:0]
	for _, p := range parts {
		p = trimBlank(p)
		if len(p) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// checkSplit checks that splitLines, the body's lines Load takes from the
// lines of the whole text, and splitArticles are what the old code gives.
func checkSplit(t *testing.T, text string) {
	from := 0
	if strings.HasPrefix(text, "\uFEFF") {
		from = len("\uFEFF")
	}
	lines := splitLines(text, from)
	if want := oldSplitLines(text, from); !reflect.DeepEqual(lines, want) {
		t.Fatalf("splitLines(%q) = %v, want %v", text, lines, want)
	}
	_, body, err := readHeader("t.txt", text, from)
	if err != nil {
		return
	}
	k := 0
	for k < len(lines) && lines[k].start < body {
		k++
	}
	got, want := lines[k:], oldSplitLines(text, body)
	if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
		t.Fatalf("lines from the body at %d of %q = %v, want %v", body, text, got, want)
	}
	if got, want := splitArticles(want), oldSplitArticles(want); len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
		t.Fatalf("splitArticles of %q = %v, want %v", text, got, want)
	}
}

func TestSplitMatchesOld(t *testing.T) {
	for _, s := range fuzzSeeds {
		checkSplit(t, s)
	}
	headline := "Leader Meets Rivals In Capital\n"
	body := strings.Repeat("The minister said on Monday that the talks would go on for a week or more. ", 3) + "\n"
	for _, s := range []string{
		"", "\n", "\r\n", "a\r", "\uFEFF", "\uFEFFx\n", "source: AP\n---\n", "source: AP\n---",
		"---\ntitle: x\n---\n" + body,
		headline + "\n" + body + "\n" + headline + headline + body + "\n\n" + headline + "\n" + headline + body,
	} {
		checkSplit(t, s)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(checkSplit)
}
