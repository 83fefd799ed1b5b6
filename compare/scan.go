package compare

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// A scanner reads an article's text for Group without copying it: it
// keeps the lower-cased words of a text (what words returns) in a buffer
// of its own, and reuses its buffers from one article to the next. A
// scanner serves one goroutine.
type scanner struct {
	// buf holds the lower-cased words, one space between two; word k is
	// buf[start[k]:end[k]], and words j to k joined by spaces are
	// buf[start[j]:end[k]].
	buf        []byte
	start, end []int32
	hs         []uint64
	term       []byte
	// seen holds the shingles or features of the article so far, and
	// the words found not to be features (stop words, common capitalised
	// words), as hashes: each is looked up and added once.
	seen hashSet
	// arena holds the sets the scanner made, kept by keep.
	arena []uint64
	// fn[k] is what the bytes of buf before word k do to the lowest two
	// bits of an FNV-1a hash, as fnvLow writes a function, and low what
	// all of buf does (see shingles): addWords follows it byte by byte as
	// it writes them.
	fn  []uint8
	low uint8
}

func (s *scanner) resetWords() {
	s.buf, s.start, s.end = s.buf[:0], s.start[:0], s.end[:0]
	s.fn, s.low = s.fn[:0], fnvLowSame
}

// addWords appends the words of text, as words(text) finds them: the text
// lower-cased rune by rune (an invalid byte as U+FFFD, as strings.ToLower
// writes it) and split around the runes that are not isWordRune. It
// follows the function of the bytes written in s.low, and notes it at
// the start of each word in s.fn.
func (s *scanner) addWords(text string) {
	// The buffer is kept in a local while the text is read, and each
	// word is read to its end in a loop of its own.
	buf, f := s.buf, s.low
	for i := 0; i < len(text); {
		// Skip to the start of the next word.
		c := text[i]
		if asciiWord[c] == 0 {
			if c < utf8.RuneSelf {
				i++
				continue
			}
			if r, n := utf8.DecodeRuneInString(text[i:]); !isWordRune(unicode.ToLower(r)) {
				i += n
				continue
			}
		}
		buf, f = s.startWord(buf, f)
		// Read the word: i is at a word rune.
		for i < len(text) {
			c := text[i]
			if l := asciiWord[c]; l != 0 {
				buf = append(buf, l)
				f = fnvLow[l&3][f]
				i++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			i += n
			if r = unicode.ToLower(r); !isWordRune(r) {
				break
			}
			at := len(buf)
			buf = utf8.AppendRune(buf, r)
			for _, b := range buf[at:] {
				f = fnvLow[b&3][f]
			}
		}
		s.end = append(s.end, int32(len(buf)))
	}
	s.buf, s.low = buf, f
}

// startWord starts a word at the end of buf, the bytes written so far:
// after a space when a word came before, with f the function of those
// bytes, noting where the word starts and f there. It returns buf and f
// with the space.
func (s *scanner) startWord(buf []byte, f uint8) ([]byte, uint8) {
	if len(s.start) > 0 {
		buf = append(buf, ' ')
		f = fnvLow[' '&3][f]
	}
	s.start = append(s.start, int32(len(buf)))
	s.fn = append(s.fn, f)
	return buf, f
}

// asciiWord[c] is the ASCII byte c lower-cased when it is a word rune, and
// 0 for any other byte.
var asciiWord = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		if l := byte(unicode.ToLower(rune(c))); isWordRune(rune(l)) {
			t[c] = l
		}
	}
	return t
}()

// words returns words j to k-1 joined by single spaces.
func (s *scanner) words(j, k int) []byte { return s.buf[s.start[j]:s.end[k-1]] }

func fnvBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// fnvLower hashes strings.ToLower(t) as fnvString would, without making it.
func fnvLower(h uint64, t string) uint64 {
	var enc [utf8.UTFMax]byte
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		i += n
		h = fnvBytes(h, utf8.AppendRune(enc[:0], unicode.ToLower(r)))
	}
	return h
}

// scan returns the sampled shingles of an article's body and its
// features (see shingles and features), reading the body's text once for
// both (see bodyWords).
func (s *scanner) scan(a *claims.Article) (shingles, features []uint64) {
	s.hs = s.hs[:0]
	s.seen.reset()
	s.claimFeatures(a)
	s.resetWords()
	for _, bl := range a.Blocks {
		if bl.Kind == claims.Body {
			s.bodyWords(a.Text[bl.Start:bl.End])
		}
	}
	features = s.keep(s.hs)
	return s.shingles(), features
}

