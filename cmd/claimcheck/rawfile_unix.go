//go:build unix

package main

import (
	"io"
	"io/fs"
	"syscall"
)

// openRead opens a regular file for reading with the plain system calls,
// and returns its size. os.Open would also try to register the file with
// the runtime's poller, which a regular file refuses: five more system
// calls per file, thousands of times in a run over a directory of
// articles. The file is opened without waiting (a named pipe put in its
// place would wait for a writer) and refused if it is not regular. The
// errors are the ones os.Open, os.Stat and (*os.File).Read give, so that
// messages do not change.
func openRead(name string) (io.ReadCloser, int64, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, 0, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		f := &rawFile{fd: fd, name: name}
		var st syscall.Stat_t
		if err := ignoringEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil {
			f.Close()
			return nil, 0, &fs.PathError{Op: "stat", Path: name, Err: err}
		}
		if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
			f.Close()
			return nil, 0, notRegular(name, fileMode(st.Mode))
		}
		return f, st.Size, nil
	}
}

func ignoringEINTR(call func() error) error {
	for {
		if err := call(); err != syscall.EINTR {
			return err
		}
	}
}

// fileMode is the kind of file a stat mode gives, as fs.FileMode has it.
func fileMode(m uint32) fs.FileMode {
	switch m & syscall.S_IFMT {
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		return fs.ModeDevice
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	case syscall.S_IFDIR:
		return fs.ModeDir
	}
	return fs.ModeIrregular
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
