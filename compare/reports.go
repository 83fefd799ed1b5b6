package compare

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/asciifold"
	"github.com/claimcheck/claimcheck/rules"
)

// stopwords carry no content when matching reports.
var stopwords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "that": true,
	"this": true, "is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "he": true, "she": true, "it": true, "they": true, "him": true, "his": true,
	"her": true, "its": true, "their": true, "not": false, "as": true, "if": true, "only": true, "so": true,
	"would": true, "will": true, "could": true, "can": true, "said": true, "say": true, "says": true,
	"us": true, "u": true, "s": true, "who": true, "which": true, "what": true, "about": true, "also": true,
}

// stemList returns the content words of s, crudely stemmed, sorted, each
// once.
func stemList(s string) []string { return appendStemList(nil, s) }

// appendStemList appends stemList(s) to dst.
func appendStemList(dst []string, s string) []string {
	n := len(dst)
	eachStem(s, func(w string) { dst = append(dst, w) })
	slices.Sort(dst[n:])
	return append(dst[:n], slices.Compact(dst[n:])...)
}

// A stemmedReport is a report claim with its content words, as stemList
// gives them.
type stemmedReport struct {
	c     *claims.Claim
	words []string
}

// reportStems holds the content words of every report claim that a family
// stems (isStemmed), stemmed once on all cores, article by article, for
// reportDates, paraphrases and attributions to share: each stemmed its
// reports itself, so most were stemmed three times.
type reportStems struct {
	all []stemmedReport
	at  []int32 // article ai's are all[at[ai]:at[ai+1]], in claim order
}

// isStemmed tells the claims whose content a family compares: reports,
// not quoted, with content.
func isStemmed(c *claims.Claim) bool {
	return c.Kind == claims.KindReport && !c.Quoted && c.Report.Content != ""
}

// stemReports stems the content of each article's reports (isStemmed).
// An article's words share one array.
func stemReports(arts []*claims.Article, g *Grouping) reportStems {
	all, at := gather(len(arts), func(ai int) int { return g.count(ai, claims.KindReport) }, func(ai int, out []stemmedReport) []stemmedReport {
		a := arts[ai]
		var words []string
		var ends []int32 // of each report's words in words
		for i := range a.Claims {
			if c := &a.Claims[i]; isStemmed(c) {
				words = appendStemList(words, c.Report.Content)
				out = append(out, stemmedReport{c: c})
				ends = append(ends, int32(len(words)))
			}
		}
		words = slices.Clip(words)
		start := int32(0)
		for j, end := range ends {
			out[j].words = words[start:end:end]
			start = end
		}
		return out
	})
	return reportStems{all, at}
}

// of returns article ai's stemmed reports, in claim order.
func (st *reportStems) of(ai int) []stemmedReport { return st.all[st.at[ai]:st.at[ai+1]] }

// stemByte tells the ASCII bytes of a word, once lowered: letters and
// digits. Every other rune above ASCII is part of a word, except the
// curly quotes and apostrophe (isStemSep).
var stemByte = func() (t [utf8.RuneSelf]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

func isStemSep(r rune) bool { return r == '’' || r == '“' || r == '”' }

// eachStem calls fn with each content word of s, crudely stemmed, in
// order. It splits strings.ToLower(s) byte by byte where it can, as
// strings.FieldsFuncSeq did rune by rune (eachStemRef in the tests). No
// word holds an apostrophe, straight or curly, since both split words:
// there is no possessive "'s" to trim.
func eachStem(s string, fn func(string)) {
	s = asciifold.Lower(s)
	for i := 0; i < len(s); {
		// Skip to the start of a word.
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if stemByte[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isStemSep(r) {
				break
			}
			i += n
		}
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !stemByte[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if isStemSep(r) {
				break
			}
			i += n
		}
		w := s[start:i]
		if len(w) < 2 || isStopword(w) {
			continue
		}
		// The first suffix that leaves more than three bytes goes.
		switch n := len(w); {
		case n > 6 && strings.HasSuffix(w, "ing"):
			w = w[:n-3]
		case n > 5 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es")):
			w = w[:n-2]
		case n > 4 && (w[n-1] == 's' || w[n-1] == 'e'):
			w = w[:n-1]
		}
		fn(w)
	}
}

// isStopword is stopwords[w], spelt out as a switch, which needs no hash.
func isStopword(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "of", "to",
		"in", "on", "at", "for", "with", "by", "from", "that",
		"this", "is", "was", "are", "were", "be", "been", "has",
		"have", "had", "he", "she", "it", "they", "him", "his",
		"her", "its", "their", "as", "if", "only", "so",
		"would", "will", "could", "can", "said", "say", "says",
		"us", "u", "s", "who", "which", "what", "about", "also":
		return true
	}
	return false
}

