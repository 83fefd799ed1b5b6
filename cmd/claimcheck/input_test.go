package main

import (
	"strings"
	"testing"
)

// TestReadAll wants a file read whole when it holds its stat'd size, what
// is there when it shrank after the stat (even to nothing), and to its end
// when the size is unknown.
func TestReadAll(t *testing.T) {
	tests := []struct {
		text string
		size int64
		want string
	}{
		{"hello", 5, "hello"},
		{"hel", 5, "hel"},     // shrank
		{"", 5, ""},           // emptied
		{"hello", 0, "hello"}, // size unknown (standard input, /proc)
		{"", 0, ""},
		{"hello world", 5, "hello"}, // grew: the size stat gave
	}
	for _, tt := range tests {
		got, err := readAll(strings.NewReader(tt.text), tt.size)
		if err != nil || string(got) != tt.want {
			t.Errorf("readAll(%q, %d) = %q, %v; want %q", tt.text, tt.size, got, err, tt.want)
		}
	}
}
