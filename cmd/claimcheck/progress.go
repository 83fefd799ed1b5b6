package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/claims"
)

// isTerminal reports whether w is a terminal (a character device), so that
// output to a pipe or file stays plain.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// progressDelay is how long a run goes before the bar appears: short runs
// print nothing.
const progressDelay = time.Second

// A progress draws a bar of files read on stderr when stderr is a terminal
// and the run has taken over progressDelay. A nil *progress does nothing.
type progress struct {
	w     io.Writer
	total int
	done  atomic.Int64
	stop  chan struct{}
	wg    sync.WaitGroup
}

// startProgress returns a bar for total files, or nil when stderr is no
// terminal.
func startProgress(cmd *cobra.Command, total int) *progress {
	if total < 2 || !isTerminal(cmd.ErrOrStderr()) {
		return nil
	}
	return newProgress(cmd.ErrOrStderr(), total, progressDelay, 100*time.Millisecond)
}

func newProgress(w io.Writer, total int, delay, every time.Duration) *progress {
	p := &progress{w: w, total: total, stop: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		select {
		case <-p.stop:
			return
		case <-time.After(delay):
		}
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			p.draw()
			select {
			case <-p.stop:
				fmt.Fprint(p.w, "\r\x1b[K") // leave the line as it was
				return
			case <-t.C:
			}
		}
	}()
	return p
}

// article counts a file when its first article has been read.
func (p *progress) article(a *claims.Article) {
	if p != nil && a.Index == 0 {
		p.done.Add(1)
	}
}

func (p *progress) draw() {
	const width = 30
	n := min(int(p.done.Load()), p.total)
	fill := width * n / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files", strings.Repeat("=", fill), strings.Repeat(" ", width-fill), n, p.total)
}

// finish removes the bar.
func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
}
