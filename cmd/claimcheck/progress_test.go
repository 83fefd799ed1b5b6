package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestProgressQuiet wants nothing drawn for a run shorter than the delay.
func TestProgressQuiet(t *testing.T) {
	var buf syncBuffer
	p := newProgress(&buf, 10, time.Hour, time.Millisecond)
	p.article(&claims.Article{})
	p.finish()
	if buf.String() != "" {
		t.Errorf("a short run drew %q", buf.String())
	}
}

// TestProgressDraws wants a bar after the delay, and the line cleared at
// the end.
func TestProgressDraws(t *testing.T) {
	var buf syncBuffer
	p := newProgress(&buf, 4, time.Millisecond, time.Millisecond)
	p.article(&claims.Article{})
	p.article(&claims.Article{Index: 1}) // a second article of the same file
	p.article(&claims.Article{})
	time.Sleep(50 * time.Millisecond)
	p.finish()
	out := buf.String()
	if !strings.Contains(out, "[===============               ] 2/4 files") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("progress drew %q", out)
	}
}

// TestNoProgressWhenPiped: in tests stderr is a buffer, no terminal.
func TestNoProgressWhenPiped(t *testing.T) {
	_, errOut, _ := runCmd(t, "check", "--format", "json", "../../testdata/seeds")
	if errOut != "" {
		t.Errorf("stderr = %q, want nothing", errOut)
	}
	var p *progress
	p.article(&claims.Article{})
	p.finish()
}
