package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/rules"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// sample holds findings with the characters formats must escape: a "|", a
// newline, a comma, a colon, a percent sign, quotes, HTML and non-ASCII.
func sample() Input {
	return Input{
		Version: "test",
		Rules:   sampleRules,
		Findings: []rules.Finding{
			{
				Rule: "title/wrong-office", Actor: "Vladimir Putin", File: "drafts/moscow, april.md", Line: 3, Column: 55,
				Excerpt: "Russian Prime Minister Vladimir Putin", Expected: "President of the Russian Federation",
				Confidence: 0.95, Source: "Example Wire", Person: "Q7747",
				Evidence: []string{"knowledge: Vladimir Putin held President of the Russian Federation 2012-05-07 to present (+3.0)"},
				Related:  []rules.Location{{File: "drafts/moscow, april.md", Line: 9, Column: 1}},
			},
			{
				Rule: "compare/report-date", Actor: "NBC | News", File: "coverage/ünïcode 100%.txt", Line: 15, Column: 1,
				Excerpt: "NBC News reported\non Thursday", Expected: "Friday (The Moscow Times: 3 sources)",
				Confidence: 0.52, Source: "Łódź Gazette",
				Evidence: []string{"same report: \"talks <b>ended</b>\" (+0.3)", "one source against one (+0.0)"},
			},
			{
				Rule: "title/not-in-office", Actor: "Zoë Ñúñez", File: "x.txt", Line: 1, Column: 2,
				Excerpt: "Minister Zoë Ñúñez", Expected: "former Minister (left 2024-01-01)",
				Confidence: 0.31, Source: "Example Wire",
			},
			{
				Rule: "title/elect-after-start", Actor: "A. Person", File: "x.txt", Line: 4, Column: 1,
				Excerpt: "President-elect Person", Expected: "President", Confidence: 0.12,
			},
		},
		Titles: []TitleUse{
			{Person: "Q7747", Actor: "Vladimir Putin", Source: "Example Wire", Title: "Russian Prime Minister", File: "drafts/moscow, april.md", Line: 3, Column: 55},
			{Person: "Q7747", Actor: "Vladimir Putin", Source: "Example Wire", Title: "Russian President", File: "drafts/moscow, april.md", Line: 9, Column: 1, Quoted: true},
			{Person: "Q7747", Actor: "Vladimir Putin", Source: "Łódź Gazette", Title: "President", File: "coverage/b.txt", Line: 2, Column: 1},
			{Person: "Q1", Actor: "Nobody Else", Source: "Example Wire", Title: "Mayor", File: "x.txt", Line: 1, Column: 1},
		},
	}
}

// sampleRules stand for the registry, so that golden files do not change
// when a rule is added.
var sampleRules = []*rules.Rule{
	{Name: "title/wrong-office", Doc: "a title of an office the person did not hold", Explain: "Explained | with a pipe\nand a second line.", Example: "Russian Prime Minister Vladimir Putin (2025)"},
	{Name: "compare/report-date", Doc: "the same report dated differently", Explain: "Dates differ.", Example: "Thursday / Friday"},
	{Name: "title/not-in-office", Doc: "a current title for someone who had left", Explain: "Left.", Example: "Minister X (2025)"},
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s output differs from %s (go test ./report -update to accept)\ngot:\n%s", name, path, got)
	}
}

// TestFormatsGolden pins every format, byte for byte, on the sample, on no
// findings, and (for table) on a terminal.
func TestFormatsGolden(t *testing.T) {
	for _, f := range AllFormats {
		t.Run(f.Name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.Write(&buf, sample()); err != nil {
				t.Fatal(err)
			}
			golden(t, f.Name, buf.Bytes())
			var again bytes.Buffer
			if err := f.Write(&again, sample()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Errorf("%s: two runs over the same findings printed different output", f.Name)
			}
			var empty bytes.Buffer
			if err := f.Write(&empty, Input{Version: "test", Rules: sampleRules}); err != nil {
				t.Fatal(err)
			}
			golden(t, f.Name+"-empty", empty.Bytes())
		})
	}
	t.Run("table-terminal", func(t *testing.T) {
		in := sample()
		in.Terminal = true
		var buf bytes.Buffer
		if err := TableInput(&buf, in); err != nil {
			t.Fatal(err)
		}
		golden(t, "table-terminal", buf.Bytes())
	})
}

// TestPlainWhenPiped wants no escape codes and no box drawing from any
// format when the output is no terminal.
func TestPlainWhenPiped(t *testing.T) {
	for _, f := range AllFormats {
		var buf bytes.Buffer
		if err := f.Write(&buf, sample()); err != nil {
			t.Fatal(err)
		}
		if s := buf.String(); strings.Contains(s, "\x1b[") || strings.ContainsAny(s, "─│┌┐└┘├┤┬┴┼") {
			t.Errorf("%s: escape codes or box drawing in piped output", f.Name)
		}
	}
}

