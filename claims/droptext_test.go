package claims

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/claimcheck/claimcheck/rules/kb"
)

// claimStrings lists every string an article's claims and header hold,
// named, for comparing before and after DropText.
func claimStrings(a *Article) map[string]string {
	out := map[string]string{"source": a.Source, "url": a.URL, "title": a.Title}
	for i := range a.Claims {
		c := &a.Claims[i]
		add := func(what, s string) { out[fmt.Sprintf("%d %s", i, what)] = s }
		add("text", c.Text)
		add("name", c.Name)
		add("canonical", c.Canonical)
		add("when", c.When.Text)
		add("precision", c.When.Precision.String())
		if t := c.Title; t != nil {
			add("written", t.Written)
			for j, m := range t.Modifiers {
				add(fmt.Sprint("modifier ", j), m)
			}
		}
		if r := c.Report; r != nil {
			add("reporter", r.Reporter)
			add("key", r.Key)
			add("verb", r.Verb)
			add("report when", r.When)
			add("content", r.Content)
		}
		if q := c.Quote; q != nil {
			add("words", q.Words)
			add("speaker", q.Speaker)
			add("quote verb", q.Verb)
		}
		if n := c.Number; n != nil {
			add("unit", n.Unit)
			add("subject", n.Subject)
			add("phrase", n.Phrase)
			add("hedge", n.Hedge)
		}
	}
	return out
}

// TestDropText wants, on every sample article of the repository, the
// claims' words unchanged by DropText, none of them still a part of the
// text (which would keep the whole page alive), and the text and blocks
// gone.
func TestDropText(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	files := sampleFiles(t)
	withClaims := map[string]int{} // by the file's extension
	for _, p := range slices.Sorted(maps.Keys(files)) {
		arts, err := Load(p, files[p])
		if err != nil {
			continue // the bad-input samples
		}
		for _, a := range arts {
			Extract(a, kbLex{k})
			if len(a.Claims) > 0 {
				withClaims[filepath.Ext(p)]++
			}
			before := claimStrings(a)
			text := a.Text
			lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
			hi := lo + uintptr(len(text))
			a.DropText()
			if a.Text != "" || a.Raw != "" || a.Blocks != nil {
				t.Errorf("%s: text, raw or blocks kept", p)
			}
			for what, s := range claimStrings(a) {
				if s != before[what] {
					t.Errorf("%s: %s is %q after DropText, %q before", p, what, s, before[what])
				}
				if at := uintptr(unsafe.Pointer(unsafe.StringData(s))); s != "" && at >= lo && at < hi {
					t.Errorf("%s: %s %q is still a part of the text", p, what, s)
				}
			}
		}
	}
	if withClaims[".txt"] == 0 || withClaims[".html"] == 0 {
		t.Errorf("articles with claims, by extension: %v; want text and HTML pages", withClaims)
	}
}

// sampleFiles returns the repository's sample articles, by name: the
// seed and labelled articles, and the article files (text and HTML) of
// the testscript archives.
func sampleFiles(t *testing.T) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata articles: %v", err)
	}
	files := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[p] = data
	}
	scripts, _ := filepath.Glob("../testdata/script/*.txtar")
	for _, p := range scripts {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if strings.HasSuffix(f.Name, ".txt") || strings.HasSuffix(f.Name, ".html") {
				files[p+"/"+f.Name] = f.Data
			}
		}
	}
	return files
}

// TestDropTextManyWords drops the text of made-up articles whose claims
// hold many words from outside their claim's text, repeated: parts of the
// text (in another claim's stretch or not) and strings of their own, more
// than DropText finds among the few before it, so that its map is used.
func TestDropTextManyWords(t *testing.T) {
	text := strings.Repeat("Alpha beta gamma delta epsilon zeta eta theta iota kappa. ", 40)
	for _, n := range []int{1, 5, 17, 60} {
		a := &Article{Text: text, Source: "Outlet", Title: "A title", URL: "https://example.com/x"}
		for i := range n {
			start := int32(i * 7 % (len(text) - 40))
			end := start + 20
			c := Claim{Kind: KindQuote, Start: start, End: end, Text: text[start:end]}
			c.Name = text[(start+100)%int32(len(text)-20):][:10] // in the text, maybe not in a stretch
			c.Canonical = fmt.Sprint("own word ", i%23)          // repeated, not in the text
			c.Quote = &Quote{Words: text[start+2 : start+9], Speaker: fmt.Sprint("speaker ", i%31), Verb: "said"}
			a.Claims = append(a.Claims, c)
		}
		before := claimStrings(a)
		lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		hi := lo + uintptr(len(text))
		a.DropText()
		for what, s := range claimStrings(a) {
			if s != before[what] {
				t.Errorf("%d claims: %s is %q after DropText, %q before", n, what, s, before[what])
			}
			if at := uintptr(unsafe.Pointer(unsafe.StringData(s))); s != "" && at >= lo && at < hi {
				t.Errorf("%d claims: %s %q is still a part of the text", n, what, s)
			}
		}
	}
}
