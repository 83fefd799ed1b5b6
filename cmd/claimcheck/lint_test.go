package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// readmeCommand returns the first line of README.md that starts (after
// spaces) with prefix, without the prefix.
func readmeCommand(t *testing.T, readme, prefix string) string {
	t.Helper()
	for _, l := range strings.Split(readme, "\n") {
		if s, ok := strings.CutPrefix(strings.TrimSpace(l), prefix); ok {
			return strings.TrimSpace(s)
		}
	}
	t.Fatalf("README.md has no line starting with %q", prefix)
	return ""
}

// TestREADMEHooks runs the commands of the README's GitHub Actions workflow
// and pre-commit hook, as written there, on a draft in a git repository
// with one old error and one new one.
func TestREADMEHooks(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	workflow := readmeCommand(t, readme, "- run: claimcheck lint ")
	entry := readmeCommand(t, readme, "entry: claimcheck lint ")
	files := regexp.MustCompile(readmeCommand(t, readme, "files: "))

	dir := t.TempDir()
	t.Chdir(dir)
	gitRun := func(args ...string) {
		t.Helper()
		c := exec.Command("git", args...)
		c.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	old := "source: Example Wire\npublished: 2025-04-25\n---\nTalks\n\nMoscow - Putin held talks with an envoy from former U.S. President Donald Trump.\n"
	if err := os.MkdirAll("drafts", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("drafts/talks.md", []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	gitRun("init", "-q", "-b", "main")
	gitRun("add", ".")
	gitRun("commit", "-q", "-m", "base")
	gitRun("update-ref", "refs/remotes/origin/main", "HEAD")
	if err := os.WriteFile("drafts/talks.md", []byte(old+"\nFormer U.S. President Donald Trump spoke on Friday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	// The workflow, on a pull request into main: annotations for the new line only.
	args := strings.Fields(strings.ReplaceAll(workflow, "${{ github.base_ref }}", "main"))
	out, errOut, code := runCmd(t, append([]string{"lint"}, args...)...)
	if code != exitFindings || errOut != "" {
		t.Fatalf("workflow: claimcheck lint %s: exit %d, stderr %q; want 1", strings.Join(args, " "), code, errOut)
	}
	if want := "::error file=drafts/talks.md,line=8,col=1,title=title/former-in-office (0.95)::"; !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 1 {
		t.Errorf("workflow printed %q, want one line starting %q", out, want)
	}

	// The pre-commit hook, with the files pre-commit would pass.
	var staged []string
	for _, f := range []string{"drafts/talks.md", "notes.json"} {
		if files.MatchString(f) {
			staged = append(staged, f)
		}
	}
	args = append(strings.Fields(entry), staged...)
	out, errOut, code = runCmd(t, append([]string{"lint"}, args...)...)
	if code != exitFindings || errOut != "" {
		t.Fatalf("pre-commit: claimcheck lint %s: exit %d, stderr %q; want 1", strings.Join(args, " "), code, errOut)
	}
	if !strings.Contains(out, "drafts/talks.md:6:") || !strings.Contains(out, "drafts/talks.md:8:1:") {
		t.Errorf("pre-commit hook printed %q, want both findings", out)
	}
}
