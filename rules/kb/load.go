package kb

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"

	"github.com/claimcheck/claimcheck/date"
)

// Parse reads one knowledge file. A name ending in ".json" is read as JSON
// (encoding/json, unknown fields rejected); anything else as YAML (strict:
// unknown keys are errors). The error, if any, is one line that starts with
// the name and the line (and column when known) of the fault:
//
//	people.yaml:12:3: unknown field "aliasses"
//
// Parse sets f.Name to name and never panics.
func Parse(name string, data []byte) (f *File, err error) {
	defer func() {
		// The parsers are not supposed to panic; if one does, the input
		// is bad, not the program.
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("%s: cannot parse: %v", name, r)
		}
	}()
	f = &File{}
	if strings.HasSuffix(strings.ToLower(name), ".json") {
		err = parseJSON(name, data, f)
	} else {
		err = parseYAML(name, data, f)
	}
	if err != nil {
		return nil, err
	}
	f.Name = name
	f.raw = data
	return f, nil
}

func parseJSON(name string, data []byte, f *File) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(f)
	if err == nil {
		off := dec.InputOffset()
		rest := bytes.TrimLeft(data[off:], " \t\r\n")
		if len(rest) > 0 {
			off = int64(len(data) - len(rest))
			return fmt.Errorf("%s:%s: data after the top-level object", name, lineCol(data, off))
		}
		return nil
	}
	off := dec.InputOffset()
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		off = int64(len(data))
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return fmt.Errorf("%s:%s: %s", name, lineCol(data, off), oneLine(msg))
}

// lineCol returns "LINE:COL" of a byte offset, both from 1.
func lineCol(data []byte, off int64) string {
	if off < 0 {
		off = 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return fmt.Sprintf("%d:%d", line, col)
}

// yamlFile and yamlTerm mirror File and Term with dates as text: goccy's
// decoder re-formats the whole document for every value it passes to an
// UnmarshalText method, which made loading quadratic in the file's size.
type yamlFile struct {
	Snapshot  string     `yaml:"snapshot,omitempty"`
	Sources   []Source   `yaml:"sources,omitempty"`
	Countries []Country  `yaml:"countries,omitempty"`
	Roles     []Role     `yaml:"roles,omitempty"`
	Offices   []Office   `yaml:"offices,omitempty"`
	Persons   []Person   `yaml:"persons,omitempty"`
	Terms     []yamlTerm `yaml:"terms,omitempty"`
}

type yamlTerm struct {
	Person    string `yaml:"person"`
	Office    string `yaml:"office"`
	Start     string `yaml:"start,omitempty"`
	End       string `yaml:"end,omitempty"`
	Acting    bool   `yaml:"acting,omitempty"`
	Elected   string `yaml:"elected,omitempty"`
	Precision string `yaml:"precision,omitempty"`
	Until     string `yaml:"until,omitempty"`
	Note      string `yaml:"note,omitempty"`
	Source    string `yaml:"source"`
}

func parseYAML(name string, data []byte, f *File) error {
	var y yamlFile
	err := yaml.UnmarshalWithOptions(data, &y, yaml.Strict())
	if err == nil {
		return y.toFile(name, data, f)
	}
	var ye yaml.Error
	if errors.As(err, &ye) {
		msg := oneLine(ye.GetMessage())
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			return fmt.Errorf("%s:%d:%d: %s", name, tk.Position.Line, tk.Position.Column, msg)
		}
		return fmt.Errorf("%s: %s", name, msg)
	}
	msg := err.Error()
	// goccy writes "[LINE:COL] message" followed by a source excerpt.
	if strings.HasPrefix(msg, "[") {
		if i := strings.IndexByte(msg, ']'); i > 0 {
			return fmt.Errorf("%s:%s: %s", name, msg[1:i], oneLine(msg[i+1:]))
		}
	}
	// Errors of a field's own decoder (a date that is no day) come
	// without a position: point at the first place the quoted value
	// appears.
	if i := strings.IndexByte(msg, '"'); i >= 0 {
		if q, err := strconv.QuotedPrefix(msg[i:]); err == nil {
			if v, err := strconv.Unquote(q); err == nil && v != "" {
				if j := bytes.Index(data, []byte(v)); j >= 0 {
					return fmt.Errorf("%s:%s: %s", name, lineCol(data, int64(j)), oneLine(msg))
				}
			}
		}
	}
	return fmt.Errorf("%s: %s", name, oneLine(msg))
}

