package main

import (
	"bytes"
	"context"
	"encoding/json"
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

// TestSeedsLabels scores the findings on the seeds against their labels,
// as ../shared/eval/score does: every expected error found at its minimum
// confidence, and no other finding at or above the labels' threshold.
func TestSeedsLabels(t *testing.T) {
	out, _, _ := runCmd(t, "check", "--format", "json", "--min-confidence", "0", "../../testdata/seeds")
	var got struct {
		Findings []struct {
			File, Actor, Excerpt string
			Line                 int
			Confidence           float64
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../testdata/seeds/labels.json")
	if err != nil {
		t.Fatal(err)
	}
	var labels struct {
		FPThreshold float64 `json:"fp_threshold"`
		Expected    []struct {
			ID            string
			Places        [][2]any
			Actor         string
			MinConfidence float64 `json:"min_confidence"`
		}
	}
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	used := make([]bool, len(got.Findings))
	for _, item := range labels.Expected {
		best := -1.0
		for i, f := range got.Findings {
			for _, p := range item.Places {
				if filepath.Base(f.File) == p[0].(string) && float64(f.Line) == p[1].(float64) &&
					strings.Contains(strings.ToLower(f.Actor+" "+f.Excerpt), strings.ToLower(item.Actor)) {
					used[i] = true
					best = max(best, f.Confidence)
				}
			}
		}
		if best < item.MinConfidence {
			t.Errorf("label %s: best confidence %.2f, want at least %.2f", item.ID, best, item.MinConfidence)
		}
	}
	for i, f := range got.Findings {
		if !used[i] && f.Confidence >= labels.FPThreshold {
			t.Errorf("false positive at %.2f: %s:%d %s", f.Confidence, f.File, f.Line, f.Excerpt)
		}
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
