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
	if !reflect.DeepEqual(kept, dropped) {
		t.Errorf("dropping the text changed the findings: %d kept, %d dropped", len(kept), len(dropped))
		for i := range min(len(kept), len(dropped)) {
			if !reflect.DeepEqual(kept[i], dropped[i]) {
				t.Errorf("first difference at %d:\nkept    %+v\ndropped %+v", i, kept[i], dropped[i])
				break
			}
		}
	}
}
