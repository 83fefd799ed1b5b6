//go:build unix

package main

import (
	"io"
	"io/fs"
	"syscall"
)

// openRead opens a regular file for reading with the plain system calls.
// os.Open would also try to register the file with the runtime's poller,
// which a regular file refuses: five more system calls per file, thousands
// of times in a run over a directory of articles. The errors are the ones
// os.Open and (*os.File).Read give, so that messages do not change.
func openRead(name string) (io.ReadCloser, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return &rawFile{fd: fd, name: name}, nil
	}
}

// A rawFile is an open file read with read(2), without the poller.
type rawFile struct {
	fd   int
	name string
}

func (f *rawFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := syscall.Read(f.fd, p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &fs.PathError{Op: "read", Path: f.name, Err: err}
		case n == 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *rawFile) Close() error { return syscall.Close(f.fd) }
