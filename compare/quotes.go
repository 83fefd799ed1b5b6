package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// minQuoteWords is the shortest quotation compared across sources: shorter
// ones ("cautious optimism") are scare quotes, not statements.
const minQuoteWords = 5

// Two quotations are one when this share of the shorter one's words appear
// in order in the longer one (sameQuote), and they make up at least half of
// the longer one (sameQuoteLong). A shorter one wholly inside the longer is
// a trimmed quote, never a difference.
const (
	sameQuote     = 0.8
	sameQuoteLong = 0.5
)

// negations flip a statement's meaning when added or dropped.
var negations = map[string]bool{
	"not": true, "no": true, "never": true, "nothing": true, "none": true, "neither": true,
	"nor": true, "cannot": true, "without": true, "n’t": true, "n't": true, "nobody": true,
}

// weakWords change little when added or dropped.
var weakWords = map[string]bool{
	"very": true, "really": true, "just": true, "so": true, "quite": true, "the": true, "a": true,
	"much": true, "truly": true, "absolutely": true, "totally": true, "actually": true, "indeed": true,
	"an": true, "and": true, "that": true, "of": true, "to": true, "is": true, "it": true, "its": true,
	"it’s": true, "it's": true, "but": true, "also": true, "well": true, "now": true, "we": true,
	"i": true, "in": true, "on": true, "at": true, "this": true, "there": true,
}

// wQuoteWording starts a wording finding below even odds: only a change
// of meaning (a negation, a number) lifts it over 0.5 on one source's word.
const wQuoteWording = -0.8

type quoteRef struct {
	ref
	toks []string
}

// contractions splits "don't" into "do n't", so that a dropped negation is
// a word of its own in a diff.
var contractions = strings.NewReplacer("n’t", " n’t", "n't", " n't")

// quoteTokens returns the words of quotation s, its contractions split:
// words(contractions.Replace(s)), the Replacer not called on the many
// quotations that have none.
func quoteTokens(s string) []string {
	if strings.Contains(s, "n't") || strings.Contains(s, "n’t") {
		s = contractions.Replace(s)
	}
	return words(s)
}

// quotes compares quotations of the same event across independent
// sources: different wording of one quotation, and one quotation given to
// different speakers. Quotations are blocked by event and by shared word
// trigrams, so only quotations that share words are ever compared.
func quotes(arts []*claims.Article, g *Grouping) []rules.Finding {
	// Each article's quotations are split into words, and their trigrams
	// hashed, on all cores; the lists are put together in article order.
	qs, first := gather(len(arts), func(ai int) int { return g.count(ai, claims.KindQuote) }, func(ai int, out []quoteRef) []quoteRef {
		a := arts[ai]
		for i := range a.Claims {
			c := &a.Claims[i]
			if c.Kind != claims.KindQuote || c.Caption {
				continue
			}
			if toks := quoteTokens(c.Quote.Words); len(toks) >= minQuoteWords {
				out = append(out, quoteRef{ref{a, c}, toks})
			}
		}
		return out
	})
	// first[ai] is the first quotation of article ai in qs.
	trigrams := func(ai int) int {
		n := 0
		for _, q := range qs[first[ai]:first[ai+1]] {
			n += max(0, len(q.toks)-2)
		}
		return n
	}
	index, _ := gather(len(arts), trigrams, func(ai int, out []posting) []posting {
		if first[ai] == first[ai+1] {
			return out
		}
		event := fnvString(fnvString(fnvOffset, g.Event(arts[ai])), "|")
		for n := first[ai]; n < first[ai+1]; n++ {
			toks := qs[n].toks
			for j := 0; j+3 <= len(toks); j++ {
				// The hash of the event, "|", and the trigram joined by
				// spaces. A trigram twice in one quotation is posted
				// twice: postingLists drops the repeat.
				v := fnvString(fnvString(fnvString(fnvString(fnvString(event, toks[j]), " "), toks[j+1]), " "), toks[j+2])
				out = append(out, posting{v, n})
			}
		}
		return out
	})
	sortPostings(index) // neighbours then finds them sorted
	cands := neighbours(index, len(qs))
	// Each quotation is compared with its candidates on all cores: the
	// comparison only reads, and collect keeps the order of qs.
	return collect(len(qs), func(i int) (rules.Finding, bool) { return compareQuote(qs[i], qs, cands[i], g) })
}

