package claims

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/internal/asciifold"
)

// A Lexicon tells the extractor which words name countries, roles, offices
// and persons. The knowledge base provides one (see package rules); tests
// may use a small fake. Forms are matched after folding case, diacritics,
// dots, apostrophes and hyphens.
type Lexicon interface {
	CountryByForm(form string) (code string, ok bool)
	RoleByForm(form string) (role string, ok bool)
	OfficeByForm(form string) (office string, ok bool)
	// PersonsByName returns the IDs of persons with this full name or alias.
	PersonsByName(name string) []string
	// PersonsBySurname returns the IDs of persons whose name ends in word.
	PersonsBySurname(word string) []string
	// PersonName returns the display name of a person ID.
	PersonName(id string) string
	// MaxFormWords is the longest form, in words.
	MaxFormWords() int
}

// A formStarter is a Lexicon that can tell at once whether any form starts
// with a word; the extractor then skips the words that start none.
type formStarter interface {
	IsFormStart(word string) bool
}

// A formWorder is a Lexicon that can tell how many words the longest form
// starting with a word has, so that the extractor tries no longer span.
type formWorder interface {
	FormWords(word string) int
}

// A formKindWorder is a Lexicon that can tell FormWords for each kind of
// form apart, so that the extractor looks up a span only in the indexes
// where a form that long starts with its first word.
type formKindWorder interface {
	FormWordsByKind(word string) (country, role, office int)
}

// A nameWorder is a Lexicon that can tell how many words the longest name
// starting with a word has, so that the extractor looks up no longer span.
type nameWorder interface {
	NameWords(word string) int
}

// A formKeyer is a Lexicon that folds words into a buffer and looks up
// folded runs of words, telling whether a longer form of the kind starts
// with them: the extractor then folds each word of a block once and reads
// a title word by word, instead of folding and looking up every span
// from the longest down.
type formKeyer interface {
	AppendFold(dst []byte, s string) []byte
	FormKey(kind int, key []byte) (id string, found, longer bool)
}

// A formKind is an index of forms: country, role or office.
type formKind int

const (
	countryForm formKind = iota
	roleForm
	officeForm
)

// modifiers are the words that qualify a title in time or status.
var modifiers = map[string]string{
	"former": "former", "acting": "acting", "late": "late", "then": "then", "ex": "ex",
	"interim": "interim", "outgoing": "outgoing", "incoming": "incoming", "caretaker": "caretaker",
	"elect": "elect", "designate": "designate", "future": "future", "sitting": "",
	"current": "", "de": "",
	// Words that say the person has left the office.
	"fired": "former", "ousted": "former", "sacked": "former", "deposed": "former",
	"dismissed": "former", "onetime": "former", "one-time": "former", "erstwhile": "former",
	"retired": "former", "toppled": "former", "exiled": "former",
}

// honorifics may stand between a title and a name ("Supreme Leader
// Ayatollah Ali Khamenei").
var honorifics = map[string]bool{
	"ayatollah": true, "sheikh": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"sir": true, "dame": true, "rev.": true, "emir": false,
}

// maxParticleLen is the length of the longest of nameParticles.
var maxParticleLen = func() (n int) {
	for w := range nameParticles {
		n = max(n, len(w))
	}
	return n
}()

// nameParticles may stand inside a name in lower case.
var nameParticles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "de": true, "da": true,
	"van": true, "von": true, "der": true, "du": true, "la": true, "le": true, "di": true, "dos": true,
}

// notNames are capitalised words that start no person's name: weekdays,
// months, and words that open sentences.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "and": true, "but": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "this": true, "that": true, "his": true, "her": true, "their": true,
	"after": true, "before": true, "since": true, "while": true, "as": true, "if": true, "for": true,
	"administration": true, "government": true, "office": true, "house": true,
}

// generational suffixes end a name and are never dropped from it.
var suffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// Extract finds the claims of an article and stores them in a.Claims, in
// text order.
func Extract(a *Article, lex Lexicon) {
	x := getExtractor(a, lex)
	blocks := x.blocks[:0]
	size := 0
	for _, b := range a.Blocks {
		switch b.Kind {
		case Body, Caption, Headline:
			size += b.End - b.Start
		}
	}
	// The tokens of all blocks in one array, about one per five bytes,
	// from the pool: no token outlives this call.
	pooled, all := getTokens(size/5 + 16)
	for _, b := range a.Blocks {
		switch b.Kind {
		case Body, Caption, Headline:
			n := len(all)
			all = appendTokens(all, a.Text, b.Start, b.End)
			blocks = append(blocks, blockToks{b, all[n:len(all):len(all)], n})
		}
	}
	// The name spans learnNames finds, kept for titles (see nameSpan).
	x.spans = slices.Grow(x.spans[:0], len(all))[:len(all)]
	clear(x.spans)
	// First pass: full names fix what a bare surname means in this article.
	for _, bt := range blocks {
		x.spanToks, x.spanOff = bt.toks, bt.off
		x.learnNames(bt.toks)
	}
	for _, bt := range blocks {
		x.caption = bt.b.Kind != Body
		x.spanToks, x.spanOff = bt.toks, bt.off
		x.titles(bt.toks)
		if bt.b.Kind == Body {
			x.reports(bt.toks)
			x.quotes(bt.b)
			x.numbers(bt.b)
		}
	}
	clear(blocks)
	x.blocks = blocks[:0]
	x.spanToks = nil
	putTokens(pooled, all)
	slices.SortStableFunc(x.out, func(p, q Claim) int { return int(p.Start - q.Start) })
	a.Claims = nil
	if len(x.out) > 0 {
		// The claims stay in memory until the run ends: keep no slack,
		// and give x.out back with x.
		a.Claims = append(make([]Claim, 0, len(x.out)), x.out...)
	}
	putExtractor(x)
	ResolveWhens(a)
}

