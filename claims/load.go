package claims

import (
	"bytes"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/goccy/go-yaml"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/claimcheck/claimcheck/date"
)

// An InputError is a file that cannot be read as articles. It prints as
// "FILE:LINE: message", or "FILE: message" when no line applies.
type InputError struct {
	File string
	Line int
	Msg  string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// A line is one line of a file, without its line ending.
type line struct {
	start, end int // byte offsets of the text, excluding "\r\n"
	text       string
}

func splitLines(text string, from int) []line {
	return appendLines(nil, text, from)
}

// appendLines appends splitLines(text, from) to out, growing out once.
func appendLines(out []line, text string, from int) []line {
	if from >= len(text) {
		return out
	}
	out = slices.Grow(out, strings.Count(text[from:], "\n")+1)
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

// Load reads the articles in one file's content. name is the path the user
// gave, used in errors and in every Article. A file that holds no text
// (empty, binary, not UTF-8) gives an *InputError.
//
// Load takes ownership of data: the articles' text may be data itself, not
// a copy, so the caller must not change data, or hand it to anything that
// does, once Load is called. (A run reads 40 MB for 10,000 articles; the
// copy was a tenth of Load's time.)
func Load(name string, data []byte) ([]*Article, error) {
	data = fromUTF16(data)
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	raw := ""
	if IsHTML(name, data) {
		// Read the page's text where it stands, markup blanked out.
		raw = ownedString(data)
		data = MaskHTML(data)
	}
	text := ownedString(data)
	body := 0
	if strings.HasPrefix(text, "\uFEFF") {
		body = len("\uFEFF")
	}
	// The lines are Load's alone (the articles keep offsets): their
	// array goes back to the pool when Load returns.
	pooled, _ := linePool.Get().(*[]line)
	if pooled == nil {
		pooled = new([]line)
	}
	lines := appendLines((*pooled)[:0], text, body)
	defer putLines(pooled, lines)
	hdr, body, err := readHeaderLines(name, text, body, lines)
	if err != nil {
		return nil, err
	}
	// The body's lines are those from body on: it starts a line.
	k := 0
	for k < len(lines) && lines[k].start < body {
		k++
	}
	lines = lines[k:]
	if len(lines) > 0 && lines[0].start != body {
		lines = splitLines(text, body)
	}
	var arts []*Article
	for i, part := range splitArticles(lines) {
		a := &Article{File: name, Index: i, Text: text, Raw: raw, Start: part[0].start, End: part[len(part)-1].end}
		classify(a, part)
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return nil, &InputError{File: name, Msg: "no article text after the header"}
	}
	for _, a := range arts {
		findSource(a, hdr, name)
		findTitle(a, hdr)
		if a.URL == "" {
			a.URL = hdr.get("url")
		}
		if err := findPublished(a, hdr); err != nil {
			return nil, err
		}
	}
	return arts, nil
}

// linePool holds line arrays for Load to reuse, as *[]line, empty and
// cleared.
var linePool sync.Pool

// maxPooledLines is the longest line array put back in linePool.
const maxPooledLines = 1 << 14

// putLines gives lines, got from linePool with p, back to it, cleared
// so that the pool keeps no file's text alive.
func putLines(p *[]line, lines []line) {
	if cap(lines) > maxPooledLines {
		return
	}
	clear(lines)
	*p = lines[:0]
	linePool.Put(p)
}

// ownedString returns data as a string without copying it. Nothing may
// change data afterwards: Load's caller gives it up, and the buffers
// fromUTF16 and MaskHTML make are Load's own.
func ownedString(data []byte) string {
	return unsafe.String(unsafe.SliceData(data), len(data))
}

// fromUTF16 returns data as UTF-8 when it is UTF-16 with a byte order mark
// (as Windows tools write "Unicode" text), else data itself. Lines and
// columns count characters, so they are the same in either encoding.
// Unpaired surrogates become U+FFFD.
func fromUTF16(data []byte) []byte {
	if !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return data
	}
	out, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

func checkText(name string, data []byte) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))) == 0 {
		return &InputError{File: name, Msg: "empty file: no article text"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &InputError{File: name, Line: 1 + bytes.Count(data[:i], []byte("\n")), Msg: "binary file (NUL byte): not article text"}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return &InputError{File: name, Line: 1 + bytes.Count(data[:off], []byte("\n")), Msg: fmt.Sprintf("invalid UTF-8 at byte %d: convert the file to UTF-8", off)}
	}
	return nil
}

