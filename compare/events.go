package compare

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/asciifold"
	"github.com/claimcheck/claimcheck/rules"
)

// unionFind groups items by index.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union joins the groups of i and j; the smaller index stays the root, so
// that group names do not depend on the order of unions.
func (u unionFind) union(i, j int) {
	a, b := u.find(i), u.find(j)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	u[b] = a
}

// Grouping holds which articles tell the same story (events) and which
// sources are not independent (copies of one text, or one outlet). Once
// made it is only read, and may be used from many goroutines.
type Grouping struct {
	arts  []*claims.Article
	pos   map[*claims.Article]int
	event unionFind
	// outlet joins the articles of one outlet (by name, folded), its root
	// the outlet's first article.
	outlet unionFind
	// copies lists, for an independent source in an event, the outlets
	// folded into it and why.
	copies    map[sourceIn][]string
	copyPairs []copyPair
	// Made once the groups are known: each article's event root, its
	// independent source's root, and the name of its event.
	eventOf   []int32
	sourceOf  []int32
	eventName []string
	// The articles of each event, in article order (members), for the
	// families that block claims event by event (eventBlocks).
	memberOrder, memberAt []int32
	// kinds, when not nil, holds each article's claims of each kind,
	// counted once for the comparison (see Run and count).
	kinds kindCounts
}

// count returns how many claims of kind k article ai has.
func (g *Grouping) count(ai int, k claims.Kind) int {
	if g.kinds != nil {
		return int(g.kinds[ai][k])
	}
	return countKind(g.arts[ai], k)
}

// A copyPair is two articles of two outlets that share much of their
// text (findCopies): shared of the sampled shingles, of the small that
// the smaller of the two holds.
type copyPair struct {
	i, j          int
	shared, small int
}

// A sourceIn is an independent source in an event: the roots of both.
type sourceIn struct {
	event, source int32
}

// finish fixes the groups: roots, the independent sources, and the names
// of the events.
func (g *Grouping) finish() {
	n := len(g.arts)
	g.eventOf = make([]int32, n)
	g.eventName = make([]string, n)
	for i := range n {
		g.eventOf[i] = int32(g.event.find(i))
	}
	g.foldCopies()
	g.memberOrder, g.memberAt = g.members()
	for i := range n {
		if r := int(g.eventOf[i]); r == i {
			g.eventName[i] = g.arts[i].File + "#" + strconv.Itoa(g.arts[i].Index+1)
		} else {
			g.eventName[i] = g.eventName[r] // a root comes before its members
		}
	}
}

// foldCopies makes each article's independent source: its outlet, or,
// where an article of the outlet and one of another share much of their
// text (copyPairs, joined into one event), the two outlets as one, in
// that event only. An outlet that reprints one agency's copy in one story
// and another agency's in the next does not make the two agencies one
// source in every story, and so hide every disagreement between them. A
// source's root is the first article of the first of its outlets.
func (g *Grouping) foldCopies() {
	parent := map[sourceIn]int32{} // an outlet's, in an event, once folded into another
	find := func(e, o int32) int32 {
		for {
			p, ok := parent[sourceIn{e, o}]
			if !ok {
				return o
			}
			o = p
		}
	}
	type note struct {
		at   sourceIn // the event, and the outlet of the pair's first article
		text string
	}
	var notes []note
	for _, p := range g.copyPairs {
		e := g.eventOf[p.i]
		oi, oj := int32(g.outlet.find(p.i)), int32(g.outlet.find(p.j))
		a, b := find(e, oi), find(e, oj)
		if a == b {
			continue
		}
		if b < a {
			a, b = b, a
		}
		parent[sourceIn{e, b}] = a
		notes = append(notes, note{sourceIn{e, oi}, fmt.Sprintf("%s and %s share %d%% of their text (%s, %s): counted as one source",
			g.arts[p.i].Source, g.arts[p.j].Source, 100*p.shared/p.small, g.arts[p.i].File, g.arts[p.j].File)})
	}
	g.sourceOf = make([]int32, len(g.arts))
	for i := range g.sourceOf {
		g.sourceOf[i] = find(g.eventOf[i], int32(g.outlet.find(i)))
	}
	for _, n := range notes {
		r := sourceIn{n.at.event, find(n.at.event, n.at.source)}
		g.copies[r] = append(g.copies[r], n.text)
	}
}

