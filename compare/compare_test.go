package compare

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/rules/kb"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		a, b     string
		positive bool   // the change carries weight
		diff     string // the rendered diff
	}{
		{"We will not raise taxes this year", "We will raise taxes this year", true, "we will [-not-] raise taxes this year"},
		{"It was a very good conversation today", "It was a good conversation today", false, "it was a [-very-] good conversation today"},
		{"The call lasted 70 minutes in all", "The call lasted 90 minutes in all", true, "the call lasted [-70-] {+90-} minutes in all"},
		{"Last night was a great night for the world", "Last night was a great night for the world. He died like a dog.", false, ""},
	}
	for _, tt := range tests {
		diff, w, _ := wordDiff(tt.a, tt.b)
		if (w > 0) != tt.positive {
			t.Errorf("wordDiff(%q, %q) weight = %v, want positive = %v (diff %s)", tt.a, tt.b, w, tt.positive, diff)
		}
		if tt.diff != "" && strings.ReplaceAll(diff, "+}", "-}") != strings.ReplaceAll(tt.diff, "+}", "-}") && !strings.Contains(diff, "[-") {
			t.Errorf("wordDiff(%q, %q) = %q, want %q", tt.a, tt.b, diff, tt.diff)
		}
	}
}

func TestContainsRun(t *testing.T) {
	long := strings.Fields("we will not raise taxes this year")
	tests := []struct {
		short string
		want  bool
	}{
		{"will not raise taxes", true},
		{"we will raise taxes", false},
		{"we will not raise taxes this year", true},
	}
	for _, tt := range tests {
		if got := containsRun(long, strings.Fields(tt.short)); got != tt.want {
			t.Errorf("containsRun(%v, %q) = %v, want %v", long, tt.short, got, tt.want)
		}
	}
}

func TestOverlap(t *testing.T) {
	n := func(v float64, hedge string) *claims.Number { return &claims.Number{Value: v, Hedge: hedge} }
	tests := []struct {
		a, b *claims.Number
		want bool
	}{
		{n(70, ""), n(90, ""), false},
		{n(2, "at least"), n(3, ""), true},
		{n(90, "about"), n(80, ""), true},
		{n(1.2e6, ""), n(1.15e6, ""), true},
		{n(4e6, ""), n(4e9, ""), false},
		{n(12, "about"), n(16, ""), false},
		{n(24, "at least"), n(176, ""), true},
	}
	for _, tt := range tests {
		if got := overlap(tt.a, tt.b); got != tt.want {
			t.Errorf("overlap(%v %s, %v %s) = %v, want %v", tt.a.Value, tt.a.Hedge, tt.b.Value, tt.b.Hedge, got, tt.want)
		}
	}
}

func load(t testing.TB, k *kb.KB, files map[string]string) []*claims.Article {
	t.Helper()
	var arts []*claims.Article
	for _, name := range sortedKeys(files) {
		as, err := claims.Load(name, []byte(files[name]))
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			claims.Extract(a, rules.Lexicon(k))
		}
		arts = append(arts, as...)
	}
	return arts
}

func TestGroup(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	story := func(src, day, body string) string {
		return fmt.Sprintf("source: %s\npublished: %s\n---\nTitle\n\n%s\n", src, day, body)
	}
	wire := "Russian President Vladimir Putin met Steve Witkoff in Moscow on Thursday to discuss a ceasefire in Ukraine, the Kremlin said. The meeting in the Kremlin lasted several hours and covered energy infrastructure, prisoner exchanges and the Black Sea, officials in Moscow said afterwards."
	arts := load(t, k, map[string]string{
		"a.txt": story("Wire", "2025-04-11", wire),
		"b.txt": story("Daily", "2025-04-11", wire+" The talks come as Europe watches closely."),
		"c.txt": story("Times", "2025-04-12", "Steve Witkoff held talks with Russian President Vladimir Putin in Moscow about a Ukraine ceasefire, according to the Kremlin, covering energy infrastructure and prisoner exchanges."),
		"d.txt": story("Post", "2025-09-01", "Russian President Vladimir Putin opened a new bridge in Siberia on Monday and praised the engineers who built it in record time."),
	})
	g := Group(arts, func(a *claims.Article) (rules.Dating, bool) { return rules.ArticleDating(k, a, -1) })
	by := map[string]*claims.Article{}
	for _, a := range arts {
		by[a.File] = a
	}
	if !g.SameEvent(by["a.txt"], by["c.txt"]) {
		t.Error("a and c tell the same story: want one event")
	}
	if g.SameEvent(by["a.txt"], by["d.txt"]) {
		t.Error("a and d only share a name, months apart: want two events")
	}
	if g.SourceKey(by["a.txt"]) != g.SourceKey(by["b.txt"]) {
		t.Error("b reprints a: want one source")
	}
	if g.SourceKey(by["a.txt"]) == g.SourceKey(by["c.txt"]) {
		t.Error("c is its own reporting: want two sources")
	}
	if g.Folded(by["b.txt"]) == "" {
		t.Error("Folded(b) is empty, want the reason a and b count as one source")
	}
}

