// Package rules checks claims against knowledge of who held which office
// when, and defines what every check reports: a [Finding] with its
// confidence and evidence.
//
// The checks are values in an explicit registry, [All], each with a name,
// documentation and an example. Knowledge lives in package kb; this
// package holds no person, office or date.
package rules

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// A Location is a place in a file.
type Location struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// A Factor is one piece of evidence and its weight: the log-odds it adds to
// (or, when negative, takes from) the belief that the finding is right.
type Factor struct {
	Weight float64 `json:"weight"`
	Text   string  `json:"text"`

	// line is the evidence line, Text with its weight: Text is its head,
	// so the words are kept once (findings are much of a large run's heap).
	line string
}

// Compare orders locations by file, line and column.
func (l Location) Compare(m Location) int {
	return cmp.Or(cmp.Compare(l.File, m.File), cmp.Compare(l.Line, m.Line), cmp.Compare(l.Column, m.Column))
}

// MaxRelated is how many related locations a finding lists: the first ten
// of the rule's order. A vote of a hundred sources is told in the evidence
// by its count and a few examples; a hundred locations help no reader.
const MaxRelated = 10

// A Finding is one likely error or contradiction.
type Finding struct {
	Rule       string     `json:"rule"`
	Actor      string     `json:"actor"`
	File       string     `json:"file"`
	Line       int        `json:"line"`
	Column     int        `json:"column"`
	Excerpt    string     `json:"excerpt"`
	Expected   string     `json:"expected"`
	Confidence float64    `json:"confidence"`
	Evidence   []string   `json:"evidence"`
	Related    []Location `json:"related"`

	// Source is the outlet of the article the finding is in; Person the
	// knowledge ID of the actor, when known.
	Source  string   `json:"source,omitempty"`
	Person  string   `json:"person,omitempty"`
	Factors []Factor `json:"factors,omitempty"`

	// Start and End are byte offsets of the excerpt in the file.
	Start int `json:"-"`
	End   int `json:"-"`
}

// String formats f as "file:line:col: rule: actor: excerpt (confidence)".
func (f Finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s (%.2f)", f.File, f.Line, f.Column, f.Rule, f.Excerpt, f.Confidence)
}

// Add appends a factor.
func (f *Finding) Add(weight float64, format string, args ...any) {
	f.AddIn(nil, weight, format, args...)
}

// AddIn is Add with the evidence line interned in in as it is made: a
// line that in holds already is not copied at all. With a nil in, it is
// Add.
func (f *Finding) AddIn(in *Interner, weight float64, format string, args ...any) {
	// The line is written in a pooled buffer and copied once, to its size;
	// appendFormat writes it when it can, fmt otherwise.
	p := lineBufs.Get().(*[]byte)
	b, ok := appendFormat((*p)[:0], format, args)
	if !ok {
		b = fmt.Appendf((*p)[:0], format, args...)
	}
	n := len(b)
	if weight != 0 {
		b = appendWeight(b, weight)
	}
	var line string
	if in != nil {
		line = in.line(b)
	} else {
		line = string(b)
	}
	if cap(b) <= maxLineBuf {
		*p = b[:0]
		lineBufs.Put(p)
	}
	if weight == 0 {
		weight = 0 // a weight of -0 is stored as 0, as ever
	}
	if f.Factors == nil {
		// Room for two at once: nearly every finding has two factors or
		// more, which append would hold in room for one, then two.
		f.Factors = make([]Factor, 0, 2)
	}
	f.Factors = append(f.Factors, Factor{Weight: weight, Text: line[:n], line: line})
}

// lineBufs holds the buffers Add writes evidence lines in (*[]byte).
var lineBufs = sync.Pool{New: func() any { b := make([]byte, 0, 128); return &b }}

// maxLineBuf is the largest buffer Add puts back in lineBufs.
const maxLineBuf = 4 << 10

