package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// TestFoldCopies checks that copies fold their outlets into one source in
// their own event only, the source named by its first outlet's first
// article.
func TestFoldCopies(t *testing.T) {
	tests := []struct {
		name    string
		sources []string // each article's outlet
		eventOf []int32
		pairs   [][2]int
		want    []int32 // sourceOf
		folded  []bool  // whether Folded has a note, by article
	}{
		{
			name:    "no copies",
			sources: []string{"A", "B", "A"},
			eventOf: []int32{0, 0, 2},
			want:    []int32{0, 1, 0},
			folded:  []bool{false, false, false},
		},
		{
			name:    "one reprint",
			sources: []string{"A", "B", "C"},
			eventOf: []int32{0, 0, 0},
			pairs:   [][2]int{{1, 0}},
			want:    []int32{0, 0, 2},
			folded:  []bool{true, true, false},
		},
		{
			// Y reprints A in one story and B in another; in a third, A
			// and B stay apart.
			name:    "one site, two agencies, two stories",
			sources: []string{"A", "Y", "B", "Y", "A", "B"},
			eventOf: []int32{0, 0, 2, 2, 4, 4},
			pairs:   [][2]int{{0, 1}, {2, 3}},
			want:    []int32{0, 0, 1, 1, 0, 2},
			folded:  []bool{true, true, true, true, false, false},
		},
		{
			name:    "a chain in one story",
			sources: []string{"C", "B", "A", "D"},
			eventOf: []int32{0, 0, 0, 0},
			pairs:   [][2]int{{2, 1}, {1, 0}},
			want:    []int32{0, 0, 0, 3},
			folded:  []bool{true, true, true, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := len(tt.sources)
			g := &Grouping{outlet: newUnionFind(n), copies: map[sourceIn][]string{}, eventOf: tt.eventOf, pos: map[*claims.Article]int{}}
			first := map[string]int{}
			for i, s := range tt.sources {
				a := &claims.Article{Source: s, File: strings.ToLower(s) + ".txt"}
				g.arts = append(g.arts, a)
				g.pos[a] = i
				if j, ok := first[s]; ok {
					g.outlet.union(j, i)
				} else {
					first[s] = i
				}
			}
			for _, p := range tt.pairs {
				g.copyPairs = append(g.copyPairs, copyPair{p[0], p[1], 10, 10})
			}
			g.foldCopies()
			if !slices.Equal(g.sourceOf, tt.want) {
				t.Errorf("sourceOf = %v, want %v", g.sourceOf, tt.want)
			}
			for i, a := range g.arts {
				if got := g.Folded(a) != ""; got != tt.folded[i] {
					t.Errorf("article %d: Folded = %q, want a note: %v", i, g.Folded(a), tt.folded[i])
				}
			}
		})
	}
}