// blockToks is a block with its tokens, and where they start among the
// article's.
type blockToks struct {
	b    Block
	toks []token
	off  int
}

type extractor struct {
	a        *Article
	lex      Lexicon
	caption  bool
	surnames map[string]string // folded surname -> person ID, from full mentions
	full     map[string]string // person ID -> fullest name written
	out      []Claim

	// The quotations of the block quotes was last asked of, kept so that
	// a block of many numbers is not searched again for each.
	quotesOf [2]int
	quoteSet []quoteSpan

	// The lexicon's optional interfaces, asserted once.
	worder  formWorder
	kinder  formKindWorder
	namer   nameWorder
	starter formStarter
	keyer   formKeyer
	// formWords[i] caches what titles asks of formToks[i] again and
	// again as it tries a title at each token: the form words of each
	// kind, each plus one (words[0] is 0 until asked), and where the
	// folded token lies in foldBuf, its start plus one (fold[0] is 0
	// until asked), so that a block's cache is readied by clearing it.
	formToks  []token
	formWords []tokenForms
	foldBuf   []byte
	// foldArr and keyArr are the first room of foldBuf and of the key
	// matchForm looks up, in the extractor itself so that an article
	// allocates neither.
	foldArr [512]byte
	keyArr  [64]byte

	// Room kept from article to article (pooled with x, emptied and
	// cleared): the blocks of Extract with their tokens, the tokens of
	// a block with its hyphenated titles split, and its sentences.
	blocks   []blockToks
	splitBuf []token
	sentBuf  [][2]int

	// spans[spanOff+i] is nameSpan(spanToks, i) plus one, 0 until asked:
	// learnNames asks it of most words titles asks it of again, in the
	// same tokens (spanToks, the block in hand) when no hyphenated title
	// split them. Room kept from article to article. titleSpans is the
	// block's part of spans while titles works on its tokens (nil when
	// it split them), which nameSpan reads.
	spans      []uint8
	spanToks   []token
	spanOff    int
	titleSpans []uint8
}

// tokenForms is what the extractor caches of a token for titles.
type tokenForms struct {
	words [3]int16
	fold  [2]int32
}

func newExtractor(a *Article, lex Lexicon) *extractor {
	x := &extractor{surnames: map[string]string{}, full: map[string]string{}}
	x.reset(a, lex)
	return x
}

// reset readies x for article a, keeping its maps and lists (which must
// be empty) for their room.
func (x *extractor) reset(a *Article, lex Lexicon) {
	*x = extractor{a: a, lex: lex, surnames: x.surnames, full: x.full, out: x.out[:0], formWords: x.formWords[:0],
		blocks: x.blocks[:0], splitBuf: x.splitBuf[:0], sentBuf: x.sentBuf[:0], spans: x.spans[:0]}
	x.worder, _ = lex.(formWorder)
	x.kinder, _ = lex.(formKindWorder)
	x.namer, _ = lex.(nameWorder)
	x.starter, _ = lex.(formStarter)
	x.keyer, _ = lex.(formKeyer)
}

var foldReplacer = strings.NewReplacer(".", "", "'", "", "’", "", "-", " ", "‑", " ")

func fold(s string) string {
	s = strings.ToLower(s)
	s = foldReplacer.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// appendFold appends fold(s) to dst when s holds only ASCII, ’ and ‑,
// and reports whether it did (dst is returned unchanged when it did
// not), so that a word is folded for a lookup without strings.
func appendFold(dst []byte, s string) ([]byte, bool) {
	start := len(dst)
	dst, n, space := asciifold.AppendPlain(dst, s)
	if n == len(s) {
		return dst, true
	}
	return appendFoldRest(dst, s, start, n, space)
}

// appendFoldRest is appendFold for s[from:], dst holding the fold of
// s[:from] from dst[start:] on, and space telling whether a space is owed
// before the next word.
func appendFoldRest(dst []byte, s string, start, from int, space bool) ([]byte, bool) {
	for i := from; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' || c == '\'':
			continue
		case c == '-' || c == ' ' || c >= '\t' && c <= '\r':
			space = len(dst) > start
			continue
		case c >= utf8.RuneSelf:
			switch {
			case strings.HasPrefix(s[i:], "’"):
				i += len("’") - 1
				continue
			case strings.HasPrefix(s[i:], "‑"):
				i += len("‑") - 1
				space = len(dst) > start
				continue
			}
			return dst[:start], false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, c)
	}
	return dst, true
}

// foldWord is fold(w), folding on the stack when w holds only ASCII, ’
// and ‑.
func foldWord(w string) string {
	var buf [32]byte
	if b, ok := appendFold(buf[:0], w); ok {
		return string(b)
	}
	return fold(w)
}

// surnameID returns x.surnames[fold(name)].
func (x *extractor) surnameID(name string) (string, bool) {
	if len(x.surnames) == 0 {
		return "", false
	}
	var buf [32]byte
	if b, ok := appendFold(buf[:0], name); ok {
		id, ok := x.surnames[string(b)]
		return id, ok
	}
	id, ok := x.surnames[fold(name)]
	return id, ok
}

// join returns joinToks(toks) for tokens of the article's text: the text
// itself when the words stand one space apart, as they mostly do.
func (x *extractor) join(toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	text := x.a.Text
	for k := 1; k < len(toks); k++ {
		if e := toks[k-1].end; toks[k].start != e+1 || text[e] != ' ' {
			return joinToks(toks)
		}
	}
	return text[toks[0].start:toks[len(toks)-1].end]
}

