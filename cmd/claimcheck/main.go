// Command claimcheck reads news articles from many sources, extracts the
// claims each makes, checks them against knowledge of who held which office
// when, compares them across sources, and reports likely errors and
// contradictions, each with a confidence and its evidence.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
)

// Exit codes follow diff(1) and grep(1), as Vale does: 1 means "ran and
// found something", 2 means "could not run" (or could not read some input).
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// IO holds the streams a command reads and writes.
type IO struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
}

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], IO{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr})
	stop()
	os.Exit(code)
}

// errFindings tells run that findings were printed; it is no failure message.
var errFindings = errors.New("findings reported")

// errInput tells run that some input could not be read; each problem was
// already printed on its own line.
var errInput = errors.New("some input could not be read")

// run is main without os.Exit, so that tests can call it.
func run(ctx context.Context, args []string, streams IO) int {
	root := newRootCmd(streams)
	root.SetArgs(args)
	switch err := root.ExecuteContext(ctx); {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	case errors.Is(err, errInput):
		return exitError
	default:
		fmt.Fprintf(streams.ErrOut, "claimcheck: %v\n", err)
		return exitError
	}
}
