// Package compare lines up what several articles say about the same person
// and the same report, and turns agreement and disagreement into findings
// and into evidence for the knowledge findings.
//
// Claims are blocked by person (or by reporter) before they are compared,
// so the work grows with the number of claims, never with all pairs of
// articles. Every cross-source finding states its vote: which independent
// sources support each version.
package compare

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/internal/asciifold"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// A ref is one claim in one article.
type ref struct {
	a *claims.Article
	c *claims.Claim
}

func (r ref) loc() rules.Location {
	return rules.Location{File: r.a.File, Line: int(r.c.Line), Column: int(r.c.Column)}
}

// sameWeek is how far apart two articles' dates may be for their claims
// about a person to count as simultaneous.
const sameWeek = 7

// Run compares the claims of arts across and within articles, adds what
// it finds to the knowledge findings fs, scores every finding, and returns
// them all, sorted. One claim gives at most one finding: when two rules
// flag the same words, the stronger keeps the other's evidence.
//
// The comparisons run on all cores: the title comparisons block by block,
// the report dates reporter by reporter and beside the others, the other
// rules one family after another. Each result is kept in its place and
// the results are put together in one fixed order, so the findings do not
// depend on scheduling or on GOMAXPROCS.
func Run(k *kb.KB, arts []*claims.Article, fs []rules.Finding, opt Options) []rules.Finding {
	fs = opt.drop(fs)
	ix := newIndex(k, arts)
	var scanned func(*claims.Article)
	if opt.DropText {
		// Each article's text goes as soon as it is scanned, so that the
		// pages and the scans are never all held at once.
		Detach(fs)
		scanned = (*claims.Article).DropText
	}
	g := group(arts, ix.dating, scanned, opt.Scans)
	if opt.Scans != nil {
		opt.Scans.free = nil // their buffers
	}
	ix.group = g
	g.kinds = countKinds(arts)
	var titles, reports, quoted, attributed, paraphrased, numbered []rules.Finding
	// Each family's findings share their repeated evidence lines as they
	// are made (the Interner is safe on every goroutine at once); the
	// title comparison interns its own (and what it adds to the knowledge
	// findings) block by block.
	in := rules.NewInterner()
	made := func(fs []rules.Finding) []rules.Finding { in.Findings(fs); return fs }
	// The reports' content words are stemmed once for the three families
	// that compare them.
	stems := stemReports(arts, g)
	// The report dates are compared beside the titles and the other
	// families: each uses every core, but each also has steps of one core
	// (its indexes are built in order, and one reporter's reports can be
	// most of the work), which the other fills. The four other families
	// run one after another once the titles' indexes are dropped, so that
	// at most two families' indexes (and the stems) are held at once. At
	// 10,000 articles this took the comparison from 0.48 s to 0.44 s (the
	// mean of eight runs each, taking turns) for about 10 MB more peak RSS
	// (median of ten runs 159 -> 169 MB, largest 170 -> 176 MB); running
	// the four beside the titles too was 0.43 s, and up to 191 MB. Nothing
	// the families share is written, reports is read only after the wait,
	// and the findings are put together in one order below.
	var wg sync.WaitGroup
	wg.Go(func() { reports = made(reportDates(arts, &stems, ix.dating, g, in)) })
	ix.indexTitles()
	selves := ix.claimsAt(fs)
	ix.mark(fs, selves)
	titles = ix.compareTitles(made(fs), selves, in)
	ix.dropTitles()
	quoted = made(quotes(arts, g))
	paraphrased = made(paraphrases(arts, &stems, g, in))
	attributed = made(attributions(arts, &stems, g))
	numbered = made(numbers(arts, g, ix.dating))
	wg.Wait()
	stems = reportStems{}
	return finish(concat(fs, titles, reports, quoted, attributed, paraphrased, numbered), opt)
}

// Options change what Run reports.
type Options struct {
	// Drop reports whether a finding is left out: its rule is turned off
	// in the user's configuration, or silenced on its line. A finding left
	// out is as if its rule had not found it: it flags no claim for the
	// comparisons, and never takes the place of another rule's finding on
	// the same words.
	Drop func(*rules.Finding) bool
	// DropText says that nothing reads the articles' text after Run: once
	// they are grouped, Run forgets each article's text (see
	// claims.Article.DropText), and the findings given keep copies of
	// their words, so that the comparison holds claims but not pages.
	DropText bool
	// Scans, when not nil, holds the articles scanned ahead of Run: Run
	// reads nothing of their text (nor drops it: DropText is for the
	// articles Run scans itself), and empties Scans.
	Scans *Scans
}

// Detach copies the words of the findings that may be parts of their
// article's text, so that they do not keep it: the text may then be
// dropped while the findings are kept (see Options.DropText and Scans).
// The actors, sources and expectations repeat: each is copied once.
func Detach(fs []rules.Finding) {
	copies := map[string]string{}
	once := func(s string) string {
		c, ok := copies[s]
		if !ok {
			c = strings.Clone(s)
			copies[s] = c
		}
		return c
	}
	for i := range fs {
		f := &fs[i]
		f.Excerpt = strings.Clone(f.Excerpt)
		f.Actor, f.Source, f.Expected = once(f.Actor), once(f.Source), once(f.Expected)
	}
}

