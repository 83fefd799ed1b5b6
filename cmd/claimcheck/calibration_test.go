package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// labelSet is a labels file in the format of shared/eval/seeds.labels.json.
type labelSet struct {
	FPThreshold float64 `json:"fp_threshold"`
	Expected    []struct {
		ID            string
		Places        [][2]any
		Actor         string
		MinConfidence float64 `json:"min_confidence"`
	}
}

type scored struct {
	File, Actor, Excerpt, Rule string
	Line                       int
	Confidence                 float64
}

// TestCalibration checks that confidence means something on the labelled
// sets kept in the repository (the seeds and testdata/labelled): every
// labelled error is found at its minimum confidence, nothing else reaches
// the threshold, and findings are right at least as often as their
// confidence says, bin by bin (a reliability table, logged with -v).
func TestCalibration(t *testing.T) {
	type bin struct{ right, all int }
	bins := map[string]*bin{}
	edges := []float64{0.9, 0.7, 0.5, 0.3, 0}
	binOf := func(c float64) string {
		for _, e := range edges {
			if c >= e {
				return fmt.Sprintf("%.1f+", e)
			}
		}
		return "0.0+"
	}
	for _, dir := range []string{"../../testdata/seeds", "../../testdata/labelled"} {
		raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
		if err != nil {
			t.Fatal(err)
		}
		var labels labelSet
		if err := json.Unmarshal(raw, &labels); err != nil {
			t.Fatal(err)
		}
		out, _, _ := runCmd(t, "check", "--format", "json", "--min-confidence", "0", dir)
		var got struct{ Findings []scored }
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		right := make([]bool, len(got.Findings))
		for _, item := range labels.Expected {
			best := -1.0
			for i, f := range got.Findings {
				for _, p := range item.Places {
					if filepath.Base(f.File) == p[0].(string) && float64(f.Line) == p[1].(float64) &&
						strings.Contains(strings.ToLower(f.Actor+" "+f.Excerpt), strings.ToLower(item.Actor)) {
						right[i] = true
						best = max(best, f.Confidence)
					}
				}
			}
			if best < item.MinConfidence {
				t.Errorf("%s: label %s found at best %.2f, want at least %.2f", dir, item.ID, best, item.MinConfidence)
			}
		}
		for i, f := range got.Findings {
			b := bins[binOf(f.Confidence)]
			if b == nil {
				b = &bin{}
				bins[binOf(f.Confidence)] = b
			}
			b.all++
			if right[i] {
				b.right++
			} else if f.Confidence >= labels.FPThreshold {
				t.Errorf("%s: false alarm at %.2f: %s:%d %s %q", dir, f.Confidence, f.File, f.Line, f.Rule, f.Excerpt)
			}
		}
	}
	t.Log("confidence  findings  right  share right")
	for _, e := range edges {
		name := fmt.Sprintf("%.1f+", e)
		if b := bins[name]; b != nil {
			share := float64(b.right) / float64(b.all)
			t.Logf("%-10s  %8d  %5d  %.2f", name, b.all, b.right, share)
			// A bin at or above 0.5 must be right at least as often as its
			// lower edge says, with one finding's slack for small bins.
			if e >= 0.5 && float64(b.right+1) < e*float64(b.all) {
				t.Errorf("bin %s: %d of %d right (%.2f), below its confidence", name, b.right, b.all, share)
			}
		}
	}
}
