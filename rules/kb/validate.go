package kb

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// A Problem is one fault found by [Validate] in a row of a knowledge file.
type Problem struct {
	File string // the file's Name
	Line int    // line of the row in the file's text, 0 when unknown
	Col  int    // column of the row, 0 when unknown
	Row  string // the row: `terms[3] (Q7747 in RU/president from 2012-05-07)`
	Msg  string // what is wrong: "end 2008-01-01 before start"
	// Fatal problems make the knowledge unusable and make [New] fail;
	// the others (overlapping terms) are warnings that a curator should
	// look at.
	Fatal bool
}

func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	fmt.Fprintf(&b, ": %s: %s", p.Row, p.Msg)
	return b.String()
}

// Validate checks knowledge files, each on its own and all together as
// [New] would merge them, and returns every problem found as a *[Problem],
// in file and row order. Rows may refer to persons, offices, countries and
// roles declared in any of the files, but a row's source must be declared
// in the row's own file.
//
// Fatal problems: a term that ends before it starts; a term naming an
// unknown person or office; an office with an unknown country or role; a
// duplicate source, country, role, office or person ID within one file; a
// row with no source, or one not declared in its file; an unknown
// precision. Warning: two terms of a single-holder office (Role.Single)
// that overlap by more than the handover day, unless one of them is acting
// or has year precision.
func Validate(files ...*File) []error {
	return validate(files, false)
}

// fatalProblems returns the fatal problems of files as one error, or nil.
func fatalProblems(files []*File) error {
	errs := validate(files, true)
	if len(errs) == 0 {
		return nil
	}
	const max = 20
	if len(errs) > max {
		errs = append(errs[:max:max], fmt.Errorf("and %d more problems", len(errs)-max))
	}
	return errors.Join(errs...)
}

type locatedTerm struct {
	t    *Term
	file *File
	fi   int // index of the file
	i    int // index of the term in its file
}