// lcs returns the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func compareQuote(x quoteRef, qs []quoteRef, ys []int32, g *Grouping) (rules.Finding, bool) {
	mine := g.SourceKey(x.a)
	wording := map[string]quoteRef{} // source -> a differing quotation of the same words
	speakers := map[string]quoteRef{}
	same := map[string]bool{mine: true}
	for _, j := range ys {
		y := qs[j]
		src := g.SourceKey(y.a)
		if src == mine || !g.SameEvent(x.a, y.a) {
			continue
		}
		common := lcs(x.toks, y.toks)
		short := min(len(x.toks), len(y.toks))
		long := max(len(x.toks), len(y.toks))
		if common < short && (float64(common) < sameQuote*float64(short) || float64(common) < sameQuoteLong*float64(long)) {
			continue
		}
		if differentSpeakers(x.c, y.c) && float64(common) >= 0.8*float64(short) {
			speakers[src] = y
			continue
		}
		if containsRun(x.toks, y.toks) || containsRun(y.toks, x.toks) || hasEllipsis(x.c.Quote.Words) || hasEllipsis(y.c.Quote.Words) {
			same[src] = true // the same words, one trimmed or cut with "…": outlets cut quotes
			continue
		}
		if _, ok := wording[src]; !ok {
			wording[src] = y
		}
	}
	if len(speakers) > 0 && len(speakers) >= len(same) {
		if !reportable(x.ref, len(same), len(speakers), speakers[sortedKeys(speakers)[0]].ref) {
			return rules.Finding{}, false
		}
		return speakerFinding(x, speakers, same, g), true
	}
	if len(wording) == 0 {
		return rules.Finding{}, false
	}
	srcs := sortedKeys(wording)
	other := wording[srcs[0]]
	if !reportable(x.ref, len(same), len(wording), other.ref) {
		return rules.Finding{}, false
	}
	diff, weight, what := wordDiff(other.c.Quote.Words, x.c.Quote.Words)
	if weight <= 0 {
		return rules.Finding{}, false // only weak words differ
	}
	f := newQuoteFinding(rules.QuoteWording, x, fmt.Sprintf("“%s” (as %s quotes it)", other.c.Quote.Words, strings.Join(srcs, ", ")))
	f.Add(wQuoteWording, "the same quotation, worded differently: outlets transcribe and trim, so wording alone is weak evidence")
	f.Add(weight, "wording: %s (%s)", diff, what)
	vote(&f, x, same, srcs, wording, g)
	return f, true
}

