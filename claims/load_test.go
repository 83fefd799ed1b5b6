package claims

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/claimcheck/claimcheck/date"
)

// body is enough prose for an article: a few sentences of ordinary news.
const body = `The Kremlin said on Friday that there were no plans for a call between the two presidents this week.
Officials in Kyiv said talks on a ceasefire would continue in Istanbul next month, according to a statement.`

func day(y int, m time.Month, d int) date.Window { return date.Day(date.MustOf(y, m, d)) }

// loadOne loads text as file name and returns its only article.
func loadOne(t *testing.T, name, text string) *Article {
	t.Helper()
	arts, err := Load(name, []byte(text))
	if err != nil {
		t.Fatalf("Load(%q) error: %v", name, err)
	}
	if len(arts) != 1 {
		t.Fatalf("Load(%q) = %d articles, want 1", name, len(arts))
	}
	return arts[0]
}

func TestLoadMetadata(t *testing.T) {
	tests := []struct {
		name          string
		text          string
		source, from  string
		url, title    string
		published     date.Window
		publishedFrom string
	}{
		{
			name:   "header block",
			text:   "source: Reuters\nurl: https://example.com/a\npublished: 2025-04-25\ntitle: Kremlin says no call\n---\n" + body,
			source: "Reuters", from: "header", url: "https://example.com/a", title: "Kremlin says no call",
			published: day(2025, 4, 25), publishedFrom: "header",
		},
		{
			name:   "header block, title on the first line",
			text:   "source: Fox News\npublished: 2017-01-20\nevent: inauguration\n---\nPresident takes office\n" + body,
			source: "Fox News", from: "header", title: "President takes office",
			published: day(2017, 1, 20), publishedFrom: "header",
		},
		{
			name:   "header block, date with time",
			text:   "source: AP\ndate: 2025-04-25T10:30:00Z\n---\n" + body,
			source: "AP", from: "header", published: day(2025, 4, 25), publishedFrom: "header",
		},
		{
			name:   "header block, date written out",
			text:   "source: AP\npublished: April 25, 2025\n---\n" + body,
			source: "AP", from: "header", published: day(2025, 4, 25), publishedFrom: "header",
		},
		{
			name:   "YAML front matter",
			text:   "---\nsource: The Guardian\nurl: https://example.com/g\npublished: 2025-04-25\ntitle: \"Talks: no call\"\n---\n" + body,
			source: "The Guardian", from: "front matter", url: "https://example.com/g", title: "Talks: no call",
			published: day(2025, 4, 25), publishedFrom: "front matter",
		},
		{
			name:   "YAML front matter closed by ...",
			text:   "---\nsource: CNN\npublished: '2025-04-25'\n...\n" + body,
			source: "CNN", from: "front matter", published: day(2025, 4, 25), publishedFrom: "front matter",
		},
		{
			name:   "YAML front matter, empty values",
			text:   "---\nsource: CNN\ntitle:\npublished:\nurl: ~\n---\n" + body,
			source: "CNN", from: "front matter",
		},
		{
			name:   "empty YAML front matter",
			text:   "---\n---\n" + body,
			source: "a.txt", from: "file name",
		},
		{
			name:   "published line beats a crawl date",
			text:   "\n\n## Putin and envoy discuss direct talks, Kremlin says\n\nPublished on April 25, 2025\n\nDocument Date: Sun, Jun 21 2026 11:34:33 am\n\nCategory: ,English,Snippets\n\n---\n\n" + body,
			source: "a.txt", from: "file name", title: "Putin and envoy discuss direct talks, Kremlin says",
			published: day(2025, 4, 25), publishedFrom: "published line",
		},
		{
			name:   "published line after a crawl date",
			text:   "Document Date: Sun, Jun 21 2026 11:34:33 am\nPublished: 25 April 2025\n\n" + body,
			source: "a.txt", from: "file name",
			published: day(2025, 4, 25), publishedFrom: "published line",
		},
		{
			name:   "dateline with the year from a caption",
			text:   "Putin Meets Envoy In Moscow For Talks\nPutin attends a meeting in Moscow, Russia, 04 April 2025. (EPA/Pool)\n\nMoscow, April 25 – " + body,
			source: "a.txt", from: "file name", title: "Putin Meets Envoy In Moscow For Talks",
			published: day(2025, 4, 25), publishedFrom: "dateline",
		},
		{
			name:   "dateline in January after a December caption",
			text:   "Putin Meets Envoy In Moscow For Talks\nPutin attends a meeting in Moscow, Russia, 30 December 2024. (EPA/Pool)\n\nMoscow, January 2 – " + body,
			source: "a.txt", from: "file name", title: "Putin Meets Envoy In Moscow For Talks",
			published: day(2025, 1, 2), publishedFrom: "dateline",
		},
		{
			name:   "dateline with its own year and agency",
			text:   "WASHINGTON, April 25, 2025 (Reuters) - " + body,
			source: "Reuters", from: "dateline",
			published: day(2025, 4, 25), publishedFrom: "dateline",
		},
		{
			name:   "dateline without a year anywhere",
			text:   "Moscow, April 25 – " + body,
			source: "a.txt", from: "file name",
		},
		{
			name:   "caption date as a window",
			text:   "Putin Meets Envoy In Moscow For Talks\nPutin attends a meeting in Moscow, Russia, 04 April 2025. (EPA/Vyacheslav Prokofyev / Pool)\n\n" + body,
			source: "a.txt", from: "file name", title: "Putin Meets Envoy In Moscow For Talks",
			published:     date.Window{From: date.MustOf(2025, 4, 4), To: date.MustOf(2025, 4, 11)},
			publishedFrom: "caption date",
		},
		{
			name:   "source from a dateline agency",
			text:   "MOSCOW (Reuters) - " + body,
			source: "Reuters", from: "dateline",
		},
		{
			name:   "source from a dateline with an en dash",
			text:   "KYIV, Ukraine (AP) – " + body,
			source: "AP", from: "dateline",
		},
		{
			name:   "source from a bare domain line",
			text:   "rki.news\n\n" + body,
			source: "rki.news", from: "domain line",
		},
		{
			name:   "source from a message from the outlet",
			text:   body + "\n" + body + "\nA Message from The Moscow Times:\nDear readers,\nPlease support us.\n",
			source: "The Moscow Times", from: "self-reference",
		},
		{
			name:   "source from could not verify",
			text:   body + " Reuters could not independently verify the report.",
			source: "Reuters", from: "self-reference",
		},
		{
			name:   "source from the file name",
			text:   body,
			source: "a.txt", from: "file name",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := loadOne(t, "dir/a.txt", tt.text)
			if a.Source != tt.source || a.SourceFrom != tt.from {
				t.Errorf("Load(%q).Source = %q (%s), want %q (%s)", tt.text, a.Source, a.SourceFrom, tt.source, tt.from)
			}
			if a.URL != tt.url {
				t.Errorf("Load(%q).URL = %q, want %q", tt.text, a.URL, tt.url)
			}
			if a.Title != tt.title {
				t.Errorf("Load(%q).Title = %q, want %q", tt.text, a.Title, tt.title)
			}
			if a.Published != tt.published || a.PublishedFrom != tt.publishedFrom {
				t.Errorf("Load(%q).Published = %v (%q), want %v (%q)", tt.text, a.Published, a.PublishedFrom, tt.published, tt.publishedFrom)
			}
			checkBlocks(t, a)
		})
	}
}

