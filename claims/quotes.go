package claims

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A quoteSpan is one pair of quotation marks in a block: the inner words
// are text[in0:in1], the marks included text[out0:out1].
type quoteSpan struct {
	out0, out1, in0, in1 int
}

// quoteSpans finds the quotations of text[start:end]: curly pairs “…” and
// straight pairs "…". An unclosed mark opens no quotation.
func quoteSpans(text string, start, end int) []quoteSpan {
	var out []quoteSpan
	s := text[start:end]
	// Only '"' and the first byte of "“" can open a quotation: the next
	// of each, at or after i, is kept until i passes it.
	nextStraight, nextCurly := -1, -1
	for i := 0; i < len(s); {
		if nextStraight < i {
			nextStraight = indexByteFrom(s, i, '"')
		}
		if nextCurly < i {
			nextCurly = indexByteFrom(s, i, "“"[0])
		}
		if i = min(nextStraight, nextCurly); i == len(s) {
			break
		}
		switch {
		case strings.HasPrefix(s[i:], "“"):
			j := strings.Index(s[i+len("“"):], "”")
			if j < 0 {
				return out
			}
			in0 := i + len("“")
			out = append(out, quoteSpan{start + i, start + in0 + j + len("”"), start + in0, start + in0 + j})
			i = in0 + j + len("”")
		case s[i] == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return out
			}
			out = append(out, quoteSpan{start + i, start + i + 1 + j + 1, start + i + 1, start + i + 1 + j})
			i = i + 1 + j + 1
		default:
			i++
		}
	}
	return out
}

