package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestMembers(t *testing.T) {
	tests := []struct {
		name      string
		eventOf   []int32
		wantOrder []int32
		wantAt    []int32
	}{
		{"none", nil, []int32{}, []int32{0}},
		{"one article", []int32{0}, []int32{0}, []int32{0, 1}},
		{"each its own", []int32{0, 1, 2}, []int32{0, 1, 2}, []int32{0, 1, 2, 3}},
		{"interleaved", []int32{0, 1, 0, 3, 1, 0}, []int32{0, 2, 5, 1, 4, 3}, []int32{0, 3, 5, 6}},
		{"one event", []int32{0, 0, 0}, []int32{0, 1, 2}, []int32{0, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Grouping{eventOf: tt.eventOf}
			order, at := g.members()
			if !slices.Equal(order, tt.wantOrder) || !slices.Equal(at, tt.wantAt) {
				t.Errorf("members() = %v, %v; want %v, %v", order, at, tt.wantOrder, tt.wantAt)
			}
		})
	}
}

// TestMembersRandom checks members on random groupings: every article
// once, each event's in article order under its root, the events in the
// order of their roots.
func TestMembersRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		n := r.IntN(60)
		u := newUnionFind(n)
		for range r.IntN(n + 1) {
			u.union(r.IntN(n), r.IntN(n))
		}
		g := &Grouping{eventOf: make([]int32, n)}
		for i := range n {
			g.eventOf[i] = int32(u.find(i))
		}
		order, at := g.members()
		if len(order) != n || at[0] != 0 || int(at[len(at)-1]) != n {
			t.Fatalf("eventOf %v: order %v, at %v", g.eventOf, order, at)
		}
		var roots []int32
		for i, r := range g.eventOf {
			if int(r) == i {
				roots = append(roots, r)
			}
		}
		if len(at) != len(roots)+1 {
			t.Fatalf("eventOf %v: %d events, want %d", g.eventOf, len(at)-1, len(roots))
		}
		seen := make([]bool, n)
		for e, root := range roots {
			ms := order[at[e]:at[e+1]]
			if len(ms) == 0 || ms[0] != root || !slices.IsSorted(ms) {
				t.Fatalf("eventOf %v: event %d (root %d) has %v", g.eventOf, e, root, ms)
			}
			for _, m := range ms {
				if g.eventOf[m] != root || seen[m] {
					t.Fatalf("eventOf %v: event %d (root %d) has %v", g.eventOf, e, root, ms)
				}
				seen[m] = true
			}
		}
	}
}
