package compare

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
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
// sources are not independent (copies of one text, or one outlet).
type Grouping struct {
	arts   []*claims.Article
	pos    map[*claims.Article]int
	event  unionFind
	source unionFind
	// copies[i] lists, for a group root, the sources folded into it and why.
	copies    map[int][]string
	copyPairs [][2]int
}

// Event returns a stable name for the event of article a: the file and
// index of its first article.
func (g *Grouping) Event(a *claims.Article) string {
	r := g.arts[g.event.find(g.pos[a])]
	return fmt.Sprintf("%s#%d", r.File, r.Index+1)
}

// SameEvent reports whether two articles tell the same story.
func (g *Grouping) SameEvent(a, b *claims.Article) bool {
	return g.event.find(g.pos[a]) == g.event.find(g.pos[b])
}

// SourceKey names the independent source of an article: articles of one
// outlet, and near-copies of one text (syndicated wire copy), share a key.
func (g *Grouping) SourceKey(a *claims.Article) string {
	return g.arts[g.source.find(g.pos[a])].Source
}

// Folded explains which sources were folded into a's independent source,
// or "" when none were.
func (g *Grouping) Folded(a *claims.Article) string {
	return strings.Join(g.copies[g.source.find(g.pos[a])], "; ")
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
	g := &Grouping{arts: arts, pos: map[*claims.Article]int{}, event: newUnionFind(len(arts)),
		source: newUnionFind(len(arts)), copies: map[int][]string{}}
	for i, a := range arts {
		g.pos[a] = i
	}
	// One outlet is one source.
	first := map[string]int{}
	for i, a := range arts {
		key := strings.ToLower(a.Source)
		if j, ok := first[key]; ok {
			g.source.union(j, i)
		} else {
			first[key] = i
		}
	}
	g.findCopies()
	g.findEvents(dating)
	return g
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '’' && r != '‘')
	})
}

func bodyText(a *claims.Article) string {
	var b strings.Builder
	for _, bl := range a.Blocks {
		if bl.Kind == claims.Body {
			b.WriteString(a.Text[bl.Start:bl.End])
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func (g *Grouping) findCopies() {
	sets := make([]map[uint64]bool, len(g.arts))
	index := map[uint64][]int{}
	for i, a := range g.arts {
		ws := words(bodyText(a))
		sets[i] = map[uint64]bool{}
		for j := 0; j+shingleLen <= len(ws); j++ {
			h := fnv.New64a()
			h.Write([]byte(strings.Join(ws[j:j+shingleLen], " ")))
			v := h.Sum64()
			if v%shingleSample == 0 && !sets[i][v] {
				sets[i][v] = true
				index[v] = append(index[v], i)
			}
		}
	}
	pairs, shared := sharedPairs(index)
	type note struct {
		i    int
		text string
	}
	var notes []note
	for _, p := range pairs {
		i, j := p[0], p[1]
		n := shared[p]
		small := min(len(sets[i]), len(sets[j]))
		if small == 0 || n < copyMin || float64(n) < copyShare*float64(small) || strings.EqualFold(g.arts[i].Source, g.arts[j].Source) {
			continue
		}
		g.copyPairs = append(g.copyPairs, p)
		if g.source.find(i) != g.source.find(j) {
			g.source.union(i, j)
			notes = append(notes, note{i, fmt.Sprintf("%s and %s share %d%% of their text (%s, %s): counted as one source",
				g.arts[i].Source, g.arts[j].Source, 100*n/small, g.arts[i].File, g.arts[j].File)})
		}
	}
	for _, n := range notes {
		r := g.source.find(n.i)
		g.copies[r] = append(g.copies[r], n.text)
	}
}

// features are what identifies a story: the persons named (by knowledge
// ID or name) and the capitalised names of places and organisations.
func features(a *claims.Article) map[string]bool {
	f := map[string]bool{}
	for _, c := range a.Claims {
		if c.Kind == claims.KindQuote {
			// A quotation's words are as telling as a name.
			ws := words(c.Quote.Words)
			for i := 0; i+4 <= len(ws); i += 2 {
				f["q:"+strings.Join(ws[i:i+4], " ")] = true
			}
		}
		if c.Person != "" {
			f["p:"+c.Person] = true
		} else if strings.Contains(c.Canonical, " ") && c.Kind != claims.KindNumber {
			f["n:"+strings.ToLower(c.Canonical)] = true
		}
	}
	text := bodyText(a)
	for _, sentence := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '\n' || r == '?' || r == '!' }) {
		toks := strings.Fields(sentence)
		for i := 1; i < len(toks); i++ { // the first word of a sentence is capitalised anyway
			t := strings.Trim(toks[i], ",;:“”\"()’'")
			t = strings.TrimSuffix(strings.TrimSuffix(t, "’s"), "'s")
			if len(t) >= 4 && t[0] >= 'A' && t[0] <= 'Z' && !commonCaps[t] {
				f["w:"+t] = true
			}
		}
		for _, t := range toks {
			t = strings.ToLower(strings.Trim(t, ",;:“”\"()’'"))
			if len(t) >= 5 && !stopwords[t] && isLowerWord(t) {
				f["t:"+t] = true
			}
		}
	}
	return f
}

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
// names (persons, places, organisations) weigh more than terms.
func sameStory(fa, fb map[string]bool) bool {
	names, terms, na, nb, ta, tb := 0, 0, 0, 0, 0, 0
	for k := range fa {
		if strings.HasPrefix(k, "t:") {
			ta++
			if fb[k] {
				terms++
			}
		} else {
			na++
			if fb[k] {
				names++
			}
		}
	}
	for k := range fb {
		if strings.HasPrefix(k, "t:") {
			tb++
		} else {
			nb++
		}
	}
	termsOK := terms >= 4 && float64(terms) >= 0.2*float64(min(ta, tb))
	namesOK := names >= eventShared && float64(names) >= 0.2*float64(min(na, nb))
	return namesOK || termsOK && names >= 1 || termsOK && na+nb == 0 || names >= 2 && terms >= 4
}

func (g *Grouping) findEvents(dating func(*claims.Article) (rules.Dating, bool)) {
	fs := make([]map[string]bool, len(g.arts))
	index := map[string][]int{}
	for i, a := range g.arts {
		fs[i] = features(a)
		keys := make([]string, 0, len(fs[i]))
		for k := range fs[i] {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			index[k] = append(index[k], i)
		}
	}
	pairs, shared := sharedPairs(index)
	for _, p := range pairs {
		i, j := p[0], p[1]
		if shared[p] < 3 || !sameStory(fs[i], fs[j]) {
			continue
		}
		di, oki := dating(g.arts[i])
		dj, okj := dating(g.arts[j])
		if oki && okj && di.Days() <= maxBlockDays && dj.Days() <= maxBlockDays && !nearDays(di, dj, 3) {
			continue // the same names a month apart are another story
		}
		g.event.union(i, j)
	}
	// Copies are one story.
	for _, p := range g.copyPairs {
		g.event.union(p[0], p[1])
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