// header holds the key: value pairs of a header block or front matter.
type header struct {
	kind   string // "header" or "front matter"
	values map[string]string
	lines  map[string]int // key -> line
}

func (h header) get(k string) string { return h.values[k] }

// headerLineRE is the reference of headerLine (see lines_equiv_test.go).
var headerLineRE = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_-]{0,30}):(?:\s+(.*))?$`)

// knownKeys are the header keys claimcheck reads; a block of key: value
// lines is a header only when it holds at least one of them.
var knownKeys = map[string]bool{"source": true, "url": true, "published": true, "date": true, "title": true}

// readHeader reads YAML front matter ("---" … "---") or a header block of
// key: value lines ended by "---", starting at byte from. It returns the
// offset where the body starts.
func readHeader(name, text string, from int) (header, int, error) {
	return readHeaderLines(name, text, from, splitLines(text, from))
}

// readHeaderLines is readHeader given lines, splitLines(text, from).
func readHeaderLines(name, text string, from int, lines []line) (header, int, error) {
	h := header{values: map[string]string{}, lines: map[string]int{}}
	if len(lines) == 0 {
		return h, from, nil
	}
	if strings.TrimSpace(lines[0].text) == "---" {
		for i := 1; i < len(lines); i++ {
			if t := strings.TrimSpace(lines[i].text); t == "---" || t == "..." {
				src := text[lines[1].start:lines[i].start]
				if i == 1 {
					src = ""
				}
				var m map[string]any
				if err := yaml.Unmarshal([]byte(src), &m); err != nil {
					return h, from, &InputError{File: name, Line: 2, Msg: "front matter: " + oneLine(yaml.FormatError(err, false, false))}
				}
				h.kind = "front matter"
				for k, v := range m {
					if v == nil {
						continue // "title:" with no value
					}
					h.values[strings.ToLower(k)] = strings.TrimSpace(fmt.Sprint(v))
					h.lines[strings.ToLower(k)] = 2
				}
				for j := 1; j < i; j++ {
					if key, _, ok := headerLine(lines[j].text); ok {
						h.lines[strings.ToLower(key)] = j + 1
					}
				}
				next := len(text)
				if i+1 < len(lines) {
					next = lines[i+1].start
				}
				return h, next, nil
			}
		}
		return h, from, &InputError{File: name, Line: 1, Msg: "front matter opened with --- is never closed"}
	}
	// A header block: key: value lines, then "---".
	known := false
	for i, l := range lines {
		if strings.TrimSpace(l.text) == "---" {
			if i == 0 || !known {
				break
			}
			h.kind = "header"
			next := len(text)
			if i+1 < len(lines) {
				next = lines[i+1].start
			}
			return h, next, nil
		}
		key, value, ok := headerLine(l.text)
		if !ok {
			break
		}
		k := strings.ToLower(key)
		known = known || knownKeys[k]
		h.values[k] = strings.TrimSpace(value)
		h.lines[k] = 1 + strings.Count(text[:l.start], "\n")
	}
	return header{values: map[string]string{}, lines: map[string]int{}}, from, nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// splitArticles splits a file's lines into articles. A new article starts
// at a headline block: a title-like line that recurs within the next few
// lines (scraped pages repeat their headline around the photo), once the
// current article already has body text. The articles are slices of
// lines, not copies.
func splitArticles(lines []line) [][]line {
	var parts [][]line
	from := 0 // where the current article's lines start
	// bodyWords counts the words of the current article's sentences, but
	// only up to minBodyWords: all that matters is whether it has that
	// many, so a line is read no further than the words still missing
	// (and the eight isSentence needs), and not at all once there are.
	const minBodyWords = 30
	bodyWords := 0
	for i, l := range lines {
		if bodyWords >= minBodyWords {
			if !isHeadlineBlock(lines, i) {
				continue
			}
			parts = append(parts, lines[from:i:i])
			from, bodyWords = i, 0
		}
		if n := countFieldsUpTo(l.text, max(8, minBodyWords-bodyWords)); n >= 8 && strings.ContainsAny(l.text, ".?!") {
			bodyWords += n // isSentence(l.text)
		}
	}
	if cur := lines[from:]; hasText(cur) {
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

func hasText(ls []line) bool {
	for _, l := range ls {
		if strings.TrimSpace(l.text) != "" {
			return true
		}
	}
	return false
}

func trimBlank(ls []line) []line {
	for len(ls) > 0 && strings.TrimSpace(ls[0].text) == "" {
		ls = ls[1:]
	}
	for len(ls) > 0 && strings.TrimSpace(ls[len(ls)-1].text) == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

func isHeadlineBlock(lines []line, i int) bool {
	// Most lines are prose: one that opens with an ASCII byte that is no
	// space, '#', capital or digit is not title-like, as headlineText
	// keeps that byte first.
	if s := lines[i].text; s == "" || s[0] < utf8.RuneSelf && s[0] != '#' && !asciiSpace(s[0]) && !(s[0] >= 'A' && s[0] <= 'Z') && !(s[0] >= '0' && s[0] <= '9') {
		return false
	}
	t := headlineText(lines[i].text)
	if !isTitleLike(t) {
		return false
	}
	seen := 0
	for j := i + 1; j < len(lines) && seen < 12; j++ {
		u := strings.TrimSpace(lines[j].text)
		if u == "" {
			continue
		}
		seen++
		if headlineText(u) == t {
			return true
		}
	}
	return false
}

func headlineText(s string) string {
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "#"))
}

// isTitleLike reports whether s reads as a headline: a few words, starting
// with a capital, with no sentence-final punctuation.
func isTitleLike(s string) bool {
	// The cheap tests first: most lines are prose, ending in a period.
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	if strings.ContainsRune(".:;”\")", last) {
		return false
	}
	n := countFieldsUpTo(s, 26)
	return n >= 3 && n <= 25
}

// asciiSpace reports whether c is an ASCII byte unicode.IsSpace accepts.
func asciiSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// countFields returns len(strings.Fields(s)) without making the fields:
// the number of runs of runes that are not white space.
func countFields(s string) int { return countFieldsUpTo(s, math.MaxInt) }

// countFieldsUpTo returns min(countFields(s), limit), reading s only as
// far as its limit-th field.
func countFieldsUpTo(s string, limit int) int {
	if limit <= 0 {
		return limit
	}
	n, in := 0, false
	for i := 0; i < len(s); {
		switch fieldBytes[s[i]] {
		case fieldASCII:
			if !in {
				in = true
				if n++; n == limit {
					return n
				}
			}
			// The rest of an ASCII field at once.
			for i++; i < len(s) && fieldBytes[s[i]] == fieldASCII; i++ {
			}
		case fieldSpace:
			in = false
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				in = false
			} else if !in {
				in = true
				if n++; n == limit {
					return n
				}
			}
			i += size
		}
	}
	return n
}

// The kinds of byte countFieldsUpTo tells apart.
const (
	fieldASCII = iota // an ASCII byte that is no space
	fieldSpace        // an ASCII space
	fieldRune         // the first byte of a multi-byte rune, or an invalid one
)

// fieldBytes holds the kind of each byte for countFieldsUpTo.
var fieldBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = fieldRune
		case asciiSpace(byte(c)):
			t[c] = fieldSpace
		}
	}
	return t
}()

// isSentence reports whether s reads as prose: enough words and
// sentence-final punctuation somewhere.
func isSentence(s string) bool {
	return countFieldsUpTo(s, 8) >= 8 && strings.ContainsAny(s, ".?!")
}

var (
	// A photo credit closes a caption: "(EPA/Vyacheslav Prokofyev / Pool)",
	// "(AP Photo/ Evan Vucci)". creditRE is the reference of isCredit, and
	// boilerplateRE of isBoilerplate, which falls back to it on non-ASCII
	// text (see lines_equiv_test.go).
	creditRE = regexp.MustCompile(`\((?:[^()]*\b(?:Photo|Photos|EPA|AFP|AP|Reuters|Getty|Pool|Sputnik|TASS|Xinhua|Bloomberg|Shutterstock|Images?|Credit|File|Anadolu)\b[^()]*)\)\s*\.?\s*$`)
	// Boilerplate begins at an appeal or a newsletter box.
	boilerplateRE = regexp.MustCompile(`(?i)^(?:a message from\b|dear readers?\b|support (?:us|our|independent)\b|donate\b|subscribe\b|sign up\b|remind me later|related:|read more\b|advertisement$|this article is more than)`)
	// domainRE and metaLineRE are the references of isDomain and
	// isMetaLine (see lines_equiv_test.go).
	domainRE   = regexp.MustCompile(`^[a-z0-9-]+(?:\.[a-z0-9-]+)+$`)
	metaLineRE = regexp.MustCompile(`^[A-Z][A-Za-z ]{1,30}?\s?:\s*\S`)
)

// seenPool holds empty maps for classify's lines seen.
var seenPool sync.Pool

// maxPooledSeen is the most lines a map put back in seenPool held: a
// map is cleared in the time of its largest size.
const maxPooledSeen = 512

// classify sets the article's blocks from its lines.
func classify(a *Article, ls []line) {
	inBody := false
	boilerFrom := -1
	nonblank := 0
	for _, l := range ls {
		if strings.TrimSpace(l.text) != "" {
			nonblank++
		}
	}
	// The lines seen, in a map from the pool: an article's lines are few.
	seen, _ := seenPool.Get().(map[string]struct{})
	if seen == nil {
		seen = make(map[string]struct{}, nonblank)
	}
	defer func() {
		if len(seen) <= maxPooledSeen {
			clear(seen)
			seenPool.Put(seen)
		}
	}()
	a.Blocks = slices.Grow(a.Blocks, nonblank)
	k := 0
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		k++
		// One map operation tells a repeat and marks the line seen.
		n := len(seen)
		seen[t] = struct{}{}
		dup := len(seen) == n
		kind := Body
		switch {
		case boilerFrom >= 0:
			kind = Boilerplate
		case dup:
			kind = Duplicate
		case t == "---" || (!inBody && (isDomain(t) || (isMetaLine(t) && !isSentence(t)) || mayPublishedLine(t) && publishedLineRE.MatchString(t))):
			kind = Meta
		case isCredit(t):
			kind = Caption
		case isBoilerplate(t):
			kind = Boilerplate
			if 2*k > nonblank {
				boilerFrom = k
			}
		case !inBody && (strings.HasPrefix(t, "#") || isTitleLike(t)):
			kind = Headline
		case countFieldsUpTo(t, 3) <= 2 && !strings.ContainsAny(t, ".?!"):
			kind = Furniture
		}
		if kind == Body {
			inBody = true
		}
		// t is l.text without its leading spaces (and trailing ones): the
		// first place strings.Index would find it, since it starts with a
		// rune that is no space.
		start := l.start + len(l.text) - len(strings.TrimLeftFunc(l.text, unicode.IsSpace))
		a.Blocks = append(a.Blocks, Block{Kind: kind, Start: start, End: start + len(t)})
	}
}

func (a *Article) blockText(b Block) string { return a.Text[b.Start:b.End] }

var (
	datelineAgencyRE = regexp.MustCompile(`^[A-Z][A-Za-z .,'/-]{1,60}?(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*\(([A-Z][A-Za-z .&]{1,30})\)\s*[-–—]`)
	selfRefRE        = regexp.MustCompile(`^(?i:a message from)\s+(.+?):?$`)
	cannotVerifyRE   = regexp.MustCompile(`\b((?:The\s+)?[A-Z][A-Za-z&]+(?:\s+[A-Z][A-Za-z&]+){0,3})\s+(?:could not|was unable to|cannot|has not been able to)\s+(?:independently\s+|immediately\s+)?(?:verify|confirm)`)
	bylineRE         = regexp.MustCompile(`^By\s+[A-Z][^,]{1,60},\s*([A-Z][A-Za-z .&]{1,40})$`)
)

