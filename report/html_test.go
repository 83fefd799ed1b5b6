package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const chromium = "/usr/bin/chromium"

// headless runs Chromium on url with the given extra flags and returns its
// standard output. No network, no profile, no first-run work.
func headless(t *testing.T, url string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--user-data-dir=" + t.TempDir()}, extra...)
	args = append(args, url)
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, chromium, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", extra, err, errOut.String())
	}
	return out.String()
}

var rowRE = regexp.MustCompile(`<tr class="(error|warning|note|none)" data-file="[^"]*" data-line="(\d+)">`)

// TestHTMLInChromium loads the page in headless Chromium (when installed:
// Debian's chromium package; .ci/run installs it), checks that the findings
// table rendered with the expected rows, that sorting by a column works,
// and saves a screenshot under testdata/html for review (with -update).
func TestHTMLInChromium(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s not installed (apt-get install chromium)", chromium)
	}
	if testing.Short() {
		t.Skip("slow: starts a browser")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "findings.html")
	var buf bytes.Buffer
	if err := HTML(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + page

	dom := headless(t, url, "--dump-dom")
	rows := rowRE.FindAllStringSubmatch(dom, -1)
	if len(rows) != len(sample().Findings) {
		t.Fatalf("rendered findings table has %d rows, want %d\n%s", len(rows), len(sample().Findings), dom)
	}
	for i, want := range []string{"3", "15", "1", "4"} {
		if rows[i][2] != want {
			t.Errorf("row %d: line %s, want %s (the order given)", i+1, rows[i][2], want)
		}
	}
	for _, want := range []string{"Russian Prime Minister Vladimir Putin", "NBC News reported\non Thursday",
		"Zoë Ñúñez", "same report: \"talks &lt;b&gt;ended&lt;/b&gt;\" (+0.3)", "Titles by source", "Łódź Gazette"} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered page lacks %q", want)
		}
	}
	if strings.Contains(dom, "Nobody Else") {
		t.Error("rendered page has a titles table for a person in no finding")
	}

	// Sorted by confidence, ascending, through the page's own script.
	sorted := rowRE.FindAllStringSubmatch(headless(t, url+"#sort=3", "--dump-dom"), -1)
	var levels []string
	for _, r := range sorted {
		levels = append(levels, r[1])
	}
	if got := strings.Join(levels, " "); got != "none note warning error" {
		t.Errorf("sorted by confidence: levels %q, want none note warning error", got)
	}

	shot := filepath.Join(dir, "findings.png")
	if *update {
		shot, _ = filepath.Abs(filepath.Join("..", "testdata", "html", "findings.png"))
		if err := os.WriteFile(filepath.Join("..", "testdata", "html", "findings.html"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	headless(t, url, "--screenshot="+shot, "--window-size=1280,1000", "--hide-scrollbars")
	if info, err := os.Stat(shot); err != nil || info.Size() == 0 {
		t.Errorf("no screenshot at %s: %v", shot, err)
	}
}

// TestHTMLSelfContained wants no reference to anything outside the page.
func TestHTMLSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"http://", "https://", " src=", "<link", "@import", "url("} {
		if strings.Contains(buf.String(), bad) {
			t.Errorf("HTML page contains %q: it must not load anything", bad)
		}
	}
}
