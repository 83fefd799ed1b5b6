package compare

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/rules"
)

// eachStemRef is eachStem as it was: strings.FieldsFuncSeq over the
// lowered text, a map of stopwords and a loop over the suffixes. eachStem
// must call fn with the same words in the same order.
func eachStemRef(s string, fn func(string)) {
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '’' && r != '“' && r != '”')
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if stopwords[w] || len(w) < 2 {
			continue
		}
		for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				w = w[:len(w)-len(suf)]
				break
			}
		}
		fn(w)
	}
}

// stems and similar are how paraphrases met a quote's words and a
// report's before: sets in maps. stemList and sharedStrings must decide as
// they did.
func stems(s string) map[string]bool {
	out := map[string]bool{}
	eachStem(s, func(w string) { out[w] = true })
	return out
}

func similar(a, b map[string]bool) (bool, []string) {
	var shared []string
	for w := range a {
		if b[w] {
			shared = append(shared, w)
		}
	}
	slices.Sort(shared)
	return similarCount(len(shared), len(a), len(b)), shared
}

func checkSimilar(t *testing.T, a, b string) {
	la, lb := stemList(a), stemList(b)
	ma, mb := stems(a), stems(b)
	if len(la) != len(ma) || len(lb) != len(mb) {
		t.Fatalf("stemList(%q), stemList(%q) hold %d, %d words, stems %d, %d", a, b, len(la), len(lb), len(ma), len(mb))
	}
	wantOK, shared := similar(ma, mb)
	if got := sharedStrings(la, lb); got != len(shared) {
		t.Errorf("sharedStrings(%q, %q) = %d, want %d", la, lb, got, len(shared))
	}
	if got := similarCount(sharedStrings(la, lb), len(la), len(lb)); got != wantOK {
		t.Errorf("similar by lists (%q, %q) = %v, want %v", a, b, got, wantOK)
	}
}

func TestSharedStringsMatchesSimilar(t *testing.T) {
	for _, a := range stemCases {
		for _, b := range stemCases {
			checkSimilar(t, a, b)
		}
	}
	checkSimilar(t, "the minister said talks were progressing well in Geneva today",
		"talks progressing in Geneva, the minister says, well ahead of today")
}

func FuzzSimilar(f *testing.F) {
	f.Add("the minister said talks were progressing well", "talks progressing well, the minister says")
	for _, s := range stemCases {
		f.Add(s, "ranges cases talks minister")
	}
	f.Fuzz(checkSimilar)
}

var stemCases = []string{
	"", "a", "The minister said talks were progressing", "Russia’s foreign ministry’s statement",
	"he's going, they're \"done\" and it’s over", "“Quoted” words ‘single’ marks", "İstanbul \u212aelvin",
	"a\xffb c\xfe\xfe done", "ÉCOLE NORMALE supérieure élèves", "ranges ranged ranging rang ring rings",
	"cases case caseses bed beds bused busing", "12 345 6789 1st 2nd", "us u s who which what about also not",
	"  many   spaces\there\nand\r\nthere  ", "ＦＵＬＬ width ＡＢＣ", "\u0130\u0049\u0131 dotted",
}

func checkEachStem(t *testing.T, s string) {
	var got, want []string
	eachStem(s, func(w string) { got = append(got, w) })
	eachStemRef(s, func(w string) { want = append(want, w) })
	if !slices.Equal(got, want) {
		t.Errorf("eachStem(%q) = %q, want %q", s, got, want)
	}
}

func TestEachStemMatchesRef(t *testing.T) {
	for _, s := range stemCases {
		checkEachStem(t, s)
	}
}

func FuzzEachStem(f *testing.F) {
	for _, s := range stemCases {
		f.Add(s)
	}
	f.Fuzz(checkEachStem)
}

// TestIsStopword checks the switch against the map it spells out.
func TestIsStopword(t *testing.T) {
	for w, stop := range stopwords {
		if got := isStopword(w); got != stop {
			t.Errorf("isStopword(%q) = %v, want %v", w, got, stop)
		}
	}
	for _, w := range []string{"", "not", "x", "thee", "minister", "Said", "ha"} {
		if got := isStopword(w); got != stopwords[w] {
			t.Errorf("isStopword(%q) = %v, want %v", w, got, stopwords[w])
		}
	}
}