// Relate adds a related location, unless the finding lists MaxRelated
// already: the first ones in the rule's order are kept.
func (f *Finding) Relate(l Location) {
	n := len(f.Related)
	if n >= MaxRelated {
		return
	}
	if n == cap(f.Related) {
		// Room for a few, then for MaxRelated: most findings with related
		// locations have ten or more, which append would grow to in five
		// steps (and to room for sixteen).
		room := MaxRelated
		if n == 0 {
			room = relatedFirst
		}
		grown := make([]Location, n, room)
		copy(grown, f.Related)
		f.Related = grown
	}
	f.Related = append(f.Related, l)
}

// relatedFirst is the room Relate makes for a finding's first related
// locations.
const relatedFirst = 4

// An Interner keeps one copy of each evidence line across findings. Many
// findings carry the same line (a vote among the sources of one event is
// written on each of its findings: at 10,000 articles, about one line in
// ten is unique), and the findings of a large run are much of its heap.
// Findings made on many cores at once are best interned as they are made,
// on the core that made them, so that the copies never pile up: an
// Interner is safe for concurrent use.
type Interner struct {
	mu    sync.Mutex
	lines map[string]string
}

// NewInterner returns an empty Interner.
func NewInterner() *Interner { return &Interner{lines: map[string]string{}} }

// line returns the interned copy of the line b, made if in has none.
func (in *Interner) line(b []byte) string {
	in.mu.Lock()
	defer in.mu.Unlock()
	if l, ok := in.lines[string(b)]; ok { // looked up without a copy
		return l
	}
	l := string(b)
	in.lines[l] = l
	return l
}

// Findings makes the evidence lines of fs that an earlier call or an
// earlier finding of fs holds share that one copy. Nothing printed
// changes.
func (in *Interner) Findings(fs []Finding) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for i := range fs {
		for j := range fs[i].Factors {
			fa := &fs[i].Factors[j]
			if fa.line == "" || len(fa.line) < len(fa.Text) || fa.line[:len(fa.Text)] != fa.Text {
				continue // made without Add, or changed since: Score words it
			}
			l, ok := in.lines[fa.line]
			if !ok {
				in.lines[fa.line] = fa.line
				continue
			}
			fa.Text, fa.line = l[:len(fa.Text)], l
		}
	}
}

// Note appends evidence that carries no weight.
func (f *Finding) Note(format string, args ...any) { f.Add(0, format, args...) }

// Score sets Confidence and Evidence from the factors, and keeps the
// first MaxRelated related locations.
//
// The confidence is a logistic function of the summed weights, as in a
// naive-Bayes combination of independent evidence: each factor's weight is
// its log likelihood ratio, so +2.2 turns even odds into 0.9 and -0.7 halves
// the odds. The sum starts at 0 (even odds) and the result is clamped to
// [0.01, 0.99] and rounded to two decimals, so output is stable. Each
// evidence line ends with its weight, so a reader sees why.
func (f *Finding) Score() {
	// An excerpt prints on one line: runs of space and line ends (an HTML
	// page's blanked markup, a line break inside a title) become one space.
	if !oneSpaced(f.Excerpt) {
		f.Excerpt = strings.Join(strings.Fields(f.Excerpt), " ")
	}
	if len(f.Related) > MaxRelated {
		f.Related = slices.Clone(f.Related[:MaxRelated])
	}
	x := 0.0
	f.Evidence = f.Evidence[:0]
	if cap(f.Evidence) < len(f.Factors) {
		f.Evidence = make([]string, 0, len(f.Factors))
	}
	for i, fa := range f.Factors {
		x += fa.Weight
		if len(fa.line) < len(fa.Text) || fa.line == "" || fa.line[:len(fa.Text)] != fa.Text {
			// A factor made without Add, or changed since.
			f.Factors[i].line = fa.Text
			if fa.Weight != 0 {
				f.Factors[i].line = weighted(fa)
			}
		}
		f.Evidence = append(f.Evidence, f.Factors[i].line)
	}
	c := 1 / (1 + math.Exp(-x))
	c = math.Max(0.01, math.Min(0.99, c))
	f.Confidence = math.Round(c*100) / 100
}