// similarCount is similar's test: shared content words of two reports of
// na and nb words.
func similarCount(shared, na, nb int) bool {
	return shared >= 4 && float64(shared) >= 0.4*float64(min(na, nb))
}

// sharedStrings counts the words two sorted lists, each word once, share.
func sharedStrings(a, b []string) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// sharedWords counts the numbers two sorted lists share.
func sharedWords(a, b []int32) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

type report struct {
	ref
	words []int32 // the content words (stemList), numbered in alphabetical order
	day   string  // the resolved date, or the weekday when no date is known
	key   dayKey  // day, as a number
	src   int32   // the independent source (Grouping.srcOf)
	art   int32   // its article's index
	// The claim's weekday: kept here, as pairDayKey reads it for every
	// pair compared, and the claim's is two pointers away (whether the
	// day is resolved, it reads from key).
	weekday int8
}

// setDay sets r's key and weekday from its claim c.
func (r *report) setDay(c *claims.Claim) {
	r.key = dayKeyOf(c)
	r.weekday = int8(c.Report.Weekday)
}

// A dayKey numbers a report's day as the string day does: a resolved date
// as its days since epoch, times 8, plus 7; a weekday as itself (0 to 6).
// Two days are one exactly when their keys are, and a number hashes and
// compares faster than the string.
type dayKey int64

// resolved reports whether k is a resolved date (its last three bits 7,
// negative days included), not a weekday.
func (k dayKey) resolved() bool { return k&7 == 7 }

func dayKeyOf(c *claims.Claim) dayKey {
	if !c.Report.Day.IsZero() {
		return dayKey(c.Report.Day.From.Sub(epoch))*8 + 7
	}
	return dayKey(c.Report.Weekday)
}

// A version is one source's report of a day: the last compared.
type version struct {
	key dayKey // the day (pairDay), as a number: days are one when keys are
	src int32
	// prev is the source's version before this one, -1 when none: a
	// source's versions are found from its last (classes.lastOf).
	prev int32
	y    int // index of the report
}

// mergeSorted appends to dst the numbers of lists, each sorted, in order
// and each once: slices.Compact(slices.Sorted(all of them)), in one pass
// that takes the least head of the few lists each time. The numbers are
// not negative (report indexes).
func mergeSorted(dst []int, lists [][]int) []int {
	at := make([]int, len(lists))
	for {
		least := -1
		for l, list := range lists {
			if at[l] < len(list) && (least < 0 || list[at[l]] < least) {
				least = list[at[l]]
			}
		}
		if least < 0 {
			return dst
		}
		dst = append(dst, least)
		for l, list := range lists {
			for at[l] < len(list) && list[at[l]] == least {
				at[l]++
			}
		}
	}
}

// A reportClass is what a report's versions among a list of candidates
// depend on, but for its source: its content words (their list, see
// sharedMemo) and its day. Syndicated copies of one report, in the
// articles of one week, are of one class.
type reportClass struct {
	list    int32
	key     dayKey
	weekday int8
}

