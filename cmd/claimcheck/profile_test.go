package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestProfileFlags runs check with each hidden profiling flag and checks
// that it writes its file, and that the findings are those of a run
// without it.
func TestProfileFlags(t *testing.T) {
	seeds := filepath.Join("..", "..", "testdata", "seeds")
	want, _, wantCode := runCmd(t, "check", "--format", "json", seeds)
	for _, flag := range []string{cpuProfileFlag, memProfileFlag, traceFlag} {
		t.Run(flag, func(t *testing.T) {
			name := filepath.Join(t.TempDir(), flag+".out")
			got, stderr, code := runCmd(t, "check", "--format", "json", "--"+flag, name, seeds)
			if code != wantCode || got != want {
				t.Errorf("--%s: exit code %d and %d bytes of findings, want %d and %d bytes (stderr %q)", flag, code, len(got), wantCode, len(want), stderr)
			}
			if fi, err := os.Stat(name); err != nil || fi.Size() == 0 {
				t.Errorf("--%s: no profile written: %v", flag, err)
			}
		})
	}
}
