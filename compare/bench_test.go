package compare

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// benchInput is a generated corpus with its claims extracted and its
// knowledge findings made, shared by the benchmarks: the extraction is not
// what they measure.
type benchInput struct {
	k    *kb.KB
	arts []*claims.Article
	fs   []rules.Finding
}

var (
	benchOnce sync.Once
	benchIn   benchInput
)

// Shape of the generated corpus, after the 10,000-article corpus the
// profiles are taken on: many outlets, a few weeks of news, and articles
// that recombine a small pool of lines, at a size that loads in a few
// seconds.
const (
	benchArticles = 2000
	benchPerEvent = 10
	benchOutlets  = 90
	benchDays     = 60
	// Each paragraph is in about 300 articles: more than a posting list
	// holds, as in the 10,000-article corpus (180 paragraphs).
	benchParagraphs = 40
)

// loadBench builds benchArticles articles from lines of the repository's
// test articles, recombined (as cmd/claimcheck's benchmarks do), and
// extracts their claims, so that the comparison has blocks, copies and
// votes to work on.
func loadBench(b testing.TB) benchInput {
	b.Helper()
	benchOnce.Do(func() {
		k, err := kb.Default()
		if err != nil {
			b.Fatal(err)
		}
		// Lines of prose from the seed and labelled articles and from the
		// articles in the testscript fixtures.
		var texts []string
		paths, _ := filepath.Glob("../testdata/*/*.txt")
		scripts, _ := filepath.Glob("../testdata/script/*.txtar")
		if len(paths) == 0 || len(scripts) == 0 {
			b.Fatal("no test articles")
		}
		for _, p := range append(paths, scripts...) {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			if !strings.HasSuffix(p, ".txtar") {
				texts = append(texts, string(data))
				continue
			}
			// The article files of a txtar archive, not its script.
			for _, part := range strings.Split("\n"+string(data), "\n-- ")[1:] {
				name, body, _ := strings.Cut(part, " --\n")
				if strings.HasSuffix(name, ".txt") {
					texts = append(texts, body)
				}
			}
		}
		var paras []string
		for _, t := range texts {
			for _, l := range strings.Split(t, "\n") {
				if l = strings.TrimSpace(l); l != "" && len(l) <= 600 && l != "---" && !strings.Contains(l, ": ") &&
					utf8.ValidString(l) && !strings.ContainsRune(l, 0) {
					paras = append(paras, l)
				}
			}
		}
		slices.Sort(paras)
		paras = slices.Compact(paras)
		rng := rand.New(rand.NewPCG(1, 2))
		rng.Shuffle(len(paras), func(i, j int) { paras[i], paras[j] = paras[j], paras[i] })
		paras = paras[:benchParagraphs]
		base := date.MustOf(2025, 3, 1)
		lex := rules.Lexicon(k)
		var arts []*claims.Article
		for i := range benchArticles {
			event := i / benchPerEvent
			day := base.AddDays(event*benchDays/(benchArticles/benchPerEvent) + rng.IntN(8))
			var body []string
			for range 8 + rng.IntN(8) {
				body = append(body, paras[rng.IntN(len(paras))])
			}
			text := fmt.Sprintf("source: Outlet %d\npublished: %s\n---\nEvent %d\n%s\n", rng.IntN(benchOutlets), day, event, strings.Join(body, "\n\n"))
			as, err := claims.Load(fmt.Sprintf("a%06d.txt", i), []byte(text))
			if err != nil {
				b.Fatal(err)
			}
			for _, a := range as {
				claims.Extract(a, lex)
			}
			arts = append(arts, as...)
		}
		benchIn = benchInput{k, arts, append(rules.CheckTitles(k, arts), rules.CheckTime(arts)...)}
	})
	return benchIn
}

// cloneFindings copies fs so that Run, which adds evidence to the
// knowledge findings it is given, starts from the same findings each time.
func cloneFindings(fs []rules.Finding) []rules.Finding {
	out := slices.Clone(fs)
	for i := range out {
		out[i].Factors = slices.Clip(out[i].Factors)
		out[i].Related = slices.Clip(out[i].Related)
		out[i].Evidence = slices.Clip(out[i].Evidence)
	}
	return out
}

