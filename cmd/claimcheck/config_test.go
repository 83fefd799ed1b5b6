package main

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/rules"
)

// TestParseConfigErrors wants one line, "FILE:LINE:COL: what", for each
// kind of mistake.
func TestParseConfigErrors(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"rules:\n  title/wrong-office: false\nfail-on: 0.8\n", `c.yaml:3:1: unknown field "fail-on"`},
		{"rules:\n  title/nope: false\n", `c.yaml:2:3: rules: unknown rule "title/nope"`},
		{"fail_on: 7\n", "c.yaml:1:1: fail_on 7: want a number from 0 to 1"},
		{"min_confidence: [1]\n", "c.yaml:1:17: "},
		{"sources:\n  AP: [EW]\n  EW: []\n", `is a name of both`},
		{"rules: [\n", "c.yaml:"},
	}
	for _, tt := range tests {
		_, err := parseConfig("c.yaml", []byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("parseConfig(%q) = %v, want one line containing %q", tt.yaml, err, tt.want)
		}
	}
}

// TestConfigFilter turns a rule off and rewrites expected titles in the
// house style, longest name first.
func TestConfigFilter(t *testing.T) {
	c, err := parseConfig("c.yaml", []byte("rules:\n  title/not-in-office: false\nhouse_style:\n  titles:\n    President: Pres.\n    President of the United States: U.S. President\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := c.filter([]rules.Finding{
		{Rule: "title/not-in-office", Expected: "x"},
		{Rule: "title/former-in-office", Expected: "President of the United States (in office, not former)"},
	})
	if len(got) != 1 || got[0].Expected != "U.S. President (in office, not former)" {
		t.Errorf("filter = %+v", got)
	}
}

// TestSuppressions parses inline suppressions.
func TestSuppressions(t *testing.T) {
	text := "a\n<!-- claimcheck-ignore title/wrong-office, title/former-in-office: quoted -->\n\nline four\n<!--claimcheck-ignore title/wrong-office-->\nsix\n"
	s, problems := parseSuppressions("d.md", text, "S")
	if len(problems) != 0 {
		t.Fatal(problems)
	}
	if !s.ignore[4]["title/wrong-office"] || !s.ignore[4]["title/former-in-office"] || s.ignore[6] != nil {
		t.Errorf("ignore = %v, want both rules on line 4 only", s.ignore)
	}
	if len(s.reported) != 1 || s.reported[0].Line != 5 || s.reported[0].Rule != rules.SuppressionWithoutReason.Name {
		t.Errorf("reported = %+v, want one on line 5", s.reported)
	}
	fs := applySuppressions([]rules.Finding{
		{File: "d.md", Line: 4, Rule: "title/wrong-office"},
		{File: "d.md", Line: 4, Rule: "title/not-in-office"},
		{File: "d.md", Line: 2, Rule: "title/wrong-office"},
		{File: "d.md", Line: 6, Rule: "title/wrong-office"},
	}, []suppressions{s})
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule+"@"+string(rune('0'+f.Line)))
	}
	if want := "title/not-in-office@4 lint/suppression-without-reason@5 title/wrong-office@6"; strings.Join(got, " ") != want {
		t.Errorf("applySuppressions = %v, want %s", got, want)
	}
}