// shingles returns the sampled shingles of the words of an article's body
// (as bodyWords, or addWords on each body block, leaves them), each once,
// in no particular order: runs of shingleLen words joined by spaces, kept
// when their FNV-1a hash is a multiple of shingleSample, each as its
// shingleHash.
//
// Whether it is depends only on the hash's lowest two bits, and so do
// those bits after each byte hashed: the bits are followed through the
// words as a function of four states (see fnvLow), so that only the
// shingles kept are hashed in full. The functions are permutations, so a
// shingle's is had from the function of the text before its first word
// and that of the text to its end (which addWords notes), not by
// composing its words' one by one.
func (s *scanner) shingles() []uint64 {
	// fn[k] is the function of the text before word k, the space before
	// it included; fn[len(s.start)] that of all the words and one space.
	fn := append(s.fn, fnvLow[' '&3][s.low])
	s.fn = fn
	s.hs = s.hs[:0]
	s.seen.reset()
	for j := 0; j+shingleLen < len(fn); j++ {
		// Words j to j+shingleLen-1 take the state that fn[j] takes to
		// the offset's bits where fn[j+shingleLen] takes it, after one
		// space too many.
		low := fnvUnspace[fn[j+shingleLen]>>(2*fnvFrom0[fn[j]])&3]
		if low%shingleSample == 0 {
			s.add(shingleHash(s.words(j, j+shingleLen)))
		}
	}
	return s.keep(s.hs)
}

// shingleHash is the hash a shingle kept is known by, of its words b
// joined by spaces: eight bytes at a time, each folded in by a 128-bit
// product, and the length first, so that a shorter run padded with zero
// bytes is another. Only whether two shingles are one matters (FNV-1a
// chose them, see shingles), and the shingles kept are hashed in full, a
// few tens of bytes each: FNV-1a's multiply a byte was most of their cost.
//
// Past the first eight bytes, the last eight are read whole, overlapping
// those before: with the length known, each byte still has its place.
func shingleHash(b []byte) uint64 {
	h := mum(uint64(len(b))^hashSeed0, hashSeed1)
	if len(b) < 8 {
		var t uint64
		for i, c := range b {
			t |= uint64(c) << (8 * i)
		}
		return mum(h^t, hashSeed1)
	}
	last := binary.LittleEndian.Uint64(b[len(b)-8:])
	for ; len(b) > 8; b = b[8:] {
		h = mum(h^binary.LittleEndian.Uint64(b), hashSeed1)
	}
	return mum(h^last^hashSeed0, hashSeed1)
}

// mum folds the 128-bit product of x and y into 64 bits.
func mum(x, y uint64) uint64 {
	hi, lo := bits.Mul64(x, y)
	return hi ^ lo
}

// The constants of shingleHash (wyhash's).
const (
	hashSeed0 = 0xa0761d6478bd642f
	hashSeed1 = 0xe7037ed1a0b428db
)

// The lowest two bits of an FNV-1a hash after a byte c depend only on
// those of the hash before and of c (the prime is odd). fnvLow[c&3][f]
// is f followed by c, where f is a function of the two bits: f(x) is in
// bits 2x and 2x+1 of f. fnvLowSame is the identity.
//
// Each byte's function of the two bits is a permutation of the four
// states (the prime is odd), and so is that of any bytes. fnvFrom0[f] is
// the state permutation f takes to the offset's bits, and fnvUnspace[y]
// the state a space takes to y.
var (
	fnvLow     [4][256]uint8
	fnvFrom0   [256]uint8
	fnvUnspace [4]uint8
)

const fnvLowSame = 0b11_10_01_00

// shingleSample must divide 4, for shingles to need no more than the two
// bits.
const _ uint = 0 - 4%shingleSample

func init() {
	for c := range 4 {
		for f := range 256 {
			var g uint8
			for x := range 4 {
				y := (uint64(f>>(2*x)&3) ^ uint64(c)) * fnvPrime & 3
				g |= uint8(y) << (2 * x)
			}
			fnvLow[c][f] = g
		}
	}
	at := func(f uint8, x uint8) uint8 { return f >> (2 * x) & 3 }
	for f := range 256 {
		for x := range uint8(4) {
			if at(uint8(f), x) == fnvOffset&3 {
				fnvFrom0[f] = x
			}
		}
	}
	space := fnvLow[' '&3][fnvLowSame]
	for x := range uint8(4) {
		fnvUnspace[at(space, x)] = x
	}
}