// BenchmarkGroup finds the events and copies among the generated
// articles.
func BenchmarkGroup(b *testing.B) {
	in := loadBench(b)
	// Run dates each article once; so does the benchmark.
	datings := map[*claims.Article]rules.Dating{}
	for _, a := range in.arts {
		datings[a], _ = rules.ArticleDating(in.k, a, -1)
	}
	dating := func(a *claims.Article) (rules.Dating, bool) { d := datings[a]; return d, len(d.Windows) > 0 }
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Group(in.arts, dating)
	}
}

// BenchmarkRun compares the generated articles across sources, grouping
// included, and scores every finding.
func BenchmarkRun(b *testing.B) {
	in := loadBench(b)
	b.ReportAllocs()
	b.ResetTimer()
	var n int
	for b.Loop() {
		n = len(Run(in.k, in.arts, cloneFindings(in.fs), Options{}))
	}
	b.ReportMetric(float64(n), "findings")
}

// BenchmarkEachStem stems the contents of the generated articles' reports,
// as reportDates, attributions and paraphrases do, and as the reference
// (eachStemRef) did.
func BenchmarkEachStem(b *testing.B) {
	in := loadBench(b)
	var texts []string
	for _, a := range in.arts {
		for i := range a.Claims {
			if c := &a.Claims[i]; c.Kind == claims.KindReport && c.Report.Content != "" {
				texts = append(texts, c.Report.Content)
			}
		}
	}
	for _, bc := range []struct {
		name string
		fn   func(string, func(string))
	}{{"eachStem", eachStem}, {"ref", eachStemRef}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				for _, s := range texts {
					bc.fn(s, func(string) { n++ })
				}
			}
			b.ReportMetric(float64(len(texts)), "reports")
		})
	}
}

// BenchmarkSortForDedupe sorts 20,000 findings as dedupe does, and as the
// stable sort of the findings themselves (sortForDedupeRef) did.
func BenchmarkSortForDedupe(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	data := make([]byte, 4*20000)
	for i := range data {
		data[i] = byte(rng.IntN(256))
	}
	base := findingsOf(data)
	for i := range base {
		base[i].File = fmt.Sprintf("/work/corp/corpus-10000/%03d/a%06d.txt", i%100, i/3)
		base[i].Start = rng.IntN(5000)
	}
	fs := make([]rules.Finding, len(base))
	for _, bc := range []struct {
		name string
		sort func([]rules.Finding)
	}{{"index", sortForDedupe}, {"ref", sortForDedupeRef}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				copy(fs, base)
				bc.sort(fs)
			}
		})
	}
}

// sortPostingsRef is sortPostings as it was: the whole list, sixteen bits
// at a time, on one core.
func sortPostingsRef(ps []posting) {
	src, dst := ps, make([]posting, len(ps))
	var count [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		if radixPass(src, dst, shift, count[:]) {
			src, dst = dst, src
		}
	}
	if &src[0] != &ps[0] {
		copy(ps, src)
	}
}

// BenchmarkSortPostings sorts postings of random keys, eleven to an item,
// made in order of item, in the numbers the attributions make at 1,000,
// 10,000 and 100,000 articles, as sortPostings does and as the sort of the
// whole list (sortPostingsRef) did.
func BenchmarkSortPostings(b *testing.B) {
	for _, n := range []int{17620, 176203, 1738105} {
		rng := rand.New(rand.NewPCG(1, 2))
		made := make([]posting, n)
		for i := range made {
			made[i] = posting{rng.Uint64(), int32(i / 11)}
		}
		ps := make([]posting, n)
		for _, bc := range []struct {
			name string
			sort func([]posting)
		}{{"buckets", sortPostings}, {"ref", sortPostingsRef}} {
			b.Run(fmt.Sprintf("%d/%s", n, bc.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					copy(ps, made)
					bc.sort(ps)
				}
			})
		}
	}
}
