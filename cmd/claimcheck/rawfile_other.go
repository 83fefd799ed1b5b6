//go:build !unix

package main

import (
	"io"
	"os"
)

// openRead opens a regular file for reading and returns its size; see
// rawfile_unix.go.
func openRead(name string) (io.ReadCloser, int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, 0, notRegular(name, info.Mode())
	}
	return f, info.Size(), nil
}