// A classTally is what the candidates say of a class's reports, every
// source's: its versions (addVersion), and for each source its report of
// another day that shares most words with the class's (the first of
// them).
type classTally struct {
	versions []version
	bests    []srcBest
}

type srcBest struct {
	src    int32
	shared int
	y      int
}

// best returns the report of another day, of a source other than src,
// that shares most words (the first of them; -1: none), as one pass over
// the candidates leaving src out finds it.
func (t *classTally) best(src int32) int {
	best, shared := -1, 0
	for _, b := range t.bests {
		if b.src != src && (b.shared > shared || b.shared == shared && b.y < best) {
			best, shared = b.y, b.shared
		}
	}
	return best
}

// classes holds the tallies of the classes met among one list of
// candidates (cands), each made once.
type classes struct {
	cands   []int
	classOf map[reportClass]int // a class's place in tallies
	tallies []classTally
	lastOf  srcMap // a source's last version in the tally being made
	bestOf  srcMap // a source's place in its bests
}

func newClasses(arts int) classes {
	return classes{classOf: map[reportClass]int{}, lastOf: newSrcMap(arts), bestOf: newSrcMap(arts)}
}

// newCands forgets the tallies: the candidates are about to change.
func (c *classes) newCands() {
	clear(c.classOf)
	c.tallies = c.tallies[:0]
}

// tallyClass returns the tally of report i's class among c.cands, made
// when first asked for. A report's versions are the tally's, less its own
// source's; its report of another day sharing most words is best(its
// source).
func (c *classes) tallyClass(rs []report, i int, memo *sharedMemo) *classTally {
	x := &rs[i]
	key := reportClass{memo.list[i], x.key, x.weekday}
	if k, ok := c.classOf[key]; ok {
		return &c.tallies[k]
	}
	k := len(c.tallies)
	c.classOf[key] = k
	if k < cap(c.tallies) {
		c.tallies = c.tallies[:k+1]
		c.tallies[k].versions, c.tallies[k].bests = c.tallies[k].versions[:0], c.tallies[k].bests[:0]
	} else {
		c.tallies = append(c.tallies, classTally{})
	}
	t := &c.tallies[k]
	c.lastOf.reset()
	c.bestOf.reset()
	for _, j := range c.cands {
		y := &rs[j]
		shared := memo.count(i, j)
		if !similarCount(shared, len(x.words), len(y.words)) {
			continue
		}
		yk := pairDayKey(x, y)
		t.versions = addVersion(t.versions, &c.lastOf, yk, y.src, j)
		if yk == x.key {
			continue
		}
		if !c.bestOf.has(y.src) {
			c.bestOf.set(y.src, int32(len(t.bests)))
			t.bests = append(t.bests, srcBest{y.src, shared, j})
		} else if b := &t.bests[c.bestOf.val[y.src]]; shared > b.shared {
			b.shared, b.y = shared, j
		}
	}
	return t
}

// addVersion records that report y gives day key for source src: the
// source's version of that day, if versions holds one, now names y (the
// last compared); else a new version is appended. lastOf holds each
// source's last version in versions, found from there through prev, where
// a map of (day, source) was hashed for every pair compared.
func addVersion(versions []version, lastOf *srcMap, key dayKey, src int32, y int) []version {
	last := int32(-1)
	if lastOf.has(src) {
		last = lastOf.val[src]
		for v := last; v >= 0; v = versions[v].prev {
			if versions[v].key == key {
				versions[v].y = y
				return versions
			}
		}
	}
	lastOf.set(src, int32(len(versions)))
	return append(versions, version{key: key, src: src, prev: last, y: y})
}