// reportOf makes a report of weekday wd, resolved to the day off days
// after 2025-03-03 (a Monday) when dated, named as reportDates names it.
func reportOf(wd, off int, dated bool) report {
	c := &claims.Claim{Kind: claims.KindReport, Report: &claims.Report{Weekday: wd}}
	r := report{ref: ref{c: c}}
	if dated {
		d := date.MustOf(2025, 3, 3).AddDays(off)
		c.Report.Day = date.Window{From: d, To: d}
		r.day = d.String()
	} else {
		r.day = time.Weekday(wd).String()
	}
	r.setDay(c)
	return r
}

// TestPairDayKey wants pairDayKey to tell days apart exactly as the
// strings of pairDay do, and each report's key its day string.
func TestPairDayKey(t *testing.T) {
	var rs []report
	for wd := range 7 {
		rs = append(rs, reportOf(wd, 0, false))
		for _, off := range []int{-45000, -3, 0, 1, 6, 7, 365, 20000} {
			rs = append(rs, reportOf(wd, off, true))
		}
	}
	for i := range rs {
		for j := range rs {
			if got, want := rs[i].key == rs[j].key, rs[i].day == rs[j].day; got != want {
				t.Errorf("keys of %q and %q equal: %v, want %v", rs[i].day, rs[j].day, got, want)
			}
			for k := range rs {
				kij, sij := pairDayKey(&rs[i], &rs[j]), pairDay(rs[i], rs[j])
				kik, sik := pairDayKey(&rs[i], &rs[k]), pairDay(rs[i], rs[k])
				if got, want := kij == kik, sij == sik; got != want {
					t.Errorf("pairDay(%q, %q) = %q, pairDay(%q, %q) = %q: keys equal %v, want %v", rs[i].day, rs[j].day, sij, rs[i].day, rs[k].day, sik, got, want)
				}
				if got, want := kij == rs[i].key, sij == rs[i].day; got != want {
					t.Errorf("pairDay(%q, %q) = %q: key is x's %v, want %v", rs[i].day, rs[j].day, sij, got, want)
				}
			}
		}
	}
}

// FuzzPairDayKey checks pairDayKey against pairDay on reports of any
// weekday, dated or not, hundreds of years either way.
func FuzzPairDayKey(f *testing.F) {
	f.Add(uint8(1), int16(0), true, uint8(1), int16(7), true, uint8(2), int16(1), false)
	f.Fuzz(func(t *testing.T, wx uint8, ox int16, dx bool, wy uint8, oy int16, dy bool, wz uint8, oz int16, dz bool) {
		x := reportOf(int(wx%7), int(ox)*4, dx)
		y := reportOf(int(wy%7), int(oy)*4, dy)
		z := reportOf(int(wz%7), int(oz)*4, dz)
		if got, want := pairDayKey(&x, &y) == pairDayKey(&x, &z), pairDay(x, y) == pairDay(x, z); got != want {
			t.Errorf("pairDay(%q, %q) = %q, pairDay(%q, %q) = %q: keys equal %v, want %v", x.day, y.day, pairDay(x, y), x.day, z.day, pairDay(x, z), got, want)
		}
		if got, want := x.key == y.key, x.day == y.day; got != want {
			t.Errorf("keys of %q and %q equal: %v, want %v", x.day, y.day, got, want)
		}
	})
}

// pairDay returns the day of y as compared with x, as pairDayKey keys it:
// its resolved date when both reports are dated, else its weekday; x.day
// when the two agree. It is how versions were told apart, by name.
func pairDay(x, y report) string {
	if !x.c.Report.Day.IsZero() && !y.c.Report.Day.IsZero() {
		return y.day
	}
	if x.c.Report.Weekday == y.c.Report.Weekday {
		return x.day
	}
	return time.Weekday(y.c.Report.Weekday).String()
}