// A feature (see features) is kept as the FNV-1a hash of its kind, a
// colon and its string, with the lowest bit set for a term and clear for
// any other kind: sameStory weighs terms apart.
func featureSeed(kind byte) uint64 { return fnvString(fnvOffset, string([]byte{kind, ':'})) }

var (
	seedQuote  = featureSeed('q')
	seedPerson = featureSeed('p')
	seedName   = featureSeed('n')
	seedWord   = featureSeed('w')
	seedTerm   = featureSeed('t')
)

func nameFeature(h uint64) uint64 { return h &^ 1 }
func termFeature(h uint64) uint64 { return h | 1 }
func isTerm(f uint64) bool        { return f&1 != 0 }

// claimFeatures adds the features of an article's claims (see the
// feature type); bodyWords adds those of its body, and the two make the
// article's features, each once, in no particular order.
func (s *scanner) claimFeatures(a *claims.Article) {
	for _, c := range a.Claims {
		if c.Kind == claims.KindQuote {
			// A quotation's words are as telling as a name.
			s.resetWords()
			s.addWords(c.Quote.Words)
			for i := 0; i+4 <= len(s.start); i += 2 {
				s.add(nameFeature(fnvBytes(seedQuote, s.words(i, i+4))))
			}
		}
		if c.Person != "" {
			s.add(nameFeature(fnvString(seedPerson, c.Person)))
		} else if strings.Contains(c.Canonical, " ") && c.Kind != claims.KindNumber {
			s.add(nameFeature(fnvLower(seedName, c.Canonical)))
		}
	}
}

// keep returns a copy of hs, carved from a larger array of the scanner's:
// the sets of many articles take one allocation.
func (s *scanner) keep(hs []uint64) []uint64 {
	if len(hs) == 0 {
		return nil
	}
	if len(hs) > cap(s.arena)-len(s.arena) {
		s.arena = make([]uint64, 0, max(1<<13, len(hs)))
	}
	at := len(s.arena)
	s.arena = append(s.arena, hs...)
	return s.arena[at:len(s.arena):len(s.arena)]
}

// add adds feature h, unless the article has it already.
func (s *scanner) add(h uint64) {
	if s.seen.add(h) {
		s.hs = append(s.hs, h)
	}
}

// A hashSet is a set of hashes, kept open-addressed: 0 is an empty slot,
// and whether the set holds 0 is kept apart.
type hashSet struct {
	slots []uint64
	n     int
	zero  bool
}

func (h *hashSet) reset() {
	clear(h.slots)
	h.n, h.zero = 0, false
}

// add adds x and reports whether the set did not hold it.
func (h *hashSet) add(x uint64) bool {
	if x == 0 {
		was := h.zero
		h.zero = true
		return !was
	}
	if 2*(h.n+1) > len(h.slots) {
		old := h.slots
		h.slots = make([]uint64, max(256, 2*len(old)))
		h.n = 0
		for _, y := range old {
			if y != 0 {
				h.add(y)
			}
		}
	}
	mask := uint64(len(h.slots) - 1)
	for i := (x * 0x9e3779b97f4a7c15 >> 32) & mask; ; i = (i + 1) & mask {
		switch h.slots[i] {
		case x:
			return false
		case 0:
			h.slots[i] = x
			h.n++
			return true
		}
	}
}