func (opt Options) drop(fs []rules.Finding) []rules.Finding {
	if opt.Drop == nil {
		return fs
	}
	kept := fs[:0]
	for i := range fs {
		if !opt.Drop(&fs[i]) { // by pointer: a copy of each finding would be made on the heap
			kept = append(kept, fs[i])
		}
	}
	clear(fs[len(kept):])
	return kept
}

// finish leaves out the findings opt drops, scores the others, keeps one
// finding per excerpt and sorts them.
func finish(all []rules.Finding, opt Options) []rules.Finding {
	all = opt.drop(all)
	parallel(len(all), func(_, i int) { all[i].Score() })
	all = dedupe(all)
	sortFindings(all)
	return all
}

// sortFindings sorts fs as rules.Sort does (rules.Compare). Findings that
// tie (dedupe leaves none) keep the order they had. The findings' numbers
// are sorted, on all cores, and each finding is moved once to its place
// (see sortForDedupe).
func sortFindings(fs []rules.Finding) {
	permute(fs, sortedIndex(len(fs), func(i, j int32) int {
		return cmp.Or(rules.Compare(&fs[i], &fs[j]), cmp.Compare(i, j))
	}))
}

// minSortPart is the fewest items sortAll sorts on a core of its own.
const minSortPart = 2048

// sortedIndex returns 0, …, n-1 sorted by cmp, which must be a total
// order (no two numbers equal), on all cores (sortAll).
func sortedIndex(n int, cmp func(i, j int32) int) []int32 {
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	sortAll(idx, cmp)
	return idx
}

// sortAll sorts s by cmp, under which items that compare equal must be
// equal, so that there is one sorted order however the work is split: s
// is sorted in parts on all cores, and the sorted parts are merged, two
// by two, on all cores too.
func sortAll[T any](s []T, cmp func(a, b T) int) {
	n := len(s)
	parts := min(workers(n), n/minSortPart)
	if parts <= 1 {
		slices.SortFunc(s, cmp)
		return
	}
	at := make([]int, parts+1) // part p is s[at[p]:at[p+1]]
	for p := range at {
		at[p] = p * n / parts
	}
	parallel(parts, func(_, p int) { slices.SortFunc(s[at[p]:at[p+1]], cmp) })
	src, dst := s, make([]T, n)
	for len(at) > 2 {
		// Parts 2k and 2k+1 are merged into dst; an odd last part is
		// copied as it is.
		np := len(at) - 1
		pairs := (np + 1) / 2
		next := make([]int, 0, pairs+1)
		for k := range pairs {
			next = append(next, at[2*k])
		}
		next = append(next, n)
		parallel(pairs, func(_, k int) {
			lo := at[2*k]
			if 2*k+1 == np {
				copy(dst[lo:n], src[lo:n])
				return
			}
			mid, hi := at[2*k+1], at[2*k+2]
			merge(dst[lo:hi], src[lo:mid], src[mid:hi], cmp)
		})
		src, dst, at = dst, src, next
	}
	if &src[0] != &s[0] {
		copy(s, src)
	}
}

// merge merges the sorted a and b into out (len(a)+len(b)), taking from a
// first on ties.
func merge[T any](out, a, b []T, cmp func(a, b T) int) {
	k := 0
	for len(a) > 0 && len(b) > 0 {
		if cmp(b[0], a[0]) < 0 {
			out[k], b = b[0], b[1:]
		} else {
			out[k], a = a[0], a[1:]
		}
		k++
	}
	k += copy(out[k:], a)
	copy(out[k:], b)
}

// compareTitles adds to the knowledge findings fs what other claims about
// the person say, and returns the title findings of the comparison: one
// title and its former self in one article, then the outliers, each in the
// order of the claims. Each block's findings are interned in as they are
// made, on the core that made them.
func (ix *index) compareTitles(fs []rules.Finding, selves []int32, in *rules.Interner) []rules.Finding {
	// The knowledge findings to corroborate, by the block of their claim.
	byBlock := make([][]int, len(ix.blocks))
	for i := range fs {
		f := &fs[i]
		self := selves[i]
		if f.Person == "" || self < 0 || f.Rule == rules.NotInOffice.Name {
			// A stale title is about the sentence's time, not the
			// person's: other sources' titles say nothing of it.
			continue
		}
		b := ix.all[self].block
		byBlock[b] = append(byBlock[b], i)
	}
	type result struct {
		inArticle []rules.Finding
		outliers  []rules.Finding
		at        []int32 // the claim of each outlier
	}
	results := make([]result, len(ix.blocks))
	scratch := make([]*scratch, workers(len(ix.blocks)))
	order := ix.blockOrder()
	parallel(len(order), func(w, k int) {
		b := int(order[k])
		if scratch[w] == nil {
			scratch[w] = newScratch(len(ix.all), len(ix.arts))
			scratch[w].in = in
		}
		sc := scratch[w]
		same := ix.blocks[b].refs
		var others []int32
		nearbyDone := false
		nearby := func() []int32 {
			if !nearbyDone {
				others, nearbyDone = ix.nearby(b, sc), true
			}
			return others
		}
		for _, i := range byBlock[b] {
			f := &fs[i]
			ix.corroborate(f, selves[i], same, nearby(), sc) // interns what it adds (sc.in)
		}
		r := &results[b]
		r.inArticle = ix.inArticle(same)
		for _, x := range same {
			if f, ok := ix.outlier(x, nearby, sc); ok {
				r.outliers = append(r.outliers, f)
				r.at = append(r.at, x)
			}
		}
		in.Findings(r.inArticle)
		in.Findings(r.outliers)
	})
	var out []rules.Finding
	type outlier struct {
		at int32
		f  *rules.Finding
	}
	var outliers []outlier
	for b := range results {
		out = append(out, results[b].inArticle...)
		for k := range results[b].outliers {
			outliers = append(outliers, outlier{results[b].at[k], &results[b].outliers[k]})
		}
	}
	slices.SortFunc(outliers, func(a, b outlier) int { return cmp.Compare(a.at, b.at) })
	for _, o := range outliers {
		out = append(out, *o.f)
	}
	return out
}

