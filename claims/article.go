// Package claims loads news articles and extracts the claims they make.
//
// Loading turns the bytes of a file into one or more [Article] values: it
// reads an optional header block or YAML front matter, splits files that
// hold several articles, marks captions, page furniture and boilerplate,
// and finds the source and publication date. Extraction then finds the
// claims in the article's body: a person named with an office (a title
// claim) and who reported what, and when (a report claim).
//
// Every [Claim] records byte offsets into its file's text, so that
// text[c.Start:c.End] == c.Text, and the line and column a user's editor
// jumps to. Lines and columns count from 1 in the file as given, header
// lines included; a column counts characters (Unicode code points).
//
// The package does no I/O beyond what its callers hand it and prints
// nothing.
package claims

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/claimcheck/claimcheck/date"
)

// An Article is one news article. A file may hold several.
type Article struct {
	File  string // the path as given by the user ("-" for standard input)
	Index int    // 0 for the first article of a file, 1 for the second…

	Source     string // the outlet ("Reuters"), or the file's base name
	SourceFrom string // where Source came from: "header", "dateline", "byline", "self-reference", "domain line", "file name"
	URL        string
	Title      string

	// Published is the publication date: one day when known, a window when
	// only bounded (a caption date says "on or after"), zero when unknown.
	Published     date.Window
	PublishedFrom string // "header", "front matter", "meta", "published line", "dateline", "byline", "url", "caption date", "--date", "" when unknown
	// PublishedPrecision is how finely the header or page gave the date:
	// "day", "month", "year" or "window" ("" when unknown).
	PublishedPrecision Precision
	// DatelineMonth and DatelineDay are a dateline's month and day when it
	// wrote no year and nothing else gave one ("Moscow, April 25 –"): the
	// dating of the article may still place the year.
	DatelineMonth time.Month
	DatelineDay   int

	// Text is the whole file's text; the article's body is Text[Start:End].
	// For an HTML page, Text is the page with its markup blanked out byte
	// for byte (see [MaskHTML]), and Raw the page as written.
	Text       string
	Raw        string
	Start, End int

	// Blocks are the article's lines of text, each marked with its kind.
	Blocks []Block

	Claims []Claim

	lines *lineIndex

	// whens caches ArticleWhens for the publication day whensRef, since
	// extraction and the time rules both ask for it.
	whens    []When
	whensRef date.Date
	whensSet bool
	// blockDates holds findDates of the body blocks extraction searched
	// for numbers, by the block's start, until ArticleWhens uses them.
	blockDates map[int][]dateMatch
}

// A BlockKind says what a block of text is.
type BlockKind int

// The kinds of block.
const (
	Body        BlockKind = iota // article prose
	Headline                     // the title, possibly repeated
	Caption                      // a photo caption
	Furniture                    // page furniture: "TT", "20", "Remind me later."
	Boilerplate                  // a donation appeal, a newsletter box
	Meta                         // header lines and scraped metadata ("Category: …")
	Duplicate                    // a repeat of an earlier line of the same article
)

var blockKindNames = [...]string{"body", "headline", "caption", "furniture", "boilerplate", "meta", "duplicate"}

func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "unknown"
}

// A Block is one line (a paragraph in scraped text) of an article.
type Block struct {
	Kind       BlockKind
	Start, End int // byte offsets into Article.Text
}

// DropCaches forgets what the article keeps to answer Position and
// ArticleWhens quickly; both still answer, slower. A run calls it once the
// rules that read one article at a time are done, so that the comparison
// across sources, which holds every article at once, holds less.
func (a *Article) DropCaches() {
	a.lines = nil
	a.whens, a.whensSet = nil, false
}

