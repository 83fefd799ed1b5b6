package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestDeterminismGOMAXPROCS runs check --format json over the seeds and
// every article in the testscript fixtures, as a separate process with
// GOMAXPROCS=1, 2 and 8, twice each, and wants the same bytes every time:
// stdout, stderr and exit status. The worker pool must not leak its
// scheduling into the output.
func TestDeterminismGOMAXPROCS(t *testing.T) {
	if testing.Short() {
		t.Skip("six runs of the whole check; skipped with -short")
	}
	dir := t.TempDir()
	// The test binary is claimcheck when called by that name
	// (testscript.Main in TestMain), so no build is needed.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "claimcheck")
	if err := os.Symlink(exe, bin); err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join(dir, "corpus")
	scripts, err := filepath.Glob("../../testdata/script/*.txtar")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	n := 0
	for _, s := range scripts {
		a, err := txtar.ParseFile(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range a.Files {
			if !strings.HasSuffix(f.Name, ".txt") && !strings.HasSuffix(f.Name, ".md") {
				continue
			}
			name := filepath.Join(corpus, strings.TrimSuffix(filepath.Base(s), ".txtar"), f.Name)
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	seeds, err := filepath.Abs("../../testdata/seeds")
	if err != nil {
		t.Fatal(err)
	}
	var first string
	for _, procs := range []int{1, 2, 8} {
		for run := 1; run <= 2; run++ {
			cmd := exec.Command(bin, "check", "--format", "json", "--min-confidence", "0", seeds, "corpus")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", procs))
			var out, errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errOut
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprintf("exit %d\n-- stderr --\n%s-- stdout --\n%s", code, errOut.String(), out.String())
			if first == "" {
				first = got
				if !strings.Contains(out.String(), `"findings": [`) || code == 0 {
					t.Fatalf("GOMAXPROCS=%d: exit %d, %d bytes of output; want findings", procs, code, out.Len())
				}
				t.Logf("%d fixture files and the seeds: exit %d, %d bytes of JSON, %d lines on stderr", n, code, out.Len(), strings.Count(errOut.String(), "\n"))
				continue
			}
			if got != first {
				t.Errorf("GOMAXPROCS=%d run %d differs from GOMAXPROCS=1 run 1:\n%s", procs, run, firstDiff(first, got))
			}
		}
	}
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("one is a prefix of the other (%d and %d lines)", len(la), len(lb))
}
