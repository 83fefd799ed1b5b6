package asciifold

import "testing"

func TestAppendPlain(t *testing.T) {
	tests := []struct {
		s     string
		want  string
		n     int
		space bool
	}{
		{"", "", 0, false},
		{"Vladimir Putin", "vladimir putin", 14, false},
		{"ABC", "abc", 3, false},
		{"Mr. Smith", "mr", 2, false},
		{"Jean-Luc", "jean", 4, false},
		{"Russia’s", "russia", 6, false},
		{"two  spaces", "two", 3, true},
		{"trailing ", "trailing", 8, false},
		{" leading", "", 0, false},
		{"a b", "a b", 3, false},
		{"tab\there", "tab", 3, false},
		{"José", "jos", 3, false},
		{"O'Brien", "o", 1, false},
		{"Prime Minister 2", "prime minister 2", 16, false},
	}
	for _, tt := range tests {
		dst := []byte("keep|")
		got, n, space := AppendPlain(dst, tt.s)
		if string(got) != "keep|"+tt.want || n != tt.n || space != tt.space {
			t.Errorf("AppendPlain(%q) = %q, %d, %v; want %q, %d, %v", tt.s, got, n, space, "keep|"+tt.want, tt.n, tt.space)
		}
	}
}
