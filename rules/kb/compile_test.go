package kb

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCompiledUpToDate checks that the embedded compiled form of every
// hand-written knowledge file matches the YAML that people edit.
func TestCompiledUpToDate(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("data", "*.yaml"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no hand-written knowledge files: %v", err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Compile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("data", CompiledName(name)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: its compiled form is out of date (run go generate ./rules/kb)", name)
		}
	}
}

// TestCompiledLoadsAlike checks that the compiled form parses to the same
// knowledge as the YAML.
func TestCompiledLoadsAlike(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join("data", "*.yaml"))
	for _, name := range names {
		data, _ := os.ReadFile(name)
		a, err := Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Parse(name+".json", mustCompile(t, a))
		if err != nil {
			t.Fatal(err)
		}
		ca, cb := mustCompile(t, a), mustCompile(t, b)
		if !bytes.Equal(ca, cb) {
			t.Errorf("%s: the compiled form does not round-trip", name)
		}
	}
}

func mustCompile(t *testing.T, f *File) []byte {
	t.Helper()
	b, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