// members returns the articles of each event, in article order, the
// events in the order of their roots: event k's are order[at[k]:at[k+1]].
// (See eventBlocks.)
func (g *Grouping) members() (order, at []int32) {
	n := len(g.eventOf)
	next := make([]int32, n) // by root: its size, then where its next member goes
	for _, r := range g.eventOf {
		next[r]++
	}
	w := int32(0)
	for i, r := range g.eventOf {
		if int(r) == i {
			at = append(at, w)
			w, next[i] = w+next[i], w
		}
	}
	at = append(at, w)
	order = make([]int32, n)
	for i, r := range g.eventOf {
		order[next[r]] = int32(i)
		next[r]++
	}
	return order, at
}

// eventBlocks makes blocks of claims keyed within one event, event by
// event on every core (members, made once in finish), each event's in a
// small map of its own:
// one map of every event's blocks grew past the caches and rehashed on
// one core. visit is called on each article of an event, in article
// order, with block, which returns the event's block of a key, new (and
// zero) the first time it is asked for. The blocks are returned event
// after event, each event's in the order first asked for. A block's
// pointer holds until block is called again.
func eventBlocks[K comparable, B any](g *Grouping, visit func(ai int, block func(K) (b *B, isNew bool))) []B {
	order, at := g.memberOrder, g.memberAt
	perEvent := make([][]B, len(at)-1)
	places := make([]map[K]int, workers(len(perEvent))) // a block's place in its event's
	parallel(len(perEvent), func(w, e int) {
		if places[w] == nil {
			places[w] = map[K]int{}
		}
		of := places[w]
		var blocks []B
		block := func(k K) (*B, bool) {
			b, ok := of[k]
			if !ok {
				b = len(blocks)
				of[k] = b
				var zero B
				blocks = append(blocks, zero)
			}
			return &blocks[b], !ok
		}
		for _, ai := range order[at[e]:at[e+1]] {
			visit(int(ai), block)
		}
		clear(of)
		perEvent[e] = blocks
	})
	return slices.Concat(perEvent...)
}

// Event returns a stable name for the event of article a: the file and
// index of its first article.
func (g *Grouping) Event(a *claims.Article) string { return g.eventName[g.pos[a]] }

// SameEvent reports whether two articles tell the same story.
func (g *Grouping) SameEvent(a, b *claims.Article) bool {
	return g.eventOf[g.pos[a]] == g.eventOf[g.pos[b]]
}

// SourceKey names the independent source of an article: articles of one
// outlet, and near-copies of one text (syndicated wire copy) in one event,
// share a key.
func (g *Grouping) SourceKey(a *claims.Article) string {
	return g.arts[g.sourceOf[g.pos[a]]].Source
}

// srcOf returns the independent source of the article at index i, as the
// index of its first article: two articles have one SourceKey exactly when
// they have one source.
func (g *Grouping) srcOf(i int) int32 { return g.sourceOf[i] }

// Folded explains which sources were folded into a's independent source,
// or "" when none were.
func (g *Grouping) Folded(a *claims.Article) string {
	i := g.pos[a]
	return strings.Join(g.copies[sourceIn{g.eventOf[i], g.sourceOf[i]}], "; ")
}

// shingleLen is the length in words of the text shingles that detect
// copies; one in shingleSample of them is kept.
const (
	shingleLen    = 8
	shingleSample = 4
	// Two articles are copies when this share of the smaller one's sampled
	// shingles appears in the other.
	copyShare = 0.3
	// …and at least this many sampled shingles (about 16 runs of 8 words):
	// one shared sentence is a quotation, not a copy.
	copyMin = 4
	// An event needs this many shared features (persons, places, names).
	eventShared = 3
)

