package claims

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// linePieces are what the line-scanner tests build lines of: the words of
// the credit, boilerplate and published-line expressions in several cases
// (and with "ſ", which (?i) folds to "s"), domain and header-line parts,
// and spaces, punctuation and runes the expressions treat apart.
var linePieces = []string{
	"(", ")", "(EPA/Pool)", "(AP Photo/ Evan Vucci)", "Photo", "Images", "Image", "Reuters", "photo", "Photos", "AP_", "xAFP", "Getty9", ".", " ", "  ", "\t", "\v", "\r", "\n", "\f",
	"a message from", "A Message From", "dear reader", "Dear Readers", "support us", "SUPPORT independent", "ſupport our", "donate", "Subscribe",
	"sign up", "remind me later", "Related:", "read more", "Advertisement", "This article is more than", "thi", "rea", "a m",
	"dear readers", "Dear Reader", "Donate", "“", "sİgn up", "\u212A", "é", "ß", "advertisementx", "SIGN UP", "reminD me later", "related", "Read Moreover", "remind me", "support", "ſign up", "dear \u212Aeaders",
	"first", "First ", "published", "Posted", "pOsTeD", "ſ", "K", "on",
	"source:", "published: ", "Key_1-x:", "a:", "A:\t", strings.Repeat("k", 30) + ":", strings.Repeat("k", 31) + ":", "url: \n", "x:\n y",
	"example", "com", "news-site", "-", "0", "9", "a", "z", "A", "Z", "Source", "By", "Kyiv", "Updated", ":", ": ", " :", ":x",
	strings.Repeat("Abc ", 8), "é", "’", "\xff", "_", ",",
}

// TestLineScansMatchRegexp checks isDomain, isMetaLine and headerLine
// against domainRE, metaLineRE and headerLineRE, isCredit and isBoilerplate against
// creditRE and boilerplateRE, and that mayBoilerplate and
// mayPublishedLine let through every line their expression matches.
func TestLineScansMatchRegexp(t *testing.T) {
	for _, s := range []string{
		"example.com", "news-site.co.uk", "a.b", ".com", "com.", "a..b", "com", "Example.com", "a-.-b", "",
		"Source: AFP", "Source : AFP", "Source  : AFP", "Source:", "Source:   ", "S: x", "Sx:\tx", strings.Repeat("A", 31) + ": x", strings.Repeat("A", 32) + ": x",
		"source: AFP", "source:", "source:  ", "source: a\nb", "source:\n\nb", "k" + strings.Repeat("x", 30) + ": v", "k" + strings.Repeat("x", 31) + ": v", "1a: b", "a-b_c: d e",
		"(EPA/Pool)", "A caption (AP Photo/ Evan Vucci) .  ", "(Photo) x", "ſupport us", "Published on: 2025-04-25", "first  posted 1",
	} {
		checkLineScans(t, s)
	}
	r := rand.New(rand.NewPCG(13, 14))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for range n {
		checkLineScans(t, randomText(r, linePieces, 8, 4))
		checkLineScans(t, randomText(r, domainPieces, 6, 50))
	}
}

// domainPieces make lines that are domains now and then.
var domainPieces = []string{"a", "z", "0", "9", "-", ".", ".", "news", "com", "A", "_", ":", "é"}

func checkLineScans(t *testing.T, s string) {
	t.Helper()
	if got, want := isDomain(s), domainRE.MatchString(s); got != want {
		t.Fatalf("isDomain(%q) = %v, domainRE says %v", s, got, want)
	}
	if got, want := isMetaLine(s), metaLineRE.MatchString(s); got != want {
		t.Fatalf("isMetaLine(%q) = %v, metaLineRE says %v", s, got, want)
	}
	if got, want := isCredit(s), creditRE.MatchString(s); got != want {
		t.Fatalf("isCredit(%q) = %v, creditRE says %v", s, got, want)
	}
	if boilerplateRE.MatchString(s) && !mayBoilerplate(s) {
		t.Fatalf("mayBoilerplate(%q) = false, but boilerplateRE matches", s)
	}
	if got, want := isBoilerplate(s), boilerplateRE.MatchString(s); got != want {
		t.Fatalf("isBoilerplate(%q) = %v, boilerplateRE says %v", s, got, want)
	}
	if publishedLineRE.MatchString(s) && !mayPublishedLine(s) {
		t.Fatalf("mayPublishedLine(%q) = false, but publishedLineRE matches", s)
	}
	key, value, ok := headerLine(s)
	if m := headerLineRE.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != key || m[2] != value) {
		t.Fatalf("headerLine(%q) = %q, %q, %v; headerLineRE found %q", s, key, value, ok, m)
	}
}

// FuzzLineScans checks the line scanners and prefilters against their
// expressions on any text.
func FuzzLineScans(f *testing.F) {
	for _, s := range []string{"example.com", "Source: AFP", "source:\n x", "(EPA/Pool) .", "ſupport us", "Posted on: May 1", "Dear readers"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLineScans(t, s)
	})
}

// lineStartsRef is how newLineIndex found the lines' starts, byte by byte:
// the reference of the version that looks for newlines with IndexByte.
func lineStartsRef(text string) []int {
	first := 0
	if strings.HasPrefix(text, "\uFEFF") {
		first = len("\uFEFF")
	}
	starts := []int{first}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func checkLineStarts(t *testing.T, text string) {
	t.Helper()
	if got, want := newLineIndex(text).starts, lineStartsRef(text); !slices.Equal(got, want) {
		t.Fatalf("newLineIndex(%q).starts = %v, want %v", text, got, want)
	}
}

func TestLineStartsMatchRef(t *testing.T) {
	for _, s := range []string{"", "\n", "\n\n", "a", "a\n", "\na", "\uFEFF", "\uFEFF\n", "\uFEFFa\r\nb\n", "a\r\nb\rc\n\n"} {
		checkLineStarts(t, s)
	}
	r := rand.New(rand.NewPCG(19, 20))
	for range 20000 {
		checkLineStarts(t, randomText(r, []string{"\n", "\r\n", "\uFEFF", "a", "word ", "é", strings.Repeat("x", 40)}, 20, 3))
	}
}

// FuzzLineStarts checks newLineIndex against lineStartsRef on any text.
func FuzzLineStarts(f *testing.F) {
	for _, s := range []string{"", "a\nb", "\uFEFFa\r\nb\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLineStarts(t, s) })
}