// reportDates finds reports by one reporter that two sources date
// differently. Reports are blocked by reporter, so only reports of the same
// outlet are ever compared; reporters are compared on all cores, and
// their findings put together in the order of first mention.
func reportDates(arts []*claims.Article, stems *reportStems, dating func(*claims.Article) (rules.Dating, bool), g *Grouping, in *rules.Interner) []rules.Finding {
	// outletDay is a week's block of a reporter's, one outlet and a
	// weekday in it.
	type outletDay struct {
		week        int
		source, day string
	}
	// Each report's content words are stemmed, and its day named, on all
	// cores, article by article; the reports are blocked in order after.
	type stemmed struct {
		c     *claims.Claim
		day   string
		words []string // stemList of the content
	}
	perArt, at := gather(len(arts), func(ai int) int { return len(stems.of(ai)) }, func(ai int, out []stemmed) []stemmed {
		for _, sr := range stems.of(ai) {
			c := sr.c
			if c.Report.Weekday < 0 {
				continue
			}
			r := stemmed{c: c, words: sr.words}
			if !c.Report.Day.IsZero() {
				r.day = c.Report.Day.From.String()
			} else {
				r.day = time.Weekday(c.Report.Weekday).String()
			}
			out = append(out, r)
		}
		return out
	})
	keyOf := map[string]int{}
	var byKey [][]report
	var keys []string
	// Each content word is numbered as it is first met (vocab), and
	// renumbered in alphabetical order below: one word a map lookup,
	// where a sort of every report's words was.
	number := map[string]int32{}
	var vocab []string
	near := make([][]int, len(arts))   // the weeks within a week of each article with reports
	nearID := make([]int32, len(arts)) // near's list numbered, one number for equal lists
	nearIDs := map[string]int32{}
	within := make([][]int, len(arts))   // the weeks of each article with reports
	sources := make([]string, len(arts)) // the outlet of each article with reports and weeks
	for ai, a := range arts {
		if at[ai] == at[ai+1] {
			continue
		}
		d, _ := dating(a)
		within[ai] = weeks(d, 0)
		near[ai] = weeks(d, sameWeek)
		nk := sliceKey(near[ai])
		id, ok := nearIDs[nk]
		if !ok {
			id = int32(len(nearIDs))
			nearIDs[nk] = id
		}
		nearID[ai] = id
		if len(within[ai]) > 0 {
			sources[ai] = g.SourceKey(a)
		}
		for _, st := range perArt[at[ai]:at[ai+1]] {
			c := st.c
			r := report{ref: ref{a, c}, src: g.srcOf(ai), art: int32(ai), day: st.day, words: make([]int32, len(st.words))}
			r.setDay(c)
			for j, w := range st.words {
				id, ok := number[w]
				if !ok {
					id = int32(len(vocab))
					w = strings.Clone(w) // not the lowered content it is cut from
					number[w] = id
					vocab = append(vocab, w)
				}
				r.words[j] = id
			}
			key := c.Report.Key
			k, ok := keyOf[key]
			if !ok {
				k = len(keys)
				keyOf[key] = k
				keys = append(keys, key)
				byKey = append(byKey, nil)
			}
			byKey[k] = append(byKey[k], r)
		}
	}
	perArt = nil
	number, nearIDs = nil, nil
	// Content words are renumbered in alphabetical order, so that sorted
	// numbers are sorted words: a report's words were sorted as strings,
	// so their new numbers come sorted too.
	order := make([]int32, len(vocab))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(vocab[a], vocab[b]) })
	rank := make([]int32, len(vocab))
	sorted := make([]string, len(vocab))
	for pos, id := range order {
		rank[id] = int32(pos)
		sorted[pos] = vocab[id]
	}
	vocab, order = sorted, nil
	for k := range byKey {
		for i := range byKey[k] {
			ws := byKey[k][i].words
			for j, id := range ws {
				ws[j] = rank[id]
			}
		}
	}

	type scratch struct {
		classes  // the candidates (cands), and their tallies by class
		versions []version
		vote     srcMap // a source's vote: 1 when it gives x's day too, else 0
		related  []rules.Location
		bufs     dateBufs
		shared   sharedMemo
		wide     []int   // the reporter's reports of undated or widely dated articles
		lists    [][]int // the lists a report's candidates are merged from
		order    []int32 // the reporter's reports, those of one list of weeks together
		made     []madeFinding
	}
	scratches := make([]*scratch, workers(len(keys)))
	found := make([][]rules.Finding, len(keys))
	parallel(len(keys), func(w, k int) {
		sc := scratches[w]
		if sc == nil {
			sc = &scratch{classes: newClasses(len(arts)), vote: newSrcMap(len(arts)), shared: newSharedMemo()}
			scratches[w] = sc
		}
		rs := byKey[k]
		// The reporter's reports of short-dated articles by week, a few
		// per outlet and day in a week's block (votes count sources), and
		// those of undated or widely dated articles (wide).
		var byWeek map[int][]int // when first needed
		var perWeek map[outletDay]int
		wide := sc.wide[:0]
		for n := range rs {
			r := &rs[n]
			ws := within[r.art]
			if len(ws) == 0 {
				wide = append(wide, n)
				continue
			}
			if byWeek == nil {
				byWeek, perWeek = map[int][]int{}, map[outletDay]int{}
			}
			for _, w := range ws {
				ck := outletDay{w, sources[r.art], r.day}
				if perWeek[ck]++; perWeek[ck] <= perOutletTitle {
					byWeek[w] = append(byWeek[w], n)
				}
			}
		}
		sc.wide = wide
		told := votes{rs: rs, g: g, in: in, bufs: &sc.bufs}
		memo := &sc.shared
		memo.reset(rs)
		sc.newCands()
		// The reports are taken those of one list of weeks together (and
		// in their order in it), so that the candidates, and their
		// tallies by class, are made once a list of weeks: in the order
		// of the articles the weeks changed every three reports or so, and
		// at 100,000 articles each class was tallied over again 13 times.
		// The findings are put back in the reports' order below.
		order := sc.order[:0]
		for i := range rs {
			order = append(order, int32(i))
		}
		if weeksFirst {
			slices.SortFunc(order, func(a, b int32) int {
				if c := cmp.Compare(nearID[rs[a].art], nearID[rs[b].art]); c != 0 {
					return c
				}
				return cmp.Compare(a, b)
			})
		}
		sc.order = order
		made := sc.made[:0]
		candsOf := int32(-1) // the list of weeks cands was made for (nearID), -1: none yet
		for _, i32 := range order {
			i := int(i32)
			x := &rs[i]
			// Versions of this report: sources per date. Only reports
			// within a week of each other are compared; a report in an
			// article too widely dated to block on is compared with all
			// of its reporter's. The reports of articles of the same weeks
			// have the same candidates: the list is made again only when
			// the weeks change.
			ws := near[x.art]
			if id := nearID[x.art]; id != candsOf {
				cands := sc.cands[:0]
				if len(ws) > 0 {
					lists := sc.lists[:0]
					for _, w := range ws {
						lists = append(lists, byWeek[w])
					}
					sc.lists = append(lists, wide)
					cands = mergeSorted(cands, sc.lists)
				} else {
					for j := range rs {
						cands = append(cands, j)
					}
				}
				sc.cands, candsOf = cands, id
				sc.newCands()
			}
			// The versions of x's class among the candidates, every source's
			// (x's own left out below): the reports of one class are
			// compared with the same candidates alike.
			t := sc.tallyClass(rs, i, memo)
			versions := sc.versions[:0]
			for _, v := range t.versions {
				if v.src != x.src {
					versions = append(versions, v)
				}
			}
			best := t.best(x.src) // the report of another day sharing most words
			// One source, one vote: a source that gives x's day (maybe
			// beside another) agrees; one that gives only other days is
			// against once, however many days it gives.
			vote := &sc.vote
			vote.reset()
			for _, v := range versions {
				if v.key == x.key {
					vote.set(v.src, 1)
				} else if !vote.has(v.src) {
					vote.set(v.src, 0)
				}
			}
			mine, against := 1, 0
			for _, src := range vote.keys {
				if vote.val[src] == 1 {
					mine++
				} else {
					against++
				}
			}
			// Versions of other days from sources that give x's too are
			// left out.
			kept := versions[:0]
			for _, v := range versions {
				if v.key == x.key || vote.val[v.src] != 1 {
					kept = append(kept, v)
				}
			}
			versions = kept
			sc.versions = versions
			if against == 0 || mine > against {
				continue
			}
			related := sc.related[:0] // reportDate keeps a copy
			for _, v := range versions {
				if v.key != x.key {
					related = append(related, rs[v.y].loc())
				}
			}
			sc.related = related
			// One against one is reported once, at the first of the two.
			if mine == against && !first(*x, related) {
				continue
			}
			made = append(made, madeFinding{i32, reportDate(*x, rs, versions, related, mine, against, best, vocab, &told)})
		}
		if len(made) > 0 {
			slices.SortFunc(made, func(a, b madeFinding) int { return cmp.Compare(a.report, b.report) })
			found[k] = make([]rules.Finding, len(made))
			for n := range made {
				found[k][n] = made[n].f
				made[n] = madeFinding{} // the buffer keeps no finding
			}
		}
		sc.made = made[:0]
	})
	return slices.Concat(found...)
}

