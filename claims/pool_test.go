package claims

import (
	"reflect"
	"testing"
)

// TestPooledExtractor checks that an extractor from the pool, once used
// and given back, is what newExtractor makes (but for the room of its
// lists), and that Extract gives the same claims with a fresh extractor
// and with a used one.
func TestPooledExtractor(t *testing.T) {
	lex := newFakeLex()
	texts := fuzzSeeds
	var fresh [][]Claim
	for _, s := range texts {
		arts, err := Load("t.txt", []byte(s))
		if err != nil {
			fresh = append(fresh, nil)
			continue
		}
		x := newExtractor(arts[0], lex)
		x.out = append(x.out, Claim{Text: "x"})
		x.surnames["a"], x.full["b"] = "c", "d"
		x.quotesOf = [2]int{1, 2}
		putExtractor(x)
		y := getExtractor(arts[0], lex)
		want := newExtractor(arts[0], lex)
		y.out, y.formWords, y.blocks, y.splitBuf, y.sentBuf, y.spans = nil, nil, nil, nil, nil, nil
		if !reflect.DeepEqual(*y, *want) {
			t.Fatalf("pooled extractor = %+v, want %+v", *y, *want)
		}
		Extract(arts[0], lex)
		fresh = append(fresh, arts[0].Claims)
	}
	for i, s := range texts {
		arts, err := Load("t.txt", []byte(s))
		if err != nil {
			continue
		}
		Extract(arts[0], lex)
		if !reflect.DeepEqual(arts[0].Claims, fresh[i]) {
			t.Fatalf("text %d: claims after reuse = %+v, want %+v", i, arts[0].Claims, fresh[i])
		}
	}
}

// TestPooledExtractorCleared checks that the room an extractor keeps in
// the pool holds no tokens of the last article (which would keep its text
// alive).
func TestPooledExtractorCleared(t *testing.T) {
	arts, err := Load("t.txt", []byte("The then-President Vladimir Putin said on Monday that President-elect Joe Biden won. He spoke."))
	if err != nil {
		t.Fatal(err)
	}
	Extract(arts[0], newFakeLex())
	x := getExtractor(arts[0], newFakeLex())
	defer putExtractor(x)
	for _, tk := range x.splitBuf[:cap(x.splitBuf)] {
		if tk != (token{}) {
			t.Fatalf("pooled splitBuf holds %+v", tk)
		}
	}
	for _, b := range x.blocks[:cap(x.blocks)] {
		if b.toks != nil {
			t.Fatalf("pooled blocks hold tokens %+v", b.toks)
		}
	}
}
