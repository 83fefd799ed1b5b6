package claims

import (
	"sort"
	"unicode/utf8"
)

// A lineIndex maps byte offsets to 1-based lines and columns.
type lineIndex struct {
	starts []int // byte offset of the start of each line
}

func newLineIndex(text string) *lineIndex {
	li := &lineIndex{starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
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
	return i + 1, utf8.RuneCountInString(text[li.starts[i]:off]) + 1
}
