package claims

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A lineIndex maps byte offsets to 1-based lines and columns.
type lineIndex struct {
	starts []int // byte offset of the start of each line

	// The last position asked for: claims come in text order, so the next
	// column is counted on from here rather than from the line's start,
	// which keeps a long line linear.
	lastOff, lastLine, lastCol int
}

func newLineIndex(text string) *lineIndex {
	// A byte order mark is no character of the first line: editors show
	// the word after it at column 1.
	first := 0
	if strings.HasPrefix(text, "\uFEFF") {
		first = len("\uFEFF")
	}
	// strings.Count and IndexByte look for the newlines many bytes at a
	// time; the array is made once, of the size they give.
	starts := make([]int, 1, 1+strings.Count(text, "\n"))
	starts[0] = first
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		starts = append(starts, i)
	}
	return &lineIndex{starts: starts}
}

// position returns the line and the column, in code points, of off.
func (li *lineIndex) position(text string, off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(text) {
		off = len(text)
	}
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	if i < 0 { // inside the byte order mark
		return 1, 1
	}
	if li.lastLine == i+1 && off >= li.lastOff && (li.lastOff == len(text) || utf8.RuneStart(text[li.lastOff])) {
		li.lastCol += utf8.RuneCountInString(text[li.lastOff:off])
	} else {
		li.lastLine, li.lastCol = i+1, utf8.RuneCountInString(text[li.starts[i]:off])+1
	}
	li.lastOff = off
	return li.lastLine, li.lastCol
}
