package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
)

// SARIF 2.1.0, as plain structs with only the fields written (as
// golangci-lint does): a library pads its output with defaults.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	ShortDescription     sarifMessage   `json:"shortDescription"`
	FullDescription      sarifMessage   `json:"fullDescription"`
	Help                 sarifMessage   `json:"help"`
	DefaultConfiguration sarifRuleLevel `json:"defaultConfiguration"`
}

type sarifRuleLevel struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifProperties   `json:"properties"`
}

type sarifProperties struct {
	Confidence float64  `json:"confidence"`
	Actor      string   `json:"actor"`
	Expected   string   `json:"expected"`
	Source     string   `json:"source,omitempty"`
	Evidence   []string `json:"evidence"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn"`
	EndColumn   int           `json:"endColumn,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

// sarifURI makes a file name a relative URI reference: slashes, and
// characters a URI cannot hold escaped ("my draft.md" → "my%20draft.md").
func sarifURI(file string) string {
	u := url.URL{Path: filepath.ToSlash(file)}
	return u.EscapedPath()
}

// Fingerprint identifies a finding by file, rule, actor and excerpt, not by
// line, so that it survives edits above it (SARIF partialFingerprints, and
// lint's baselines use the same key).
func Fingerprint(file, rule, actor, excerpt string) string {
	h := sha256.Sum256([]byte(strings.Join([]string{filepath.ToSlash(file), rule, actor, excerpt}, "\x00")))
	return hex.EncodeToString(h[:8])
}

// SARIF writes a SARIF 2.1.0 log with one run: the rules of the registry
// (id, doc, full documentation and example as help) and one result per
// finding, its level mapped from the confidence (see [Level]), its place a
// physical location (columns count Unicode code points, as the run's
// columnKind says).
func SARIF(w io.Writer, in Input) error {
	index := map[string]int{}
	var rs []sarifRule
	for i, r := range ruleDocs(in) {
		index[r.Name] = i
		rs = append(rs, sarifRule{
			ID:                   r.Name,
			ShortDescription:     sarifMessage{r.Doc},
			FullDescription:      sarifMessage{r.Explain},
			Help:                 sarifMessage{fmt.Sprintf("%s\n\nExample: %s\n\nclaimcheck explain %s", r.Explain, r.Example, r.Name)},
			DefaultConfiguration: sarifRuleLevel{"warning"},
		})
	}
	results := []sarifResult{}
	for _, f := range in.Findings {
		ri, ok := index[f.Rule]
		if !ok {
			ri = -1
		}
		loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: sarifArtifactLocation{URI: sarifURI(f.File)},
			Region: sarifRegion{StartLine: max(f.Line, 1), StartColumn: max(f.Column, 1),
				EndColumn: endColumn(f.Column, f.Excerpt), Snippet: &sarifMessage{f.Excerpt}},
		}}
		var related []sarifLocation
		for i, r := range f.Related {
			id := i + 1
			related = append(related, sarifLocation{ID: &id, PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: sarifURI(r.File)},
				Region:           sarifRegion{StartLine: max(r.Line, 1), StartColumn: max(r.Column, 1)},
			}})
		}
		ev := f.Evidence
		if ev == nil {
			ev = []string{}
		}
		results = append(results, sarifResult{
			RuleID:    f.Rule,
			RuleIndex: ri,
			Level:     Level(f.Confidence),
			Message: sarifMessage{fmt.Sprintf("%s: %q; expected: %s (confidence %.2f)",
				f.Actor, f.Excerpt, f.Expected, f.Confidence)},
			Locations:           []sarifLocation{loc},
			RelatedLocations:    related,
			PartialFingerprints: map[string]string{"claimcheck/v1": Fingerprint(f.File, f.Rule, f.Actor, f.Excerpt)},
			Properties:          sarifProperties{Confidence: f.Confidence, Actor: f.Actor, Expected: f.Expected, Source: f.Source, Evidence: ev},
		})
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{Name: "claimcheck", Version: in.Version,
				InformationURI: "https://github.com/claimcheck/claimcheck", Rules: rs}},
			ColumnKind: "unicodeCodePoints",
			Results:    results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// endColumn is the column after the excerpt when it is on one line, else 0
// (left out).
func endColumn(col int, excerpt string) int {
	if col < 1 || excerpt == "" || strings.ContainsAny(excerpt, "\r\n") {
		return 0
	}
	return col + len([]rune(excerpt))
}