func findSource(a *Article, h header, name string) {
	if s := h.get("source"); s != "" {
		a.Source, a.SourceFrom = s, h.kind
		return
	}
	type cand struct{ src, from string }
	var best *cand
	rank := map[string]int{"dateline": 1, "byline": 2, "domain line": 3, "self-reference": 4}
	offer := func(src, from string) {
		src = strings.TrimSpace(src)
		if src == "" {
			return
		}
		if best == nil || rank[from] < rank[best.from] {
			best = &cand{src, from}
		}
	}
	firstBody := true
	for _, b := range a.Blocks {
		t := a.blockText(b)
		switch b.Kind {
		case Body:
			if firstBody {
				if m := datelineAgencyRE.FindStringSubmatch(t); m != nil {
					offer(m[1], "dateline")
				}
				firstBody = false
			}
			if m := cannotVerifyRE.FindStringSubmatch(t); m != nil && !isCommonSubject(m[1]) {
				offer(m[1], "self-reference")
			}
			if m := bylineRE.FindStringSubmatch(t); m != nil {
				offer(m[1], "byline")
			}
		case Meta:
			if isDomain(t) {
				offer(t, "domain line")
			}
		case Boilerplate:
			if m := selfRefRE.FindStringSubmatch(t); m != nil {
				offer(m[1], "self-reference")
			}
		}
	}
	if best != nil {
		a.Source, a.SourceFrom = best.src, best.from
		return
	}
	a.Source, a.SourceFrom = filepath.Base(name), "file name"
}

