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