// weeksFirst says that reportDates compares a reporter's reports those of
// one list of weeks together; the tests turn it off, to compare them in
// their order, as reportDates did, and see the same findings.
var weeksFirst = true

// A madeFinding is a report's finding, with the report's place in its
// reporter's block: the reports are compared out of order, and their
// findings sorted back.
type madeFinding struct {
	report int32
	f      rules.Finding
}

// sliceKey returns the bytes of s as a string, to key a map by the
// numbers s holds without copying them: two keys are equal exactly when
// the slices hold the same numbers. The key must not outlive s, nor be
// kept past a change to it.
func sliceKey[T int | int32](s []T) string {
	var zero T
	return unsafe.String((*byte)(unsafe.Pointer(unsafe.SliceData(s))), int(unsafe.Sizeof(zero))*len(s))
}

// A sharedMemo counts the content words two reports of one reporter share
// (sharedWords), each pair of different word lists once: syndicated
// copies repeat one report word for word across many outlets, and each
// report is compared with every copy near it. Reports with the same list
// share all of its words, counted without a merge.
type sharedMemo struct {
	rs    []report
	list  []int32          // each report's list, numbered in its reporter's block
	ids   map[string]int32 // the lists met, by their words' bytes
	n     int              // how many lists
	pairs []int32          // n*n counts, -1 until counted; nil when n is too large
}

