package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"
)

// goodArticle has one finding, at good.txt:6:71.
const goodArticle = `source: Example Wire
published: 2025-04-25
---
Kremlin talks

Russian President Vladimir Putin held talks with a special envoy from former U.S. President Donald Trump, the Kremlin said.
`

// checkBad runs check --format text over the bad file and a good one
// beside it, and wants exit status 2, exactly one line on stderr naming
// the bad file and matching want, and the good file's finding.
func checkBad(t *testing.T, bad string, want string) {
	t.Helper()
	good := filepath.Join(t.TempDir(), "good.txt")
	if err := os.WriteFile(good, []byte(goodArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	out, errOut, code := runCmd(t, "check", "--format", "text", bad, good)
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("check %s took %v", bad, took)
	}
	if code != exitError {
		t.Errorf("check %s good.txt: exit %d, want %d", bad, code, exitError)
	}
	if lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n"); len(lines) != 1 || !strings.Contains(lines[0], bad) || !regexp.MustCompile(want).MatchString(lines[0]) {
		t.Errorf("check %s good.txt: stderr %q, want one line naming the file and matching %q", bad, errOut, want)
	}
	if !strings.Contains(out, "good.txt:6:71: title/former-in-office") {
		t.Errorf("check %s good.txt: stdout %q, want good.txt's finding", bad, out)
	}
}

// TestBadInputLarge covers the bad inputs too large or too odd for a
// testscript archive: a 100 MB file, a 10 MB line, 10,000 files, an
// unreadable file, a named pipe, a device and UTF-16 little-endian.
func TestBadInputLarge(t *testing.T) {
	t.Run("100MB file", func(t *testing.T) {
		name := filepath.Join(t.TempDir(), "dump.txt")
		f, err := os.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		para := strings.Repeat("Russian President Vladimir Putin said on Friday that talks would go on. ", 13) + "\n\n"
		for written := 0; written < 100<<20; written += len(para) {
			if _, err := f.WriteString(para); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		checkBad(t, name, `: larger than 64 MiB: not read`)
	})

	t.Run("10MB line", func(t *testing.T) {
		if testing.Short() {
			t.Skip("a 10 MB line takes tens of seconds to check; skipped with -short")
		}
		// Prose from the seeds, on one line: every phase must stay linear.
		seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
		var paras []string
		for _, p := range seeds {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(string(b), "\n") {
				if len(strings.Fields(l)) >= 12 {
					paras = append(paras, strings.TrimSpace(l))
				}
			}
		}
		var b strings.Builder
		b.WriteString("source: Example Wire\npublished: 2025-04-25\n---\n")
		for i := 0; b.Len() < 10<<20; i++ {
			b.WriteString(paras[i%len(paras)])
			b.WriteByte(' ')
		}
		b.WriteByte('\n')
		name := filepath.Join(t.TempDir(), "oneline.txt")
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		out, errOut, code := runCmd(t, "check", "--format", "json", name)
		t.Logf("check of a %d-byte line: %v, %d bytes of output", b.Len(), time.Since(start), len(out))
		if code != exitFindings || errOut != "" {
			t.Errorf("check oneline.txt: exit %d, stderr %q; want 1 (findings) and nothing on stderr", code, errOut)
		}
	})

	t.Run("10000 files", func(t *testing.T) {
		dir := t.TempDir()
		for i := range 10000 {
			sub := filepath.Join(dir, fmt.Sprintf("%02d", i/1000))
			if i%1000 == 0 {
				if err := os.Mkdir(sub, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			text := fmt.Sprintf("source: Outlet %d\npublished: 2025-04-%02d\n---\nNote %d\n\nThe ministry said on Friday that %d people attended the meeting.\n", i%7, 1+i%28, i, i%50+2)
			if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("n%05d.txt", i)), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, "09", "zz-empty.txt"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "09", "zz-good.txt"), []byte(goodArticle), 0o644); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		out, errOut, code := runCmd(t, "check", "--format", "text", dir)
		t.Logf("check of 10,002 files: %v", time.Since(start))
		if code != exitError || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "zz-empty.txt: empty file") {
			t.Errorf("check DIR: exit %d, stderr %q; want 2 and one line for zz-empty.txt", code, errOut)
		}
		if !strings.Contains(out, "zz-good.txt:6:71: title/former-in-office") {
			t.Errorf("check DIR: stdout %q, want zz-good.txt's finding", out)
		}
	})

	t.Run("unreadable", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root reads any file")
		}
		name := filepath.Join(t.TempDir(), "secret.txt")
		if err := os.WriteFile(name, []byte(goodArticle), 0o000); err != nil {
			t.Fatal(err)
		}
		checkBad(t, name, `^claimcheck: open .*secret.txt: permission denied$`)
	})

	t.Run("named pipe", func(t *testing.T) {
		name := filepath.Join(t.TempDir(), "pipe.txt")
		if err := syscall.Mkfifo(name, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		// Opening it would wait for a writer forever: it must be refused.
		checkBad(t, name, `: not a regular file \(named pipe\): not read$`)
	})

	t.Run("device", func(t *testing.T) {
		if _, err := os.Stat(os.DevNull); err != nil {
			t.Skip(err)
		}
		checkBad(t, os.DevNull, `: not a regular file \(character device\): not read$`)
	})

	t.Run("UTF-16 little-endian", func(t *testing.T) {
		data := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(goodArticle)) {
			data = append(data, byte(u), byte(u>>8))
		}
		name := filepath.Join(t.TempDir(), "u16.txt")
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, errOut, code := runCmd(t, "check", "--format", "text", name)
		if code != exitFindings || errOut != "" || !strings.Contains(out, "u16.txt:6:71: title/former-in-office") {
			t.Errorf("check u16.txt: exit %d, stdout %q, stderr %q; want the finding at 6:71", code, out, errOut)
		}
	})
}