func joinToks(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// learnNames records the full names of known persons in toks. A name may
// sit anywhere in a run of capitalised words ("Russian President Vladimir
// Putin"), so every sub-run of two words or more is tried, longest first.
func (x *extractor) learnNames(toks []token) {
	spans := x.spansOf(toks)
	for i := 0; i < len(toks); i++ {
		// nameSpan's first test, without the call for the most tokens.
		if !toks[i].is(clsCapital) {
			continue
		}
		n := nameSpanOf(toks, i)
		if spans != nil {
			spans[i] = uint8(n) + 1
		}
		if n < 2 {
			continue
		}
		// With NameWords, only the spans no longer than the longest name
		// their first word starts are looked up: a span of m tokens folds
		// to m words or more, since each of its tokens starts with a
		// capital letter or is a particle (see nameSpan).
	span:
		for s := i; s+2 <= i+n; s++ {
			top := i + n - s
			if x.namer != nil {
				top = min(top, x.namer.NameWords(firstPart(toks[s].text)))
			}
			for m := top; m >= 2; m-- {
				name := x.join(toks[s : s+m])
				ids := x.lex.PersonsByName(name)
				if len(ids) == 1 {
					// "Mohammed bin Salman": a word after a particle is a
					// patronymic, not a surname ("King Salman" is his father).
					if !toks[s+m-2].is(clsParticle) {
						x.learnSurname(stripPossessive(toks[s+m-1].text), ids[0])
					}
					// A family name written first ("Xi" of "Xi Jinping"), when
					// the knowledge has it as the surname.
					if w := foldWord(toks[s].text); slices.Contains(x.lex.PersonsBySurname(w), ids[0]) {
						x.surnames[w] = ids[0]
					}
					if len(name) > len(x.full[ids[0]]) {
						x.full[ids[0]] = stripPossessive(name)
					}
					break span
				}
			}
		}
		i += n - 1
	}
}

// learnSurname sets x.surnames[w] to id for the last word w of
// fold(word), if it has one, making no string when it holds id already.
func (x *extractor) learnSurname(word, id string) {
	var buf [32]byte
	b, ok := appendFold(buf[:0], word)
	if !ok {
		if words := strings.Fields(fold(word)); len(words) > 0 {
			x.surnames[words[len(words)-1]] = id
		}
		return
	}
	if len(b) == 0 {
		return
	}
	b = b[bytes.LastIndexByte(b, ' ')+1:]
	if v, ok := x.surnames[string(b)]; !ok || v != id {
		x.surnames[string(b)] = id
	}
}

// stripPossessive cuts "'s", "’s", "'" or "’" off the end of s, when s
// is longer than it. It reads the last bytes instead of trying each
// suffix in turn: it runs on every word of a capitalised run (see
// stripPossessiveRef in the tests for the loop it replaced).
func stripPossessive(s string) string {
	n := len(s)
	if n == 0 {
		return s
	}
	switch s[n-1] {
	case 's':
		if n > 2 && s[n-2] == '\'' {
			return s[:n-2]
		}
		if n > 4 && s[n-4:n-1] == "’" {
			return s[:n-4]
		}
	case '\'':
		if n > 1 {
			return s[:n-1]
		}
	case 0x99: // the last byte of ’
		if n > 3 && s[n-3:] == "’" {
			return s[:n-3]
		}
	}
	return s
}

func isPossessive(s string) bool { return len(stripPossessive(s)) != len(s) }

// capital is isCapitalized, telling an ASCII first byte without decoding
// a rune: the extractor asks it of most words of an article, several
// times over.
func capital(s string) bool {
	if s == "" || s[0] >= utf8.RuneSelf {
		return capitalRune(s)
	}
	return s[0]-'A' <= 'Z'-'A'
}

// capitalRune is isCapitalized, kept out of line so that capital is
// inlined at its many call sites.
//
//go:noinline
func capitalRune(s string) bool { return isCapitalized(s) }

// nameSpan returns how many tokens from i form a capitalised name (0 if
// none): capitalised words, initials and particles, at most six words.
// It is found once for the tokens of the block in hand (see spans).
func (x *extractor) nameSpan(toks []token, i int) int {
	if s := x.titleSpans; len(s) == len(toks) && i < len(s) {
		if s[i] == 0 {
			s[i] = uint8(nameSpanOf(toks, i)) + 1
		}
		return int(s[i]) - 1
	}
	return nameSpanOf(toks, i)
}

// spansOf returns the room of spans for toks, nil unless toks are the
// block in hand.
func (x *extractor) spansOf(toks []token) []uint8 {
	if len(toks) == 0 || len(toks) != len(x.spanToks) || &toks[0] != &x.spanToks[0] {
		return nil
	}
	return x.spans[x.spanOff : x.spanOff+len(toks)]
}

// nameSpanOf is nameSpan, found.
func nameSpanOf(toks []token, i int) int {
	// Most words start no name: the first must be a capitalised word
	// that is no sentence opener (the particles count only after it).
	if i >= len(toks) || !toks[i].is(clsCapital) || toks[i].is(clsNotName) {
		return 0
	}
	n := 0
	for j := i; j < len(toks) && n < 6; j++ {
		t := toks[j]
		if !t.word {
			break
		}
		switch {
		case n > 0 && t.is(clsParticle):
		case t.is(clsCapital) && !t.is(clsNotName):
		case n > 0 && particlePrefixed(t.text): // "al-Assad", "el-Sisi"
		default:
			return trimParticles(toks, i, n)
		}
		n++
		if isPossessive(t.text) {
			break
		}
	}
	return trimParticles(toks, i, n)
}

// particlePrefixed reports whether w is a particle joined by a hyphen to a
// capitalised name: "al-Assad", "el-Sisi", "bin-Laden".
func particlePrefixed(w string) bool {
	// A word whose first bytes, one more than the longest particle has,
	// are ASCII and no hyphen holds no particle before its hyphen: a
	// prefix of that many ASCII bytes or more lowers to as many.
	if n := maxParticleLen + 1; len(w) >= n {
		plain := true
		for i := 0; i < n && plain; i++ {
			plain = w[i] < utf8.RuneSelf && w[i] != '-'
		}
		if plain {
			return false
		}
	}
	k := indexHyphen(w)
	if k <= 0 || k+1 >= len(w) || !getLower(nameParticles, w[:k]) {
		return false
	}
	rest := w[k+1:]
	if rest[0] == 0xE2 { // a non-ASCII hyphen is three bytes
		rest = w[k+len("‑"):]
	}
	return capital(rest)
}

func trimParticles(toks []token, i, n int) int {
	for n > 0 && toks[i+n-1].is(clsParticle) {
		n--
	}
	return n
}

// resolve finds who a name written as toks is: a full name or alias, else
// a surname fixed by a full mention in the article, else a surname the
// knowledge knows. It returns the person ID (or candidates) and the number
// of tokens that form the name.
func (x *extractor) resolve(toks []token) (id string, cands []string, n int) {
	id, cands, n, _ = x.resolveHow(toks)
	return id, cands, n
}

func (x *extractor) resolveHow(toks []token) (id string, cands []string, n int, how Resolution) {
	max := len(toks)
	for k := range max {
		if toks[k].is(clsSuffix) {
			max = k + 1
			break
		}
	}
	last := max
	if last > 0 && toks[last-1].is(clsSuffix) {
		// "Donald Trump Jr." is not "Donald Trump": match it whole or not.
		if ids := x.lex.PersonsByName(x.join(toks[:last])); len(ids) == 1 {
			return ids[0], nil, last, ResolvedName
		}
		return "", nil, last, ResolvedNone
	}
	for m := max; m >= 1; m-- {
		name := stripPossessive(x.join(toks[:m]))
		if m == 1 {
			if id, ok := x.surnameID(name); ok {
				return id, nil, 1, ResolvedArticle
			}
		}
		ids := x.lex.PersonsByName(name)
		if len(ids) == 1 && m == 1 {
			// One word ("Abdullah") names many people: as weak as a surname.
			return ids[0], nil, m, ResolvedSurname
		}
		if len(ids) == 1 {
			return ids[0], nil, m, ResolvedName
		}
		if len(ids) > 1 {
			return "", ids, m, ResolvedNone
		}
		if m == 1 {
			ids = x.lex.PersonsBySurname(name)
			if len(ids) == 1 && max == 1 {
				return ids[0], nil, 1, ResolvedSurname
			}
			if len(ids) > 1 && max == 1 {
				return "", ids, 1, ResolvedNone
			}
		}
	}
	return "", nil, max, ResolvedNone
}

// lookupForm looks s up in the lexicon's forms of a kind.
func (x *extractor) lookupForm(kind formKind, s string) (string, bool) {
	switch kind {
	case countryForm:
		return x.lex.CountryByForm(s)
	case roleForm:
		return x.lex.RoleByForm(s)
	}
	return x.lex.OfficeByForm(s)
}

// matchForm returns the longest run of words from toks[i] that the
// lexicon knows as a form of kind, with its value and length.
func (x *extractor) matchForm(toks []token, i int, kind formKind) (string, int) {
	max := x.lex.MaxFormWords()
	if i < len(toks) {
		// Folding turns a hyphen into a space: the first word of
		// "Vice-President" is "Vice".
		if x.worder != nil || x.kinder != nil {
			// Only as many words as the longest form (of this kind, when
			// the lexicon tells kinds apart) starting with w; a
			// hyphenated word counts its parts.
			w := x.formWordsAt(toks, i)
			max = w[kind]
			// A token of combining marks alone folds to no word, so a
			// span may hold more tokens than its form words: then the
			// longest form of any kind bounds it, as it always did.
			if all := maxOf(w); all > max && marksOnlyIn(toks[i+1:min(len(toks), i+all)]) {
				max = all
			}
			if max == 0 {
				return "", 0
			}
		} else if x.starter != nil && !x.starter.IsFormStart(firstPart(toks[i].text)) {
			return "", 0
		}
	}
	if max < 1 {
		max = 1
	}
	if x.keyer != nil {
		return x.readForm(toks, i, min(max, len(toks)-i), kind)
	}
	for n := min(max, len(toks)-i); n >= 1; n-- {
		span := toks[i : i+n]
		ok := true
		for _, t := range span {
			if !t.word {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if v, found := x.lookupForm(kind, x.join(span)); found {
			return v, n
		}
	}
	return "", 0
}

// readForm is the lookup loop of matchForm with a formKeyer: it reads the
// words from toks[i] one by one, up to limit tokens, and returns the
// longest run that is a form of kind. Folding a run of tokens joined by
// spaces folds each alone and joins the words that are not empty, so the
// key grows a word at a time; once no longer form starts with it, only
// tokens that fold to nothing (combining marks) can still lengthen the
// match, as the loop over spans from the longest would find them.
func (x *extractor) readForm(toks []token, i, limit int, kind formKind) (string, int) {
	key := x.keyArr[:0]
	v, best := "", 0
	var id string
	found, closed := false, false
	for n := 1; n <= limit; n++ {
		if !toks[i+n-1].word {
			break
		}
		before := len(key)
		if before > 0 {
			key = append(key, ' ')
		}
		key = x.appendFolded(key, toks, i+n-1)
		if len(key) <= before+1 && before > 0 || len(key) == 0 {
			// The token folds to no word: the key is the same.
			key = key[:before]
			if found {
				best = n
			}
			continue
		}
		if closed {
			break
		}
		var longer bool
		id, found, longer = x.keyer.FormKey(int(kind), key)
		if found {
			v, best = id, n
		}
		closed = !longer
	}
	return v, best
}

// appendFolded appends the folded toks[i] to dst, from the cache when toks
// are the tokens titles is working on.
func (x *extractor) appendFolded(dst []byte, toks []token, i int) []byte {
	if len(toks) == 0 || len(toks) != len(x.formToks) || &toks[0] != &x.formToks[0] {
		return x.keyer.AppendFold(dst, toks[i].text)
	}
	f := x.formWords[i].fold
	if f[0] == 0 {
		start := len(x.foldBuf)
		x.foldBuf = x.keyer.AppendFold(x.foldBuf, toks[i].text)
		f = [2]int32{int32(start) + 1, int32(len(x.foldBuf))}
		x.formWords[i].fold = f
	}
	return append(dst, x.foldBuf[f[0]-1:f[1]]...)
}

func maxOf(w [3]int) int { return max(w[0], w[1], w[2]) }

// marksOnlyIn reports whether a token of toks may fold to no word: one
// that starts with a combining mark.
func marksOnlyIn(toks []token) bool {
	for _, t := range toks {
		if t.text != "" && t.text[0] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(t.text); unicode.Is(unicode.Mn, r) {
				return true
			}
		}
	}
	return false
}

// capitalizedForm is matchForm for a form that must start with a capital
// letter (a country's, before a role or after "of").
func (x *extractor) capitalizedForm(toks []token, i int, kind formKind) (string, int) {
	if i >= len(toks) || !capital(toks[i].text) {
		return "", 0
	}
	return x.matchForm(toks, i, kind)
}

// firstPart returns w up to its first hyphen: folding turns a hyphen
// into a space, so the first word of "Vice-President" is "Vice".
func firstPart(w string) string {
	if k := indexHyphen(w); k > 0 {
		return w[:k]
	}
	return w
}

// formWordsAt returns the form words of each kind of the first word of
// toks[i] (FormWordsByKind, or FormWords for every kind), from the cache
// when toks are the tokens titles is working on.
func (x *extractor) formWordsAt(toks []token, i int) [3]int {
	cached := len(toks) > 0 && len(toks) == len(x.formToks) && &toks[0] == &x.formToks[0]
	if c := x.formWords; cached && c[i].words[0] > 0 {
		w := c[i].words
		return [3]int{int(w[0]) - 1, int(w[1]) - 1, int(w[2]) - 1}
	}
	var n [3]int
	if x.kinder != nil {
		n[countryForm], n[roleForm], n[officeForm] = x.kinder.FormWordsByKind(firstPart(toks[i].text))
	} else {
		w := x.worder.FormWords(firstPart(toks[i].text))
		n = [3]int{w, w, w}
	}
	if cached && maxOf(n) < math.MaxInt16 && min(n[0], n[1], n[2]) >= 0 {
		x.formWords[i].words = [3]int16{int16(n[0] + 1), int16(n[1] + 1), int16(n[2] + 1)}
	}
	return n
}

// titles finds title claims in one block.
func (x *extractor) titles(toks []token) {
	if split := splitHyphenTitlesTo(x.splitBuf[:0], toks, x.a.Text); len(toks) > 0 && &split[0] != &toks[0] {
		// Made in x.splitBuf's room (or grown from it): kept for the next
		// block, cleared of the article's text when titles is done.
		toks = split
		defer func() {
			clear(split)
			x.splitBuf = split[:0]
		}()
	}
	x.titleSpans = x.spansOf(toks)
	defer func() { x.titleSpans = nil }()
	x.formToks = toks
	x.formWords = slices.Grow(x.formWords[:0], len(toks))[:len(toks)]
	clear(x.formWords) // nothing asked yet
	x.foldBuf = x.foldArr[:0]
	defer func() { x.formToks = nil }()
	for i := 0; i < len(toks); i++ {
		// Both kinds start at a word, a title at a capitalised one or a
		// modifier, a name at a capitalised one: most tokens start
		// neither.
		if !toks[i].is(clsCapital | clsModifier) {
			continue
		}
		if n := x.preTitle(toks, i); n > 0 {
			i += n - 1
			continue
		}
		if n := x.appositive(toks, i); n > 0 {
			i += n - 1
		}
	}
}

// splitHyphenTitles turns "then-President" into "then" "President" and
// "President-elect" into "President" "elect", keeping offsets.
// The tokens are returned as they are when none is split. text is the
// text the tokens are of.
func splitHyphenTitles(toks []token, text string) []token {
	return splitHyphenTitlesTo(nil, toks, text)
}

// splitHyphenTitlesTo is splitHyphenTitles making the tokens, when it
// splits one, in buf's room (which must be empty).
func splitHyphenTitlesTo(buf, toks []token, text string) []token {
	if len(toks) == 0 {
		return toks
	}
	text = text[:toks[len(toks)-1].end]
	var out []token
	// dash and nb are where the next '-' and '‑' at or after the token in
	// hand start (len(text) when there is none), each kept until passed:
	// a word holds a hyphen only when one starts inside it, so most words
	// need no look of their own. Most blocks hold none at all.
	dash, nb := indexFrom(text, toks[0].start, "-"), indexFrom(text, toks[0].start, "‑")
	if dash == len(text) && nb == len(text) {
		return toks
	}
	for i := range toks {
		k := -1
		// Read through a pointer: most tokens are passed over, and a
		// token is too big to copy for that.
		if p := &toks[i]; p.word {
			if dash < p.start {
				dash = indexFrom(text, p.start, "-")
			}
			if nb < p.start {
				nb = indexFrom(text, p.start, "‑")
			}
			if dash < p.end || nb < p.end {
				k = indexHyphen(p.text)
			}
		}
		if k <= 0 {
			if out != nil {
				out = append(out, toks[i])
			}
			continue
		}
		t := toks[i]
		sub := func(from, to int) token {
			return token{text: t.text[from:to], start: t.start + from, end: t.start + to, word: true, quoted: t.quoted, cls: wordClassOf(t.text[from:to])}
		}
		split := func(at, hyph int) {
			if out == nil {
				out = append(slices.Grow(buf, len(toks)+4), toks[:i]...)
			}
			out = append(out, sub(0, at), sub(at+hyph, len(t.text)))
		}
		if getLower(modifiers, t.text[:k]) != "" {
			split(k, hyphenLen(t.text, k))
			continue
		}
		l := lastIndexHyphen(t.text)
		lh := hyphenLen(t.text, l)
		if suf := t.text[l+lh:]; lowerEq(suf, "elect") || lowerEq(suf, "designate") {
			split(l, lh)
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// indexFrom returns where the first sep in text at or after from starts,
// or len(text) when none does.
func indexFrom(text string, from int, sep string) int {
	if j := strings.Index(text[from:], sep); j >= 0 {
		return from + j
	}
	return len(text)
}

type titleParts struct {
	mods          []string
	country, role string
	office        string
	start, end    int // token range of the title words
	hypothetical  bool
}

// office parses a title at toks[i]: modifiers, a country form, then a
// role or a whole-office form, then "-elect" and "of COUNTRY". It returns
// the parts and the index after them, or false.
func (x *extractor) office(toks []token, i int) (titleParts, int, bool) {
	p := titleParts{start: i}
	j := i
	for j < len(toks) && toks[j].word {
		if !toks[j].is(clsModifier) || lowerEq(toks[j].text, "de") {
			break
		}
		m := getLower(modifiers, toks[j].text)
		if m != "" {
			p.mods = append(p.mods, m)
		}
		j++
	}
	// A whole-office form may start with a country's name ("EU foreign
	// policy chief", "White House press secretary"): try it first.
	if o, n := x.matchForm(toks, j, officeForm); n > 0 {
		p.office = o
		p.end = j + n
		return x.officeTail(toks, p, j+n)
	}
	officeAt := j // where no whole-office form starts
	if c, n := x.capitalizedForm(toks, j, countryForm); n > 0 {
		p.country = c
		j += n
		for j < len(toks) && toks[j].word {
			if !toks[j].is(clsModifier) {
				break
			}
			m := getLower(modifiers, toks[j].text)
			if m == "" {
				break
			}
			p.mods = append(p.mods, m)
			j++
		}
	}
	o, n := "", 0
	if j != officeAt {
		o, n = x.matchForm(toks, j, officeForm)
	}
	if n > 0 {
		p.office = o
		j += n
	} else if r, n := x.matchForm(toks, j, roleForm); n > 0 {
		p.role = r
		j += n
	} else {
		return p, i, false
	}
	return x.officeTail(toks, p, j)
}

// officeTail reads what may follow a title's office words: "-elect" and
// "of COUNTRY".
func (x *extractor) officeTail(toks []token, p titleParts, j int) (titleParts, int, bool) {
	for j < len(toks) && toks[j].word {
		var lw string
		switch t := toks[j].text; {
		case lowerEq(t, "elect"):
			lw = "elect"
		case lowerEq(t, "designate"):
			lw = "designate"
		}
		if lw == "" {
			break
		}
		p.mods = append(p.mods, lw)
		j++
	}
	// "President of Russia", "the chief of staff of Volodymyr Zelensky".
	if j+1 < len(toks) && toks[j].text == "of" {
		k := j + 1
		if k < len(toks) && strings.EqualFold(toks[k].text, "the") {
			k++
		}
		if c, n := x.capitalizedForm(toks, k, countryForm); n > 0 && p.country == "" {
			p.country = c
			j = k + n
		}
	}
	p.end = j
	return p, j, true
}

// isTitleBoundary reports whether the token before a title leaves the
// title whole: punctuation, a lower-case word, or a determiner. A
// capitalised word there ("Deputy Prime Minister", "Republican Senator")
// makes a compound title the lexicon does not know.
func isTitleBoundary(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	t := toks[i-1]
	if !t.word {
		return true
	}
	if t.is(clsBoundary) {
		return true
	}
	if capital(t.text) {
		// Sentence-initial words are capitalised too.
		return i >= 2 && !toks[i-2].word && strings.ContainsAny(toks[i-2].text, ".?!“\"")
	}
	// A lower-case adjective ("investment envoy") makes a compound too,
	// unless the title itself starts with a country or modifier.
	return true
}

// boundaryWords leave a title after them whole.
var boundaryWords = map[string]bool{
	"the": true, "a": true, "an": true, "then": true, "by": true, "with": true, "and": true, "to": true,
	"of": true, "for": true, "from": true, "as": true, "said": true, "told": true,
}

// preTitle matches "[a] [modifiers] [country] ROLE [honorific] NAME",
// adds its claim to x.out and returns the number of tokens it took (0 when
// none matched).
func (x *extractor) preTitle(toks []token, i int) int {
	if !toks[i].word {
		return 0
	}
	if !capital(toks[i].text) {
		// Only a modifier lets a title start in lower case (see below): a
		// country must be capitalised, so without a modifier first it
		// would be toks[i] itself.
		if !toks[i].is(clsModifier) || lowerEq(toks[i].text, "de") {
			return 0
		}
	}
	// Tested after the cheaper test of the word itself, which turns most
	// words away.
	if !isTitleBoundary(toks, i) {
		return 0
	}
	// A word that is no modifier opens a title only as the first word
	// of a form: when the lexicon tells that none starts with it, office
	// would find none (see matchForm).
	if (x.worder != nil || x.kinder != nil) && !toks[i].is(clsModifier) && maxOf(x.formWordsAt(toks, i)) == 0 {
		return 0
	}
	p, j, ok := x.office(toks, i)
	if !ok {
		return 0
	}
	// The title's own first word must not be lower case unless a country or
	// modifier opened it: "the president" is no title before a name
	// ("the president Trump" is rare, "the president Monday" common).
	if !capital(toks[i].text) && len(p.mods) == 0 && p.country == "" {
		return 0
	}
	if i > 0 {
		p.hypothetical = lowerEq(toks[i-1].text, "a") || lowerEq(toks[i-1].text, "an")
	}
	k := j
	for k < len(toks) && toks[k].is(clsHonorific) {
		k++
	}
	n := x.nameSpan(toks, k)
	if n == 0 {
		return 0
	}
	// A country form right after the title starts no name ("President
	// Trump", but not "the Russian President Russia's…").
	if _, ok := x.lex.CountryByForm(toks[k].text); ok && n == 1 {
		return 0
	}
	if _, ok := x.lex.RoleByForm(toks[k].text); ok {
		return 0
	}
	id, cands, m, how := x.resolveHow(toks[k : k+n])
	if id == "" && len(cands) == 0 && m < 2 {
		// An unknown one-word name is too weak to call a person.
		return 0
	}
	nameEnd := k + m
	c := x.claim(toks, i, nameEnd, p, id, cands, x.join(toks[k:nameEnd]))
	c.Resolved = how
	c.Title.Written = x.a.Text[toks[p.start].start:toks[p.end-1].end]
	return nameEnd - i
}

// appositive matches "NAME, [the|a] [country|modifiers] ROLE [of X]" followed
// by a comma, a period, "and" or the end of the block, adds its claim to
// x.out and returns the number of tokens it took (0 when none matched).
func (x *extractor) appositive(toks []token, i int) int {
	if !toks[i].word || !capital(toks[i].text) || (i > 0 && toks[i-1].word && capital(toks[i-1].text)) {
		return 0
	}
	n := x.nameSpan(toks, i)
	if n == 0 || i+n >= len(toks) || toks[i+n].text != "," || isPossessive(toks[i+n-1].text) {
		return 0
	}
	id, cands, m, how := x.resolveHow(toks[i : i+n])
	if m != n || (id == "" && len(cands) == 0 && n < 2) {
		return 0
	}
	j := i + n + 1
	if j < len(toks) && (strings.EqualFold(toks[j].text, "the") || strings.EqualFold(toks[j].text, "a") || strings.EqualFold(toks[j].text, "an")) {
		j++
	}
	if j >= len(toks) {
		return 0
	}
	p, e, ok := x.office(toks, j)
	if !ok {
		return 0
	}
	// "the chief of staff of Volodymyr Zelensky": an "of NAME" complement.
	if e+1 < len(toks) && toks[e].text == "of" {
		if k := x.nameSpan(toks, e+1); k > 0 {
			e += 1 + k
		}
	}
	if e < len(toks) && !(toks[e].text == "," || toks[e].text == "." || strings.EqualFold(toks[e].text, "and") || toks[e].text == ";" || toks[e].text == "”") {
		return 0
	}
	c := x.claim(toks, i, e, p, id, cands, x.join(toks[i:i+n]))
	c.Resolved = how
	c.Title.Written = x.a.Text[toks[p.start].start:toks[e-1].end]
	c.Title.Appositive = true
	return e - i
}

// claim adds a title claim to x.out and returns it.
func (x *extractor) claim(toks []token, from, to int, p titleParts, id string, cands []string, name string) *Claim {
	name = stripPossessive(name)
	start, end := toks[from].start, toks[to-1].end
	line, col := x.a.Position(start)
	canon := name
	if id != "" {
		if f := x.full[id]; f != "" {
			canon = f
		} else if n := x.lex.PersonName(id); n != "" {
			canon = n
		}
	}
	x.out = append(x.out, Claim{
		Kind: KindTitle, Start: int32(start), End: int32(end), Text: x.a.Text[start:end], Line: int32(line), Column: int32(col),
		Person: id, Candidates: cands, Name: name, Canonical: canon,
		Quoted: toks[from].quoted, Caption: x.caption,
		Title: &Title{Country: p.country, Role: p.role, Office: p.office, Modifiers: p.mods, Hypothetical: p.hypothetical},
	})
	return &x.out[len(x.out)-1]
}

// institutionWords may end a reporter's name though they start no
// person's: "the White House said", "the Foreign Office said".
var institutionWords = map[string]bool{"house": true, "office": true, "government": true, "administration": true, "ministry": true}

// reporterSpan returns how many tokens from i name a reporter: a person's
// or an outlet's name, or an institution ("White House").
func reporterSpan(toks []token, i int) int {
	n := 0
	for j := i; j < len(toks) && n < 6; j++ {
		t := toks[j]
		if n > 0 && t.is(clsParticle) && j+1 < len(toks) && capital(toks[j+1].text) {
			n++
			continue
		}
		if !t.word || !capital(t.text) || t.is(clsNotName) && !(n > 0 && t.is(clsInstitution)) {
			break
		}
		n++
		if isPossessive(t.text) {
			break
		}
	}
	return n
}

// reportVerbs are the verbs of attribution.
var reportVerbs = map[string]bool{
	"reported": true, "said": true, "told": true, "announced": true, "confirmed": true,
	"disclosed": true, "stated": true, "wrote": true, "claimed": true, "added": true, "reports": true, "says": true,
}

// reports finds report claims in one block: "NBC News reported on
// Thursday that…", "…, NBC News reported Friday, citing…", "Peskov told
// reporters…".
func (x *extractor) reports(toks []token) {
	// Every report has a verb of attribution, and most blocks have none:
	// then there are no sentences to split.
	if !hasReportVerb(toks) {
		return
	}
	x.sentBuf = appendSentenceBounds(x.sentBuf[:0], toks)
	for _, sb := range x.sentBuf {
		s := toks[sb[0]:sb[1]]
		if !hasReportVerb(s) {
			continue
		}
		for i := 0; i < len(s); i++ {
			if !s[i].is(clsCapital) || (i > 0 && s[i-1].is(clsCapital) && s[i-1].text != "The") {
				continue
			}
			n := reporterSpan(s, i)
			if n == 0 {
				continue
			}
			// "The Wall Street Journal" keeps its article.
			from := i
			if i > 0 && s[i-1].text == "The" {
				from = i - 1
			}
			v := i + n
			if v < len(s) && strings.EqualFold(s[v].text, "also") {
				v++
			}
			// "NBC News on Thursday reported".
			whenTok, whenEnd := -1, v
			if wd := weekdayAt(s, v); wd.n > 0 {
				whenTok, whenEnd = v, v+wd.n
			}
			if whenEnd >= len(s) || !s[whenEnd].is(clsReportVerb) {
				continue
			}
			verbIdx := whenEnd
			after := verbIdx + 1
			if whenTok < 0 {
				if wd := weekdayAt(s, after); wd.n > 0 {
					whenTok, after = after, after+wd.n
				}
			}
			// "told reporters that…", "told CNN:": the addressee is no part
			// of the content.
			if strings.EqualFold(s[verbIdx].text, "told") {
				for k := after; k < len(s) && k < after+4; k++ {
					if strings.EqualFold(s[k].text, "that") || s[k].text == ":" {
						after = k
						break
					}
					if !s[k].word {
						break
					}
				}
			}
			rep := &Report{Reporter: x.join(s[from : i+n]), Verb: strings.ToLower(s[verbIdx].text), Weekday: -1}
			rep.Key = reporterKey(rep.Reporter)
			if whenTok >= 0 {
				wd := weekdayAt(s, whenTok)
				rep.When = x.a.Text[s[whenTok].start:s[whenTok+wd.n-1].end]
				rep.Weekday = int(wd.day)
				if x.a.Published.Exact() {
					d := mostRecent(x.a.Published.From, wd.day)
					rep.Day.From, rep.Day.To = d, d
				}
			}
			// The content: what follows ("that…", ":"), or, when the
			// attribution closes the sentence, what came before it.
			var content []token
			switch {
			case after < len(s) && (strings.EqualFold(s[after].text, "that") || s[after].text == ":"):
				content = s[after+1:]
			case from > 1 && s[from-1].text == ",":
				content = s[:from-1]
			default:
				content = s[after:]
			}
			rep.Content = textOf(x.a.Text, content)
			start, end := s[from].start, s[after-1].end
			line, col := x.a.Position(start)
			id, cands, _ := x.resolve(s[i : i+n])
			name, canon := rep.Reporter, rep.Reporter
			// "Ukrainian President Volodymyr Zelensky said": the title claim
			// inside the reporter's words knows who the person is.
			for k := len(x.out) - 1; k >= 0; k-- {
				t := x.out[k]
				if t.Kind == KindTitle && int(t.Start) >= s[i].start && int(t.End) <= s[i+n-1].end {
					id, cands, name, canon = t.Person, t.Candidates, t.Name, t.Canonical
					break
				}
			}
			x.out = append(x.out, Claim{
				Kind: KindReport, Start: int32(start), End: int32(end), Text: x.a.Text[start:end], Line: int32(line), Column: int32(col),
				Person: id, Candidates: cands, Name: name, Canonical: canon,
				Quoted: s[from].quoted, Caption: x.caption, Report: rep,
			})
			i = after - 1
		}
	}
}

// hasReportVerb reports whether a token of toks is a verb of attribution.
func hasReportVerb(toks []token) bool {
	for i := range toks {
		if toks[i].is(clsReportVerb) {
			return true
		}
	}
	return false
}

type weekdayMatch struct {
	day time.Weekday
	n   int
}

// weekdayAt matches a weekday phrase starting at toks[i].
func weekdayAt(toks []token, i int) weekdayMatch {
	j := i
	if j < len(toks) && (strings.EqualFold(toks[j].text, "late") || strings.EqualFold(toks[j].text, "early")) {
		j++
	}
	if j < len(toks) && toks[j].text == "on" {
		j++
	}
	if j >= len(toks) {
		return weekdayMatch{}
	}
	if !toks[j].is(clsWeekday) || !capital(toks[j].text) {
		return weekdayMatch{}
	}
	wd := getLower(weekdayNames, toks[j].text)
	j++
	if j < len(toks) {
		if toks[j].is(clsDayPart) {
			j++
		}
	}
	return weekdayMatch{wd, j - i}
}

// dayParts may follow a weekday: "Friday night".
var dayParts = map[string]bool{"night": true, "morning": true, "afternoon": true, "evening": true}

func textOf(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	return strings.TrimSpace(text[toks[0].start:toks[len(toks)-1].end])
}

// reporterKey folds a reporter's name for matching: "NBC News" and "NBC"
// are one reporter, as are "The Wall Street Journal" and "Wall Street
// Journal".
func reporterKey(s string) string {
	var buf [64]byte
	b, ok := appendFold(buf[:0], s)
	if !ok {
		return reporterKeySlow(s)
	}
	// b is words one space apart, as reporterKeySlow splits them.
	if len(b) > 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	for {
		k := bytes.LastIndexByte(b, ' ')
		if k < 0 {
			break
		}
		switch string(b[k+1:]) {
		case "news", "agency", "network", "newspaper":
			b = b[:k]
			continue
		}
		break
	}
	return string(b)
}

// reporterKeySlow is reporterKey for any text.
func reporterKeySlow(s string) string {
	w := strings.Fields(fold(s))
	if len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	for len(w) > 1 {
		switch w[len(w)-1] {
		case "news", "agency", "network", "newspaper":
			w = w[:len(w)-1]
			continue
		}
		break
	}
	return strings.Join(w, " ")
}
