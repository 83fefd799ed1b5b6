package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKBImport converts the hand-written Wikidata results in testdata/kb
// and pins the knowledge file it makes.
func TestKBImport(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "kb")
	out := filepath.Join(t.TempDir(), "import.yaml")
	_, errOut, code := runCmd(t, "kb", "import", "--wikidata", filepath.Join(dir, "wikidata-results.json"),
		"--retrieved", "2026-11-21", "--country", "NATO", "-o", out)
	if code != exitOK {
		t.Fatalf("kb import: exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"row 7: Chairman of the Government of the Russian Federation (Q2285706): no role's name is in the label",
		"row 8: Q23530 in RU/president: start: none",
		"wrote " + out + ": 5 persons, 0 offices, 6 terms",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("kb import stderr lacks %q:\n%s", want, errOut)
		}
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join(dir, "wikidata-import.yaml")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("kb import output differs from %s (go test ./cmd/claimcheck -update to accept)\ngot:\n%s", golden, got)
	}

	// The imported file loads over the default and answers lookups.
	stdout, errOut, code := runCmd(t, "--kb", out, "kb", "lookup", "Jens Stoltenberg", "--date", "2020-01-01")
	if code != exitOK || !strings.Contains(stdout, "* Secretary General of NATO [NATO/secretary_general]: 2014-10-01 to 2024-10-01") {
		t.Errorf("kb lookup with the import: exit %d, stderr %q, stdout:\n%s", code, errOut, stdout)
	}
	// Kamala Harris is keyed by Bioguide ID in the default: the import
	// reuses that ID rather than adding a second Kamala Harris.
	stdout, _, _ = runCmd(t, "--kb", out, "kb", "lookup", "Kamala Harris")
	if strings.Contains(stdout, "ambiguous") || strings.Contains(stdout, "Q10853588") {
		t.Errorf("kb lookup Kamala Harris after import: a duplicate person:\n%s", stdout)
	}
	// Without --country the NATO rows cannot be placed.
	_, errOut, code = runCmd(t, "kb", "import", "--wikidata", filepath.Join(dir, "wikidata-results.json"), "--retrieved", "2026-11-21")
	if code != exitOK || !strings.Contains(errOut, "no countryCode (give --country for an international office)") {
		t.Errorf("kb import without --country: exit %d, stderr %q", code, errOut)
	}
	// Not SPARQL results.
	_, errOut, code = runCmd(t, "kb", "import", "--wikidata", filepath.Join(dir, "merge.yaml"))
	if code != exitError || !strings.Contains(errOut, "not SPARQL JSON results") {
		t.Errorf("kb import of a YAML file: exit %d, stderr %q", code, errOut)
	}
}

func TestKBImportHelpHasQuery(t *testing.T) {
	stdout, _, _ := runCmd(t, "kb", "import", "--help")
	for _, want := range []string{"?person p:P39 ?stmt", "pqv:P580", "pqv:P582", "skos:altLabel", "query.wikidata.org"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("kb import --help lacks %q", want)
		}
	}
}

func TestKBStats(t *testing.T) {
	stdout, errOut, code := runCmd(t, "kb", "stats")
	if code != exitOK {
		t.Fatalf("kb stats: exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	last := strings.Fields(lines[len(lines)-1])
	if last[0] != "merged" || len(last) != 8 || last[7] != "2026-09-28" {
		t.Errorf("kb stats: last line %q, want the merged counts and the snapshot", lines[len(lines)-1])
	}
	if !strings.Contains(stdout, "embedded:data/manual.yaml") {
		t.Errorf("kb stats lacks the per-file rows:\n%s", stdout)
	}
}

func TestKBLookup(t *testing.T) {
	tests := []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"Zelenskiy"}, []string{"Volodymyr Zelenskyy (Q3874799)", "President of Ukraine [UA/president]: 2019-05-20 to present"}, []string{"ambiguous"}},
		{[]string{"Erdogan"}, []string{"Recep Tayyip Erdoğan (Q39259)"}, []string{"ambiguous"}},
		{[]string{"Kim", "Jong-un"}, []string{"Kim Jong Un (Q56226)"}, nil},
		{[]string{"MBS"}, []string{"Mohammed bin Salman (Q6892571)"}, nil},
		{[]string{"Bush"}, []string{"ambiguous (surname): 2 persons", "George Walker Bush (Q207)", "George Herbert Walker Bush (Q23505)"}, nil},
		{[]string{"George", "W.", "Bush", "--date", "2003-03-20"}, []string{"* President of the United States [US/president]: 2001-01-20 to 2009-01-20"}, []string{"Q23505"}},
		{[]string{"Vladimir", "Putin", "--date", "2010-03-01"}, []string{"Prime Minister"}, []string{"[RU/president]"}},
		{[]string{"Joe", "Biden", "--date", "2026-01-01"}, []string{"on 2026-01-01: no office in the knowledge"}, nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, errOut, code := runCmd(t, append([]string{"kb", "lookup"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("kb lookup %v: exit %d, stderr %q", tt.args, code, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("kb lookup %v lacks %q:\n%s", tt.args, w, stdout)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(stdout, w) {
					t.Errorf("kb lookup %v has %q:\n%s", tt.args, w, stdout)
				}
			}
		})
	}
	_, errOut, code := runCmd(t, "kb", "lookup", "Ivan Nobody")
	if code != exitError || !strings.Contains(errOut, `no person called "Ivan Nobody"`) {
		t.Errorf("kb lookup Ivan Nobody: exit %d, stderr %q", code, errOut)
	}
}