// checkBlocks checks that the article's blocks lie in order inside its
// body, each a non-empty run of text with no surrounding space.
func checkBlocks(t *testing.T, a *Article) {
	t.Helper()
	if a.Start < 0 || a.Start > a.End || a.End > len(a.Text) {
		t.Fatalf("article %d spans [%d:%d] of %d bytes", a.Index, a.Start, a.End, len(a.Text))
	}
	prev := a.Start
	for _, b := range a.Blocks {
		if b.Start < prev || b.Start >= b.End || b.End > a.End {
			t.Fatalf("block %v [%d:%d] out of order or outside the article [%d:%d]", b.Kind, b.Start, b.End, a.Start, a.End)
		}
		if s := a.Text[b.Start:b.End]; strings.TrimSpace(s) != s {
			t.Errorf("block %v %q has surrounding space", b.Kind, s)
		}
		prev = b.End
	}
}

// TestLoadUTF16 reads UTF-16 with a byte order mark, either endianness,
// as the same articles as its UTF-8.
func TestLoadUTF16(t *testing.T) {
	text := "source: AP\r\npublished: 2025-04-25\r\n---\r\nKremlin talks\r\n\r\n" + body
	for _, order := range []string{"LE", "BE"} {
		data := []byte{0xFF, 0xFE}
		if order == "BE" {
			data = []byte{0xFE, 0xFF}
		}
		for _, u := range utf16.Encode([]rune(text)) {
			if order == "LE" {
				data = append(data, byte(u), byte(u>>8))
			} else {
				data = append(data, byte(u>>8), byte(u))
			}
		}
		arts, err := Load("u16.txt", data)
		if err != nil || len(arts) != 1 {
			t.Fatalf("Load(UTF-16 %s) = %d articles, %v; want 1 article", order, len(arts), err)
		}
		if a := arts[0]; a.Source != "AP" || a.Published.From.String() != "2025-04-25" || a.Text != text {
			t.Errorf("Load(UTF-16 %s) = source %q, published %v, text %q; want the UTF-8 reading", order, a.Source, a.Published.From, a.Text)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		line int    // want InputError.Line
		msg  string // substring of the message
	}{
		{"empty", "", 0, "empty"},
		{"whitespace only", " \n\t\r\n  \n", 0, "empty"},
		{"BOM only", "\uFEFF\n", 0, "empty"},
		{"binary", "Kremlin said\nno\x00call", 2, "binary"},
		{"invalid UTF-8", "Kremlin said\n\nno \xff call", 3, "UTF-8"},
		{"UTF-16 BOM only", "\xff\xfe", 0, "empty"},
		{"UTF-16 with a NUL", "\xff\xfeK\x00\x00\x00", 1, "binary"},
		{"front matter never closed", "---\nsource: AP\npublished: 2025-04-25\n\n" + body, 1, "never closed"},
		{"front matter with a bad YAML", "---\nsource: [AP\n---\n" + body, 2, "front matter"},
		{"header date no such day", "source: AP\nurl: https://example.com\npublished: 2025-02-30\n---\n" + body, 3, "2025-02-30"},
		{"header date written out, no such day", "source: AP\npublished: February 30, 2025\n---\n" + body, 2, "no such day"},
		{"header date not a date", "source: AP\npublished: yesterday\n---\n" + body, 2, "yesterday"},
		{"front matter date no such day", "---\nsource: AP\n\npublished: 2025-02-30\n---\n" + body, 4, "2025-02-30"},
		{"header only", "source: AP\npublished: 2025-04-25\n---\n\n\n", 0, "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Load("in/f.txt", []byte(tt.data))
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("Load(%q) = %d articles, %v, want an *InputError", tt.data, len(arts), err)
			}
			if ie.File != "in/f.txt" || ie.Line != tt.line || !strings.Contains(ie.Msg, tt.msg) {
				t.Errorf("Load(%q) error = %+v, want file in/f.txt, line %d, message with %q", tt.data, *ie, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "in/f.txt:") {
				t.Errorf("Load(%q) error = %q, want it to start with the file name", tt.data, err)
			}
			if arts != nil {
				t.Errorf("Load(%q) = %d articles with an error, want none", tt.data, len(arts))
			}
		})
	}
}

