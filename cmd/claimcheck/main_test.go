package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and the want files in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"claimcheck": main})
}

// TestScript runs the end-to-end scenarios in testdata/script: fixtures for
// every rule with their correct twins, and bad input.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("..", "..", "testdata", "script"),
		RequireExplicitExec: true,
		UpdateScripts:       *update,
	})
}

func runCmd(t testing.TB, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, IO{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	return out.String(), errOut.String(), code
}

// TestSeedsGolden pins the findings on the seed articles, byte for byte.
func TestSeedsGolden(t *testing.T) {
	for _, format := range []string{"json", "table"} {
		t.Run(format, func(t *testing.T) {
			out, errOut, code := runCmd(t, "check", "--format", format, "../../testdata/seeds")
			if code != exitFindings || errOut != "" {
				t.Fatalf("check seeds: exit %d, stderr %q; want 1 and nothing on stderr", code, errOut)
			}
			golden := filepath.Join("..", "..", "testdata", "golden", "seeds."+format)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if out != string(want) {
				t.Errorf("check --format %s testdata/seeds differs from %s (go test ./cmd/claimcheck -update to accept)\ngot:\n%s", format, golden, out)
			}
		})
	}
}

// TestDeterministic runs the same check twice and wants the same bytes.
func TestDeterministic(t *testing.T) {
	a, _, _ := runCmd(t, "check", "--format", "json", "--min-confidence", "0", "../../testdata/seeds")
	b, _, _ := runCmd(t, "check", "--format", "json", "--min-confidence", "0", "../../testdata/seeds")
	if a != b {
		t.Error("two runs over the same input printed different output")
	}
}