// containsRun reports whether short appears in long as one unbroken run of
// words: a trimmed quotation. (Dropping "not" from the middle leaves a
// subsequence, but no run.)
func containsRun(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

func hasEllipsis(s string) bool { return strings.Contains(s, "…") || strings.Contains(s, "...") }

func differentSpeakers(a, b *claims.Claim) bool {
	if a.Quote.ByPronoun || b.Quote.ByPronoun {
		return false
	}
	switch {
	case a.Person != "" && b.Person != "":
		return a.Person != b.Person
	case a.Person == "" && b.Person == "":
		return !strings.EqualFold(a.Canonical, b.Canonical) && !strings.HasSuffix(strings.ToLower(a.Canonical), strings.ToLower(lastWord(b.Canonical))) && !strings.HasSuffix(strings.ToLower(b.Canonical), strings.ToLower(lastWord(a.Canonical)))
	}
	return false // one known, one not: cannot tell
}

// lastWord returns the last of strings.Fields(s), or s when it has none.
// It reads back from the end of s, making no list of the others.
func lastWord(s string) string {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if end == 0 {
		return s
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return s[start:end]
}

func sortedKeys[T any](m map[string]T) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func newQuoteFinding(r *rules.Rule, x quoteRef, expected string) rules.Finding {
	return rules.Finding{
		Rule: r.Name, Actor: x.c.Canonical, File: x.a.File, Line: int(x.c.Line), Column: int(x.c.Column),
		Excerpt: x.c.Text, Expected: expected, Source: x.a.Source, Person: x.c.Person,
		Start: int(x.c.Start), End: int(x.c.End), Related: []rules.Location{},
	}
}

// vote adds the vote of independent sources to a cross-source finding.
func vote(f *rules.Finding, x quoteRef, same map[string]bool, srcs []string, others map[string]quoteRef, g *Grouping) {
	var against []string
	for _, s := range srcs {
		y := others[s]
		against = append(against, fmt.Sprintf("%s (%s:%d)", s, y.a.File, y.c.Line))
		f.Relate(y.loc())
	}
	if len(srcs) == len(same) {
		f.Note("vote: %d source(s) (%s) against %d (%s); no side is blamed", len(same), some(sortedKeys(same), ", "), len(srcs), some(against, "; "))
	} else {
		f.Add(0.6*float64(len(srcs)-len(same)), "vote: %d independent source(s) against this one: %s", len(srcs), some(against, "; "))
	}
	folded := map[string]bool{}
	for _, a := range append([]*claims.Article{x.a}, func() []*claims.Article {
		var as []*claims.Article
		for _, s := range srcs {
			as = append(as, others[s].a)
		}
		return as
	}()...) {
		if s := g.Folded(a); s != "" && !folded[s] {
			folded[s] = true
			f.Note("folded: %s", s)
		}
	}
}

func speakerFinding(x quoteRef, speakers map[string]quoteRef, same map[string]bool, g *Grouping) rules.Finding {
	srcs := sortedKeys(speakers)
	var who []string
	for _, s := range srcs {
		who = append(who, speakers[s].c.Canonical)
	}
	f := newQuoteFinding(rules.QuoteSpeaker, x, "said by "+strings.Join(slices.Compact(who), " / "))
	f.Add(0.8, "the same words are attributed to %s here and to %s by %s", x.c.Canonical, strings.Join(slices.Compact(who), " / "), strings.Join(srcs, ", "))
	vote(&f, x, same, srcs, speakers, g)
	return f
}

// wordDiff diffs two quotations word by word with go-diff (each word mapped
// to one rune, so an edit never splits a word) and weighs what changed: a
// dropped or added negation changes the meaning, a changed number the
// facts, a content word the sense; "very" or "the" change nothing.
func wordDiff(a, b string) (diff string, weight float64, what string) {
	ta, tb := quoteTokens(a), quoteTokens(b)
	index := map[string]rune{}
	var vocab []string
	encode := func(ts []string) []rune {
		out := make([]rune, len(ts))
		for i, t := range ts {
			r, ok := index[t]
			if !ok {
				r = rune(0xE000 + len(vocab))
				index[t] = r
				vocab = append(vocab, t)
			}
			out[i] = r
		}
		return out
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(encode(ta), encode(tb), false))
	var sb strings.Builder
	neg, num, content := 0, 0, 0
	for i, d := range diffs {
		var ws []string
		for _, r := range d.Text {
			ws = append(ws, vocab[r-0xE000])
		}
		text := strings.Join(ws, " ")
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			sb.WriteString(text)
			continue
		case diffmatchpatch.DiffDelete:
			sb.WriteString("[-" + text + "-]")
		case diffmatchpatch.DiffInsert:
			sb.WriteString("{+" + text + "+}")
		}
		if i == 0 || i == len(diffs)-1 {
			continue // words before or after the other's: a trimmed quotation
		}
		for _, w := range ws {
			switch {
			case negations[w]:
				neg++
			case w[0] >= '0' && w[0] <= '9' || claimsNumberWord(w):
				num++
			case !weakWords[w]:
				content++
			}
		}
	}
	var parts []string
	if neg > 0 {
		weight += 1.5
		parts = append(parts, "a negation changed")
	}
	if num > 0 {
		weight += 1.0
		parts = append(parts, "a number changed")
	}
	if content > 0 {
		weight += min(0.2*float64(content), 0.6)
		parts = append(parts, fmt.Sprintf("%d content word(s) changed", content))
	}
	if len(parts) == 0 {
		return sb.String(), 0, "only weak words changed"
	}
	return sb.String(), weight, strings.Join(parts, ", ")
}

func claimsNumberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"hundred", "thousand", "million", "billion", "dozen":
		return true
	}
	return false
}