// Group finds events and copies among the articles. Both use inverted
// indexes (feature → articles, shingle → articles) with capped posting
// lists, so the work grows with the number of articles, not its square.
func Group(arts []*claims.Article, dating func(*claims.Article) (rules.Dating, bool)) *Grouping {
	return group(arts, dating, nil, nil)
}

// Scans holds what the grouping reads of the articles' text, read ahead
// of Run (see Scan): an article's text need then not be kept until Run,
// and is read on the core that loaded it, while it is in the processor's
// caches. The zero value is ready to use.
type Scans struct {
	mu   sync.Mutex
	sets map[*claims.Article]scanSets
	free []*scanner // scanners not in use, each with its buffers
}

// scanSets are one article's shingles and features (see scanner).
type scanSets struct{ shingles, features []uint64 }

// Scan reads a's text as Run's grouping reads it, so that Run reads
// nothing of it: once Scan returns, a's text may be dropped (see
// claims.Article.DropText). What the grouping reads of an article is its
// text and claims: a must not change after. Scan may be called on many
// goroutines at once, each with another article, but not once Run is
// given s; an article scanned twice keeps its last scan.
func (s *Scans) Scan(a *claims.Article) {
	s.mu.Lock()
	var sc *scanner
	if n := len(s.free); n > 0 {
		sc, s.free = s.free[n-1], s.free[:n-1]
	} else {
		sc = new(scanner)
	}
	s.mu.Unlock()
	var d scanSets
	d.shingles, d.features = sc.scan(a)
	s.mu.Lock()
	if s.sets == nil {
		s.sets = map[*claims.Article]scanSets{}
	}
	s.sets[a] = d
	s.free = append(s.free, sc)
	s.mu.Unlock()
}

// group is Group, calling scanned, when it is not nil, on each article
// once nothing reads its text any more (on any core: it must touch that
// article only). The articles pre scanned are not read again (nor given
// to scanned): their sets are taken from it, and it is emptied.
func group(arts []*claims.Article, dating func(*claims.Article) (rules.Dating, bool), scanned func(*claims.Article), pre *Scans) *Grouping {
	g := &Grouping{arts: arts, pos: map[*claims.Article]int{}, event: newUnionFind(len(arts)),
		outlet: newUnionFind(len(arts)), copies: map[sourceIn][]string{}}
	for i, a := range arts {
		g.pos[a] = i
	}
	// One outlet is one source.
	first := map[string]int{}
	for i, a := range arts {
		key := asciifold.Lower(a.Source)
		if j, ok := first[key]; ok {
			g.outlet.union(j, i)
		} else {
			first[key] = i
		}
	}
	// The two scans are all that reads the articles' text.
	n := len(arts)
	shingles, features := make([][]uint64, n), make([][]uint64, n)
	scanners := make([]scanner, workers(n))
	var done map[*claims.Article]scanSets
	if pre != nil {
		done, pre.sets = pre.sets, nil
	}
	parallel(n, func(w, i int) {
		if d, ok := done[arts[i]]; ok {
			shingles[i], features[i] = d.shingles, d.features
			return
		}
		shingles[i], features[i] = scanners[w].scan(arts[i])
		if scanned != nil {
			scanned(arts[i])
		}
	})
	done = nil
	// The copies and the events are found at once: each indexes its sets
	// on one core (the rest of each uses every core), and they share
	// nothing until the copies are joined into the events, after.
	copied := make(chan struct{})
	go func(sets [][]uint64) {
		defer close(copied)
		g.findCopies(sets)
	}(shingles)
	g.findEvents(dating, features)
	<-copied
	// Copies are one story.
	for _, p := range g.copyPairs {
		g.event.union(p.i, p.j)
	}
	g.finish()
	return g
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '’' && r != '‘'
}

// words returns the words of s lowered: strings.FieldsFunc(
// strings.ToLower(s), notWordRune), found in two passes over the lowered
// text (one counts, one cuts) that read an ASCII byte with a table, where
// FieldsFunc calls notWordRune on every rune.
func words(s string) []string {
	s = asciifold.Lower(s)
	n := 0
	for i := 0; i < len(s); {
		start, end := nextWord(s, i)
		if start == end {
			break
		}
		n++
		i = end
	}
	if n == 0 {
		return []string{}
	}
	ws := make([]string, n)
	for k, i := 0, 0; k < n; k++ {
		start, end := nextWord(s, i)
		ws[k] = s[start:end]
		i = end
	}
	return ws
}

