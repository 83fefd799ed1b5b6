package compare

import (
	"math/rand/v2"
	"testing"
)

// oldSameStory is sameStory as it was before it counted the names first
// and stopped early: every shared feature counted, then one test. The
// features may come in any order; term tells which feature numbers are
// terms. It is kept to check sameStory against.
func oldSameStory(fa, fb *featureSet, has []uint64, term []bool) bool {
	names, terms := 0, 0
	for _, id := range fb.ids {
		if has[id>>6]&(1<<(id&63)) != 0 {
			if term[id] {
				terms++
			} else {
				names++
			}
		}
	}
	na, nb, ta, tb := fa.names, fb.names, fa.terms, fb.terms
	termsOK := terms >= 4 && float64(terms) >= 0.2*float64(min(ta, tb))
	namesOK := names >= eventShared && float64(names) >= 0.2*float64(min(na, nb))
	return namesOK || termsOK && names >= 1 || termsOK && na+nb == 0 || names >= 2 && terms >= 4
}

// storyPair makes two feature sets from the bytes of data over a space of
// space feature numbers, of which term tells the terms: each byte puts
// one feature in a, in b or in both. It returns each set twice: in the
// order made, and with its names first, as sameStory takes it.
func storyPair(data []byte, space int, term []bool) (a, b, aSorted, bSorted featureSet) {
	in := make([]uint8, space)
	for k, c := range data {
		in[(k*7+int(c))%space] |= c%3 + 1 // 1 a, 2 b, 3 both
	}
	for id, w := range in {
		if w&1 != 0 {
			a.ids = append(a.ids, int32(id))
		}
		if w&2 != 0 {
			b.ids = append(b.ids, int32(id))
		}
	}
	namesFirst := func(f featureSet) featureSet {
		var out featureSet
		for _, id := range f.ids {
			if !term[id] {
				out.ids = append(out.ids, id)
				out.names++
			}
		}
		for _, id := range f.ids {
			if term[id] {
				out.ids = append(out.ids, id)
				out.terms++
			}
		}
		return out
	}
	aSorted, bSorted = namesFirst(a), namesFirst(b)
	a.names, a.terms, b.names, b.terms = aSorted.names, aSorted.terms, bSorted.names, bSorted.terms
	return a, b, aSorted, bSorted
}

func sameStoryAgrees(t *testing.T, data []byte, space int, term []bool) {
	t.Helper()
	a, b, as, bs := storyPair(data, space, term)
	has := make([]uint64, (space+63)/64)
	for _, id := range a.ids {
		has[id>>6] |= 1 << (id & 63)
	}
	if got, want := sameStory(&as, &bs, has), oldSameStory(&a, &b, has, term); got != want {
		t.Fatalf("sameStory(%v, %v) = %v, want %v", as, bs, got, want)
	}
}

// TestSameStory checks sameStory against the version that counted every
// shared feature, on sets with no names, no terms, and both, around the
// thresholds.
func TestSameStory(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		space := 1 + r.IntN(400)
		term := make([]bool, space)
		share := r.IntN(3)
		for id := range term {
			term[id] = share == 1 || share == 2 && r.IntN(2) == 0
		}
		data := make([]byte, r.IntN(2*space))
		for k := range data {
			data[k] = byte(r.UintN(256))
		}
		sameStoryAgrees(t, data, space, term)
	}
	for m := range 200 {
		t0 := termsNeeded(m)
		if t0 < 4 || float64(t0) < 0.2*float64(m) || t0 > 4 && float64(t0-1) >= 0.2*float64(m) {
			t.Errorf("termsNeeded(%d) = %d", m, t0)
		}
		n0 := namesNeeded(m)
		if n0 < eventShared || float64(n0) < 0.2*float64(m) || n0 > eventShared && float64(n0-1) >= 0.2*float64(m) {
			t.Errorf("namesNeeded(%d) = %d", m, n0)
		}
	}
}

// FuzzSameStory checks sameStory against the version that counted every
// shared feature, on pairs of sets made from any bytes.
func FuzzSameStory(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9}, []byte{0, 1}, uint16(16))
	f.Add([]byte{3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6}, []byte{255}, uint16(300))
	f.Fuzz(func(t *testing.T, data, terms []byte, n uint16) {
		space := int(n)%2000 + 1
		term := make([]bool, space)
		for id := range term {
			if len(terms) > 0 {
				term[id] = terms[id%len(terms)]>>(id%8)&1 != 0
			}
		}
		sameStoryAgrees(t, data, space, term)
	})
}
