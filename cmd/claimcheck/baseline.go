package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimcheck/claimcheck/rules"
)

// A baseline is the findings a newsroom has accepted, so that lint reports
// only new ones. A finding is keyed by file, rule, actor and excerpt, never
// by line or column, so that editing above it does not make it new again.
// The same key may be accepted several times (the same error twice in one
// draft); each accepted copy absorbs one finding.
type baseline struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	File    string `json:"file"`
	Rule    string `json:"rule"`
	Actor   string `json:"actor"`
	Excerpt string `json:"excerpt"`
}

func baselineKey(f rules.Finding) baselineEntry {
	return baselineEntry{File: filepath.ToSlash(filepath.Clean(f.File)), Rule: f.Rule, Actor: f.Actor, Excerpt: f.Excerpt}
}

// writeBaseline writes the findings as a baseline file, in their order.
func writeBaseline(name string, fs []rules.Finding) error {
	b := baseline{Version: 1, Findings: []baselineEntry{}}
	for _, f := range fs {
		b.Findings = append(b.Findings, baselineKey(f))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}

// readBaseline reads a baseline file written by writeBaseline.
func readBaseline(name string) (map[baselineEntry]int, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var b baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: %v", name, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("baseline %s: version %d, want 1", name, b.Version)
	}
	m := map[baselineEntry]int{}
	for _, e := range b.Findings {
		e.File = filepath.ToSlash(filepath.Clean(e.File))
		m[e]++
	}
	return m, nil
}

// applyBaseline drops the findings the baseline accepts.
func applyBaseline(fs []rules.Finding, accepted map[baselineEntry]int) []rules.Finding {
	var out []rules.Finding
	for _, f := range fs {
		k := baselineKey(f)
		if accepted[k] > 0 {
			accepted[k]--
			continue
		}
		out = append(out, f)
	}
	return out
}