func validate(files []*File, fatalOnly bool) []error {
	persons := map[string]bool{}
	offices := map[string]*Office{}
	countries := map[string]bool{}
	roles := map[string]*Role{}
	for _, f := range files {
		if f == nil {
			continue
		}
		for i := range f.Persons {
			persons[f.Persons[i].ID] = true
		}
		for i := range f.Offices {
			offices[f.Offices[i].ID] = &f.Offices[i]
		}
		for i := range f.Countries {
			countries[f.Countries[i].Code] = true
		}
		for i := range f.Roles {
			roles[f.Roles[i].ID] = &f.Roles[i]
		}
	}

	var out []error
	var byOffice = map[string][]locatedTerm{}
	for fi, f := range files {
		if f == nil {
			continue
		}
		loc := &locator{f: f}
		// A row's path and text are written only for a problem: most rows
		// have none, and the embedded knowledge is checked at every start.
		add := func(at func() (path, row string), msg string, fatal bool) {
			if fatalOnly && !fatal {
				return
			}
			path, row := at()
			line, col := loc.find(path)
			out = append(out, &Problem{File: f.Name, Line: line, Col: col, Row: row, Msg: msg, Fatal: fatal})
		}
		declared := map[string]bool{}
		for i, s := range f.Sources {
			at := rowAt("sources", i, func() string { return s.ID })
			switch {
			case s.ID == "":
				add(at, "source with no id", true)
			case declared[s.ID]:
				add(at, fmt.Sprintf("duplicate source id %q", s.ID), true)
			}
			declared[s.ID] = true
		}
		checkSource := func(at func() (string, string), src string) {
			switch {
			case src == "":
				add(at, "no source", true)
			case !declared[src]:
				add(at, fmt.Sprintf("source %q is not declared in this file", src), true)
			}
		}
		seen := map[[2]string]bool{}
		dup := func(at func() (string, string), kind, id string) {
			if id == "" {
				add(at, kind+" with no id", true)
				return
			}
			if seen[[2]string{kind, id}] {
				add(at, fmt.Sprintf("duplicate %s id %q in this file", kind, id), true)
			}
			seen[[2]string{kind, id}] = true
		}
		for i, c := range f.Countries {
			at := rowAt("countries", i, func() string { return c.Code })
			dup(at, "country", c.Code)
			checkSource(at, c.Source)
		}
		for i, r := range f.Roles {
			at := rowAt("roles", i, func() string { return r.ID })
			dup(at, "role", r.ID)
			checkSource(at, r.Source)
		}
		for i, o := range f.Offices {
			at := rowAt("offices", i, func() string { return o.ID })
			dup(at, "office", o.ID)
			if !countries[o.Country] {
				add(at, fmt.Sprintf("unknown country %q", o.Country), true)
			}
			if roles[o.Role] == nil {
				add(at, fmt.Sprintf("unknown role %q", o.Role), true)
			}
			checkSource(at, o.Source)
		}
		for i, p := range f.Persons {
			at := rowAt("persons", i, func() string { return p.ID + " " + p.Name })
			dup(at, "person", p.ID)
			if strings.TrimSpace(p.Name) == "" {
				add(at, "person with no name", true)
			}
			checkSource(at, p.Source)
		}
		for i := range f.Terms {
			t := &f.Terms[i]
			at := rowAt("terms", i, t.describe)
			if !persons[t.Person] {
				add(at, fmt.Sprintf("unknown person %q", t.Person), true)
			}
			if offices[t.Office] == nil {
				add(at, fmt.Sprintf("unknown office %q", t.Office), true)
			}
			if !t.Start.IsZero() && !t.End.IsZero() && t.End.Before(t.Start) {
				add(at, fmt.Sprintf("end %s before start", t.End), true)
			}
			if t.Precision != "" && t.Precision != "year" {
				add(at, fmt.Sprintf("unknown precision %q (want \"\" or \"year\")", t.Precision), true)
			}
			checkSource(at, t.Source)
			byOffice[t.Office] = append(byOffice[t.Office], locatedTerm{t, f, fi, i})
		}
	}
	if fatalOnly {
		return out
	}

	// Overlaps, over all files, as New would merge them.
	var overlaps []*Problem
	locators := map[*File]*locator{}
	for _, id := range sortedKeys(byOffice) {
		o := offices[id]
		if o == nil || roles[o.Role] == nil || !roles[o.Role].Single {
			continue
		}
		ts := byOffice[id]
		slices.SortStableFunc(ts, func(a, b locatedTerm) int { return a.t.Start.Compare(b.t.Start) })
		for j, b := range ts {
			if b.t.Acting || b.t.Precision != "" || b.t.Start.IsZero() || b.t.End.Before(b.t.Start) && !b.t.End.IsZero() {
				continue
			}
			for _, a := range ts[:j] {
				if a.t.Acting || a.t.Precision != "" || a.t.Start.IsZero() || a.t.End.Before(a.t.Start) && !a.t.End.IsZero() {
					continue
				}
				if a.t.Person == b.t.Person && a.t.Start == b.t.Start {
					continue // the same term from two files: New keeps one
				}
				// The handover day belongs to both terms.
				if a.t.End.IsZero() || b.t.Start.Before(a.t.End) {
					// Report the overlap at the term of the later file in
					// merge order (a user file, not the default it
					// contradicts), else at the later term.
					rep, other := b, a
					if a.fi > b.fi {
						rep, other = a, b
					}
					l := locators[rep.file]
					if l == nil {
						l = &locator{f: rep.file}
						locators[rep.file] = l
					}
					path := fmt.Sprintf("terms[%d]", rep.i)
					line, col := l.find(path)
					overlaps = append(overlaps, &Problem{
						File: rep.file.Name, Line: line, Col: col,
						Row: fmt.Sprintf("%s (%s)", path, rep.t.describe()),
						Msg: fmt.Sprintf("overlaps the term of %s from %s (%s) in single-holder office %s",
							other.t.Person, other.t.Start, other.file.Name, id),
					})
				}
			}
		}
	}
	slices.SortStableFunc(overlaps, func(a, b *Problem) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), strings.Compare(a.Row, b.Row))
	})
	for _, p := range overlaps {
		out = append(out, p)
	}
	return out
}

// rowAt returns the path of row i of a file's list ("terms[3]") and the
// row as a problem names it: the path and what desc says of the row.
func rowAt(list string, i int, desc func() string) func() (path, row string) {
	return func() (string, string) {
		path := list + "[" + strconv.Itoa(i) + "]"
		return path, path + " (" + desc() + ")"
	}
}

func (t *Term) describe() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s in %s", t.Person, t.Office)
	if !t.Start.IsZero() {
		fmt.Fprintf(&b, " from %s", t.Start)
	}
	return b.String()
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// A locator finds the line of a row in a file's text, parsing the text
// (JSON is YAML) only when first asked.
type locator struct {
	f      *File
	parsed bool
	file   *ast.File
}

func (l *locator) find(path string) (line, col int) {
	if l.f == nil || len(l.f.raw) == 0 {
		return 0, 0
	}
	defer func() {
		if recover() != nil {
			line, col = 0, 0
		}
	}()
	if !l.parsed {
		l.parsed = true
		if file, err := parser.ParseBytes(l.f.raw, 0); err == nil {
			l.file = file
		}
	}
	if l.file == nil {
		return 0, 0
	}
	p, err := yaml.PathString("$." + path)
	if err != nil {
		return 0, 0
	}
	n, err := p.FilterFile(l.file)
	if err != nil || n == nil {
		return 0, 0
	}
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return 0, 0
	}
	return tk.Position.Line, tk.Position.Column
}
