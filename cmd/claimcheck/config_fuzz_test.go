package main

import (
	"strings"
	"testing"
)

// FuzzConfig checks parseConfig on any file: it never panics, and an
// error is one line starting with the file's name.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{
		"",
		"rules:\n  title/not-in-office: false\nmin_confidence: 0.5\nfail_on: 0.8\n",
		"knowledge:\n  - newsroom-kb.yaml\nsources:\n  Associated Press: [AP, apnews.com]\n",
		"house_style:\n  titles:\n    President of the United States: U.S. President\n",
		"fail-on: 0.8\n",
		"rules: {nope: true}\n",
		"min_confidence: 2\n",
		"sources:\n  A: [x]\n  B: [X]\n",
		"&a [*a, *a]\n",
		"rules: [\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_, err := parseConfig(".claimcheck.yaml", []byte(text))
		if err != nil {
			if msg := err.Error(); !strings.HasPrefix(msg, ".claimcheck.yaml:") || strings.Contains(msg, "\n") {
				t.Fatalf("parseConfig error %q: want one line starting with the file name", msg)
			}
		}
	})
}
