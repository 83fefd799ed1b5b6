package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimcheck/claimcheck/claims"
)

// articleExts are the file name endings read from directories. A file
// named on the command line is read whatever its name.
var articleExts = []string{".txt", ".md", ".markdown", ".text", ".html", ".htm"}

// expand turns the paths the user gave into files, in a stable order:
// directories are walked recursively (hidden entries skipped), "-" is
// standard input. Problems are returned, one per path, and the rest goes on.
func expand(paths []string) (files []string, problems []error) {
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		root := p
		if l, err := os.Lstat(p); err == nil && l.Mode()&fs.ModeSymlink != 0 {
			// A link to a directory, named: walk where it points (a link
			// met inside the walk is not followed).
			root = p + string(filepath.Separator)
		}
		var found []string
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, err)
				return nil
			}
			if path != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && slices.Contains(articleExts, strings.ToLower(filepath.Ext(path))) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			problems = append(problems, err)
		}
		if len(found) == 0 {
			problems = append(problems, fmt.Errorf("%s: no articles (%s) in this directory", p, strings.Join(articleExts, ", ")))
		}
		slices.Sort(found)
		files = append(files, found...)
	}
	return files, problems
}

// maxFileSize bounds what is read of one file: a larger file is no
// article but a dump, refused with one line rather than read for minutes.
const maxFileSize = 64 << 20

// loadAll reads, splits and extracts every file on a pool of workers, one
// per core, and returns the articles in the order of files, so that output
// does not depend on scheduling.
func loadAll(ctx context.Context, files []string, stdin io.Reader, extract func(*claims.Article)) ([]*claims.Article, []error) {
	type result struct {
		arts []*claims.Article
		err  error
	}
	results := make([]result, len(files))
	// Each worker takes the next file by an atomic counter, not from a
	// channel: a send per file parked and woke a goroutine for each of
	// thousands of small files.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), len(files))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				arts, err := loadFile(files[i], stdin)
				if err == nil {
					for _, a := range arts {
						extract(a)
					}
				}
				results[i] = result{arts, err}
			}
		}()
	}
	wg.Wait()
	var arts []*claims.Article
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
		}
		arts = append(arts, r.arts...)
	}
	if ctx.Err() != nil {
		errs = append(errs, ctx.Err())
	}
	return arts, errs
}

func loadFile(name string, stdin io.Reader) ([]*claims.Article, error) {
	var r io.Reader
	var size int64 // the file's size when known, so that it is read into one buffer
	if name == "-" {
		r = stdin
	} else {
		// Stat first: opening a named pipe would wait for a writer, and a
		// device may never end.
		info, err := os.Stat(name)
		if err != nil {
			return nil, err
		}
		if !info.Mode().IsRegular() {
			return nil, &claims.InputError{File: name, Msg: fmt.Sprintf("not a regular file (%s): not read", fileKind(info.Mode()))}
		}
		if info.Size() > maxFileSize {
			return nil, tooLarge(name)
		}
		f, err := openRead(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r, size = f, info.Size()
	}
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead) // room to see the end without growing
	if _, err := buf.ReadFrom(io.LimitReader(r, maxFileSize+1)); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	data := buf.Bytes()
	if len(data) > maxFileSize {
		return nil, tooLarge(name)
	}
	return claims.Load(name, data)
}

func tooLarge(name string) error {
	return &claims.InputError{File: name, Msg: fmt.Sprintf("larger than %d MiB: not read (split it into articles)", maxFileSize>>20)}
}

// fileKind names the kind of a file that is not a regular one.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m.IsDir():
		return "directory"
	}
	return "irregular file"
}
