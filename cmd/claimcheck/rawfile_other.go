//go:build !unix

package main

import (
	"io"
	"os"
)

// openRead opens a file for reading; see rawfile_unix.go.
func openRead(name string) (io.ReadCloser, error) { return os.Open(name) }