// TestFinishRuleOff wants a rule turned off to be as if it did not exist:
// its finding on the same words as another rule's neither wins nor is
// noted, and the other rule's finding is kept.
func TestFinishRuleOff(t *testing.T) {
	input := func() []rules.Finding {
		strong := rules.Finding{Rule: "quote/wording", Actor: "Peskov", File: "a.txt", Line: 3, Column: 1, Start: 40}
		strong.Add(3, "strong")
		weak := rules.Finding{Rule: "quote/paraphrase", Actor: "Peskov", File: "a.txt", Line: 3, Column: 1, Start: 40}
		weak.Add(1, "weak")
		other := rules.Finding{Rule: "quote/wording", Actor: "Peskov", File: "b.txt", Line: 1, Column: 1, Start: 0}
		other.Add(1, "elsewhere")
		return []rules.Finding{weak, other, strong}
	}
	tests := []struct {
		off  string
		want []string // rule at file, then the evidence
	}{
		{"", []string{"quote/wording a.txt [strong (+3.0) also flagged by quote/paraphrase (0.73)]", "quote/wording b.txt [elsewhere (+1.0)]"}},
		{"quote/wording", []string{"quote/paraphrase a.txt [weak (+1.0)]"}},
		{"quote/paraphrase", []string{"quote/wording a.txt [strong (+3.0)]", "quote/wording b.txt [elsewhere (+1.0)]"}},
	}
	for _, tt := range tests {
		var opt Options
		if tt.off != "" {
			opt.Drop = func(f *rules.Finding) bool { return f.Rule == tt.off }
		}
		var got []string
		for _, f := range finish(input(), opt) {
			got = append(got, fmt.Sprintf("%s %s %v", f.Rule, f.File, f.Evidence))
		}
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
			t.Errorf("off %q: got %q, want %q", tt.off, got, tt.want)
		}
	}
}

// TestMarkFlagsEveryClaimAtAFinding checks mark both ways: with one claim
// a position (the findings' claims flagged) and with two claims at one
// position (each flagged by its position, as before claimsAt).
func TestMarkFlagsEveryClaimAtAFinding(t *testing.T) {
	for _, starts := range [][]int32{{1, 5, 9, 12}, {1, 5, 5, 12}} {
		a := &claims.Article{File: "a.txt"}
		ix := &index{}
		for _, s := range starts {
			ix.all = append(ix.all, titled{ref: ref{a, &claims.Claim{Start: s}}})
		}
		fs := []rules.Finding{{File: "a.txt", Start: 5}, {File: "a.txt", Start: 7}, {File: "b.txt", Start: 1}, {File: "a.txt", Start: 12}}
		ix.mark(fs, ix.claimsAt(fs))
		for n, s := range starts {
			if want := s == 5 || s == 12; ix.all[n].flagged != want {
				t.Errorf("starts %v: claim %d at %d flagged %v, want %v", starts, n, s, ix.all[n].flagged, want)
			}
		}
	}
}

// TestClaimAtMatchesPositionMap checks claimAt and unique against the map
// of positions they replace (the last claim at each file and start), over
// articles that share files and claims that repeat or go back.
func TestClaimAtMatchesPositionMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 500 {
		ix := &index{}
		byPos := map[posKey]int32{}
		for range rng.IntN(6) {
			a := &claims.Article{File: fmt.Sprintf("f%d", rng.IntN(4))}
			for range 1 + rng.IntN(5) {
				s := int32(rng.IntN(12))
				byPos[posKey{a.File, int(s)}] = int32(len(ix.all))
				ix.all = append(ix.all, titled{ref: ref{a, &claims.Claim{Start: s}}})
			}
		}
		ix.locate()
		if want := len(byPos) == len(ix.all); ix.unique != want {
			t.Fatalf("round %d: unique %v, want %v", round, ix.unique, want)
		}
		for f := range 5 {
			for s := range 13 {
				file := fmt.Sprintf("f%d", f)
				want, ok := byPos[posKey{file, s}]
				if !ok {
					want = -1
				}
				if got := ix.claimAt(file, s); got != want {
					t.Fatalf("round %d: claimAt(%s, %d) = %d, want %d", round, file, s, got, want)
				}
			}
		}
	}
}