// DropText forgets the article's text: Text, Raw and Blocks are empty
// after, and so are the caches DropCaches forgets; Position and
// ArticleWhens no longer answer. The claims keep their words: the stretches
// of text the claims cover (about a third of a news page) are copied into
// one string of the article's own, and every word of a claim that is part
// of its claim's text is cut from there; the other words (a report's
// statement, a quotation's words, the source and title) are copied in after
// it, each distinct one once. A run calls DropText once nothing reads the
// text any more, so that a comparison of many articles holds their claims
// but not their pages.
func (a *Article) DropText() {
	// The stretches the claims cover, merged. The scratch lists start on
	// the stack: an article has a few claims and words to place.
	type seg struct{ from, to, at int } // text[from:to] is words[at:]
	var segBuf [32]seg
	segs := segBuf[:0]
	for i := range a.Claims {
		if c := &a.Claims[i]; c.Start < c.End && int(c.End) <= len(a.Text) {
			segs = append(segs, seg{from: int(c.Start), to: int(c.End)})
		}
	}
	slices.SortFunc(segs, func(x, y seg) int { return cmp.Compare(x.from, y.from) })
	merged := segs[:0]
	for _, sg := range segs {
		if n := len(merged); n > 0 && sg.from <= merged[n-1].to {
			merged[n-1].to = max(merged[n-1].to, sg.to)
			continue
		}
		merged = append(merged, sg)
	}
	size := 0
	for i := range merged {
		merged[i].at = size
		size += merged[i].to - merged[i].from
	}
	// stretch returns the stretch that holds text[off:], if any: the last
	// to start at or before off (the stretches are apart, in order).
	stretch := func(off int) (seg, bool) {
		lo, hi := 0, len(merged)
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); merged[m].from <= off {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == 0 || merged[lo-1].to <= off {
			return seg{}, false
		}
		return merged[lo-1], true
	}
	// visit calls fn on every string that may be a part of the text, with
	// its claim's text and where that will be in the copy (-1: nowhere).
	visit := func(fn func(p *string, in string, at int)) {
		fn(&a.Source, "", -1)
		fn(&a.URL, "", -1)
		fn(&a.Title, "", -1)
		for i := range a.Claims {
			c := &a.Claims[i]
			in, at := c.Text, -1
			if c.Start < c.End && int(c.End) <= len(a.Text) && a.Text[c.Start:c.End] == c.Text {
				sg, _ := stretch(int(c.Start))
				at = sg.at + int(c.Start) - sg.from
			}
			for _, p := range [...]*string{&c.Text, &c.Name, &c.Canonical, &c.When.Text} {
				fn(p, in, at)
			}
			if t := c.Title; t != nil {
				fn(&t.Written, in, at)
			}
			if r := c.Report; r != nil {
				for _, p := range [...]*string{&r.Reporter, &r.Key, &r.Verb, &r.When, &r.Content} {
					fn(p, in, at)
				}
			}
			if q := c.Quote; q != nil {
				for _, p := range [...]*string{&q.Words, &q.Speaker, &q.Verb} {
					fn(p, in, at)
				}
			}
			if n := c.Number; n != nil {
				fn(&n.Subject, in, at)
				fn(&n.Phrase, in, at)
			}
		}
	}
	// Each word is placed once, on the first walk, and its place kept in
	// offs, in the order of the walk: a part of its claim's text, or else
	// a part of the text within a stretch, is cut from there; any other
	// word goes after the stretches, each distinct one once (found among
	// the few before it, or by a map once there are many).
	lo := uintptr(unsafe.Pointer(unsafe.StringData(a.Text)))
	var offBuf [256]int32
	offs := offBuf[:0]
	var extraBuf [16]string
	extras := extraBuf[:0]
	var extraAt []int32 // where extras[i] is, when they are few
	var extraBufAt [16]int32
	extraAt = extraBufAt[:0]
	var extra map[string]int32 // where each is, once they are many
	visit(func(p *string, in string, at int) {
		w := *p
		if w == "" {
			return
		}
		if at >= 0 {
			if i := strings.Index(in, w); i >= 0 {
				offs = append(offs, int32(at+i))
				return
			}
		}
		if d := uintptr(unsafe.Pointer(unsafe.StringData(w))) - lo; d < uintptr(len(a.Text)) {
			if sg, ok := stretch(int(d)); ok && int(d)+len(w) <= sg.to {
				offs = append(offs, int32(sg.at+int(d)-sg.from))
				return
			}
		}
		if extra == nil {
			for i, x := range extras {
				if x == w {
					offs = append(offs, extraAt[i])
					return
				}
			}
			if len(extras) < cap(extraBuf) {
				extras = append(extras, w)
				extraAt = append(extraAt, int32(size))
				offs = append(offs, int32(size))
				size += len(w)
				return
			}
			extra = make(map[string]int32, 2*len(extras))
			for i, x := range extras {
				extra[x] = extraAt[i]
			}
		}
		if off, ok := extra[w]; ok {
			offs = append(offs, off)
			return
		}
		extra[w] = int32(size)
		extras = append(extras, w)
		offs = append(offs, int32(size))
		size += len(w)
	})
	var b strings.Builder
	b.Grow(size)
	for _, sg := range merged {
		b.WriteString(a.Text[sg.from:sg.to])
	}
	for _, w := range extras {
		b.WriteString(w)
	}
	words := b.String()
	k := 0
	visit(func(p *string, in string, at int) {
		w := *p
		if w == "" {
			return
		}
		off := int(offs[k])
		k++
		*p = words[off : off+len(w)]
	})
	a.Text, a.Raw, a.Blocks, a.blockDates = "", "", nil, nil
	a.DropCaches()
}

// Position returns the 1-based line and column of byte offset off in the
// article's file.
func (a *Article) Position(off int) (line, col int) {
	// An HTML page's lines are those of the page as written: the masked
	// text has the same bytes at the same offsets, but block tags start
	// with an added newline.
	text := a.Text
	if a.Raw != "" {
		text = a.Raw
	}
	if a.lines == nil {
		a.lines = newLineIndex(text)
	}
	return a.lines.position(text, off)
}

// A Kind names a kind of claim. It is a small number, not a string, since
// a large run holds hundreds of thousands of claims; String gives its name.
type Kind uint8

