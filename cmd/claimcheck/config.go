package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules"
)

// configFlag is the root's flag naming a config file; configName the file
// looked for upward from the working directory when it is not given.
const (
	configFlag = "config"
	configName = ".claimcheck.yaml"
)

// A config is a newsroom's settings, from .claimcheck.yaml. Every field is
// optional; a flag given on the command line wins over the file.
type config struct {
	// Rules turns rules on (true) or off (false) by name; rules not named
	// stay on.
	Rules map[string]bool `yaml:"rules"`
	// MinConfidence is the default of --min-confidence (check and lint).
	MinConfidence *float64 `yaml:"min_confidence"`
	// FailOn is the default of lint's --fail-on.
	FailOn *float64 `yaml:"fail_on"`
	// Knowledge are extra knowledge files, read as if given with --kb
	// (relative to the config file's directory).
	Knowledge []string `yaml:"knowledge"`
	// Sources maps a source's name to the other names it appears under
	// ("AP": ["Associated Press", "apnews.com"]), so that comparisons count
	// it once and reports print one name.
	Sources map[string][]string `yaml:"sources"`
	// HouseStyle is how the newsroom writes titles.
	HouseStyle houseStyle `yaml:"house_style"`

	path string // the file read, "" when none
}

// houseStyle holds the house forms of titles.
type houseStyle struct {
	// Titles maps an office as the knowledge names it ("President of the
	// Russian Federation") to the house's form ("Russian President"). The
	// "expected" of every finding is written with the house forms, so
	// that a suggested fix can be pasted as it is.
	Titles map[string]string `yaml:"titles"`
}