func TestInputErrorString(t *testing.T) {
	tests := []struct {
		e    InputError
		want string
	}{
		{InputError{File: "a.txt", Line: 3, Msg: "bad"}, "a.txt:3: bad"},
		{InputError{File: "a.txt", Msg: "bad"}, "a.txt: bad"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%#v.Error() = %q, want %q", tt.e, got, tt.want)
		}
	}
}

// twoArticles is shaped like a scraped page holding two stories: each
// opens with its headline, a captioned photo, page furniture, the headline
// and the caption again, then the story.
const twoArticles = `Minister Opens New Bridge Over The River Vltava

The minister cuts a ribbon at the new bridge in Prague, Czech Republic, 02 March 2025. (EPA/Martin Divisek / Pool)
The minister cuts a ribbon at the new bridge in Prague, Czech Republic, 02 March 2025. (EPA/Martin Divisek / Pool)
TT
20

Minister Opens New Bridge Over The River Vltava

The minister cuts a ribbon at the new bridge in Prague, Czech Republic, 02 March 2025. (EPA/Martin Divisek / Pool)

The transport minister opened a new bridge over the Vltava on Sunday, the first to be built in the city for twenty years.

The bridge cost about two billion crowns and will carry trams as well as cyclists and people on foot, the city said.

Harbour Strike Ends After Three Weeks Of Talks

Dock workers leave the harbour in Gdansk, Poland, 10 March 2025. (AP Photo/Piotr Nowak)
TT
20

Harbour Strike Ends After Three Weeks Of Talks

Dock workers at the harbour in Gdansk returned to work on Monday after the union accepted a pay offer from the port.

The strike had held up container traffic across the Baltic for three weeks, shipping companies said.`