// blockOrder lists the blocks by person and then by the first day of their
// article's dating: blocks worked one after another then read the same
// weeks of the same person, which stay in the processor's caches. Results
// are kept by block, so the order of work changes no output.
func (ix *index) blockOrder() []int32 {
	first := func(b int32) date.Date {
		if ws := ix.datings[ix.blocks[b].key.art].Windows; len(ws) > 0 {
			return ws[0].From
		}
		return date.Date{}
	}
	// Ties are kept in the order of the blocks, as a stable sort keeps
	// them, by number.
	return sortedIndex(len(ix.blocks), func(a, b int32) int {
		ka, kb := ix.blocks[a].key, ix.blocks[b].key
		return cmp.Or(cmp.Compare(ka.person, kb.person), first(a).Compare(first(b)), cmp.Compare(a, b))
	})
}

// maxBlockDays is the widest dating whose claims are compared across
// sources: an article known only to a wider window (a year, inferred from
// its titles) cannot be placed in the same week as another.
const maxBlockDays = 31

type articleKey struct {
	art    int32
	person int32
}

type weekKey struct {
	person int32
	week   int
}

// posKey is where a claim starts.
type posKey struct {
	file  string
	start int
}

// A titled is one title claim, with what its comparisons ask of it worked
// out once.
type titled struct {
	ref
	art     int32 // the index of its article
	src     int32 // its independent source (see Grouping.srcOf)
	block   int32 // its block: its article and person
	title   int32 // its office (titleKey), numbered
	former  bool
	usable  bool // names an office, current or former, and nothing else
	flagged bool // a knowledge finding flags it
}

// A block is the title claims of one article about one person.
type block struct {
	key  articleKey
	refs []int32
}

// An index blocks title claims by article and person, and by person and
// week, so that each claim is compared only with the claims of the same
// person in the same article or in the same weeks: the work grows with the
// number of claims, not with its square.
type index struct {
	k       *kb.KB
	arts    []*claims.Article
	pos     map[*claims.Article]int
	datings []rules.Dating
	all     []titled
	runs    []titleRun       // the title claims of each article that has some, in order
	byFile  map[string]int32 // a file's last run
	unique  bool             // no two title claims start at one position (file and start)
	blocks  []block
	byWeek  map[weekKey]int32 // a person's week: its list in weeks
	weeks   [][]int32         // the claims of each person's week
	group   *Grouping
}

// newIndex dates the articles; indexTitles fills the index.
func newIndex(k *kb.KB, arts []*claims.Article) *index {
	ix := &index{k: k, arts: arts, pos: make(map[*claims.Article]int, len(arts)), datings: make([]rules.Dating, len(arts))}
	parallel(len(arts), func(_, i int) { ix.datings[i], _ = rules.ArticleDating(k, arts[i], -1) })
	for i, a := range arts {
		ix.pos[a] = i
	}
	return ix
}