// bodyWords reads a body block once for its words and its features: it
// appends its words as addWords does, and adds the features of its tokens
// as the reference in the tests does (oldFeatures): its sentences end at '.',
// '?', '!' and at the end of a line (the body text's blocks are lines
// apart), and each sentence is split into tokens as strings.Fields splits.
//
// Both read the text an ASCII byte or a rune beyond ASCII at a time, and
// a word byte is always a token's: a word is a run of word runes, a token
// a run of what is neither space nor an end of sentence. A rune beyond
// ASCII may be both a word rune and a space (U+00A0): a word goes on
// across it, a token does not.
func (s *scanner) bodyWords(text string) {
	buf, f := s.buf, s.low
	inWord := false
	from, k := -1, 0 // the token's start (-1: none) and its place in its sentence
	for i := 0; i < len(text); {
		c := text[i]
		if l := asciiWord[c]; l != 0 {
			if !inWord {
				buf, f = s.startWord(buf, f)
				inWord = true
			}
			if from < 0 {
				from = i
			}
			buf = append(buf, l)
			f = fnvLow[l&3][f]
			// The rest of the word's ASCII bytes.
			for i++; i < len(text); i++ {
				l := asciiWord[text[i]]
				if l == 0 {
					break
				}
				buf = append(buf, l)
				f = fnvLow[l&3][f]
			}
			continue
		}
		if c < utf8.RuneSelf {
			if inWord {
				s.end = append(s.end, int32(len(buf)))
				inWord = false
			}
			switch byteClass[c] {
			case classToken:
				if from < 0 {
					from = i
				}
			case classEnd:
				if from >= 0 {
					s.token(text[from:i], k)
					from = -1
				}
				k = 0
			default: // classSpace
				if from >= 0 {
					s.token(text[from:i], k)
					k++
					from = -1
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if from >= 0 {
				s.token(text[from:i], k)
				k++
				from = -1
			}
		} else if from < 0 {
			from = i
		}
		if l := unicode.ToLower(r); isWordRune(l) {
			if !inWord {
				buf, f = s.startWord(buf, f)
				inWord = true
			}
			at := len(buf)
			buf = utf8.AppendRune(buf, l)
			for _, b := range buf[at:] {
				f = fnvLow[b&3][f]
			}
		} else if inWord {
			s.end = append(s.end, int32(len(buf)))
			inWord = false
		}
		i += n
	}
	if from >= 0 {
		s.token(text[from:], k)
	}
	if inWord {
		s.end = append(s.end, int32(len(buf)))
	}
	s.buf, s.low = buf, f
}

// The classes of bytes body tells apart: ASCII space, an end of sentence
// ('\n' is both, and ends the sentence), the first byte of a rune beyond
// ASCII (or an invalid one), and any other byte, which is part of a token.
const (
	classToken = iota
	classSpace
	classEnd
	classHigh
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == '.' || c == '\n' || c == '?' || c == '!':
			t[c] = classEnd
		case c < utf8.RuneSelf && asciiSpace[c]:
			t[c] = classSpace
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		}
	}
	return t
}()

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// token adds the features of the k-th token of a sentence: a capitalised
// word ('w', but not the sentence's first: it is capitalised anyway) and a
// term ('t', a long lower-case word).
func (s *scanner) token(tok string, k int) {
	t := trimPunct(tok)
	if k > 0 && len(t) >= 4 && t[0] >= 'A' && t[0] <= 'Z' {
		w := strings.TrimSuffix(strings.TrimSuffix(t, "’s"), "'s")
		if len(w) >= 4 {
			if h := nameFeature(fnvString(seedWord, w)); s.seen.add(h) && !(mayCommonCap.has(h) && commonCaps[w]) {
				s.hs = append(s.hs, h)
			}
		}
	}
	if len(t) < 5 {
		return // lower-cased, a word of a to z has no more bytes than before
	}
	// A term is all a to z once lower-cased: rune by rune, as
	// strings.ToLower does, where a rune beyond ASCII may become a letter
	// (the Kelvin sign a k). It is hashed as it is lowered, and written
	// out lowered only to be looked up in stopwords.
	h, m := seedTerm, len(t) // m counts the bytes lowered
	for i := 0; i < len(t); {
		c := t[i]
		if l := asciiLetter[c]; l != 0 {
			h = (h ^ uint64(l)) * fnvPrime
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r = unicode.ToLower(r); r < 'a' || r > 'z' {
			return
		}
		h = (h ^ uint64(r)) * fnvPrime
		i += n
		m -= n - 1
	}
	if m < 5 {
		return
	}
	if h := termFeature(h); s.seen.add(h) && !(mayStopword.has(h) && stopwords[string(s.lowerTerm(t))]) {
		s.hs = append(s.hs, h)
	}
}

// lowerTerm returns t lowered, as token found it a term: each rune a
// letter a to z once lower-cased.
func (s *scanner) lowerTerm(t string) []byte {
	low := s.term[:0]
	for _, r := range t {
		low = append(low, byte(unicode.ToLower(r)))
	}
	s.term = low
	return low
}

// asciiLetter[c] is the ASCII letter c lower-cased, and 0 for any other
// byte.
var asciiLetter = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
		t[c+'a'-'A'] = byte(c) + 'a' - 'A'
	}
	return t
}()