// isCommonSubject rejects subjects of "could not verify" that are not an
// outlet: pronouns and officials.
func isCommonSubject(s string) bool {
	words := strings.Fields(s)
	switch strings.ToLower(words[0]) {
	case "he", "she", "it", "they", "we", "officials", "police", "the":
		return len(words) == 1
	}
	return false
}

func findTitle(a *Article, h header) {
	if t := h.get("title"); t != "" && a.Index == 0 {
		a.Title = t
		return
	}
	for _, b := range a.Blocks {
		if b.Kind == Headline {
			a.Title = headlineText(a.blockText(b))
			return
		}
	}
	if h.kind == "header" && a.Index == 0 {
		// Corpus files put the title on the first line after the header;
		// a line that ends in a full stop is the story's first sentence.
		for _, b := range a.Blocks {
			if b.Kind != Meta {
				if t := a.blockText(b); !strings.HasSuffix(t, ".") {
					a.Title = t
				}
				return
			}
		}
	}
}

var (
	publishedLineRE = regexp.MustCompile(`^(?i:(?:first\s+)?(?:published|posted))(?:\s+on)?\s*:?\s*(.+)$`)
	datelineDateRE  = regexp.MustCompile(`^[A-Z][A-Za-z .'/-]{1,40},\s+(?:[A-Z][A-Za-z .'-]{1,30},\s+)?` + monthRE + `\.?\s+(\d{1,2})(?:,\s+(\d{4}))?\s*(?:\([^)]{1,30}\)\s*)?[-–—]`)
	// notPublishedRE marks dates that are never the publication date: an
	// update, a crawl, an access.
	notPublishedRE = regexp.MustCompile(`(?i)^\W*(?:last\s+)?(?:updated|modified|edited|revised|document date|accessed|retrieved|crawled|downloaded|printed|fetched|scraped|captured)\b`)
	// A byline date: a line that is a date, perhaps after "By NAME" and
	// before a time ("By Jane Doe | April 25, 2025 10:32 AM EDT").
	bylineBeforeRE = regexp.MustCompile(`^(?:(?i:by)\s+[^|•·]{1,60}?\s*(?:[|•·,–—-]\s*)?)?(?:(?:on\s+)?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s*)?$`)
	bylineAfterRE  = regexp.MustCompile(`^\s*(?:[|•·,–—-]\s*)?(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)?)?\s*$`)
	// A date in a URL: /2025/04/25/, /2025-04-25/, /20250425/, /2025/04/.
	urlDayRE   = regexp.MustCompile(`/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)`)
	urlDay8RE  = regexp.MustCompile(`[/-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/-]|\.html?|$)`)
	urlMonthRE = regexp.MustCompile(`/((?:19|20)\d\d)/(\d{1,2})/`)
)

