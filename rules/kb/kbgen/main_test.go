package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerateMatchesCommitted regenerates the knowledge from the source
// data sets, when they are present, and checks that the result equals the
// committed gen-*.json files byte for byte.
func TestGenerateMatchesCommitted(t *testing.T) {
	src := filepath.Join("..", "..", "..", "..", "shared", "data", "kb-sources")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("no source data at %s", src)
	}
	data := filepath.Join("..", "data")
	// Generate into a temp dir that holds a copy of the hand files, as
	// kbgen reads them from its output folder.
	out := t.TempDir()
	hand, err := filepath.Glob(filepath.Join(data, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hand {
		b, err := os.ReadFile(h)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, filepath.Base(h)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := Generate(src, out)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := filepath.Glob(filepath.Join(data, "gen-*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(committed) != len(files) {
		t.Errorf("committed %d generated files, kbgen makes %d", len(committed), len(files))
	}
	for name, got := range files {
		want, err := os.ReadFile(filepath.Join(data, name))
		if err != nil {
			t.Errorf("%s: %v (rerun kbgen)", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the generated output: rerun go run ./rules/kb/kbgen", name)
		}
	}
	// A second run is byte-identical.
	again, err := Generate(src, out)
	if err != nil {
		t.Fatal(err)
	}
	for name := range files {
		if !bytes.Equal(files[name], again[name]) {
			t.Errorf("%s: second run differs", name)
		}
	}
}

// TestXTextVersion keeps the CLDR source's version in step with go.mod.
func TestXTextVersion(t *testing.T) {
	mod, err := os.ReadFile(filepath.Join("..", "..", "..", "go.mod"))
	if err != nil {
		t.Skip(err)
	}
	if !strings.Contains(string(mod), "golang.org/x/text "+xtextVersion) {
		t.Errorf("go.mod does not require golang.org/x/text %s; update xtextVersion and rerun kbgen", xtextVersion)
	}
}

func TestRoleOf(t *testing.T) {
	tests := map[string]string{
		"President of the Russian Federation":   "president",
		"Prime Minister of Japan":               "prime_minister",
		"Premier of the State Council":          "prime_minister",
		"President of the Council of Ministers": "prime_minister",
		"Federal Chancellor":                    "chancellor",
		"Monarch of the United Kingdom":         "monarch",
		"King of Saudi Arabia":                  "monarch",
		"Emperor of Japan":                      "emperor",
		"Vice President of Indonesia":           "vice_president",
		"President of the European Commission":  "commission_president",
		"Member of the Swiss Federal Council":   "",
		"Deputy Prime Minister of the Kingdom":  "",
	}
	for title, want := range tests {
		if got := roleOf(title); got != want {
			t.Errorf("roleOf(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestShortNames(t *testing.T) {
	tests := map[string]string{
		"Lyndon B. Johnson": "Lyndon Johnson",
		"George H. W. Bush": "George Bush",
		"Kim Jong Un":       "",
		"Lee Jae Myung":     "",
		"Vladimir Putin":    "",
	}
	for name, want := range tests {
		got := strings.Join(shortNames(name), ",")
		if got != want {
			t.Errorf("shortNames(%q) = %q, want %q", name, got, want)
		}
	}
}