// indexByteFrom returns the index of the first c in s at or after i, or
// len(s).
func indexByteFrom(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

const (
	nameRE     = `((?:[A-Z][\p{L}’'.-]*)(?:\s+(?:[A-Z][\p{L}’'.-]*|bin|al|de|van|von|da|ibn))*|[Hh]e|[Ss]he)`
	saidVerbRE = `(said|says|told(?:\s+[\p{L}.]+){0,3}|added|stated|wrote|tweeted|declared|insisted|warned|explained)`
)

var (
	// After the closing mark: `,” Trump said`, `” said Peskov`.
	afterNameVerbRE = regexp.MustCompile(`^[\s,]*(?:[a-z][\p{L}-]*\s+){0,4}` + nameRE + `\s+` + saidVerbRE + `\b`)
	afterVerbNameRE = regexp.MustCompile(`^[\s,]*(said|says|added|wrote)\s+` + nameRE)
	// Before the opening mark: `Peskov told reporters: “`, `Vance said: “`,
	// `Trump said, “`, `Zelensky: “`, `according to Peskov, “`.
	beforeNameVerbRE = regexp.MustCompile(nameRE + `\s+` + saidVerbRE + `(?:\s+on\s+[A-Z][a-z]+)?(?:\s+that)?\s*[:,]?\s*$`)
	beforeColonRE    = regexp.MustCompile(nameRE + `\s*:\s*$`)
	beforeAccordRE   = regexp.MustCompile(`[Aa]ccording to\s+` + nameRE + `\s*,\s*$`)
)

// beforeREs are the expressions of an attribution before a quote, in the
// order they are tried.
var beforeREs = []*regexp.Regexp{beforeNameVerbRE, beforeColonRE, beforeAccordRE}

// saidVerbs are the words of saidVerbRE, one of which a match of
// beforeNameVerbRE holds.
var saidVerbs = []string{"said", "says", "told", "added", "stated", "wrote", "tweeted", "declared", "insisted", "warned", "explained"}

// mayAttribute reports whether beforeREs[i] may match before: what each
// needs, cheaply checked, so that a quotation with no attribution before
// it runs no expression. beforeNameVerbRE needs a verb of saidVerbs;
// beforeColonRE a ":" and beforeAccordRE a "," as the last character but
// \s; beforeAccordRE "ccording to" too.
func mayAttribute(i int, before string) bool {
	if i == 0 {
		return hasAny(before, saidVerbs) && hasNameVerbTail(before)
	}
	e := len(before)
	for e > 0 && isSpaceRE(before[e-1]) {
		e--
	}
	if i == 1 {
		return e > 0 && before[e-1] == ':'
	}
	return e > 0 && before[e-1] == ',' && strings.Contains(before, "ccording to")
}

// singleSaidVerbs are the verbs of saidVerbRE but "told", which may take
// up to three words after it.
var singleSaidVerbs = []string{"said", "says", "added", "stated", "wrote", "tweeted", "declared", "insisted", "warned", "explained"}

// hasNameVerbTail reports whether before ends as a match of
// beforeNameVerbRE must: a verb of saidVerbRE after \s, perhaps "on" and
// a capitalised word, perhaps "that", each after \s, then \s, at most one
// ":" or ",", and \s to the end. Most quotations with a verb somewhere
// before them have none at the end: the expression, which tries every
// position of before, is not run for them.
func hasNameVerbTail(before string) bool {
	e := trimSpaceRE(before, len(before))
	if e > 0 && (before[e-1] == ':' || before[e-1] == ',') {
		e = trimSpaceRE(before, e-1)
	}
	// Where the verb may end: before[:e], without a last "that", without
	// "on Friday" before it, or without both.
	ends := [4]int{e, cutWordAfterSpace(before, e, "that"), -1, -1}
	ends[2], ends[3] = cutOnDay(before, ends[0]), cutOnDay(before, ends[1])
	for _, e := range ends {
		if e >= 0 && verbEndsAt(before, e) {
			return true
		}
	}
	return false
}

// trimSpaceRE returns e less the \s that end s[:e].
func trimSpaceRE(s string, e int) int {
	for e > 0 && isSpaceRE(s[e-1]) {
		e--
	}
	return e
}

// cutWordAfterSpace returns where s[:e] ends without a last word w and
// the \s before it (one at least), or -1 when s[:e] does not end so.
func cutWordAfterSpace(s string, e int, w string) int {
	if e < 0 || !strings.HasSuffix(s[:e], w) {
		return -1
	}
	p := e - len(w)
	if p == 0 || !isSpaceRE(s[p-1]) {
		return -1
	}
	return trimSpaceRE(s, p)
}

// cutOnDay returns where s[:e] ends without `\s+on\s+[A-Z][a-z]+`, or -1
// when it does not end so.
func cutOnDay(s string, e int) int {
	if e < 0 {
		return -1
	}
	p := e
	for p > 0 && s[p-1] >= 'a' && s[p-1] <= 'z' {
		p--
	}
	if p == e || p == 0 || s[p-1] < 'A' || s[p-1] > 'Z' {
		return -1
	}
	p--
	if p == 0 || !isSpaceRE(s[p-1]) {
		return -1
	}
	return cutWordAfterSpace(s, trimSpaceRE(s, p), "on")
}

// verbEndsAt reports whether a verb of saidVerbRE, after \s, ends at e:
// one of singleSaidVerbs, or "told" and up to three words of letters and
// dots after it, each after \s.
func verbEndsAt(s string, e int) bool {
	for _, v := range singleSaidVerbs {
		if p := e - len(v); p > 0 && s[p:e] == v && isSpaceRE(s[p-1]) {
			return true
		}
	}
	for k := 0; ; k++ {
		if p := e - len("told"); p > 0 && s[p:e] == "told" && isSpaceRE(s[p-1]) {
			return true
		}
		if k == 3 {
			return false
		}
		// A word of [\p{L}.]+ after \s: the whole run of those runes.
		w := e
		for w > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:w])
			if r != '.' && !unicode.IsLetter(r) {
				break
			}
			w -= n
		}
		if w == e || w == 0 || !isSpaceRE(s[w-1]) {
			return false
		}
		e = trimSpaceRE(s, w)
	}
}

func hasAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// attributionStart returns the offset in before from which beforeREs can
// match: each matches a run of letters, "’'.-" and \s, then at most one
// ":" or "," and \s, up to the end of before; and none looks at what
// stands before its match. Running them on before[attributionStart:]
// finds what they find in before, without trying each of its positions.
func attributionStart(before string) int {
	i := len(before)
	for i > 0 && isSpaceRE(before[i-1]) {
		i--
	}
	if i > 0 && (before[i-1] == ':' || before[i-1] == ',') {
		i--
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if !(unicode.IsLetter(r) || r == '’' || r == '\'' || r == '.' || r == '-' || r < utf8.RuneSelf && isSpaceRE(byte(r))) {
			break
		}
		i -= n
	}
	return i
}