// maxMemoLists is the most lists a block's counts are kept for (n*n
// numbers), and memoPerReport bounds them by the block's reports, so that
// readying the counts never costs more than comparing: a block of more
// compares pairs of different lists anew.
const (
	maxMemoLists  = 512
	memoPerReport = 64
)

func newSharedMemo() sharedMemo { return sharedMemo{ids: map[string]int32{}} }

// reset numbers the lists of the reports rs, for count.
func (m *sharedMemo) reset(rs []report) {
	m.rs = rs
	clear(m.ids)
	m.list = slices.Grow(m.list[:0], len(rs))[:len(rs)]
	for i := range rs {
		ws := rs[i].words
		key := sliceKey(ws)
		id, ok := m.ids[key]
		if !ok {
			id = int32(len(m.ids))
			m.ids[key] = id
		}
		m.list[i] = id
	}
	m.n = len(m.ids)
	m.pairs = m.pairs[:0]
	if m.n > 1 && m.n <= maxMemoLists && m.n*m.n <= memoPerReport*len(rs) {
		m.pairs = slices.Grow(m.pairs, m.n*m.n)[:m.n*m.n]
		for i := range m.pairs {
			m.pairs[i] = -1
		}
	}
}

// count returns sharedWords(rs[i].words, rs[j].words).
func (m *sharedMemo) count(i, j int) int {
	a, b := m.list[i], m.list[j]
	if a == b {
		return len(m.rs[i].words)
	}
	if len(m.pairs) == 0 {
		return sharedWords(m.rs[i].words, m.rs[j].words)
	}
	at := &m.pairs[int(a)*m.n+int(b)]
	if *at < 0 {
		*at = int32(sharedWords(m.rs[i].words, m.rs[j].words))
		m.pairs[int(b)*m.n+int(a)] = *at
	}
	return int(*at)
}