func TestLoadTwoArticles(t *testing.T) {
	arts, err := Load("page.txt", []byte(twoArticles))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("Load(twoArticles) = %d articles, want 2", len(arts))
	}
	wants := []struct {
		title     string
		published date.Window
		firstLine int
		kinds     []BlockKind
	}{
		{
			"Minister Opens New Bridge Over The River Vltava",
			date.Window{From: date.MustOf(2025, 3, 2), To: date.MustOf(2025, 3, 9)},
			1,
			[]BlockKind{Headline, Caption, Duplicate, Furniture, Furniture, Duplicate, Duplicate, Body, Body},
		},
		{
			"Harbour Strike Ends After Three Weeks Of Talks",
			date.Window{From: date.MustOf(2025, 3, 10), To: date.MustOf(2025, 3, 17)},
			16,
			[]BlockKind{Headline, Caption, Furniture, Furniture, Duplicate, Body, Body},
		},
	}
	for i, a := range arts {
		w := wants[i]
		if a.Index != i || a.File != "page.txt" {
			t.Errorf("article %d: Index, File = %d, %q, want %d, page.txt", i, a.Index, a.File, i)
		}
		if a.Title != w.title {
			t.Errorf("article %d: Title = %q, want %q", i, a.Title, w.title)
		}
		if a.Published != w.published || a.PublishedFrom != "caption date" {
			t.Errorf("article %d: Published = %v (%s), want %v (caption date)", i, a.Published, a.PublishedFrom, w.published)
		}
		if line, col := a.Position(a.Start); line != w.firstLine || col != 1 {
			t.Errorf("article %d starts at %d:%d, want %d:1", i, line, col, w.firstLine)
		}
		if got := kinds(a); !equalKinds(got, w.kinds) {
			t.Errorf("article %d: block kinds = %v, want %v", i, got, w.kinds)
		}
		if a.Text != twoArticles {
			t.Errorf("article %d: Text is not the whole file", i)
		}
		checkBlocks(t, a)
	}
	if arts[0].End > arts[1].Start {
		t.Errorf("articles overlap: [%d:%d] and [%d:%d]", arts[0].Start, arts[0].End, arts[1].Start, arts[1].End)
	}
}

func kinds(a *Article) []BlockKind {
	var out []BlockKind
	for _, b := range a.Blocks {
		out = append(out, b.Kind)
	}
	return out
}

