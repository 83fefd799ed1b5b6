package compare

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// The functions the scanner replaced, kept to check it against.

type oldFeature struct {
	kind byte
	s    string
}

func oldBodyText(a *claims.Article) string {
	var b strings.Builder
	for _, bl := range a.Blocks {
		if bl.Kind == claims.Body {
			b.WriteString(a.Text[bl.Start:bl.End])
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func oldFeatures(a *claims.Article) map[oldFeature]bool {
	f := map[oldFeature]bool{}
	for _, c := range a.Claims {
		if c.Kind == claims.KindQuote {
			ws := words(c.Quote.Words)
			for i := 0; i+4 <= len(ws); i += 2 {
				f[oldFeature{'q', strings.Join(ws[i:i+4], " ")}] = true
			}
		}
		if c.Person != "" {
			f[oldFeature{'p', c.Person}] = true
		} else if strings.Contains(c.Canonical, " ") && c.Kind != claims.KindNumber {
			f[oldFeature{'n', strings.ToLower(c.Canonical)}] = true
		}
	}
	text := oldBodyText(a)
	for _, sentence := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '\n' || r == '?' || r == '!' }) {
		toks := strings.Fields(sentence)
		for i := 1; i < len(toks); i++ {
			t := strings.Trim(toks[i], ",;:“”\"()’'")
			t = strings.TrimSuffix(strings.TrimSuffix(t, "’s"), "'s")
			if len(t) >= 4 && t[0] >= 'A' && t[0] <= 'Z' && !commonCaps[t] {
				f[oldFeature{'w', t}] = true
			}
		}
		for _, t := range toks {
			t = strings.ToLower(strings.Trim(t, ",;:“”\"()’'"))
			if len(t) >= 5 && !stopwords[t] && isLowerWord(t) {
				f[oldFeature{'t', t}] = true
			}
		}
	}
	return f
}

func oldShingles(a *claims.Article) []uint64 {
	ws := words(oldBodyText(a))
	var out []uint64
	for j := 0; j+shingleLen <= len(ws); j++ {
		h := uint64(fnvOffset)
		for k, w := range ws[j : j+shingleLen] {
			if k > 0 {
				h = fnvString(h, " ")
			}
			h = fnvString(h, w)
		}
		if h%shingleSample == 0 {
			out = append(out, shingleHash([]byte(strings.Join(ws[j:j+shingleLen], " "))))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// oldFeatureHashes returns oldFeatures as scanner.features keeps them.
func oldFeatureHashes(a *claims.Article) []uint64 {
	var out []uint64
	for f := range oldFeatures(a) {
		h := fnvString(featureSeed(f.kind), f.s)
		if f.kind == 't' {
			out = append(out, termFeature(h))
		} else {
			out = append(out, nameFeature(h))
		}
	}
	slices.Sort(out)
	return out
}

// scanPieces are the pieces random texts are made of: words of each case,
// stop words, the punctuation trimmed from words, sentence ends, spaces of
// all kinds, runes that change length lower-cased (the Kelvin sign, İ), a
// U+FFFD and invalid bytes.
var scanPieces = []string{
	"Kremlin", "Peskov", "Putin’s", "Trump's", "Monday", "President", "This", "Ukraine", "NATO", "Zelensky",
	"ceasefire", "negotiations", "about", "would", "their", "there", "which", "WHICH", "Which", "sanctions", "troops",
	"a", "of", "to", "the", "in", "Kyiv", "Moscow", "Washington", "peace", "talks", "2025", "40", "1,200", "3%",
	"ÉCOLE", "école", "Zürich", "\u212Aelvin", "\u212A", "İstanbul", "İ", "straße", "ΣΟΦΙΑ", "\ufffd", "\xe2", "\x80", "\xff",
	" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\u0085", "\v",
	".", "?", "!", ",", ";", ":", "“", "”", "\"", "(", ")", "’", "‘", "'", "-", "—", "’s", "'s",
}

func randomScanText(r *rand.Rand, maxPieces int) string {
	var b strings.Builder
	for n := r.IntN(maxPieces); n >= 0; n-- {
		b.WriteString(scanPieces[r.IntN(len(scanPieces))])
		if r.IntN(2) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// randomArticle makes an article of a few blocks of random text, some of
// them body, with a few claims.
func randomArticle(r *rand.Rand) *claims.Article {
	a := &claims.Article{}
	var text strings.Builder
	for range r.IntN(5) {
		start := text.Len()
		text.WriteString(randomScanText(r, 40))
		kind := claims.Body
		if r.IntN(3) == 0 {
			kind = claims.BlockKind(1 + r.IntN(6))
		}
		a.Blocks = append(a.Blocks, claims.Block{Kind: kind, Start: start, End: text.Len()})
		if r.IntN(4) > 0 {
			text.WriteString("\n")
		}
	}
	a.Text = text.String()
	kinds := []claims.Kind{claims.KindQuote, claims.KindNumber, claims.KindTitle, claims.KindReport}
	for range r.IntN(4) {
		c := claims.Claim{Kind: kinds[r.IntN(len(kinds))]}
		if c.Kind == claims.KindQuote {
			c.Quote = &claims.Quote{Words: randomScanText(r, 20)}
		}
		switch r.IntN(3) {
		case 0:
			c.Person = "Q" + randomScanText(r, 1)
		case 1:
			c.Canonical = randomScanText(r, 4)
		}
		a.Claims = append(a.Claims, c)
	}
	return a
}

// scannedWords returns the words s holds.
func scannedWords(s *scanner) []string {
	var out []string
	for k := range s.start {
		out = append(out, string(s.words(k, k+1)))
	}
	return out
}

// TestScannerMatchesOld checks the scanner's words and features against
// the functions it replaced, on random articles.
func TestScannerMatchesOld(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	var s scanner
	for range n {
		text := randomScanText(r, 30)
		s.resetWords()
		s.addWords(text)
		var got []string
		for k := range s.start {
			got = append(got, string(s.words(k, k+1)))
		}
		want := words(text)
		if !slices.Equal(got, want) {
			t.Fatalf("words of %q: %q, want %q", text, got, want)
		}
		if len(want) > 0 {
			if j, k := r.IntN(len(want)), r.IntN(len(want)); j <= k {
				if got, want := string(s.words(j, k+1)), strings.Join(want[j:k+1], " "); got != want {
					t.Fatalf("words %d to %d of %q: %q, want %q", j, k, text, got, want)
				}
			}
		}
		if got, want := fnvLower(fnvOffset, text), fnvString(fnvOffset, strings.ToLower(text)); got != want {
			t.Fatalf("fnvLower(%q) = %x, want %x", text, got, want)
		}
		if got, want := trimPunct(text), strings.Trim(text, ",;:“”\"()’'"); got != want {
			t.Fatalf("trimPunct(%q) = %q, want %q", text, got, want)
		}
	}
	for range n / 4 {
		a := randomArticle(r)
		shingles, features := s.scan(a)
		got, want := slices.Sorted(slices.Values(features)), oldFeatureHashes(a)
		if !slices.Equal(got, want) {
			t.Fatalf("features of %q (blocks %v, claims %+v): %x, want %x", a.Text, a.Blocks, a.Claims, got, want)
		}
		if got, want := scannedWords(&s), words(oldBodyText(a)); !slices.Equal(got, want) {
			t.Fatalf("words of %q (blocks %v): %q, want %q", a.Text, a.Blocks, got, want)
		}
		if got, want := slices.Sorted(slices.Values(shingles)), oldShingles(a); !slices.Equal(got, want) {
			t.Fatalf("shingles of %q (blocks %v): %x, want %x", a.Text, a.Blocks, got, want)
		}
	}
}

// TestInvert checks invert against a map of posting lists.
func TestInvert(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for range 200 {
		sets := make([][]uint64, r.IntN(50))
		want := map[uint64][]int32{}
		for i := range sets {
			var set []uint64
			for range r.IntN(20) {
				set = append(set, uint64(r.IntN(60))*0x9e3779b97f4a7c15)
			}
			slices.Sort(set)
			set = slices.Compact(set)
			r.Shuffle(len(set), func(x, y int) { set[x], set[y] = set[y], set[x] })
			sets[i] = set
			for _, h := range sets[i] {
				want[h] = append(want[h], int32(i))
			}
		}
		lists, ids, keys := invert(sets)
		if len(keys) != len(want) || len(lists) != len(keys) {
			t.Fatalf("keys %x of %d keys", keys, len(want))
		}
		for id, h := range keys {
			if !slices.Equal(lists[id], want[h]) {
				t.Fatalf("list of %x: %v, want %v", h, lists[id], want[h])
			}
		}
		for i, set := range sets {
			if len(ids[i]) != len(set) {
				t.Fatalf("ids of set %d: %v", i, ids[i])
			}
			for k, id := range ids[i] {
				if keys[id] != set[k] {
					t.Fatalf("id %d of set %d is %x, want %x", id, i, keys[id], set[k])
				}
			}
		}
	}
}

// FuzzStoryScan checks the scanner against the functions it replaced on
// any text: its words, and the features and shingles of an article whose
// body is the text cut into blocks at its line ends, with one quotation
// of the text's first half.
func FuzzStoryScan(f *testing.F) {
	for _, s := range []string{"", "Putin met Trump in Helsinki.\nThe talks lasted two hours, officials said.",
		"“We are ready,” Peskov said. \u212a\u0130 \ufffd\xff", strings.Repeat("word ", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var s scanner
		s.resetWords()
		s.addWords(text)
		var got []string
		for k := range s.start {
			got = append(got, string(s.words(k, k+1)))
		}
		if want := words(text); !slices.Equal(got, want) {
			t.Fatalf("words of %q: %q, want %q", text, got, want)
		}
		a := &claims.Article{Text: text}
		for start := 0; start <= len(text); {
			end := strings.IndexByte(text[start:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			a.Blocks = append(a.Blocks, claims.Block{Kind: claims.Body, Start: start, End: end})
			start = end + 1
		}
		a.Claims = []claims.Claim{{Kind: claims.KindQuote, Quote: &claims.Quote{Words: text[:len(text)/2]}, Canonical: "Dmitry Peskov"}}
		shingles, features := s.scan(a)
		if got, want := slices.Sorted(slices.Values(features)), oldFeatureHashes(a); !slices.Equal(got, want) {
			t.Fatalf("features of %q: %x, want %x", text, got, want)
		}
		if got, want := scannedWords(&s), words(oldBodyText(a)); !slices.Equal(got, want) {
			t.Fatalf("body words of %q: %q, want %q", text, got, want)
		}
		if got, want := slices.Sorted(slices.Values(shingles)), oldShingles(a); !slices.Equal(got, want) {
			t.Fatalf("shingles of %q: %x, want %x", text, got, want)
		}
	})
}

// TestHashFilters wants the filters of token to pass every word of
// commonCaps and stopwords that counts, as the feature token makes of it.
func TestHashFilters(t *testing.T) {
	for w, ok := range commonCaps {
		if ok && !mayCommonCap.has(nameFeature(fnvString(seedWord, w))) {
			t.Errorf("mayCommonCap has not %q", w)
		}
	}
	for w, ok := range stopwords {
		if ok && !mayStopword.has(termFeature(fnvString(seedTerm, w))) {
			t.Errorf("mayStopword has not %q", w)
		}
	}
}

// FuzzTrimPunct checks trimPunct against strings.Trim.
func FuzzTrimPunct(f *testing.F) {
	for _, s := range []string{"", "“Hello,”", "(a)", "’’x’s'", "\xe2\x80", "\xff,", ",\xe2\x80\x9d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimPunct(s), strings.Trim(s, ",;:“”\"()’'"); got != want {
			t.Fatalf("trimPunct(%q) = %q, want %q", s, got, want)
		}
	})
}

// mapNumbers numbers keys in order of first use with a map, as invert did
// before keyTable: the reference of TestKeyTable and FuzzKeyTable.
func mapNumbers(keys []uint64) []int32 {
	number := map[uint64]int32{}
	out := make([]int32, len(keys))
	for k, h := range keys {
		id, ok := number[h]
		if !ok {
			id = int32(len(number))
			number[h] = id
		}
		out[k] = id
	}
	return out
}

func tableNumbers(keys []uint64) []int32 {
	var t keyTable
	out := make([]int32, len(keys))
	next := int32(0)
	for k, h := range keys {
		if out[k] = t.id(h, next); out[k] == next {
			next++
		}
	}
	return out
}

// TestKeyTable checks keyTable's numbers against a map's, through its
// growth, with 0 and keys that collide in the table.
func TestKeyTable(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for _, n := range []int{0, 1, 10, 600, 5000, 40000} {
		keys := make([]uint64, n)
		for k := range keys {
			switch r.IntN(4) {
			case 0:
				keys[k] = uint64(r.IntN(n + 1)) // small, 0 included
			case 1:
				keys[k] = uint64(r.IntN(n+1)) << 54 // one slot for many
			default:
				keys[k] = r.Uint64()
			}
		}
		if got, want := tableNumbers(keys), mapNumbers(keys); !slices.Equal(got, want) {
			t.Fatalf("numbers of %d keys differ from the map's", n)
		}
	}
}

// FuzzKeyTable checks keyTable's numbers against a map's for keys made
// from any bytes, two bytes a key (so that keys repeat).
func FuzzKeyTable(f *testing.F) {
	f.Add([]byte{0, 0, 1, 0, 0, 0, 255, 255})
	f.Fuzz(func(t *testing.T, data []byte) {
		var keys []uint64
		for k := 0; k+1 < len(data); k += 2 {
			x := uint64(data[k])<<8 | uint64(data[k+1])
			keys = append(keys, x*x<<(x%7*9))
		}
		if got, want := tableNumbers(keys), mapNumbers(keys); !slices.Equal(got, want) {
			t.Fatalf("numbers of %x: %v, want %v", keys, got, want)
		}
	})
}

// TestShingleHashDistinct wants distinct hashes for distinct runs of
// bytes: runs that differ in one byte, in their length, or only by zero
// bytes at their end.
func TestShingleHashDistinct(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	seen := map[uint64]string{}
	add := func(b []byte) {
		h := shingleHash(b)
		if o, ok := seen[h]; ok && o != string(b) {
			t.Fatalf("shingleHash(%q) = shingleHash(%q) = %x", b, o, h)
		}
		seen[h] = string(b)
	}
	for n := range 40 {
		b := make([]byte, n)
		add(b) // zero bytes of each length
		for range 2000 {
			for i := range b {
				b[i] = byte(r.IntN(4)) // few values: near misses
			}
			add(b)
			if n > 0 {
				c := slices.Clone(b)
				c[r.IntN(n)] ^= 1 << r.IntN(8)
				add(c)
			}
		}
	}
}