// attributionEnd returns how much of after the expressions of an
// attribution after a quote (afterNameVerbRE, afterVerbNameRE) can read:
// up to the first character that is no letter, digit, "_", "’'.-,"
// or \s. No match crosses it, and \b sees no word character there, as at
// the end of the text.
func attributionEnd(after string) int {
	for i := 0; i < len(after); {
		c := after[i]
		if c < utf8.RuneSelf {
			if !isWordByteRE(c) && !isSpaceRE(c) && !strings.ContainsRune("’'.-,", rune(c)) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(after[i:])
		if !unicode.IsLetter(r) && r != '’' {
			return i
		}
		i += n
	}
	return len(after)
}

// afterVerbs are the verbs afterVerbNameRE opens with.
var afterVerbs = []string{"said", "says", "added", "wrote"}

// mayAttributeAfter reports whether the expression of an attribution
// after a quote may match after: afterNameVerbRE (i = 0) and
// afterVerbNameRE (1) need a verb of saidVerbs, and afterVerbNameRE needs
// one of afterVerbs after the spaces and commas that open after. Most
// quotations have no verb after them.
func mayAttributeAfter(i int, after string) bool {
	if i == 0 {
		return hasAny(after, saidVerbs)
	}
	k := 0
	for k < len(after) && (isSpaceRE(after[k]) || after[k] == ',') {
		k++
	}
	for _, v := range afterVerbs {
		if strings.HasPrefix(after[k:], v) {
			return true
		}
	}
	return false
}

// maxAttribution is how far before a quotation its attribution is looked
// for, in bytes.
const maxAttribution = 200

// quotes finds the direct quotations of one block and who said them.
// A quotation split by its attribution ("It was good," Trump said, "but…")
// is one quote.
func (x *extractor) quotes(b Block) {
	spans := quoteSpans(x.a.Text, b.Start, b.End)
	var prevAfterEnd = -1
	var prev *Claim
	for _, q := range spans {
		words := strings.TrimSpace(strings.Trim(x.a.Text[q.in0:q.in1], ",. "))
		if words == "" {
			continue
		}
		name, verb, nameStart, afterEnd := "", "", -1, -1
		after := x.a.Text[q.out1:b.End]
		after = after[:attributionEnd(after)]
		// The attribution before a quote is a few words: look back at most
		// maxAttribution bytes, from a word boundary, so that a block of
		// many quotes costs time linear in its length, not quadratic.
		from := b.Start
		if q.out0-from > maxAttribution {
			from = q.out0 - maxAttribution
			if k := strings.IndexByte(x.a.Text[from:q.out0], ' '); k >= 0 {
				from += k + 1
			} else {
				from = q.out0
			}
		}
		before := x.a.Text[from:q.out0]
		if !mayAttributeAfter(0, after) {
			// No verb: neither expression can match.
		} else if m := afterNameVerbRE.FindStringSubmatchIndex(after); m != nil {
			name, verb, nameStart, afterEnd = after[m[2]:m[3]], firstWord(after[m[4]:m[5]]), q.out1+m[2], q.out1+m[1]
		} else if !mayAttributeAfter(1, after) {
			// afterVerbNameRE needs its verb first.
		} else if m := afterVerbNameRE.FindStringSubmatchIndex(after); m != nil {
			name, verb, nameStart, afterEnd = after[m[4]:m[5]], after[m[2]:m[3]], q.out1+m[4], q.out1+m[1]
		}
		// The second part of a split quote continues the first.
		if prev != nil && prevAfterEnd >= 0 && strings.TrimSpace(strings.Trim(x.a.Text[prevAfterEnd:q.out0], ", ")) == "" {
			prev.Quote.Words += " " + words
			prev.End = int32(q.out1)
			prev.Text = x.a.Text[prev.Start:prev.End]
			prevAfterEnd = -1
			continue
		}
		if name == "" {
			// The expressions match only at the end, and only across what
			// attributionStart keeps of it.
			q0 := attributionStart(before)
			before, from = before[q0:], from+q0
			for i, re := range beforeREs {
				if !mayAttribute(i, before) {
					continue
				}
				var m []int
				if re == beforeColonRE {
					if p, e, ok := matchBeforeColon(before); ok {
						m = []int{p, len(before), p, e}
					}
				} else {
					m = re.FindStringSubmatchIndex(before)
				}
				if m != nil {
					name, nameStart = before[m[2]:m[3]], from+m[2]
					verb = ":"
					if re == beforeNameVerbRE {
						verb = firstWord(before[m[4]:m[5]])
					} else if re == beforeAccordRE {
						verb = "according to"
					}
					break
				}
			}
		}
		if name == "" {
			prev, prevAfterEnd = nil, -1
			continue
		}
		c := x.quoteClaim(b, q, words, name, verb, nameStart)
		x.out = append(x.out, c)
		prev = &x.out[len(x.out)-1]
		prevAfterEnd = afterEnd
	}
}

// matchBeforeColon finds what beforeColonRE finds in before, without
// running it: the name in before[p:e] before a last ":". The ":" and the
// \s around it fix where the name ends (e); the name is then the longest
// that ends there, which is where the expression's leftmost match starts:
// a word [A-Z][\p{L}’'.-]* (perhaps the end of a longer word, "xPeskov"),
// then words of that kind or particles ("bin", "al", …) after \s, or
// "He", "he", "She", "she" alone (the end of "the" too).
func matchBeforeColon(before string) (p, e int, ok bool) {
	x := len(before)
	for x > 0 && isSpaceRE(before[x-1]) {
		x--
	}
	if x == 0 || before[x-1] != ':' {
		return 0, 0, false
	}
	e = x - 1
	for e > 0 && isSpaceRE(before[e-1]) {
		e--
	}
	p = -1
	switch {
	case e >= 3 && (before[e-3:e] == "She" || before[e-3:e] == "she"):
		p = e - 3
	case e >= 2 && (before[e-2:e] == "He" || before[e-2:e] == "he"):
		p = e - 2
	}
	// The words, from the last back: each may begin the name if those
	// after it continue it.
	for end := e; end > 0; {
		ts := end
		for ts > 0 && !isSpaceRE(before[ts-1]) {
			ts--
		}
		w := before[ts:end]
		o := nameWordSuffix(w)
		if o >= 0 && (p < 0 || ts+o < p) {
			p = ts + o
		}
		if o != 0 && !nameREParticles[w] {
			break // no name goes on across w
		}
		for end = ts; end > 0 && isSpaceRE(before[end-1]); end-- {
		}
	}
	return p, e, p >= 0
}

// nameREParticles are the lower-case words a name of nameRE may hold.
var nameREParticles = map[string]bool{"bin": true, "al": true, "de": true, "van": true, "von": true, "da": true, "ibn": true}

// nameWordSuffix returns the first offset o in w at which w[o:] is a name
// word of nameRE, [A-Z][\p{L}’'.-]*, or -1.
func nameWordSuffix(w string) int {
	r := 0 // w[r:] is the longest run of letters and ’'.-
	for i := 0; i < len(w); {
		c, n := utf8.DecodeRuneInString(w[i:])
		i += n
		if !(unicode.IsLetter(c) || c == '’' || c == '\'' || c == '.' || c == '-') {
			r = i
		}
	}
	for o := r; o < len(w); o++ {
		if w[o] >= 'A' && w[o] <= 'Z' {
			return o
		}
	}
	return -1
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

// quoteClaim builds the claim of a quotation by the speaker written at
// nameStart: a title claim covering those words gives the person, a
// pronoun the last person named before the quote.
func (x *extractor) quoteClaim(b Block, q quoteSpan, words, name, verb string, nameStart int) Claim {
	line, col := x.a.Position(q.out0)
	c := Claim{
		Kind: KindQuote, Start: int32(q.out0), End: int32(q.out1), Text: x.a.Text[q.out0:q.out1], Line: int32(line), Column: int32(col),
		Caption: x.caption, Quote: &Quote{Words: words, Speaker: name, Verb: verb},
	}
	switch strings.ToLower(name) {
	case "he", "she":
		c.Quote.ByPronoun = true
		for i := len(x.out) - 1; i >= 0; i-- {
			p := x.out[i]
			if int(p.Start) < b.Start {
				break // only a person named in the same paragraph
			}
			if int(p.Start) < q.out0 && (p.Kind == KindTitle || p.Kind == KindReport) && (p.Person != "" || strings.Contains(p.Name, " ")) {
				c.Person, c.Name, c.Canonical = p.Person, p.Name, p.Canonical
				return c
			}
		}
		c.Name, c.Canonical = name, name
		return c
	}
	// A title claim that covers the speaker's words knows who they are.
	for i := len(x.out) - 1; i >= 0; i-- {
		p := x.out[i]
		if p.Kind == KindTitle && int(p.Start) <= nameStart && nameStart < int(p.End)+1 && int(p.End) <= nameStart+len(name)+1 {
			c.Person, c.Candidates, c.Name, c.Canonical = p.Person, p.Candidates, p.Name, p.Canonical
			return c
		}
	}
	toks := tokenize(x.a.Text, nameStart, nameStart+len(name))
	// Keep the trailing capitalised words: "Kremlin spokesman Dmitry Peskov"
	// names Dmitry Peskov.
	k := len(toks)
	for k > 0 && toks[k-1].word && isCapitalized(toks[k-1].text) && len(toks)-k < 4 {
		k--
	}
	toks = toks[k:]
	if len(toks) == 0 {
		c.Name, c.Canonical = name, name
		return c
	}
	id, cands, _ := x.resolve(toks)
	c.Person, c.Candidates = id, cands
	c.Name = x.join(toks)
	c.Canonical = c.Name
	if id != "" {
		if f := x.full[id]; f != "" {
			c.Canonical = f
		} else if n := x.lex.PersonName(id); n != "" {
			c.Canonical = n
		}
	}
	return c
}