// votes words the reports of one reporter as votes against another's
// date, each report once however many findings it is a vote in.
type votes struct {
	rs      []report
	g       *Grouping
	against []string        // by report; made when first asked for
	in      *rules.Interner // interns the findings' evidence as it is made
	bufs    *dateBufs
	// The different dates as the sources give them ("on Friday
	// (Source)"), each numbered once: dateOf[j] is report j's, so that a
	// finding lists the different ones by number, not by sorting every
	// version's string.
	dates  []string // by number
	dateOf []int32  // by report
	number map[string]int32
	listed stamps // by number: the dates the finding lists so far
}

// dateBufs are the lists reportDate words a finding from, kept from one
// finding to the next of a worker: the finding keeps none of them.
type dateBufs struct {
	against, whens, shared []string
	line                   []byte // an evidence line, before it is added
}

// of returns report j as a vote against ("Source (file:line: "text")")
// and the number of its date as that source gives it (t.dates[date] is
// "on Friday (Source)").
func (t *votes) of(j int) (against string, date int32) {
	t.ready()
	if t.against[j] == "" {
		y := t.rs[j]
		src := t.g.arts[y.src].Source
		// fmt.Sprintf("%s (%s:%d: %q)", …) and ("%s (%s)", …), spelt out.
		t.against[j] = src + " (" + y.a.File + ":" + strconv.Itoa(int(y.c.Line)) + ": " + strconv.Quote(y.c.Text) + ")"
		w := y.c.Report.When + " (" + src + ")"
		n, ok := t.number[w]
		if !ok {
			n = int32(len(t.dates)) // at most len(t.rs) of them
			t.number[w] = n
			t.dates = append(t.dates, w)
		}
		t.dateOf[j] = n
	}
	return t.against[j], t.dateOf[j]
}

// ready makes t's lists, by report, when first asked for.
func (t *votes) ready() {
	if t.against == nil {
		t.against, t.dateOf = make([]string, len(t.rs)), make([]int32, len(t.rs))
		t.number, t.listed = map[string]int32{}, newStamps(len(t.rs))
	}
}

// newFinding starts the list of a new finding: firstListing then tells
// each date's first version in it.
func (t *votes) newFinding() {
	t.ready()
	t.listed.reset()
}

// firstListing reports whether date is listed for the first time in the
// finding newFinding started.
func (t *votes) firstListing(date int32) bool { return t.listed.add(date) }