// indexTitles blocks the title claims by article and person, and by
// person and week.
//
// What each claim is keyed by (its person, its office, its title as
// written) and each article's weeks and lowered outlet are worked out on
// all cores, article by article; the claims and keys are then numbered in
// article order, one after another, as they always were.
func (ix *index) indexTitles() {
	arts := ix.arts
	// A keyed is one title claim with its keys, as strings.
	type keyed struct {
		c       *claims.Claim
		person  string // personKey
		title   string // titleKey
		written string // the office, modifiers and quotation; "" when its article has no weeks
		block   int32  // its block among its article's: the claim of its person first met, numbered
	}
	ws := make([][]int, len(arts))     // each article's weeks
	lower := make([]string, len(arts)) // each article's outlet, lowered, when it has weeks
	perArt, at := gather(len(arts), func(ai int) int { return ix.group.count(ai, claims.KindTitle) }, func(ai int, out []keyed) []keyed {
		a := arts[ai]
		if len(out) == cap(out) {
			return out // no title claims
		}
		if ws[ai] = weeks(ix.datings[ai], 0); len(ws[ai]) > 0 {
			lower[ai] = asciifold.Lower(a.Source)
		}
		var blocks int32
		for i := range a.Claims {
			c := &a.Claims[i]
			if c.Kind != claims.KindTitle || c.Title.Hypothetical {
				continue
			}
			t := c.Title
			k := keyed{c: c, person: personKey(c), title: titleKey(t), block: -1}
			for _, o := range out {
				if o.person == k.person {
					k.block = o.block
					break
				}
			}
			if k.block < 0 {
				k.block = blocks
				blocks++
			}
			if len(ws[ai]) > 0 {
				k.written = k.title + "[" + strings.Join(t.Modifiers, " ") + "] " + strconv.FormatBool(c.Quoted)
			}
			out = append(out, k)
		}
		return out
	})
	n := len(perArt)
	ix.all, ix.byWeek = make([]titled, 0, n), map[weekKey]int32{}
	persons := map[string]int32{}
	titles := map[string]int32{}
	number := func(m map[string]int32, key string) int32 {
		n, ok := m[key]
		if !ok {
			n = int32(len(m))
			m[key] = n
		}
		return n
	}
	// The caps count by numbers: each outlet and each written title is
	// numbered once (caps, by claim), and each week's list is cut to its
	// caps after, on all cores.
	caps := make([]capKey, n)
	sources, writtens := map[string]int32{}, map[string]int32{}
	for ai, a := range arts {
		ks := perArt[at[ai]:at[ai+1]]
		if len(ks) == 0 {
			continue
		}
		first := int32(len(ix.blocks)) // the article's first block
		source := int32(-1)            // the lowered outlet's number, when first needed
		src := ix.group.srcOf(ai)
		for _, k := range ks {
			c, t := k.c, k.c.Title
			b := first + k.block
			if int(b) == len(ix.blocks) {
				ix.blocks = append(ix.blocks, block{key: articleKey{int32(ai), number(persons, k.person)}})
			}
			person := ix.blocks[b].key.person
			n := int32(len(ix.all))
			ix.all = append(ix.all, titled{
				ref: ref{a, c}, art: int32(ai), src: src, block: b, title: number(titles, k.title),
				former: isFormer(t), usable: (t.Role != "" || t.Office != "") && (len(t.Modifiers) == 0 || isFormer(t)),
			})
			ix.blocks[b].refs = append(ix.blocks[b].refs, n)
			if len(ws[ai]) == 0 {
				continue
			}
			if source < 0 {
				source = number(sources, lower[ai])
			}
			caps[n] = capKey{source: source, title: number(writtens, k.written)}
			for _, w := range ws[ai] {
				wk := weekKey{person, w}
				l, ok := ix.byWeek[wk]
				if !ok {
					l = int32(len(ix.weeks))
					ix.byWeek[wk] = l
					ix.weeks = append(ix.weeks, nil)
				}
				ix.weeks[l] = append(ix.weeks[l], n)
			}
		}
	}
	// A week's block keeps a few claims per outlet and title, the first:
	// votes count sources, so more of the same add nothing, and the block
	// stays small however many articles name the person that week.
	parallel(len(ix.weeks), func(_, l int) {
		refs := ix.weeks[l]
		if len(refs) <= perOutletTitle {
			return // within every cap
		}
		kept := refs[:0]
		if len(refs) <= 32 {
			// Few: the kept are counted over.
			for _, y := range refs {
				same := 0
				for _, z := range kept {
					if caps[z] == caps[y] {
						same++
					}
				}
				if same < perOutletTitle {
					kept = append(kept, y)
				}
			}
		} else {
			count := map[capKey]int{}
			for _, y := range refs {
				if count[caps[y]]++; count[caps[y]] <= perOutletTitle {
					kept = append(kept, y)
				}
			}
		}
		ix.weeks[l] = kept
	})
}

// claimsAt returns the title claim at the start of each finding of fs (an
// index into ix.all), or -1 where there is none; looked up on all cores.
func (ix *index) claimsAt(fs []rules.Finding) []int32 {
	ix.locate()
	selves := make([]int32, len(fs))
	parallel(len(fs), func(_, i int) { selves[i] = ix.claimAt(fs[i].File, fs[i].Start) })
	return selves
}

// A titleRun is where one article's title claims are in index.all.
type titleRun struct {
	from, to int32
	prev     int32 // the run before of an article of the same file, or -1
}

// locate readies claimAt: it finds each article's title claims in
// ix.all (one after another, in article order), looks the articles up by
// file, and tells whether the claims' positions are unique.
func (ix *index) locate() {
	ix.runs = ix.runs[:0]
	for i := range ix.all {
		if i == 0 || ix.all[i].a != ix.all[i-1].a {
			ix.runs = append(ix.runs, titleRun{from: int32(i), prev: -1})
		}
		ix.runs[len(ix.runs)-1].to = int32(i + 1)
	}
	ix.byFile = make(map[string]int32, len(ix.runs))
	var shared []int32 // the last runs of files with more than one
	for r := range ix.runs {
		file := ix.all[ix.runs[r].from].a.File
		if p, ok := ix.byFile[file]; ok {
			ix.runs[r].prev = p
			if ix.runs[p].prev < 0 {
				shared = append(shared, int32(r)) // the file's second run
			}
		}
		ix.byFile[file] = int32(r)
	}
	// Positions repeat within an article, or across the articles of one
	// file; both are looked for on all cores.
	dup := make([]bool, len(ix.runs))
	parallel(len(shared), func(_, i int) {
		r := ix.byFile[ix.all[ix.runs[shared[i]].from].a.File] // the file's last run
		starts := map[int32]int32{}                            // the run of each start
		for ; r >= 0; r = ix.runs[r].prev {
			for _, x := range ix.all[ix.runs[r].from:ix.runs[r].to] {
				if at, ok := starts[x.c.Start]; ok && at != r {
					dup[r] = true
					return
				}
				starts[x.c.Start] = r
			}
		}
	})
	parallel(len(ix.runs), func(_, r int) {
		xs := ix.all[ix.runs[r].from:ix.runs[r].to]
		var most int32 // the greatest start before i
		for i := range xs {
			if i == 0 || xs[i].c.Start > most {
				most = xs[i].c.Start
				continue // after every start before: unlike them
			}
			for j := range i {
				if xs[j].c.Start == xs[i].c.Start {
					dup[r] = true
					return
				}
			}
		}
	})
	ix.unique = !slices.Contains(dup, true)
}