// The kinds of claim.
const (
	KindTitle  Kind = iota + 1 // "title": a person named with an office
	KindReport                 // "report": someone reported or said something
	KindQuote                  // "quote": words in quotation marks, with their speaker
	KindNumber                 // "number": a quantity tied to a subject
)

var kindNames = [...]string{"", "title", "report", "quote", "number"}

// String returns the kind's name: "title", "report", "quote", "number"
// ("" for the zero Kind).
func (k Kind) String() string { return nameOf(kindNames[:], uint8(k), "kind") }

// MarshalText writes the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// A Resolution says how a claim's Person was found.
type Resolution uint8

// The ways a person is found.
const (
	ResolvedNone    Resolution = iota // "": no person
	ResolvedName                      // "name": a full name or alias
	ResolvedArticle                   // "article": a surname after a full mention in the same article
	ResolvedSurname                   // "surname": a bare surname the knowledge holds once
)

var resolutionNames = [...]string{"", "name", "article", "surname"}

// String returns the resolution's name ("" for ResolvedNone).
func (r Resolution) String() string { return nameOf(resolutionNames[:], uint8(r), "resolution") }

// MarshalText writes the resolution's name.
func (r Resolution) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// nameOf returns the name of v, one of the small numbers that stand for
// words (Kind, Resolution, Precision): names[v], or "what(v)" past them.
func nameOf(names []string, v uint8, what string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return what + "(" + strconv.Itoa(int(v)) + ")"
}

// A Claim is one thing an article asserts, with where it says it.
type Claim struct {
	Kind Kind
	// Resolved says how Person was found (see Resolution).
	Resolved Resolution
	Quoted   bool // inside quotation marks: the speaker's words, not the source's
	Caption  bool // in a photo caption or a headline

	// Start and End are byte offsets into the article's Text; Line and
	// Column are those of Start. They are 32 bits, as no article is near
	// 2 GiB (a file is at most 64 MiB), and a large run holds hundreds
	// of thousands of claims.
	Start, End   int32
	Line, Column int32
	Text         string // Text[Start:End]

	// Person is the canonical ID of the actor when the knowledge knows
	// them ("Q7747"); Candidates holds every match when a bare surname is
	// ambiguous. Name is the actor as written ("Putin"), Canonical the
	// fullest name seen in the article ("Vladimir Putin").
	Person     string
	Candidates []string
	Name       string
	Canonical  string

	Title  *Title  // for KindTitle
	Report *Report // for KindReport
	Quote  *Quote  // for KindQuote
	Number *Number // for KindNumber

	// When is the date or window of what the claim reports, from a date
	// phrase in its sentence; zero when the sentence has none. See
	// [ResolveWhens], which [Extract] calls.
	When When
}

// A Title is the office part of a title claim.
type Title struct {
	Written   string   // the office as written: "Russian Prime Minister"
	Country   string   // country code, "" when the text names none
	Role      string   // role ID, "" when the words are no known role
	Office    string   // office ID when a whole-office form was written ("RU/press_secretary")
	Modifiers []string // former, acting, elect, late, then, ex, interim, outgoing, incoming
	// Hypothetical is true for an indefinite or conditional use ("a former
	// President Trump would…"), which asserts nothing about the person.
	Hypothetical bool
	// Appositive is true for "Name, the role of X" rather than "Role Name".
	Appositive bool
}

// HasModifier reports whether the title carries modifier m.
func (t *Title) HasModifier(m string) bool {
	for _, x := range t.Modifiers {
		if x == m {
			return true
		}
	}
	return false
}

// A Report is who reported or said what, and when.
type Report struct {
	Reporter string // as written: "NBC News"
	Key      string // folded reporter for matching: "nbc"
	Verb     string // "reported", "said", "told"
	// When is the phrase that dates the report ("on Thursday", "Friday"),
	// and Weekday its weekday (-1 when the phrase names none).
	When    string
	Weekday int
	// Day is the resolved date when the article's date allows it.
	Day date.Window
	// Content is the reported statement, as written.
	Content string
}

// A Quote is a direct quotation and who said it. The claim's Name,
// Canonical and Person are the speaker's.
type Quote struct {
	Words string // the quoted words, both parts of a quote split by its attribution joined by a space
	// Speaker is the speaker as written ("Peskov", "he"); ByPronoun is true
	// when the speaker was a pronoun resolved to the last person named.
	Speaker   string
	ByPronoun bool
	Verb      string // "said", "told", "according to", ":" for a colon after a name
}

// A Number is a quantity the article states about a subject.
type Number struct {
	Value float64 // normalised: scale applied ("$60 billion" is 6e10), durations in minutes
	Unit  string  // "USD", "GBP", "EUR", "%", "minutes", "days", or "" for a count
	// Subject is the thing counted, singular and folded ("round", "call",
	// "ceasefire"), Phrase the words as written.
	Subject string
	Phrase  string
	// Hedge bounds the value: "" exact, "about", "at least", "at most".
	Hedge string
}