// captionWindow is how long after a caption's date an article may appear:
// a photo is usually taken within days of the story that uses it.
const captionWindow = 7

// findPublished sets the article's publication date from, in order of
// trust: the header or front matter, HTML meta data, a "Published on"
// line, a dateline, a byline date, a date in the URL, and a caption date
// (which only bounds it from below). "Updated", "Modified" and crawl dates
// ("Document Date: …") are never the publication date.
func findPublished(a *Article, h header) error {
	for _, k := range []string{"published", "date", "published_at", "pubdate", "datepublished"} {
		v := h.get(k)
		if v == "" {
			continue
		}
		w, prec, err := parseHeaderWindow(v)
		if err != nil {
			return &InputError{File: a.File, Line: h.lines[k], Msg: fmt.Sprintf("%s %q: %v", k, v, err)}
		}
		a.Published, a.PublishedFrom, a.PublishedPrecision = w, h.kind, prec
		return nil
	}
	page := a.Text
	if a.Raw != "" {
		page = a.Raw
	}
	if a.Index == 0 && (strings.Contains(page, "<meta") || strings.Contains(page, "<time") || strings.Contains(page, "datePublished")) {
		if w, prec, _, ok := FindMetaDate(page); ok {
			a.Published, a.PublishedFrom, a.PublishedPrecision = w, "meta", prec
			return nil
		}
	}
	var published, dateline, byline, caption *dateMatch
	firstBody := true
	for _, b := range a.Blocks {
		t := a.blockText(b)
		if notPublishedRE.MatchString(t) {
			continue
		}
		switch b.Kind {
		case Meta, Headline, Furniture:
			if published == nil {
				if m := publishedLineRE.FindStringSubmatch(t); m != nil {
					if ds := findDates(m[1]); len(ds) > 0 && ds[0].Year > 0 {
						published = &ds[0]
						continue
					}
				}
			}
			if byline == nil && firstBody {
				if ds := findDates(t); len(ds) > 0 && ds[0].Year > 0 && bylineBeforeRE.MatchString(t[:ds[0].Start]) && bylineAfterRE.MatchString(t[ds[0].End:]) {
					byline = &ds[0]
				}
			}
		case Body:
			// Only the first body line can open with a dateline.
			if firstBody && datelineDateRE.MatchString(t) {
				if ds := findDates(t); len(ds) > 0 {
					dateline = &ds[0]
				}
			}
			firstBody = false
		case Caption, Duplicate:
			if caption == nil && isCredit(t) {
				if ds := findDates(t); len(ds) > 0 && ds[0].Year > 0 {
					caption = &ds[0]
				}
			}
		}
	}
	day := func(m *dateMatch, ref date.Date, from string) bool {
		if m == nil {
			return false
		}
		d, ok := m.resolve(ref)
		if ok {
			a.Published, a.PublishedFrom, a.PublishedPrecision = date.Day(d), from, PrecisionDay
		}
		return ok
	}
	if day(published, date.Date{}, "published line") {
		return nil
	}
	urlW, urlPrec := urlDate(a.URL)
	// A dateline without a year takes it from the byline, the URL or a
	// caption; without any, the month and day wait for the article's
	// dating.
	var ref date.Date
	switch {
	case byline != nil && byline.Year > 0:
		ref, _ = byline.resolve(date.Date{})
	case !urlW.IsZero():
		ref = urlW.From
	case caption != nil:
		ref, _ = caption.resolve(date.Date{})
	}
	if dateline != nil && dateline.Year == 0 && ref.IsZero() {
		if _, ok := date.Of(2024, dateline.Month, dateline.Day); ok {
			a.DatelineMonth, a.DatelineDay = dateline.Month, dateline.Day
		}
	}
	if day(dateline, ref, "dateline") || day(byline, date.Date{}, "byline") {
		return nil
	}
	if !urlW.IsZero() {
		a.Published, a.PublishedFrom, a.PublishedPrecision = urlW, "url", urlPrec
		return nil
	}
	if caption != nil {
		if d, ok := caption.resolve(date.Date{}); ok {
			a.Published, a.PublishedFrom, a.PublishedPrecision = date.Window{From: d, To: d.AddDays(captionWindow)}, "caption date", PrecisionWindow
		}
	}
	return nil
}