// reportDate words the finding of report x, dated differently by the other
// sources' versions (of which related are the locations): mine sources
// (x's own included) against sources.
func reportDate(x report, rs []report, versions []version, related []rules.Location, mine, sources, best int, vocab []string, told *votes) rules.Finding {
	bufs := told.bufs
	against, whens := bufs.against[:0], bufs.whens[:0]
	told.newFinding()
	for _, v := range versions {
		if v.key == x.key {
			continue
		}
		a, date := told.of(v.y)
		against = append(against, a)
		if told.firstListing(date) {
			whens = append(whens, told.dates[date]) // each different date once
		}
	}
	leastFirst(against, listed) // only the first few are told
	slices.Sort(whens)          // all: the different ones are counted
	bufs.against, bufs.whens = against, whens
	leastFirstFunc(related, rules.MaxRelated, rules.Location.Compare)
	related = slices.Clone(related[:min(len(related), rules.MaxRelated)])
	sharedWith := bufs.shared[:0]
	if best >= 0 {
		y := rs[best].words
		for i, j := 0, 0; i < len(x.words) && j < len(y); {
			switch {
			case x.words[i] < y[j]:
				i++
			case x.words[i] > y[j]:
				j++
			default:
				sharedWith = append(sharedWith, vocab[x.words[i]])
				i++
				j++
			}
		}
	}
	bufs.shared = sharedWith
	f := rules.Finding{
		Rule: rules.ReportDate.Name, Actor: x.c.Report.Reporter, File: x.a.File, Line: int(x.c.Line), Column: int(x.c.Column),
		Excerpt: x.c.Text, Expected: listSome(whens, ", "), Source: x.a.Source, Person: x.c.Person,
		Start: int(x.c.Start), End: int(x.c.End), Related: related,
	}
	// The evidence lines are spelt out where fmt wrote them: "same report:
	// %d content words shared (%s)" of the words joined by ", ", and the
	// vote.
	b := append(bufs.line[:0], "same report: "...)
	b = strconv.AppendInt(b, int64(len(sharedWith)), 10)
	b = append(b, " content words shared ("...)
	for i, w := range sharedWith {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, w...)
	}
	b = append(b, ')')
	addLine(&f, told.in, 0.3, b)
	b = append(b[:0], "vote: "...)
	if mine == sources {
		// "vote: %d source(s) %s (this one: %s) against %d: %s; no side is blamed"
		b = strconv.AppendInt(b, int64(mine), 10)
		b = append(b, " source(s) say "...)
		b = append(b, x.c.Report.When...)
		b = append(b, " (this one: "...)
		b = append(b, x.a.Source...)
		b = append(b, ") against "...)
		b = strconv.AppendInt(b, int64(sources), 10)
		b = append(b, ": "...)
		b = appendSome(b, against, "; ")
		b = append(b, "; no side is blamed"...)
		addLine(&f, told.in, 0, b)
	} else {
		// "vote: %d independent source(s) against this one: %s"
		b = strconv.AppendInt(b, int64(sources), 10)
		b = append(b, " independent source(s) against this one: "...)
		b = appendSome(b, against, "; ")
		addLine(&f, told.in, 0.6*float64(sources-mine), b)
	}
	bufs.line = b
	if x.c.Report.Day.IsZero() {
		f.Note("the articles are not dated to the day: weekdays compared directly (one report has one date)")
	}
	if adjacent(x, rs, versions) {
		f.Add(-0.2, "the dates are one day apart: a late report can fall on the next day in another time zone")
	}
	return f
}

// pairDayKey returns the day of y as compared with x, as a dayKey: its
// resolved date when both reports are dated, else its weekday; x's day
// when the two agree. So a report in a dated article and one in an undated
// article are compared by weekday, and two dated ones by the days they
// resolve to. (pairDay, in the tests, names the day it keys.)
func pairDayKey(x, y *report) dayKey {
	if x.key.resolved() && y.key.resolved() {
		return y.key
	}
	if x.weekday == y.weekday {
		return x.key
	}
	return dayKey(y.weekday)
}

// first reports whether report x comes before every other version (by
// file, line and column), so that a tie is reported once, at the first.
func first(x report, others []rules.Location) bool {
	me := x.loc()
	for _, o := range others {
		if o.Compare(me) < 0 {
			return false
		}
	}
	return true
}

func adjacent(x report, rs []report, versions []version) bool {
	for _, v := range versions {
		d := (x.c.Report.Weekday - rs[v.y].c.Report.Weekday + 7) % 7
		if d == 1 || d == 6 {
			return true
		}
	}
	return false
}