// claimAt returns the title claim that starts at start in file (the last
// of them, when there are more), or -1 where there is none.
func (ix *index) claimAt(file string, start int) int32 {
	r, ok := ix.byFile[file]
	for ok && r >= 0 {
		run := ix.runs[r]
		for n := run.to - 1; n >= run.from; n-- {
			if int(ix.all[n].c.Start) == start {
				return n
			}
		}
		r = run.prev
	}
	return -1
}

// mark notes which title claims are flagged, those that start where a
// knowledge finding of fs does (at selves, see claimsAt): known once the
// knowledge findings are.
func (ix *index) mark(fs []rules.Finding, selves []int32) {
	if ix.unique {
		// Each position is one claim's: the findings' claims are the
		// ones flagged.
		for _, self := range selves {
			if self >= 0 {
				ix.all[self].flagged = true
			}
		}
		return
	}
	// Claims that start at one position (claimAt finds the last): each is
	// flagged by its position.
	flagged := map[posKey]bool{}
	for _, f := range fs {
		flagged[posKey{f.File, f.Start}] = true
	}
	parallel(len(ix.all), func(_, i int) {
		x := &ix.all[i]
		x.flagged = flagged[posKey{x.a.File, int(x.c.Start)}]
	})
}

// perOutletTitle is how many claims of one outlet, with one title for one
// person, a week's block keeps.
const perOutletTitle = 3

type capKey struct {
	source int32 // the outlet, lowered, numbered
	title  int32 // the office, modifiers and quotation, as written by fmt.Sprint before, numbered
}