func (y *yamlFile) toFile(name string, data []byte, f *File) error {
	loc := &locator{f: &File{raw: data}}
	var err error
	parse := func(path, text string, d *date.Date) {
		if err != nil || text == "" {
			return
		}
		v, e := date.Parse(text)
		if e != nil {
			pos := ""
			if line, col := loc.find(path); line > 0 {
				pos = fmt.Sprintf(":%d:%d", line, col)
			}
			err = fmt.Errorf("%s%s: %s: %v", name, pos, path, e)
		}
		*d = v
	}
	*f = File{Sources: y.Sources, Countries: y.Countries, Roles: y.Roles, Offices: y.Offices, Persons: y.Persons}
	parse("snapshot", y.Snapshot, &f.Snapshot)
	if len(y.Terms) > 0 {
		f.Terms = make([]Term, len(y.Terms))
	}
	for i, t := range y.Terms {
		ft := &f.Terms[i]
		*ft = Term{Person: t.Person, Office: t.Office, Acting: t.Acting, Precision: t.Precision, Note: t.Note, Source: t.Source}
		p := fmt.Sprintf("terms[%d].", i)
		parse(p+"start", t.Start, &ft.Start)
		parse(p+"end", t.End, &ft.End)
		parse(p+"elected", t.Elected, &ft.Elected)
		parse(p+"until", t.Until, &ft.Until)
	}
	return err
}

// oneLine keeps the first line of a message, trimmed.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

//go:generate go run ./kbcompile -dir data

//go:embed data
var embedded embed.FS

// DefaultFiles parses every embedded knowledge file, in lexical order of
// their names, which is also the order in which [New] should merge them:
// the generated "gen-*.json" files come first, the hand-written files
// (data/*.yaml, embedded in their compiled JSON form, see [Compile]) after
// and over them. Names are "embedded:data/NAME" with the name of the file
// people edit.
func DefaultFiles() ([]*File, error) {
	type src struct{ name, path string }
	var srcs []src
	for _, dir := range []string{"data", "data/compiled"} {
		entries, err := fs.ReadDir(embedded, dir)
		if err != nil {
			return nil, fmt.Errorf("embedded knowledge: %w (run go generate ./rules/kb)", err)
		}
		for _, e := range entries {
			if e.IsDir() || path.Ext(e.Name()) != ".json" {
				continue
			}
			name := e.Name()
			if dir == "data/compiled" {
				name = strings.TrimSuffix(name, ".json") + ".yaml"
			}
			srcs = append(srcs, src{name, dir + "/" + e.Name()})
		}
	}
	slices.SortFunc(srcs, func(a, b src) int { return strings.Compare(a.name, b.name) })
	// Parse the files in parallel: they are independent.
	files := make([]*File, len(srcs))
	errs := make([]error, len(srcs))
	var wg sync.WaitGroup
	for i, s := range srcs {
		wg.Go(func() {
			data, err := embedded.ReadFile(s.path)
			if err == nil {
				files[i], err = Parse(s.path, data)
			}
			if err == nil {
				files[i].Name = "embedded:data/" + s.name
			}
			errs[i] = err
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return files, nil
}

var defaultKB = sync.OnceValues(func() (*KB, error) {
	files, err := DefaultFiles()
	if err != nil {
		return nil, err
	}
	return New(files...)
})

// Default returns the embedded knowledge, loaded once.
func Default() (*KB, error) { return defaultKB() }