// FuzzVotesWhens checks the dates a report-date finding lists: each
// different one once, in order, as sorting every version's date and
// compacting them gave (slices.Compact of slices.Sort), finding after
// finding of one reporter's votes. Each byte of data picks a report (its
// date and source from the byte's bits); a zero byte ends a finding.
func FuzzVotesWhens(f *testing.F) {
	f.Add([]byte{1, 2, 3, 0, 3, 3, 9, 0, 17, 1, 255})
	f.Add([]byte{0, 0, 5, 5, 5})
	f.Fuzz(func(t *testing.T, data []byte) {
		whenOf := []string{"on Friday", "on Thursday", "Friday", "on 5 May"}
		g := &Grouping{}
		for i := range 4 {
			g.arts = append(g.arts, &claims.Article{File: "f", Source: []string{"A", "B", "A B", "B ("}[i]})
		}
		var rs []report
		for b := range 256 {
			c := &claims.Claim{Text: "t", Report: &claims.Report{When: whenOf[b&3]}}
			rs = append(rs, report{ref: ref{a: g.arts[(b>>2)&3], c: c}, src: int32((b >> 2) & 3)})
		}
		told := votes{rs: rs, g: g}
		for len(data) > 0 {
			end := slices.Index(data, 0)
			if end < 0 {
				end = len(data)
			}
			var got, all []string
			told.newFinding()
			for _, b := range data[:end] {
				_, date := told.of(int(b))
				w := told.dates[date]
				if told.firstListing(date) {
					got = append(got, w)
				}
				all = append(all, w)
			}
			slices.Sort(got)
			slices.Sort(all)
			if want := slices.Compact(all); !slices.Equal(got, want) {
				t.Fatalf("listed %q, want %q", got, want)
			}
			data = data[min(end+1, len(data)):]
		}
	})
}

// FuzzAddVersion checks addVersion against the map of (day, source) to
// version it replaced: the same versions, in the same order, each naming
// the last report given for it. Each pair of bytes of data is a day and a
// source; a zero day byte starts the next report's versions.
func FuzzAddVersion(f *testing.F) {
	f.Add([]byte{1, 1, 2, 1, 1, 1, 3, 2, 0, 0, 1, 2})
	f.Add([]byte{5, 9, 5, 9, 6, 9, 5, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		type versionKey struct {
			day dayKey
			src int32
		}
		lastOf := newSrcMap(16)
		var got []version
		var want []version
		index := map[versionKey]int{}
		for i := 0; i+1 < len(data); i += 2 {
			if data[i] == 0 {
				lastOf.reset()
				got, want = got[:0], want[:0]
				clear(index)
				continue
			}
			key, src := dayKey(data[i]%5), int32(data[i+1]%16)
			got = addVersion(got, &lastOf, key, src, i)
			if v, ok := index[versionKey{key, src}]; ok {
				want[v].y = i
			} else {
				index[versionKey{key, src}] = len(want)
				want = append(want, version{key: key, src: src, y: i})
			}
			if len(got) != len(want) {
				t.Fatalf("after %v: %d versions, want %d", data[:i+2], len(got), len(want))
			}
			for k := range got {
				if got[k].key != want[k].key || got[k].src != want[k].src || got[k].y != want[k].y {
					t.Fatalf("after %v: version %d is %+v, want %+v", data[:i+2], k, got[k], want[k])
				}
			}
		}
	})
}