func equalKinds(a, b []BlockKind) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestLoadBlockKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []BlockKind
	}{
		{
			"caption and furniture",
			"Talks Stall Over Ceasefire Terms\nPutin attends a meeting in Moscow, Russia, 04 April 2025. (EPA/Pool)\nTT\n20\n" + body,
			[]BlockKind{Headline, Caption, Furniture, Furniture, Body, Body},
		},
		{
			"caption after the body starts",
			body + "\nTrump speaks to reporters at the White House. (AP Photo/Evan Vucci)\n" + body,
			[]BlockKind{Body, Body, Caption, Duplicate, Duplicate},
		},
		{
			"donation appeal at the end",
			body + "\n" + body + "\nA Message from The Moscow Times:\nDear readers,\nWe are facing unprecedented challenges and need your help.\nYour support makes a world of difference.\n\nRemind me later.",
			[]BlockKind{Body, Body, Duplicate, Duplicate, Boilerplate, Boilerplate, Boilerplate, Boilerplate, Boilerplate},
		},
		{
			"newsletter box early is only one block",
			body + "\nSign up for our newsletter\n" + body + "\nMore text follows here in the body, officials said on Friday.\nAnd more after that, the minister told reporters on Monday.\n",
			[]BlockKind{Body, Body, Boilerplate, Duplicate, Duplicate, Body, Body},
		},
		{
			"metadata before the body",
			"Category: World\nrki.news\n" + body,
			[]BlockKind{Meta, Meta, Body, Body},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := loadOne(t, "a.txt", tt.text)
			if got := kinds(a); !equalKinds(got, tt.want) {
				t.Errorf("Load(%q) block kinds = %v, want %v", tt.text, got, tt.want)
			}
			checkBlocks(t, a)
		})
	}
}

// TestPosition checks lines and columns: 1-based, header lines counted,
// columns in code points.
func TestPosition(t *testing.T) {
	text := "source: AP\n---\nZelenskyy’s aide said.\n\n  Élysée said “no”.\n"
	a := loadOne(t, "a.txt", text)
	tests := []struct {
		sub       string
		line, col int
	}{
		{"source", 1, 1},
		{"Zelenskyy", 3, 1},
		{"aide", 3, 13},
		{"Élysée", 5, 3},
		{"“no”", 5, 15},
		{"no”", 5, 16},
	}
	for _, tt := range tests {
		off := strings.Index(text, tt.sub)
		if line, col := a.Position(off); line != tt.line || col != tt.col {
			t.Errorf("Position(%d) (%q) = %d:%d, want %d:%d", off, tt.sub, line, col, tt.line, tt.col)
		}
	}
	if line, col := a.Position(len(text)); line != 6 || col != 1 {
		t.Errorf("Position(len) = %d:%d, want 6:1", line, col)
	}
}

// TestLineEndings checks that CRLF line endings and a UTF-8 byte order mark
// change neither the articles nor the claims' lines and columns.
func TestLineEndings(t *testing.T) {
	lf := "source: AP\npublished: 2025-04-25\n---\nKremlin Rejects Talks\n\n" +
		"Kremlin spokesman Dmitry Peskov said on Friday that Russian President Vladimir Putin had no plans to call.\n" +
		"NBC News reported on Thursday that former U.S. President Donald Trump would not speak to President Putin.\n"
	variants := map[string]string{
		"CRLF":      strings.ReplaceAll(lf, "\n", "\r\n"),
		"BOM":       "\uFEFF" + lf,
		"BOM, CRLF": "\uFEFF" + strings.ReplaceAll(lf, "\n", "\r\n"),
	}
	want := loadExtract(t, lf)
	if len(want.Claims) < 4 {
		t.Fatalf("LF text: %d claims, want at least 4", len(want.Claims))
	}
	for name, text := range variants {
		t.Run(name, func(t *testing.T) {
			got := loadExtract(t, text)
			if got.Source != want.Source || got.Title != want.Title || got.Published != want.Published {
				t.Errorf("%s: article = %q %q %v, want %q %q %v", name, got.Source, got.Title, got.Published, want.Source, want.Title, want.Published)
			}
			if !equalKinds(kinds(got), kinds(want)) {
				t.Errorf("%s: block kinds = %v, want %v", name, kinds(got), kinds(want))
			}
			if len(got.Claims) != len(want.Claims) {
				t.Fatalf("%s: %d claims, want %d", name, len(got.Claims), len(want.Claims))
			}
			for i, c := range got.Claims {
				w := want.Claims[i]
				if c.Kind != w.Kind || c.Text != w.Text || c.Line != w.Line || c.Column != w.Column {
					t.Errorf("%s: claim %d = %s %q at %d:%d, want %s %q at %d:%d", name, i, c.Kind, c.Text, c.Line, c.Column, w.Kind, w.Text, w.Line, w.Column)
				}
				if c.Report != nil && c.Report.Content != w.Report.Content {
					t.Errorf("%s: claim %d content = %q, want %q", name, i, c.Report.Content, w.Report.Content)
				}
			}
			for _, b := range got.Blocks {
				if s := got.Text[b.Start:b.End]; strings.ContainsAny(s, "\r\uFEFF") {
					t.Errorf("%s: block %q holds a CR or BOM", name, s)
				}
			}
		})
	}
}