// oneSpaced says whether strings.Join(strings.Fields(s), " ") is s: s is
// ASCII with no space at either end, no run of spaces and no line end or
// other white space but ' '. Most excerpts are, and are kept as they are.
// (Text with bytes beyond ASCII is left to strings.Fields: it may hold
// Unicode's spaces.)
func oneSpaced(s string) bool {
	space := true // at the start, a space is one too many
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if space {
				return false
			}
			space = true
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// weighted is a factor as an evidence line: its text and its weight, as
// fmt's "%s (%+.1f)" would write them.
func weighted(fa Factor) string {
	return string(appendWeight(append(make([]byte, 0, len(fa.Text)+8), fa.Text...), fa.Weight))
}

// appendWeight appends " (+0.5)": a weight as fmt's " (%+.1f)" writes it.
func appendWeight(b []byte, w float64) []byte {
	b = append(b, " ("...)
	if !math.Signbit(w) {
		b = append(b, '+')
	}
	b = strconv.AppendFloat(b, w, 'f', 1, 64)
	return append(b, ')')
}

// Weights of the evidence, in log-odds. They are documented in the README
// ("How confidence is computed") and checked against labelled fixtures by
// the calibration test.
const (
	wKnowledgeConflict = 3.0  // the knowledge contradicts the title at the date
	wHeldByOther       = 0.4  // a single-holder office was held by someone else
	wElectAfterStart   = 2.2  // "-elect" after the term began
	wStaleTitle        = -0.6 // a current title for someone who left: titles of past events, honorifics
	wRecentContext     = 1.8  // …told of the days around publication: the title should be current
	wYearPrecision     = -1.2 // the knowledge gives years only
	wQuoted            = -3.2 // a quotation: the speaker's words, not the source's; the source asserts nothing
	wCaption           = -0.3 // a caption or headline: written in haste, often older
	wSurnameOnly       = -0.7 // the person named by surname alone, resolved by the knowledge
	wAfterSnapshot     = -1.0 // the article is later than the knowledge
	wInferredDate      = -0.3 // the date was inferred from the article's claims
	wWindowPerLog      = -0.35
	wInArticleSupport  = 0.5 // the same article titles the person as expected
	wSourceSupport     = 0.3 // another source titles the person as expected, each
	wSourceSupportMax  = 0.9
	wSourceAgrees      = -0.6 // another source writes the same title: maybe the knowledge is wrong
)

// windowWeight is the weight of a date known only to a window of days:
// 0 for a single day, falling with the logarithm of the width (a week
// costs about -0.07, a month -0.24, a year -0.9).
func windowWeight(days int) float64 {
	if days <= 1 {
		return 0
	}
	return wWindowPerLog * math.Log(1+float64(days-1)/30)
}

// Sort orders findings by file, line, column, rule and actor, the order of
// every output.
func Sort(fs []Finding) {
	slices.SortFunc(fs, func(a, b Finding) int { return Compare(&a, &b) })
}

// Compare orders findings as Sort does: by file, line, column, rule,
// actor and excerpt.
func Compare(a, b *Finding) int {
	return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Actor, b.Actor),
		cmp.Compare(a.Excerpt, b.Excerpt))
}

// A Rule is one named check.
type Rule struct {
	// Name identifies the rule in output and config: "title/former-in-office".
	Name string
	// Doc is a one-line summary, lower case, no final period.
	Doc string
	// Explain is the full documentation shown by "claimcheck explain".
	Explain string
	// Example is an excerpt the rule flags, with the date it is read at.
	Example string
}

// Validate checks that rules have unique, well-formed names and docs.
func Validate(rs []*Rule) error {
	seen := map[string]bool{}
	for _, r := range rs {
		if r.Name == "" || strings.ToLower(r.Name) != r.Name || !strings.Contains(r.Name, "/") {
			return fmt.Errorf("rule %q: name must be lower case family/name", r.Name)
		}
		if seen[r.Name] {
			return fmt.Errorf("rule %q: registered twice", r.Name)
		}
		seen[r.Name] = true
		if r.Doc == "" || strings.HasSuffix(r.Doc, ".") || strings.ToLower(r.Doc[:1]) != r.Doc[:1] {
			return fmt.Errorf("rule %q: doc must be a lower-case summary without a final period", r.Name)
		}
		if r.Explain == "" || r.Example == "" {
			return fmt.Errorf("rule %q: needs Explain and Example", r.Name)
		}
	}
	return nil
}
