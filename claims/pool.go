package claims

import (
	"slices"
	"sync"
)

// tokenPool holds token arrays for Extract to reuse, one per article at
// a time, so that each worker does not allocate a fresh array for every
// article. It holds *[]token, empty and cleared.
var tokenPool sync.Pool

// maxPooledTokens is the largest array put back: one huge article does
// not keep a huge array in the pool.
const maxPooledTokens = 1 << 16

// getTokens returns an empty token array with room for n tokens, from the
// pool when it has one, and the handle to give back to putTokens.
func getTokens(n int) (*[]token, []token) {
	p, _ := tokenPool.Get().(*[]token)
	if p == nil {
		p = new([]token)
	}
	return p, slices.Grow((*p)[:0], n)
}

// putTokens gives toks, got from getTokens with p and perhaps grown since,
// back to the pool. Nothing may use toks, or any slice of it, afterwards.
// Its tokens are cleared first so that the pooled array keeps no article's
// text alive.
func putTokens(p *[]token, toks []token) {
	clear(toks)
	if cap(toks) > maxPooledTokens {
		return
	}
	*p = toks[:0]
	tokenPool.Put(p)
}

// extractorPool holds extractors for Extract to reuse, with their maps and
// lists emptied, so that each article does not grow a fresh list of claims
// (Extract copies the claims out to a list of their size) and fresh maps.
var extractorPool sync.Pool

// maxPooledClaims is the longest list of claims an extractor put back may
// keep.
const maxPooledClaims = 1 << 12

// getExtractor returns newExtractor(a, lex), made from a pooled extractor
// when there is one.
func getExtractor(a *Article, lex Lexicon) *extractor {
	x, _ := extractorPool.Get().(*extractor)
	if x == nil {
		return newExtractor(a, lex)
	}
	x.reset(a, lex) // as newExtractor makes it, with the buffers of the last article
	return x
}

// putExtractor gives x back to the pool. Nothing may use x, or its list of
// claims, afterwards. Its maps and claims are cleared first so that the
// pooled extractor keeps no article alive.
func putExtractor(x *extractor) {
	clear(x.surnames)
	clear(x.full)
	clear(x.out)
	out, formWords, surnames, full, spans := x.out[:0], x.formWords, x.surnames, x.full, x.spans[:0]
	if cap(out) > maxPooledClaims {
		out = nil
	}
	if cap(formWords) > maxPooledTokens {
		formWords = nil
	}
	if cap(spans) > maxPooledTokens {
		spans = nil
	}
	// blocks and splitBuf were cleared as they were given back.
	blocks, splitBuf, sentBuf := x.blocks[:0], x.splitBuf[:0], x.sentBuf[:0]
	if cap(splitBuf) > maxPooledTokens {
		splitBuf = nil
	}
	if cap(sentBuf) > maxPooledTokens {
		sentBuf = nil
	}
	*x = extractor{surnames: surnames, full: full, out: out, formWords: formWords, blocks: blocks, splitBuf: splitBuf, sentBuf: sentBuf, spans: spans}
	extractorPool.Put(x)
}