// nextWord returns where the first word of s[i:] starts and ends, as
// offsets in s (start == end == len(s): none).
func nextWord(s string, i int) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIIWordByte(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIIWordByte(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return start, i
}

// isASCIIWordByte is isWordRune of an ASCII byte.
func isASCIIWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func notWordRune(r rune) bool { return !isWordRune(r) }

// notWordRuneLower is notWordRune of r lowered, as strings.ToLower
// lowers it: words(s) splits strings.ToLower(s) where s splits around it.
func notWordRuneLower(r rune) bool {
	if r < utf8.RuneSelf {
		return !(r >= 'A' && r <= 'Z' || isWordRune(r))
	}
	return !isWordRune(unicode.ToLower(r))
}

// hasWords reports whether s has at least n words, as words finds them,
// without lowering s or making the list.
func hasWords(s string, n int) bool {
	for range strings.FieldsFuncSeq(s, notWordRuneLower) {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}

// hasWord reports whether w is one of the words of s, as words finds them.
func hasWord(s, w string) bool {
	for v := range strings.FieldsFuncSeq(asciifold.Lower(s), notWordRune) {
		if v == w {
			return true
		}
	}
	return false
}

// FNV-1a, 64 bits, as hash/fnv computes it.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// findCopies finds the articles that share much of their text, of two
// outlets: sets holds each article's shingles. It writes copyPairs only
// (finish folds their sources, event by event), and reads nothing
// findEvents writes.
func (g *Grouping) findCopies(sets [][]uint64) {
	n := len(g.arts)
	index, _, _ := invert(sets)
	size := make([]int, n)
	for i, set := range sets {
		size[i] = len(set)
	}
	sets = nil
	shared := sharedPairs(index, n)
	for i := range g.arts {
		js, ns := shared.of(i)
		for k, j32 := range js {
			j, n := int(j32), int(ns[k])
			small := min(size[i], size[j])
			if small == 0 || n < copyMin || float64(n) < copyShare*float64(small) || strings.EqualFold(g.arts[i].Source, g.arts[j].Source) {
				continue
			}
			g.copyPairs = append(g.copyPairs, copyPair{i, j, n, small})
		}
	}
}

// A featureSet is what identifies a story (see features), as feature
// numbers: the names first, then the terms.
type featureSet struct {
	ids          []int32
	names, terms int
}

// A feature is one thing that identifies a story, of a kind: 'q' a run of
// four of a quotation's words, 'p' a person's knowledge ID, 'n' a name,
// 'w' a capitalised word, 't' a term (a long lower-case word). Features
// are the persons named (by knowledge ID or name), the capitalised names
// of places and organisations and the terms; scanner.features makes them,
// as hashes.

// commonCaps are capitalised words that name no story.
var commonCaps = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true,
	"June": true, "July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "President": true, "Minister": true, "Prime": true, "Secretary": true, "This": true,
	"That": true, "They": true, "There": true, "When": true, "With": true, "After": true, "While": true,
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// sameStory decides whether two articles share enough to be one story:
// names (persons, places, organisations) weigh more than terms. has holds
// fa's feature numbers, as a bitset.
//
// It is oldSameStory (kept in the tests) with the names counted first:
// they tell how many shared terms would do, and the terms are counted only
// until that many are found, or too few are left to find them.
func sameStory(fa, fb *featureSet, has []uint64) bool {
	na, nb, ta, tb := fa.names, fb.names, fa.terms, fb.terms
	// Enough shared names make one story whatever the terms.
	enough := namesNeeded(min(na, nb))
	names := 0
	for _, id := range fb.ids[:fb.names] {
		if has[id>>6]&(1<<(id&63)) != 0 {
			if names++; names == enough {
				return true
			}
		}
	}
	// Short of the names, four shared terms do with two names; with one
	// (or none in either article) the terms must be a fifth of the fewer.
	var need int
	switch {
	case names >= 2:
		need = 4
	case names >= 1 || na+nb == 0:
		need = termsNeeded(min(ta, tb))
	default:
		return false
	}
	terms := fb.ids[fb.names:]
	if len(terms) < need {
		return false
	}
	for k, id := range terms {
		if has[id>>6]&(1<<(id&63)) != 0 {
			if need--; need == 0 {
				return true
			}
		} else if len(terms)-k-1 < need {
			return false
		}
	}
	return false
}

// namesNeeded is the fewest shared names t with t >= eventShared and
// float64(t) >= 0.2*float64(m), as sameStory's test of the names has it.
func namesNeeded(m int) int {
	limit := 0.2 * float64(m)
	t := max(eventShared, int(limit))
	for float64(t) < limit {
		t++
	}
	return t
}

// termsNeeded is the fewest shared terms t with t >= 4 and float64(t) >=
// 0.2*float64(m), as sameStory's test of the terms has it.
func termsNeeded(m int) int {
	limit := 0.2 * float64(m)
	t := max(4, int(limit))
	for float64(t) < limit {
		t++
	}
	return t
}

// findEvents joins into one event the articles that tell the same story:
// sets holds each article's features. It writes the events only (the
// copies are joined after it), and reads nothing findCopies writes.
func (g *Grouping) findEvents(dating func(*claims.Article) (rules.Dating, bool), sets [][]uint64) {
	n := len(g.arts)
	// Each article's features are kept as numbers, its names before its
	// terms.
	index, ids, keys := invert(sets)
	sets = nil
	fs := make([]featureSet, n)
	spare := make([][]int32, workers(n))
	parallel(n, func(w, i int) {
		f := &fs[i]
		f.ids = ids[i]
		// Names to the front, terms to the back, each in the order found.
		terms := spare[w][:0]
		for _, id := range f.ids {
			if isTerm(keys[id]) {
				terms = append(terms, id)
			} else {
				f.ids[f.names] = id
				f.names++
			}
		}
		copy(f.ids[f.names:], terms)
		f.terms = len(terms)
		spare[w] = terms
	})
	shared := sharedPairs(index, n)
	// Each article's dating, asked once: whether it is narrow enough to
	// part two stories.
	type dated struct {
		d      rules.Dating
		narrow bool
	}
	dates := make([]dated, n)
	parallel(n, func(_, i int) {
		if d, ok := dating(g.arts[i]); ok && d.Days() <= maxBlockDays {
			dates[i] = dated{d, true}
		}
	})
	// Whether each pair is one story is decided on all cores, the groups
	// joined after, in order.
	joins := make([][]int32, n)
	bits := make([][]uint64, workers(n))
	for w := range bits {
		bits[w] = make([]uint64, (len(keys)+63)/64)
	}
	parallel(n, func(w, i int) {
		js, ns := shared.of(i)
		var out []int32
		has := bits[w]
		set := false
		for k, j32 := range js {
			j := int(j32)
			if ns[k] < 3 {
				continue
			}
			if dates[i].narrow && dates[j].narrow && !nearDays(dates[i].d, dates[j].d, 3) {
				continue // the same names a month apart are another story
			}
			if !set {
				for _, id := range fs[i].ids {
					has[id>>6] |= 1 << (id & 63)
				}
				set = true
			}
			if !sameStory(&fs[i], &fs[j], has) {
				continue
			}
			out = append(out, j32)
		}
		if set {
			for _, id := range fs[i].ids {
				has[id>>6] = 0
			}
		}
		joins[i] = out
	})
	for i, js := range joins {
		for _, j := range js {
			g.event.union(i, int(j))
		}
	}
}

func nearDays(a, b rules.Dating, days int) bool {
	for _, x := range a.Windows {
		for _, y := range b.Windows {
			if y.From.Sub(x.To) <= days && x.From.Sub(y.To) <= days {
				return true
			}
		}
	}
	return false
}