func loadExtract(t *testing.T, text string) *Article {
	t.Helper()
	a := loadOne(t, "a.txt", text)
	Extract(a, testLex)
	checkClaims(t, a)
	return a
}

// TestBOMColumn checks that a byte order mark is no column: a claim at the
// start of the file is at 1:1, as an editor shows it.
func TestBOMColumn(t *testing.T) {
	for _, text := range []string{
		"\uFEFFRussian President Vladimir Putin met the envoy on Friday in Moscow, officials said.",
		"\uFEFFRussian President Vladimir Putin met the envoy on Friday in Moscow, officials said.\r\nIt was the second such meeting this month, the Kremlin said on Friday.",
	} {
		a := loadOne(t, "a.txt", text)
		Extract(a, testLex)
		checkClaims(t, a)
		if len(a.Claims) == 0 {
			t.Fatalf("Extract(%q) found no claims", text)
		}
		if c := a.Claims[0]; c.Line != 1 || c.Column != 1 {
			t.Errorf("Extract(%q) first claim %q at %d:%d, want 1:1", text, c.Text, c.Line, c.Column)
		}
		if line, col := a.Position(len("\uFEFF") + len("Russian ")); line != 1 || col != 9 {
			t.Errorf("Position(after BOM + 8 bytes) = %d:%d, want 1:9", line, col)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. President Joe Biden", []string{"U.S.", "President", "Joe", "Biden"}},
		{"J.D. Vance said.", []string{"J.D.", "Vance", "said", "."}},
		{"U.S.-Russia talks", []string{"U.S.", "-", "Russia", "talks"}},
		{"Mr. Putin's aide", []string{"Mr.", "Putin's", "aide"}},
		{"Zelenskyy’s then-President", []string{"Zelenskyy’s", "then-President"}},
		{"said.The end", []string{"said", ".", "The", "end"}},
		{"A.B.C.D.E", []string{"A.B.C.D.E"}},
		{"AB.C wins", []string{"AB", ".", "C", "wins"}},
		{"A.BC.D", []string{"A.BC", ".", "D"}},
		{"e.g. this", []string{"e.g", ".", "this"}},
		{"“No,” he said", []string{"“", "No", ",", "”", "he", "said"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in, 0, len(tt.in)) {
			got = append(got, tok.text)
			if tt.in[tok.start:tok.end] != tok.text {
				t.Errorf("tokenize(%q): token %q at [%d:%d] is %q", tt.in, tok.text, tok.start, tok.end, tt.in[tok.start:tok.end])
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// BenchmarkLoadFiles loads the repository's sample articles, or the files
// under $CLAIMCHECK_BENCH_CORPUS when it is set (a directory of .txt and
// .html files, such as a generated corpus), as a run reads them: each
// file's bytes handed to Load once, read afresh for each round.
func BenchmarkLoadFiles(b *testing.B) {
	var paths []string
	if dir := os.Getenv("CLAIMCHECK_BENCH_CORPUS"); dir != "" {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				paths = append(paths, p)
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	} else {
		paths, _ = filepath.Glob("../testdata/*/*.txt")
	}
	if len(paths) == 0 {
		b.Fatal("no articles to load")
	}
	files := make([][]byte, len(paths))
	var size int64
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files[i] = data
		size += int64(len(data))
	}
	bufs := make([][]byte, len(files))
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		// Load may keep the buffer it is given: each round gets copies.
		for i, data := range files {
			bufs[i] = append([]byte(nil), data...)
		}
		b.StartTimer()
		for i, p := range paths {
			if _, err := Load(p, bufs[i]); err != nil {
				var ie *InputError
				if !errors.As(err, &ie) {
					b.Fatal(err)
				}
			}
		}
	}
}
