package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// The dater makes each title claim's windows and support line once per
// article; inferDating, which made them all again for every claim left
// out, is kept here as its reference.

type constraint struct {
	windows []date.Window
	what    string
	weight  int // 2 for a current title; 1 for a weaker one ("former", or in a quotation)
}

// inferDatingRef finds the days consistent with the most title claims of the
// article (each claim names an office held at the time of writing), by a
// weighted sweep over the claims' windows. A wrong claim cannot move the
// result when the other claims agree among themselves.
func inferDatingRef(k *kb.KB, a *claims.Article, skip int) (Dating, bool) {
	var cs []constraint
	seen := map[string]bool{}
	for i, c := range a.Claims {
		if i == skip || c.Kind != claims.KindTitle || c.Person == "" || c.Title.Hypothetical {
			continue
		}
		if c.Title.HasModifier("then") || c.Title.HasModifier("late") {
			continue
		}
		ws := claimWindows(k, &c)
		if len(ws) == 0 {
			continue
		}
		key := c.Person + "|" + fmt.Sprint(ws)
		if seen[key] {
			continue // the same fact twice is one constraint
		}
		seen[key] = true
		w := fullWeight
		if c.Quoted || c.Title.HasModifier("former") || c.Title.HasModifier("ex") {
			w = halfWeight
		}
		cs = append(cs, constraint{ws, fmt.Sprintf("line %d: %s (%s)", c.Line, c.Text, windowsText(ws, k.Snapshot())), w})
	}
	if len(cs) == 0 {
		return Dating{}, false
	}
	// Sweep: +1 where a constraint's window opens, -1 after it closes.
	type ev struct {
		d     date.Date
		delta int
	}
	var evs []ev
	for _, c := range cs {
		for _, w := range c.windows {
			evs = append(evs, ev{w.From, c.weight}, ev{w.To.AddDays(1), -c.weight})
		}
	}
	slices.SortFunc(evs, func(x, y ev) int {
		if c := x.d.Compare(y.d); c != 0 {
			return c
		}
		return x.delta - y.delta
	})
	best, cur := 0, 0
	var out []date.Window
	for i, e := range evs {
		cur += e.delta
		if i+1 < len(evs) && evs[i+1].d == e.d {
			continue
		}
		if i+1 >= len(evs) {
			break
		}
		seg := date.Window{From: e.d, To: evs[i+1].d.AddDays(-1)}
		switch {
		case cur > best:
			best, out = cur, []date.Window{seg}
		case cur == best && best > 0:
			if n := len(out); n > 0 && out[n-1].To.AddDays(1) == seg.From {
				out[n-1].To = seg.To
			} else {
				out = append(out, seg)
			}
		}
	}
	if best == 0 || best <= fullWeight && len(cs) > 1 {
		// Nothing, or claims that each point elsewhere: no window to trust.
		return Dating{}, false
	}
	var support []string
	for _, c := range cs {
		for _, w := range c.windows {
			if _, ok := w.Intersect(out[0]); ok {
				support = append(support, c.what)
				break
			}
		}
	}
	return Dating{Windows: out, From: inferredFrom, Support: support}, true
}

func windowsText(ws []date.Window, snap date.Date) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		if w.To == snap {
			parts[i] = w.From.String() + ".."
		} else {
			parts[i] = w.String()
		}
	}
	return strings.Join(parts, ", ")
}

// checkDater compares the dater with inferDatingRef on every claim of a
// left out, and on none.
func checkDater(t *testing.T, k *kb.KB, a *claims.Article) {
	t.Helper()
	dt := dater{k: k, a: a}
	for skip := -1; skip < len(a.Claims); skip++ {
		got, gok := dt.infer(skip)
		want, wok := inferDatingRef(k, a, skip)
		if gok != wok || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: infer(%d) = %#v, %v; inferDatingRef = %#v, %v", a.File, skip, got, gok, want, wok)
		}
	}
}

// daterSentences are title claims that date an article, agree, disagree
// and repeat one another.
var daterSentences = []string{
	"Pope Leo XIV called for peace.",
	"Pope Francis called for peace.",
	"US Secretary of State Marco Rubio met the envoy.",
	"Secretary of State Antony Blinken met the envoy.",
	"Russian Prime Minister Vladimir Putin warned of retaliation.",
	"Russian President Vladimir Putin warned of retaliation.",
	"President Putin spoke.",
	"Former President Joe Biden said so.",
	"President Joe Biden said so.",
	"President Donald Trump said so.",
	"Former U.S. President Donald Trump said so.",
	"\"President Trump is wrong,\" she said.",
	"Ukrainian President Volodymyr Zelensky spoke.",
	"German Chancellor Olaf Scholz spoke.",
	"German Chancellor Friedrich Merz spoke.",
	"British Prime Minister Keir Starmer spoke.",
	"Prime Minister Rishi Sunak spoke.",
	"President-elect Donald Trump spoke.",
	"then-President Barack Obama spoke.",
	"French President Emmanuel Macron spoke.",
	"Moscow, April 25 -",
	"Published: 2024\n",
	"\n",
}

// daterArticle writes the article that data picks sentences for.
func daterArticle(t *testing.T, k *kb.KB, data []byte) []*claims.Article {
	var b strings.Builder
	for _, x := range data {
		b.WriteString(daterSentences[int(x)%len(daterSentences)])
		b.WriteByte(' ')
	}
	b.WriteByte('\n')
	arts, err := claims.Load("t.txt", []byte(b.String()))
	if err != nil {
		t.Skip(err)
	}
	for _, a := range arts {
		claims.Extract(a, Lexicon(k))
	}
	return arts
}

// TestDater checks the dater against inferDatingRef on the repository's
// articles (or those under CLAIMCHECK_BENCH_CORPUS) and on made-up ones.
func TestDater(t *testing.T) {
	k := defaultKB(t)
	paths, _ := filepath.Glob("../testdata/*/*.txt")
	if dir := os.Getenv("CLAIMCHECK_BENCH_CORPUS"); dir != "" {
		paths, _ = filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := claims.Load(p, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			claims.Extract(a, Lexicon(k))
			checkDater(t, k, a)
		}
	}
	for _, data := range [][]byte{
		{0, 2, 4}, {0, 0, 2}, {4, 4, 0, 4}, {5, 5, 6, 5}, {7, 7, 8, 9, 9, 10, 11},
		{0, 1, 0, 1, 2, 3, 2}, {20, 0, 2, 5}, {21, 0, 1, 4}, {12, 13, 14, 15, 16, 19},
		{0, 2, 17, 18, 9, 9, 9}, {8, 8, 7, 7, 10, 10, 11, 11},
	} {
		for _, a := range daterArticle(t, k, data) {
			checkDater(t, k, a)
		}
	}
}

// FuzzDater checks the dater against inferDatingRef on articles made of
// the sentences that data picks.
func FuzzDater(f *testing.F) {
	k := defaultKB(f)
	f.Add([]byte{0, 2, 4})
	f.Add([]byte{5, 5, 6, 5, 7, 7})
	f.Add([]byte{20, 0, 2, 0, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 40 {
			data = data[:40]
		}
		for _, a := range daterArticle(t, k, data) {
			checkDater(t, k, a)
		}
	})
}
