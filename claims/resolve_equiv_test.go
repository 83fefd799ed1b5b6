package claims

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// nearestWhenFull is nearestWhen as ResolveWhens first did it: the whole
// sentence around the claim found with sentenceAround, then every phrase
// in it weighed.
func nearestWhenFull(text string, ws []When, start, end int32) int {
	from, to := sentenceAround(text, int(start), int(end))
	best, dist := -1, int32(0)
	for j := firstFrom(ws, from); j < len(ws) && int(ws[j].Start) < to; j++ {
		w := ws[j]
		if int(w.End) > to {
			continue
		}
		d := w.Start - end
		if w.End <= start {
			d = start - w.End
		}
		if best < 0 || d < dist {
			best, dist = j, d
		}
	}
	return best
}

// sentenceWithinLoop is sentenceWithin as it was, every byte tested in
// full.
func sentenceWithinLoop(text string, start, end, lo, hi int) (int, int) {
	from := lo
	for i := start - 1; i >= lo; i-- {
		if text[i] == '\n' || (text[i] == ' ' && i > 0 && isSentenceMark(text[i-1]) && !abbrevBefore(text, i-1)) {
			from = i + 1
			break
		}
	}
	to := hi
	for i := end; i < hi; i++ {
		if text[i] == '\n' || (isSentenceMark(text[i]) && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !abbrevBefore(text, i)) {
			to = i
			break
		}
	}
	return from, to
}

// checkSentenceWithin checks sentenceWithin against sentenceWithinLoop
// around text[start:end], within lo and hi.
func checkSentenceWithin(t *testing.T, text string, start, end, lo, hi int) {
	t.Helper()
	f1, t1 := sentenceWithin(text, start, end, lo, hi)
	if f2, t2 := sentenceWithinLoop(text, start, end, lo, hi); f1 != f2 || t1 != t2 {
		t.Fatalf("sentenceWithin(%q, %d, %d, %d, %d) = %d, %d, want %d, %d", text, start, end, lo, hi, f1, t1, f2, t2)
	}
}

// randomPhrases returns up to n phrases of text, in order and without
// overlaps, none empty, as ArticleWhens gives them.
func randomPhrases(r *rand.Rand, text string, n int) []When {
	var ws []When
	p := 0
	for range r.IntN(n + 1) {
		if p >= len(text) {
			break
		}
		a := p + r.IntN(min(len(text)-p, 3000))
		if a >= len(text) {
			break
		}
		b := a + 1 + r.IntN(min(len(text)-a, 40))
		ws = append(ws, When{Start: int32(a), End: int32(b)})
		p = b + r.IntN(2) // phrases may touch
	}
	return ws
}

// checkNearestWhen checks nearestWhen against nearestWhenFull for the
// claim text[start:end] and the phrases ws.
func checkNearestWhen(t *testing.T, text string, ws []When, start, end int32) {
	t.Helper()
	if got, want := nearestWhen(text, ws, start, end), nearestWhenFull(text, ws, start, end); got != want {
		t.Fatalf("nearestWhen(%q, %v, %d, %d) = %d, want %d", text, ws, start, end, got, want)
	}
}

var sentencePieces = []string{
	"said", "the", "U.S.", "Jan.", "Dr.", "A.", "on Friday", "2025", ". ", ".", "? ", "! ", "!", "\n", " ", "  ", "x", "officials",
	strings.Repeat("word ", 100), strings.Repeat("y", 700), "“", "”", "é", "a.b.", "St. ", "end.\n", "\t", "\r", ".\t", "!\r\n",
}

// TestNearestWhen checks nearestWhen on random texts, short and longer
// than a sentence can reach, with random phrases and claims.
func TestNearestWhen(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		text := randomText(r, sentencePieces, 1+r.IntN(80), 2)
		ws := randomPhrases(r, text, 12)
		start := r.IntN(len(text) + 1)
		end := start + r.IntN(len(text)-start+1)
		checkNearestWhen(t, text, ws, int32(start), int32(end))
		if len(ws) > 0 {
			// One phrase more, overlapping another, in order of start.
			k := r.IntN(len(ws))
			a := int(ws[k].Start) + r.IntN(int(ws[k].End-ws[k].Start))
			b := a + 1 + r.IntN(60)
			over := slices.Clone(ws)
			over = append(over, When{Start: int32(a), End: int32(min(b, len(text)))})
			slices.SortStableFunc(over, func(x, y When) int { return int(x.Start - y.Start) })
			checkNearestWhen(t, text, over, int32(start), int32(end))
		}
		lo, hi := r.IntN(start+1), end+r.IntN(len(text)-end+1)
		checkSentenceWithin(t, text, start, end, lo, hi)
		checkSentenceWithin(t, text, start, end, max(0, start-maxSentence), min(len(text), end+maxSentence))
	}
}

// FuzzNearestWhen checks nearestWhen on any text, repeated to reach past
// a sentence's bounds, with phrases and a claim drawn from seed.
func FuzzNearestWhen(f *testing.F) {
	f.Add("He said on Friday. The U.S. said\nthat", uint64(1))
	f.Add(strings.Repeat("x ", 300)+"said.", uint64(7))
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		if s == "" || len(s) > 1<<12 {
			return
		}
		r := rand.New(rand.NewPCG(seed, seed>>32))
		text := strings.Repeat(s, 1+r.IntN(6000/len(s)+1))
		ws := randomPhrases(r, text, 12)
		start := r.IntN(len(text) + 1)
		end := start + r.IntN(min(len(text)-start, 500)+1)
		checkNearestWhen(t, text, ws, int32(start), int32(end))
		lo, hi := r.IntN(start+1), end+r.IntN(len(text)-end+1)
		checkSentenceWithin(t, text, start, end, lo, hi)
	})
}
