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

// An inputFile is a file to read: its name, and whether the directory
// walk that found it saw a regular file, so that it need not be looked up
// again before it is opened.
type inputFile struct {
	name    string
	regular bool
}

// expand turns the paths the user gave into files, in a stable order:
// directories are walked recursively (hidden entries skipped), "-" is
// standard input. Problems are returned, one per path, and the rest goes on.
func expand(paths []string) (files []inputFile, problems []error) {
	for _, p := range paths {
		if p == "-" {
			files = append(files, inputFile{name: p})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		if !info.IsDir() {
			files = append(files, inputFile{name: p})
			continue
		}
		root := p
		if l, err := os.Lstat(p); err == nil && l.Mode()&fs.ModeSymlink != 0 {
			// A link to a directory, named: walk where it points (a link
			// met inside the walk is not followed).
			root = p + string(filepath.Separator)
		}
		var found []inputFile
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
				found = append(found, inputFile{path, d.Type().IsRegular()})
			}
			return nil
		})
		if err != nil {
			problems = append(problems, err)
		}
		if len(found) == 0 {
			problems = append(problems, fmt.Errorf("%s: no articles (%s) in this directory", p, strings.Join(articleExts, ", ")))
		}
		slices.SortFunc(found, func(a, b inputFile) int { return strings.Compare(a.name, b.name) })
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
func loadAll(ctx context.Context, files []inputFile, stdin io.Reader, extract func(*claims.Article)) ([]*claims.Article, []error) {
	type result struct {
		arts []*claims.Article
		err  error
	}
	results := make([]result, len(files))
	// Each worker takes the next file by an atomic counter, not from a
	// channel: a send per file parked and woke a goroutine for each of
	// thousands of small files.
	var next atomic.Int64
	loading.start(len(files))
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
				arts, size, err := loadFile(files[i], stdin)
				loading.read(size)
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

// loadFile reads one file and splits it into articles; size is how many
// bytes it read.
func loadFile(in inputFile, stdin io.Reader) (arts []*claims.Article, size int64, err error) {
	name := in.name
	if name == "-" {
		data, err := readAll(stdin, 0)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %v", name, err)
		}
		arts, err := load(name, data)
		return arts, int64(len(data)), err
	}
	if !in.regular {
		// Look before opening: opening a named pipe would wait for a
		// writer, and opening a device may do something. A file the
		// directory walk saw as regular is opened at once, and openRead
		// still refuses it if it is not regular by then.
		info, err := os.Stat(name)
		if err != nil {
			return nil, 0, err
		}
		if !info.Mode().IsRegular() {
			return nil, 0, notRegular(name, info.Mode())
		}
	}
	f, size, err := openRead(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	if size > maxFileSize {
		return nil, 0, tooLarge(name)
	}
	data, err := readAll(f, size)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %v", name, err)
	}
	arts, err = load(name, data)
	return arts, int64(len(data)), err
}

// readAll reads r to its end, or to one byte past maxFileSize. size is
// what r is known to hold (0: unknown): the bytes go into one buffer of
// that size, and once that many are read a regular file is taken to have
// ended, without one more read to see the end.
func readAll(r io.Reader, size int64) ([]byte, error) {
	if size > 0 {
		data := make([]byte, size)
		n, err := io.ReadFull(r, data)
		switch {
		case err == nil:
			return data, nil
		case err == io.ErrUnexpectedEOF || err == io.EOF: // shorter than it was (even empty): what was there
			return data[:n], nil
		default:
			return nil, err
		}
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(r, maxFileSize+1)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// load splits one file's bytes into articles, refusing a file too large.
func load(name string, data []byte) ([]*claims.Article, error) {
	if len(data) > maxFileSize {
		return nil, tooLarge(name)
	}
	return claims.Load(name, data)
}

func notRegular(name string, m fs.FileMode) error {
	return &claims.InputError{File: name, Msg: fmt.Sprintf("not a regular file (%s): not read", fileKind(m))}
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
