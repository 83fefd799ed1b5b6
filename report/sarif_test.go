package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimcheck/claimcheck/rules"
)

// TestSARIFSchema validates the sarif format, on the sample and on no
// findings, against the OASIS SARIF 2.1.0 schema vendored under
// testdata/sarif (see its README for where it came from).
func TestSARIFSchema(t *testing.T) {
	schemaPath := filepath.Join("..", "testdata", "sarif", "sarif-schema-2.1.0.json")
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string]Input{"sample": sample(), "empty": {}} {
		var buf bytes.Buffer
		if err := SARIF(&buf, in); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: SARIF output does not validate: %v", name, err)
		}
	}
	// The schema must reject what it should: a level out of its enum.
	bad := map[string]any{"version": "2.1.0", "runs": []any{map[string]any{
		"tool":    map[string]any{"driver": map[string]any{"name": "x"}},
		"results": []any{map[string]any{"message": map[string]any{"text": "m"}, "level": "high"}}}}}
	if err := sch.Validate(bad); err == nil {
		t.Error("the schema accepted level \"high\"; is it the real schema?")
	}
}

// TestSARIFContent checks what the schema cannot: every registered rule is
// in tool.driver.rules with its doc, results point at their rule, and
// levels are in {none, note, warning, error}.
func TestSARIFContent(t *testing.T) {
	var buf bytes.Buffer
	if err := SARIF(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string
						ShortDescription struct{ Text string }
						Help             struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(sampleRules) {
		t.Fatalf("driver.rules has %d rules, want %d", len(run.Tool.Driver.Rules), len(sampleRules))
	}
	for i, r := range sampleRules {
		got := run.Tool.Driver.Rules[i]
		if got.ID != r.Name || got.ShortDescription.Text != r.Doc || got.Help.Text == "" {
			t.Errorf("rule %d = %+v, want id %q and doc %q", i, got, r.Name, r.Doc)
		}
	}
	for i, res := range run.Results {
		if res.RuleIndex < 0 {
			continue
		}
		if !slices.Contains([]string{"none", "note", "warning", "error"}, res.Level) {
			t.Errorf("result %d: level %q", i, res.Level)
		}
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d is not %s", i, res.RuleIndex, res.RuleID)
		}
	}
	if run.Results[3].RuleIndex != -1 {
		t.Errorf("a finding of a rule not documented: ruleIndex %d, want -1", run.Results[3].RuleIndex)
	}
	var reg bytes.Buffer
	if err := SARIF(&reg, Input{}); err != nil {
		t.Fatal(err)
	}
	for _, r := range rules.All {
		if !bytes.Contains(reg.Bytes(), []byte(`"id": "`+r.Name+`"`)) {
			t.Errorf("SARIF without Input.Rules lacks registered rule %s", r.Name)
		}
	}
	loc := run.Results[1].Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "coverage/%C3%BCn%C3%AFcode%20100%25.txt" || loc.Region.StartLine != 15 || loc.Region.StartColumn != 1 {
		t.Errorf("location = %+v", loc)
	}
}