// findConfig returns the config file to read: the --config flag, else
// .claimcheck.yaml in the working directory or the nearest parent that has
// one, else "".
func findConfig(cmd *cobra.Command) (string, error) {
	if name, _ := cmd.Flags().GetString(configFlag); name != "" {
		return name, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, configName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// loadConfig reads the config the command runs with (an empty one when
// there is no file), and feeds its knowledge files to --kb.
func loadConfig(cmd *cobra.Command) (*config, error) {
	name, err := findConfig(cmd)
	if err != nil || name == "" {
		return &config{}, err
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	c, err := parseConfig(name, data)
	if err != nil {
		return nil, err
	}
	for _, k := range c.Knowledge {
		if !filepath.IsAbs(k) {
			k = filepath.Join(filepath.Dir(name), k)
		}
		if err := cmd.Flags().Set(kbFlag, k); err != nil {
			return nil, fmt.Errorf("%s: knowledge %s: %v", name, k, err)
		}
	}
	return c, nil
}

// yamlPos matches the "[line:col] message" goccy puts first in an error.
var yamlPos = regexp.MustCompile(`^\[(\d+):(\d+)\] (.*)`)

// parseConfig decodes a config strictly: an unknown key, a wrong type or a
// rule that does not exist is an error "FILE:LINE:COL: what", on one line.
func parseConfig(name string, data []byte) (c *config, err error) {
	defer func() {
		// goccy/go-yaml panics on some malformed input (a tag on a value
		// decoded into a list, found by FuzzConfig); as in kb.Parse, the
		// input is bad, not the program.
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("%s: cannot parse: %v", name, r)
		}
	}()
	c = &config{path: name}
	if err := yaml.UnmarshalWithOptions(data, c, yaml.Strict()); err != nil {
		msg := strings.TrimSpace(strings.SplitN(yaml.FormatError(err, false, false), "\n", 2)[0])
		if m := yamlPos.FindStringSubmatch(msg); m != nil {
			return nil, fmt.Errorf("%s:%s:%s: %s", name, m[1], m[2], m[3])
		}
		return nil, fmt.Errorf("%s: %s", name, msg)
	}
	names := make([]string, 0, len(c.Rules))
	for r := range c.Rules {
		names = append(names, r)
	}
	slices.Sort(names)
	for _, r := range names {
		if rules.ByName(r) == nil {
			return nil, fmt.Errorf("%s:%s: rules: unknown rule %q (claimcheck rules lists them)", name, keyPos(data, r), r)
		}
	}
	for _, t := range []struct {
		key string
		v   *float64
	}{{"min_confidence", c.MinConfidence}, {"fail_on", c.FailOn}} {
		if t.v != nil && (*t.v < 0 || *t.v > 1) {
			return nil, fmt.Errorf("%s:%s: %s %v: want a number from 0 to 1", name, keyPos(data, t.key), t.key, *t.v)
		}
	}
	seen := map[string]string{}
	for canon, aliases := range c.Sources {
		for _, a := range append([]string{canon}, aliases...) {
			k := strings.ToLower(a)
			if other, ok := seen[k]; ok && other != canon {
				return nil, fmt.Errorf("%s:%s: sources: %q is a name of both %q and %q", name, keyPos(data, canon), a, other, canon)
			}
			seen[k] = canon
		}
	}
	return c, nil
}

// keyPos returns "line:col" of the first mapping key named key in data, or
// "1:1".
func keyPos(data []byte, key string) string {
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return "1:1"
	}
	v := &keyFinder{key: key}
	for _, d := range f.Docs {
		if d.Body != nil {
			ast.Walk(v, d.Body)
		}
	}
	if v.line == 0 {
		return "1:1"
	}
	return fmt.Sprintf("%d:%d", v.line, v.col)
}

type keyFinder struct {
	key       string
	line, col int
}

func (v *keyFinder) Visit(n ast.Node) ast.Visitor {
	if v.line != 0 {
		return nil
	}
	if mv, ok := n.(*ast.MappingValueNode); ok && mv.Key != nil {
		if k := strings.Trim(mv.Key.String(), `"'`); k == v.key {
			tok := mv.Key.GetToken()
			v.line, v.col = tok.Position.Line, tok.Position.Column
			return nil
		}
	}
	return v
}

// defaults sets a flag's value from the config when the flag was not given.
func (c *config) defaults(cmd *cobra.Command, flag string, v *float64, from *float64) {
	if from != nil && !cmd.Flags().Changed(flag) {
		*v = *from
	}
}

// renamer returns what gives an article the source's name, for the names
// the config lists as aliases, or nil when the configuration names no
// sources. It is safe on every worker at once.
func (c *config) renamer() func(*claims.Article) {
	if len(c.Sources) == 0 {
		return nil
	}
	canon := map[string]string{}
	for name, aliases := range c.Sources {
		canon[strings.ToLower(name)] = name
		for _, a := range aliases {
			canon[strings.ToLower(a)] = name
		}
	}
	return func(a *claims.Article) {
		if n, ok := canon[strings.ToLower(a.Source)]; ok {
			a.Source = n
		}
	}
}

// off reports whether the configuration turns rule off.
func (c *config) off(rule string) bool {
	on, ok := c.Rules[rule]
	return ok && !on
}

// ruleOff reports whether the configuration turns f's rule off.
func (c *config) ruleOff(f *rules.Finding) bool { return c.off(f.Rule) }

// filter drops the findings of rules turned off and writes what is
// expected in the house style.
func (c *config) filter(fs []rules.Finding) []rules.Finding {
	out := fs[:0] // in place: the caller's findings are not read again
	var from []string
	for k := range c.HouseStyle.Titles {
		from = append(from, k)
	}
	// Longest first, so that "President of the United States" wins over
	// "President".
	slices.SortFunc(from, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	var pairs []string
	for _, k := range from {
		pairs = append(pairs, k, c.HouseStyle.Titles[k])
	}
	house := strings.NewReplacer(pairs...)
	for _, f := range fs {
		if c.off(f.Rule) {
			continue
		}
		if len(pairs) > 0 {
			f.Expected = house.Replace(f.Expected)
		}
		out = append(out, f)
	}
	return out
}