// weeks returns the week numbers a dating covers, widened by pad days, or
// none when the dating is too wide to block on.
func weeks(d rules.Dating, pad int) []int {
	if len(d.Windows) == 0 || d.Days() > maxBlockDays {
		return nil
	}
	var out []int
	for _, w := range d.Windows {
		from := w.From.AddDays(-pad).Sub(epoch) / 7
		to := w.To.AddDays(pad).Sub(epoch) / 7
		for n := from; n <= to; n++ {
			if !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

var epoch = date.MustOf(1900, 1, 1)

// dropTitles forgets the title claims' blocks once they are compared:
// only the datings are asked for after.
func (ix *index) dropTitles() {
	ix.all, ix.runs, ix.byFile, ix.blocks, ix.byWeek, ix.weeks = nil, nil, nil, nil, nil, nil
}

func (ix *index) dating(a *claims.Article) (rules.Dating, bool) {
	d := ix.datings[ix.pos[a]]
	return d, len(d.Windows) > 0
}

// scratch is one goroutine's working space for the title comparisons.
type scratch struct {
	seen          stamps // claims already in a nearby list
	support, also srcMap // sources, each with the last claim that counts

	// The last list nearby made: the claims about one person near one
	// dating, the block's own article included. Blocks are worked in
	// order of person and day (blockOrder), so the next block of the
	// same person and dating takes it as it is.
	near       []int32
	nearPerson int32
	nearDays   []date.Window
	nearSet    bool
	// nearVote is what corroborate asks of each claim of near, in its
	// order, packed: read one after another, not from all over index.all.
	nearVote []titleVote

	// told and at word title claims as evidence, by claim, each once:
	// one claim is evidence in the findings of every block near it.
	told, at []string
	// texts is the list corroborate words a vote from; kept for the next.
	texts []string
	// line is where an evidence line is written before it is added.
	line []byte

	// in interns the evidence lines as they are made (nil: not yet).
	in *rules.Interner
}

// tell returns claim i as a source's title, as evidence:
// fmt.Sprintf("%s (%s:%d: %q)", source, file, line, title), spelt out.
func (sc *scratch) tell(ix *index, i int32) string {
	if sc.told == nil {
		sc.told = make([]string, len(ix.all))
	}
	if sc.told[i] == "" {
		r := &ix.all[i]
		sc.told[i] = r.a.Source + " (" + r.a.File + ":" + strconv.Itoa(int(r.c.Line)) + ": " + strconv.Quote(r.c.Title.Written) + ")"
	}
	return sc.told[i]
}

// where returns claim i's file and line, as evidence ("file:line").
func (sc *scratch) where(ix *index, i int32) string {
	if sc.at == nil {
		sc.at = make([]string, len(ix.all))
	}
	if sc.at[i] == "" {
		r := &ix.all[i]
		sc.at[i] = r.a.File + ":" + strconv.Itoa(int(r.c.Line))
	}
	return sc.at[i]
}

func newScratch(claims, arts int) *scratch {
	return &scratch{seen: newStamps(claims), support: newSrcMap(arts), also: newSrcMap(arts)}
}

// stamps is a set of small numbers, emptied in constant time.
type stamps struct {
	at  []uint32
	now uint32
}

func newStamps(n int) stamps { return stamps{at: make([]uint32, n), now: 1} }

func (s *stamps) reset() { s.now++ }

// add adds i and reports whether it was new.
func (s *stamps) add(i int32) bool {
	if s.at[i] == s.now {
		return false
	}
	s.at[i] = s.now
	return true
}

// A srcMap maps independent sources to claims (indexes into index.all),
// in the order the sources were first set, emptied in constant time.
type srcMap struct {
	stamps
	val  []int32
	keys []int32
}

func newSrcMap(n int) srcMap { return srcMap{stamps: newStamps(n), val: make([]int32, n)} }

func (m *srcMap) reset() { m.stamps.reset(); m.keys = m.keys[:0] }

func (m *srcMap) has(src int32) bool { return m.at[src] == m.now }

func (m *srcMap) set(src, x int32) {
	if m.add(src) {
		m.keys = append(m.keys, src)
	}
	m.val[src] = x
}

// values yields the set claims, each with its place, in the order their
// sources were first set.
func (m *srcMap) values() iter.Seq2[int, int32] {
	return func(yield func(int, int32) bool) {
		for i, k := range m.keys {
			if !yield(i, m.val[k]) {
				return
			}
		}
	}
}

// nearby returns the claims about block b's person in articles dated
// within a week of b's article: the same for every claim of the block.
// The claims of b's own article may be among them: they are of the
// block's own source, which every vote leaves out (corroborate, outlier),
// so they are not taken out of the list. The caller reads the list until
// it asks for the next block's.
func (ix *index) nearby(b int, sc *scratch) []int32 {
	key := ix.blocks[b].key
	d := ix.datings[key.art]
	if !sc.nearSet || sc.nearPerson != key.person || !slices.Equal(sc.nearDays, d.Windows) {
		sc.seen.reset()
		list := sc.near[:0]
		for _, w := range weeks(d, sameWeek) {
			l, ok := ix.byWeek[weekKey{key.person, w}]
			if !ok {
				continue
			}
			for _, y := range ix.weeks[l] {
				if !sc.seen.add(y) || !near(d, ix.datings[ix.all[y].art]) {
					continue // listed already, or not near: nor the next time
				}
				list = append(list, y)
			}
		}
		votes := sc.nearVote[:0]
		for _, y := range list {
			votes = append(votes, voteOf(&ix.all[y]))
		}
		sc.near, sc.nearVote, sc.nearPerson, sc.nearDays, sc.nearSet = list, votes, key.person, d.Windows, true
	}
	return sc.near
}

// A titleVote is what corroborate asks of a title claim of another source:
// its source, its office, and whether it is former, may vote (usable, and
// not in a quotation) and is flagged.
type titleVote struct {
	src, title int32
	bits       uint8
}

const (
	voteFormer = 1 << iota
	voteMay
	voteFlagged
)

func voteOf(r *titled) titleVote {
	v := titleVote{src: r.src, title: r.title}
	if r.former {
		v.bits |= voteFormer
	}
	if r.usable && !r.c.Quoted {
		v.bits |= voteMay
	}
	if r.flagged {
		v.bits |= voteFlagged
	}
	return v
}

func personKey(c *claims.Claim) string {
	if c.Person != "" {
		return "id:" + c.Person
	}
	return "name:" + kb.Fold(c.Canonical)
}

// titleKey is the office a title names, for comparing titles: country,
// role and whether it is "former".
func titleKey(t *claims.Title) string {
	role := t.Role
	if t.Office != "" {
		role = t.Office
	}
	return t.Country + "/" + role
}

func isFormer(t *claims.Title) bool { return t.HasModifier("former") || t.HasModifier("ex") }

// compatible reports whether two titles name the same office: the same
// role, and the same country or one of them naming none.
func compatible(a, b *claims.Title) bool {
	if a.Office != "" || b.Office != "" {
		return a.Office == b.Office && a.Office != ""
	}
	if a.Role == "" || a.Role != b.Role {
		return false
	}
	return a.Country == b.Country || a.Country == "" || b.Country == ""
}

func near(a, b rules.Dating) bool {
	for _, x := range a.Windows {
		for _, y := range b.Windows {
			wide := date.Window{From: x.From.AddDays(-sameWeek), To: x.To.AddDays(sameWeek)}
			if _, ok := wide.Intersect(y); ok {
				return true
			}
		}
	}
	return false
}

// corroborate adds to a knowledge finding what the same article (same)
// and other sources (others, the list nearby made last, whose votes are
// sc.nearVote) say of the person of claim self.
func (ix *index) corroborate(f *rules.Finding, self int32, same, others []int32, sc *scratch) {
	me := &ix.all[self]
	sameWords := func(r *titled) bool { return r.title == me.title && r.former == me.former }
	for _, i := range same {
		r := &ix.all[i]
		if i == self || !r.usable || r.flagged || sameWords(r) {
			continue
		}
		w, q := 0.5, ""
		if r.c.Quoted {
			w, q = 0.25, ", in a quotation"
		}
		// fmt's "the same article calls %s %q (line %d%s)", spelt out.
		b := append(sc.line[:0], "the same article calls "...)
		b = append(b, f.Actor...)
		b = append(b, ' ')
		b = strconv.AppendQuote(b, r.c.Title.Written)
		b = append(b, " (line "...)
		b = strconv.AppendInt(b, int64(r.c.Line), 10)
		b = append(append(b, q...), ')')
		sc.line = b
		addLine(f, sc.in, w, b)
		f.Relate(r.loc())
		break
	}
	// Per source, the last claim that supports the knowledge, and the
	// last that writes the flagged title too; each told in words only if
	// it is the one kept.
	support, agree := &sc.support, &sc.also
	support.reset()
	agree.reset()
	// others is nearby's list, and sc.nearVote what each of its claims
	// votes. Claim self is of its own source: skipped with it.
	myBits := uint8(0)
	if me.former {
		myBits = voteFormer
	}
	for k, v := range sc.nearVote[:len(others)] {
		if v.bits&voteMay == 0 || v.src == me.src {
			continue
		}
		same := v.title == me.title && v.bits&voteFormer == myBits
		flagged := v.bits&voteFlagged != 0
		switch {
		case same && flagged:
			agree.set(v.src, others[k])
		case !same && !flagged:
			if !support.has(v.src) {
				f.Relate(ix.all[others[k]].loc())
			}
			support.set(v.src, others[k])
		}
	}
	if n := len(support.keys); n > 0 {
		texts := slices.Grow(sc.texts[:0], n)[:n]
		for k, i := range support.values() {
			texts[k] = sc.tell(ix, i)
		}
		sc.texts = texts
		leastFirst(texts, listed) // appendSome tells only the first few
		w := min(0.3*float64(n), 0.9)
		// fmt's "%d other source(s) title %s as the knowledge does: %s".
		b := strconv.AppendInt(sc.line[:0], int64(n), 10)
		b = append(b, " other source(s) title "...)
		b = append(b, f.Actor...)
		b = append(b, " as the knowledge does: "...)
		b = appendSome(b, texts, "; ")
		sc.line = b
		addLine(f, sc.in, w, b)
	}
	if n := len(agree.keys); n > 0 {
		texts := slices.Grow(sc.texts[:0], n)[:n]
		for k, i := range agree.values() {
			texts[k] = sc.where(ix, i)
		}
		sc.texts = texts
		leastFirst(texts, listed)
		// fmt's "%d other source(s) write the same title: %s".
		b := strconv.AppendInt(sc.line[:0], int64(n), 10)
		b = append(b, " other source(s) write the same title: "...)
		b = appendSome(b, texts, ", ")
		sc.line = b
		addLine(f, sc.in, -0.6*float64(n), b)
	}
}

// inArticle finds one person called both former and current holder of the
// same office inside one article, where the knowledge has not decided.
func (ix *index) inArticle(refs []int32) []rules.Finding {
	var out []rules.Finding
	for i, xi := range refs {
		x := &ix.all[xi]
		if !x.former || len(x.c.Title.Modifiers) != 1 || x.c.Quoted || x.flagged {
			continue
		}
		for j, yi := range refs {
			y := &ix.all[yi]
			if i == j || y.a != x.a || len(y.c.Title.Modifiers) > 0 || !compatible(x.c.Title, y.c.Title) || y.flagged {
				continue
			}
			f := rules.Finding{
				Rule: rules.TitleInArticle.Name, Actor: x.c.Canonical, File: x.a.File, Line: int(x.c.Line), Column: int(x.c.Column),
				Excerpt: x.c.Text, Expected: "one title for " + x.c.Canonical + " in one article",
				Source: x.a.Source, Person: x.c.Person, Start: int(x.c.Start), End: int(x.c.End),
				Related: []rules.Location{y.loc()},
			}
			f.Add(-0.2, "the article calls %s %q here and %q on line %d; the knowledge does not decide which is right", x.c.Canonical, x.c.Title.Written, y.c.Title.Written, y.c.Line)
			if y.c.Quoted {
				f.Add(-0.5, "the current title is inside a quotation")
			}
			out = append(out, f)
			break
		}
	}
	return out
}

// outlier reports claim xi when its title for a person conflicts with what
// at least three other independent sources wrote in the same week
// (nearby, asked for only when needed).
func (ix *index) outlier(xi int32, nearby func() []int32, sc *scratch) (rules.Finding, bool) {
	const minMajority = 3
	x := &ix.all[xi]
	t := x.c.Title
	if t.Role == "" && t.Office == "" || x.c.Quoted || len(t.Modifiers) > 0 && !x.former || x.flagged {
		return rules.Finding{}, false
	}
	others := nearby()
	if len(others) < minMajority { // too few even with x's own source's, which the vote leaves out
		return rules.Finding{}, false
	}
	// Per source, the last claim that conflicts; none may agree.
	other := &sc.support
	other.reset()
	var related []rules.Location
	for _, yi := range others {
		y := &ix.all[yi]
		u := y.c.Title
		if y.src == x.src || y.c.Quoted || !y.usable {
			continue
		}
		switch {
		case compatible(t, u) && x.former == y.former:
			return rules.Finding{}, false // another source agrees: no outlier
		case conflicting(ix.k, t, u):
			if !other.has(y.src) {
				related = append(related, y.loc())
			}
			other.set(y.src, yi)
		}
	}
	if len(other.keys) < minMajority {
		return rules.Finding{}, false
	}
	texts := make([]string, len(other.keys))
	for k, yi := range other.values() {
		y := &ix.all[yi]
		texts[k] = y.a.Source + " (" + strconv.Quote(y.c.Title.Written) + ")" // fmt.Sprintf("%s (%q)", …)
	}
	leastFirst(texts, listed)
	f := rules.Finding{
		Rule: rules.TitleOutlier.Name, Actor: x.c.Canonical, File: x.a.File, Line: int(x.c.Line), Column: int(x.c.Column),
		Excerpt: x.c.Text, Expected: "as the other sources write it", Source: x.a.Source, Person: x.c.Person,
		Start: int(x.c.Start), End: int(x.c.End), Related: related,
	}
	// fmt's "vote: %d independent source(s) against this one: %s".
	b := append(sc.line[:0], "vote: "...)
	b = strconv.AppendInt(b, int64(len(texts)), 10)
	b = append(b, " independent source(s) against this one: "...)
	b = appendSome(b, texts, "; ")
	sc.line = b
	addLine(&f, nil, -0.5+0.5*float64(len(texts)), b)
	if s := ix.group.Folded(x.a); s != "" {
		f.Note("folded: %s", s)
	}
	return f, true
}

// conflicting reports whether two titles cannot both be true of one person
// at one time: the same office, one former and one current; or two
// single-holder roles of the same country.
func conflicting(k *kb.KB, a, b *claims.Title) bool {
	if compatible(a, b) {
		return isFormer(a) != isFormer(b)
	}
	if a.Office != "" || b.Office != "" || a.Role == "" || b.Role == "" {
		return false
	}
	single := func(id string) bool { r := k.Role(id); return r != nil && r.Single }
	return a.Country == b.Country && a.Country != "" && single(a.Role) && single(b.Role) && !isFormer(a) && !isFormer(b)
}

// leastFirst puts the k smallest of items first, in order, as
// slices.Sort would leave items[:k]; the others follow in no order. A
// list of which only the first few are told, and the count of the rest,
// need not be sorted whole: each item is compared once with the largest
// kept, and only the few smaller ones are placed.
func leastFirst(items []string, k int) {
	if len(items) <= k {
		slices.Sort(items)
		return
	}
	if k <= 0 {
		return
	}
	head := items[:k]
	slices.Sort(head)
	for i := k; i < len(items); i++ {
		if items[i] >= head[k-1] {
			continue
		}
		head[k-1], items[i] = items[i], head[k-1]
		for j := k - 1; j > 0 && head[j] < head[j-1]; j-- {
			head[j], head[j-1] = head[j-1], head[j]
		}
	}
}

// leastFirstFunc is leastFirst in the order of cmp, which must be a total
// order (items that compare equal are equal).
func leastFirstFunc[T any](items []T, k int, cmp func(a, b T) int) {
	if len(items) <= k {
		slices.SortFunc(items, cmp)
		return
	}
	if k <= 0 {
		return
	}
	head := items[:k]
	slices.SortFunc(head, cmp)
	for i := k; i < len(items); i++ {
		if cmp(items[i], head[k-1]) >= 0 {
			continue
		}
		head[k-1], items[i] = items[i], head[k-1]
		for j := k - 1; j > 0 && cmp(head[j], head[j-1]) < 0; j-- {
			head[j], head[j-1] = head[j-1], head[j]
		}
	}
}

// appendSome appends listSome(items, sep) to b.
func appendSome(b []byte, items []string, sep string) []byte {
	n := min(len(items), listed)
	for i, it := range items[:n] {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, it...)
	}
	if more := len(items) - n; more > 0 {
		b = append(b, sep...)
		b = append(b, "and "...)
		b = strconv.AppendInt(b, int64(more), 10)
		b = append(b, " more"...)
	}
	return b
}

// addLine adds to f the evidence line b, written out by the caller, with
// its weight, as f.AddIn(in, weight, format, args...) would have written
// it. The line is given to AddIn as a string that shares b's bytes: AddIn
// copies what it is given into its own buffer and keeps no reference to
// it, so b is the caller's to reuse, and the line is copied only when in
// holds no copy yet, never made as a string of its own first.
func addLine(f *rules.Finding, in *rules.Interner, weight float64, b []byte) {
	f.AddIn(in, weight, "%s", unsafe.String(unsafe.SliceData(b), len(b)))
}

// dedupe keeps one finding per excerpt: the most confident, with the
// others' rules noted in its evidence.
func dedupe(fs []rules.Finding) []rules.Finding {
	sortForDedupe(fs)
	out := fs[:0] // in place: out never passes the finding being read
	for _, f := range fs {
		if n := len(out); n > 0 && out[n-1].File == f.File && out[n-1].Start == f.Start && out[n-1].Actor == f.Actor {
			out[n-1].Evidence = append(out[n-1].Evidence, fmt.Sprintf("also flagged by %s (%.2f)", f.Rule, f.Confidence))
			continue
		}
		out = append(out, f)
	}
	clear(fs[len(out):]) // what was folded in is garbage
	return out
}

// sortForDedupe sorts fs by file, start and falling confidence, stably.
// It sorts the findings' numbers, ties broken by number, which is the
// stable order, and then moves each finding once to its place: a stable
// sort of the findings themselves moved each of their couple of hundred
// bytes many times over.
func sortForDedupe(fs []rules.Finding) {
	permute(fs, sortedIndex(len(fs), func(i, j int32) int {
		a, b := &fs[i], &fs[j]
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Start, b.Start), cmp.Compare(b.Confidence, a.Confidence), cmp.Compare(i, j))
	}))
}

// permute moves the finding at idx[k] to place k, for every k; idx is
// used up.
func permute(fs []rules.Finding, idx []int32) {
	// Place k takes the finding at idx[k]: each cycle of the permutation
	// is followed once, and marked done (idx[k] = k) as it goes.
	for i := range idx {
		if idx[i] == int32(i) {
			continue
		}
		tmp := fs[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = int32(j)
			if k == i {
				fs[j] = tmp
				break
			}
			fs[j] = fs[k]
			j = k
		}
	}
}
