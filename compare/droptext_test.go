package compare

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// TestRunDropText wants the same findings, to the last evidence line,
// whether Run keeps the articles' text or drops it once they are grouped,
// on the repository's sample articles.
func TestRunDropText(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata articles: %v", err)
	}
	files := map[string]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := claims.Load(p, data); err == nil {
			files[p] = string(data)
		}
	}
	run := func(drop bool) []rules.Finding {
		arts := load(t, k, files)
		fs := append(rules.CheckTitles(k, arts), rules.CheckTime(arts)...)
		return Run(k, arts, fs, Options{DropText: drop})
	}
	kept, dropped := run(false), run(true)
	if len(kept) == 0 {
		t.Fatal("no findings on the sample articles")
	}
	sameFindings(t, "dropping the text", kept, dropped)
	// Every other article scanned ahead, its findings detached and its
	// text dropped, as check does on the worker that loads it; Run scans
	// the others and drops their text itself.
	arts := load(t, k, files)
	fs := append(rules.CheckTitles(k, arts), rules.CheckTime(arts)...)
	Detach(fs)
	var scans Scans
	for i, a := range arts {
		if i%2 == 0 {
			scans.Scan(a)
			a.DropText()
		}
	}
	sameFindings(t, "scanning ahead", kept, Run(k, arts, fs, Options{DropText: true, Scans: &scans}))
	if scans.sets != nil || scans.free != nil {
		t.Errorf("Run left the scans: %d sets, %d scanners", len(scans.sets), len(scans.free))
	}
}

func sameFindings(t *testing.T, what string, want, got []rules.Finding) {
	t.Helper()
	if !reflect.DeepEqual(want, got) {
		t.Errorf("%s changed the findings: %d before, %d after", what, len(want), len(got))
		for i := range min(len(want), len(got)) {
			if !reflect.DeepEqual(want[i], got[i]) {
				t.Errorf("first difference at %d:\nbefore %+v\nafter  %+v", i, want[i], got[i])
				break
			}
		}
	}
}