// TestMarkdownRows wants one table row per finding, each with five cells:
// the "|" and the newline in the sample are escaped.
func TestMarkdownRows(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(l, "| ") {
			rows = append(rows, l)
		}
	}
	if len(rows) != 1+len(sample().Findings) {
		t.Fatalf("Markdown: %d table rows, want header and %d", len(rows), len(sample().Findings))
	}
	for _, r := range rows {
		cells := strings.Count(strings.ReplaceAll(r, `\|`, ""), "|") - 1
		if cells != 5 {
			t.Errorf("Markdown row %q has %d cells, want 5", r, cells)
		}
	}
}

// TestCSVRoundTrip reads the CSV back and wants the fields as given.
func TestCSVRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+len(sample().Findings) {
		t.Fatalf("CSV: %d records, want %d", len(recs), 1+len(sample().Findings))
	}
	if got, want := recs[2][7], sample().Findings[1].Excerpt; got != want {
		t.Errorf("CSV excerpt = %q, want %q", got, want)
	}
}

// TestJSONLMatchesJSON wants each JSON Lines line to equal the matching
// element of the JSON format's findings array.
func TestJSONLMatchesJSON(t *testing.T) {
	var a, b bytes.Buffer
	if err := JSON(&a, sample().Findings); err != nil {
		t.Fatal(err)
	}
	if err := JSONL(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var doc struct{ Findings []json.RawMessage }
	if err := json.Unmarshal(a.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(doc.Findings) {
		t.Fatalf("JSONL: %d lines, want %d", len(lines), len(doc.Findings))
	}
	for i, l := range lines {
		var x, y any
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatalf("JSONL line %d: %v", i+1, err)
		}
		_ = json.Unmarshal(doc.Findings[i], &y)
		xs, _ := json.Marshal(x)
		ys, _ := json.Marshal(y)
		if string(xs) != string(ys) {
			t.Errorf("JSONL line %d = %s, want %s", i+1, xs, ys)
		}
	}
}

// TestGitHubEscaping checks the workflow command escapes.
func TestGitHubEscaping(t *testing.T) {
	var buf bytes.Buffer
	if err := GitHub(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	want := []string{
		"::error file=drafts/moscow%2C april.md,line=3,col=55,title=title/wrong-office (0.95)::Vladimir Putin: \"Russian Prime Minister Vladimir Putin\"; expected: President of the Russian Federation",
		"::warning file=coverage/ünïcode 100%25.txt,line=15,col=1,title=compare/report-date (0.52)::NBC | News: \"NBC News reported\\non Thursday\"; expected: Friday (The Moscow Times: 3 sources)",
		"::notice file=x.txt,line=1,col=2,title=title/not-in-office (0.31)::Zoë Ñúñez: \"Minister Zoë Ñúñez\"; expected: former Minister (left 2024-01-01)",
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("GitHub line %d = %q, want %q", i+1, lines[i], w)
		}
	}
	if got := ghData("a%b\r\nc"); got != "a%25b%0D%0Ac" {
		t.Errorf("ghData = %q", got)
	}
	if got := ghProperty("a:b,c%"); got != "a%3Ab%2Cc%25" {
		t.Errorf("ghProperty = %q", got)
	}
}

// TestLevel pins the confidence bands every format shares.
func TestLevel(t *testing.T) {
	for _, tt := range []struct {
		conf float64
		want string
	}{{0, "none"}, {0.19, "none"}, {0.2, "note"}, {0.49, "note"}, {0.5, "warning"}, {0.79, "warning"}, {0.8, "error"}, {0.99, "error"}} {
		if got := Level(tt.conf); got != tt.want {
			t.Errorf("Level(%v) = %q, want %q", tt.conf, got, tt.want)
		}
	}
}

// TestJSONStreamedLikeWhole wants the batched, parallel JSON writer to give
// the bytes of encoding the whole document at once, for counts on both
// sides of a batch and with text that HTML escaping would change; and JSON
// Lines to give one compact line a finding.
func TestJSONStreamedLikeWhole(t *testing.T) {
	base := sample().Findings
	for _, n := range []int{0, 1, encodeBatch - 1, encodeBatch, encodeBatch + 1, 3*encodeBatch + 7} {
		fs := make([]rules.Finding, n)
		for i := range fs {
			fs[i] = base[i%len(base)]
			fs[i].Line = i + 1
			fs[i].Excerpt = fmt.Sprintf("<b>%d</b> & \"quoted\"", i)
		}
		var got bytes.Buffer
		if err := JSON(&got, fs); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		whole := make([]rules.Finding, n)
		for i, f := range fs {
			whole[i] = nonNil(f)
		}
		if err := enc.Encode(struct {
			Findings []rules.Finding `json:"findings"`
		}{whole}); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d findings: JSON differs from encoding the whole document", n)
		}
		var lines bytes.Buffer
		if err := JSONL(&lines, Input{Findings: fs}); err != nil {
			t.Fatal(err)
		}
		var wantLines bytes.Buffer
		enc = json.NewEncoder(&wantLines)
		enc.SetEscapeHTML(false)
		for _, f := range whole {
			enc.Encode(f)
		}
		if lines.String() != wantLines.String() {
			t.Errorf("%d findings: JSON Lines differ from encoding one finding a line", n)
		}
	}
}