// FuzzTallyClass checks a report's versions and best report taken from
// its class's tally (tallyClass, less its own source) against the loop
// over the candidates that left its source out, report by report. Each
// group of four bytes of data is a report: its weekday and whether it is
// dated, its day, its source, and its content words (a few small
// numbers, so that lists repeat and overlap); the candidates are every
// report whose index the last byte's bits pick.
func FuzzTallyClass(f *testing.F) {
	f.Add([]byte{1, 0, 1, 7, 1, 0, 2, 7, 3, 1, 1, 15, 0, 2, 3, 7, 0xff})
	f.Add([]byte{8, 3, 0, 255, 9, 3, 1, 255, 8, 4, 2, 254, 0x5a})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 5 {
			return
		}
		pick := data[len(data)-1]
		var rs []report
		for k := 0; k+3 < len(data)-1 && len(rs) < 64; k += 4 {
			b := data[k : k+4]
			r := reportOf(int(b[0]%7), int(b[1]%4), b[0]&8 != 0)
			r.src = int32(b[2] % 5) // below sources
			// Words w+1 for the byte's set bits w, and 10 to 13 always.
			for w := range 8 {
				if b[3]&(1<<w) != 0 {
					r.words = append(r.words, int32(w+1))
				}
			}
			r.words = append(r.words, 10, 11, 12, 13)
			rs = append(rs, r)
		}
		var cands []int
		for j := range rs {
			if pick&(1<<(j%8)) != 0 {
				cands = append(cands, j)
			}
		}
		memo := newSharedMemo()
		memo.reset(rs)
		const sources = 5 // r.src is below it
		c := newClasses(sources)
		c.cands = cands
		c.newCands()
		for i := range rs {
			x := &rs[i]
			// The loop tallyClass replaced.
			lastOf := newSrcMap(sources)
			var want []version
			wantBest, bestShared := -1, 0
			for _, j := range cands {
				y := &rs[j]
				if j == i || y.src == x.src {
					continue
				}
				shared := memo.count(i, j)
				if !similarCount(shared, len(x.words), len(y.words)) {
					continue
				}
				yk := pairDayKey(x, y)
				want = addVersion(want, &lastOf, yk, y.src, j)
				if yk != x.key && shared > bestShared {
					wantBest, bestShared = j, shared
				}
			}
			tl := c.tallyClass(rs, i, &memo)
			var got []version
			for _, v := range tl.versions {
				if v.src != x.src {
					got = append(got, v)
				}
			}
			if len(got) != len(want) {
				t.Fatalf("report %d: %d versions, want %d", i, len(got), len(want))
			}
			for k := range got {
				if got[k].key != want[k].key || got[k].src != want[k].src || got[k].y != want[k].y {
					t.Fatalf("report %d: version %d is %+v, want %+v", i, k, got[k], want[k])
				}
			}
			if b := tl.best(x.src); b != wantBest {
				t.Fatalf("report %d: best %d, want %d", i, b, wantBest)
			}
		}
	})
}

// FuzzMergeSorted checks mergeSorted against sorting every list's numbers
// together and compacting them. Each byte of data is a number, added to
// the list in hand; a byte of 0 starts the next list; each is sorted.
func FuzzMergeSorted(f *testing.F) {
	f.Add([]byte{1, 3, 5, 0, 2, 3, 9, 0, 0, 5, 6})
	f.Add([]byte{7, 7, 0, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		lists := [][]int{nil}
		for _, b := range data {
			if b == 0 {
				lists = append(lists, nil)
				continue
			}
			l := &lists[len(lists)-1]
			*l = append(*l, int(b))
		}
		for _, l := range lists {
			slices.Sort(l) // once each: sorting at every byte made long inputs quadratic
		}
		var all []int
		for _, l := range lists {
			all = append(all, l...)
		}
		slices.Sort(all)
		want := slices.Compact(all)
		if got := mergeSorted(nil, lists); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("mergeSorted(%v) = %v, want %v", lists, got, want)
		}
	})
}

// TestWeeksFirst compares the report dates of the generated articles with
// the reports of one list of weeks taken together (weeksFirst) and in
// their order, as reportDates took them before: the findings, and their
// order, are the same. The articles are shuffled, so that the weeks of a reporter's
// reports change back and forth in their order.
func TestWeeksFirst(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 2,000 articles")
	}
	in := loadBench(t)
	arts := slices.Clone(in.arts)
	rng := rand.New(rand.NewPCG(5, 6))
	rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	ix := newIndex(in.k, arts)
	g := group(arts, ix.dating, nil, nil)
	stems := stemReports(arts, g)
	run := func(first bool) []rules.Finding {
		defer func(was bool) { weeksFirst = was }(weeksFirst)
		weeksFirst = first
		return reportDates(arts, &stems, ix.dating, g, rules.NewInterner())
	}
	want, got := run(false), run(true)
	if len(want) < 10 {
		t.Fatalf("only %d report-date findings: the test compares too little", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("finding %d of %d/%d differs:\n got %+v\nwant %+v", i, len(got), len(want), got[i], want[i])
			}
		}
		t.Fatalf("%d findings, want %d", len(got), len(want))
	}
	t.Logf("%d report-date findings", len(want))
}