// A hashFilter tells, by one bit of a feature's hash, whether it may be
// one of a few words: a clear bit says it is none of them, and spares
// looking the word up in their map.
type hashFilter [16]uint64

func (f *hashFilter) set(h uint64)      { f[h>>60] |= 1 << (h >> 54 & 63) }
func (f *hashFilter) has(h uint64) bool { return f[h>>60]&(1<<(h>>54&63)) != 0 }

// mayCommonCap and mayStopword filter the capitalised words and the terms
// token finds, as features, for commonCaps and stopwords.
var mayCommonCap, mayStopword = func() (caps, stops hashFilter) {
	for w, ok := range commonCaps {
		if ok {
			caps.set(nameFeature(fnvString(seedWord, w)))
		}
	}
	for w, ok := range stopwords {
		if ok {
			stops.set(termFeature(fnvString(seedTerm, w)))
		}
	}
	return caps, stops
}()

// trimPunct is strings.Trim(t, ",;:“”\"()’'").
func trimPunct(t string) string {
	for len(t) > 0 {
		if c := t[len(t)-1]; c < utf8.RuneSelf {
			if !asciiPunct[c] {
				break
			}
			t = t[:len(t)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(t)
		if !isPunct(r) {
			break
		}
		t = t[:len(t)-n]
	}
	for len(t) > 0 {
		if c := t[0]; c < utf8.RuneSelf {
			if !asciiPunct[c] {
				break
			}
			t = t[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(t)
		if !isPunct(r) {
			break
		}
		t = t[n:]
	}
	return t
}

// asciiPunct tells the ASCII bytes isPunct holds.
var asciiPunct = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isPunct(rune(c))
	}
	return t
}()

func isPunct(r rune) bool {
	switch r {
	case ',', ';', ':', '“', '”', '"', '(', ')', '’', '\'':
		return true
	}
	return false
}

// invert makes the inverted index of sets, each a list of distinct keys.
// Keys are numbered in order of first use: keys[id] is key id, and ids[i]
// the numbers of set i's keys, in the set's order; lists[id] holds the
// sets that have key id, in ascending order.
func invert(sets [][]uint64) (lists, ids [][]int32, keys []uint64) {
	total := 0
	for _, set := range sets {
		total += len(set)
	}
	flat := make([]int32, total)
	ids = make([][]int32, len(sets))
	var number keyTable
	var count []int32
	o := 0
	for i, set := range sets {
		own := flat[o : o+len(set) : o+len(set)]
		o += len(set)
		for k, h := range set {
			id := number.id(h, int32(len(keys)))
			if int(id) == len(keys) {
				keys = append(keys, h)
				count = append(count, 0)
			}
			own[k] = id
			count[id]++
		}
		ids[i] = own
	}
	post := make([]int32, total)
	lists = make([][]int32, len(keys))
	o = 0
	for id, c := range count {
		lists[id] = post[o : o : o+int(c)]
		o += int(c)
	}
	for i, own := range ids {
		for _, id := range own {
			lists[id] = append(lists[id], int32(i))
		}
	}
	return lists, ids, keys
}

// A keyTable numbers keys, in place of a map[uint64]int32: open-addressed,
// the key's number plus one kept beside it, so that 0 marks an empty slot
// and any key may be numbered.
type keyTable struct {
	keys  []uint64
	ids   []int32
	n     int
	shift uint
}

// id returns the number of key h, numbering it next when it has none.
func (t *keyTable) id(h uint64, next int32) int32 {
	if 2*(t.n+1) > len(t.ids) {
		t.grow()
	}
	mask := uint64(len(t.ids) - 1)
	for i := h * 0x9e3779b97f4a7c15 >> t.shift; ; i = (i + 1) & mask {
		switch id := t.ids[i]; {
		case id == 0:
			t.keys[i], t.ids[i] = h, next+1
			t.n++
			return next
		case t.keys[i] == h:
			return id - 1
		}
	}
}

func (t *keyTable) grow() {
	keys, ids := t.keys, t.ids
	size := max(1<<10, 2*len(ids))
	t.keys, t.ids = make([]uint64, size), make([]int32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := uint64(size - 1)
	for k, id := range ids {
		if id == 0 {
			continue
		}
		i := keys[k] * 0x9e3779b97f4a7c15 >> t.shift
		for t.ids[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.ids[i] = keys[k], id
	}
}