// urlDate returns the date written in a URL's path.
func urlDate(u string) (date.Window, Precision) {
	if u == "" {
		return date.Window{}, PrecisionNone
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return date.Window{}, PrecisionNone
	}
	for _, re := range []*regexp.Regexp{urlDayRE, urlDay8RE} {
		if m := re.FindStringSubmatch(u); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			if dt, ok := date.Of(y, time.Month(mo), d); ok {
				return date.Day(dt), PrecisionDay
			}
		}
	}
	if m := urlMonthRE.FindStringSubmatch(u); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if first, ok := date.Of(y, time.Month(mo), 1); ok {
			return date.Window{From: first, To: first.AddDays(daysIn(y, time.Month(mo)) - 1)}, PrecisionMonth
		}
	}
	return date.Window{}, PrecisionNone
}

var (
	headerMonthRE = regexp.MustCompile(`^((?:19|20)\d\d)-(\d{2})$`)
	headerYearRE  = regexp.MustCompile(`^((?:19|20)\d\d)$`)
)

// parseHeaderWindow reads a header date: a day, or a month ("2025-04",
// "April 2025") or a year ("2025") when that is all the header knows.
func parseHeaderWindow(v string) (date.Window, Precision, error) {
	v = strings.TrimSpace(v)
	if m := headerMonthRE.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if first, ok := date.Of(y, time.Month(mo), 1); ok {
			return date.Window{From: first, To: first.AddDays(daysIn(y, time.Month(mo)) - 1)}, PrecisionMonth, nil
		}
		return date.Window{}, PrecisionNone, fmt.Errorf("no such month")
	}
	if m := headerYearRE.FindStringSubmatch(v); m != nil {
		y, _ := strconv.Atoi(m[1])
		return date.Window{From: date.MustOf(y, 1, 1), To: date.MustOf(y, 12, 31)}, PrecisionYear, nil
	}
	d, err := parseHeaderDate(v)
	if err != nil {
		if w, ok := ResolvePhrase(v, date.Date{}, Past); ok && w.Explicit && w.Precision == PrecisionMonth && int(w.End-w.Start) == len(v) {
			return w.Window(), PrecisionMonth, nil
		}
		return date.Window{}, PrecisionNone, err
	}
	return date.Day(d), PrecisionDay, nil
}

func parseHeaderDate(v string) (date.Date, error) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if d, err := date.Parse(v[:10]); err == nil {
			return d, nil
		} else if isoRE.MatchString(v[:10]) {
			return date.Date{}, err
		}
	}
	if ds := findDates(v); len(ds) > 0 && ds[0].Year > 0 {
		if d, ok := ds[0].resolve(date.Date{}); ok {
			return d, nil
		}
		return date.Date{}, fmt.Errorf("no such day")
	}
	return date.Date{}, fmt.Errorf("want a date such as 2025-04-25")
}
