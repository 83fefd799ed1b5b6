package kb

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/date"
)

func loadDefault(t testing.TB) *KB {
	t.Helper()
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func day(t testing.TB, s string) date.Date {
	t.Helper()
	d, err := date.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// holderNames returns the names of the holders of office on d.
func holderNames(k *KB, office string, d date.Date) []string {
	var names []string
	for _, term := range k.Holders(office, d) {
		names = append(names, k.Person(term.Person).Name)
	}
	return names
}

func TestPersonsByName(t *testing.T) {
	k := loadDefault(t)
	tests := []struct {
		name string
		want string // the full name of the single person found
	}{
		{"Volodymyr Zelenskyy", "Volodymyr Zelenskyy"},
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy"},
		{"Volodymyr Zelenskiy", "Volodymyr Zelenskyy"},
		{"Zelenskyy", "Volodymyr Zelenskyy"},
		{"Zelenskiy", "Volodymyr Zelenskyy"},
		{"Zelensky", "Volodymyr Zelenskyy"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"},
		{"Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"},
		{"Tayyip Erdogan", "Recep Tayyip Erdoğan"},
		{"Kim Jong Un", "Kim Jong Un"},
		{"Kim Jong-un", "Kim Jong Un"},
		{"kim jong-un", "Kim Jong Un"},
		{"Kim Jong Il", "Kim Jong Il"},
		{"Vladimir Putin", "Vladimir Putin"},
		{"Donald Trump", "Donald J. Trump"},
		{"Joe Biden", "Joseph Robinette Biden Jr."},
		{"George W. Bush", "George Walker Bush"},
		{"George H. W. Bush", "George Herbert Walker Bush"},
		{"Badr al-Busaidi", "Badr Albusaidi"},
		{"Badr Albusaidi", "Badr Albusaidi"},
		{"Dmitry Peskov", "Dmitry Peskov"},
		{"Mohammed bin Salman", "Mohammed bin Salman"},
		{"MBS", "Mohammed bin Salman"},
		{"Pope Leo XIV", "Leo XIV"},
	}
	for _, tt := range tests {
		ids := k.PersonsByName(tt.name)
		if len(ids) != 1 {
			t.Errorf("PersonsByName(%q) = %v, want one person", tt.name, ids)
			continue
		}
		if got := k.Person(ids[0]).Name; got != tt.want {
			t.Errorf("PersonsByName(%q) = %s (%s), want %s", tt.name, ids[0], got, tt.want)
		}
	}
	// Distinct people who share a surname stay distinct.
	if bushes := k.PersonsBySurname("Bush"); len(bushes) < 2 {
		t.Errorf("PersonsBySurname(Bush) = %v, want both presidents Bush", bushes)
	}
	if a, b := k.PersonsByName("Kim Jong Un"), k.PersonsByName("Kim Jong Il"); slices.Equal(a, b) {
		t.Errorf("Kim Jong Un and Kim Jong Il are the same person %v", a)
	}
}

func TestHolders(t *testing.T) {
	k := loadDefault(t)
	tests := []struct {
		office, day string
		want        string // a name among the holders; "" for none
		not         string // a name that must not be among the holders
	}{
		{"RU/president", "2025-06-04", "Vladimir Putin", ""},
		{"RU/prime_minister", "2025-06-04", "Mikhail Mishustin", "Vladimir Putin"},
		{"RU/prime_minister", "2010-06-01", "Vladimir Putin", ""},
		{"US/president", "2025-04-25", "Donald J. Trump", "Joseph Robinette Biden Jr."},
		{"US/president", "2024-06-01", "Joseph Robinette Biden Jr.", "Donald J. Trump"},
		{"US/vice_president", "2025-05-07", "James David Vance", ""},
		{"VA/pope", "2025-06-04", "Leo XIV", "Francis"},
		{"VA/pope", "2025-05-01", "", "Francis"}, // sede vacante
		{"IL/prime_minister", "2018-06-01", "Benjamin Netanyahu", ""},
		{"UA/president", "2025-04-04", "Volodymyr Zelenskyy", "Petro Poroshenko"},
		{"IR/foreign_minister", "2025-05-07", "Abbas Araghchi", ""},
		{"US/secretary_of_state", "2025-06-04", "Marco Rubio", ""},
		{"US/defense_secretary", "2018-12-21", "Jim Mattis", ""},
		{"DE/chancellor", "2019-01-01", "Angela Merkel", ""},
		{"CA/prime_minister", "2018-06-10", "Justin Trudeau", ""},
		{"GB/foreign_secretary", "2017-01-01", "Boris Johnson", ""},
		{"UN/secretary_general", "2020-01-01", "António Guterres", ""},
	}
	for _, tt := range tests {
		got := holderNames(k, tt.office, day(t, tt.day))
		if tt.want == "" && len(got) > 0 && tt.not == "" {
			t.Errorf("Holders(%s, %s) = %v, want none", tt.office, tt.day, got)
		}
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("Holders(%s, %s) = %v, want %s among them", tt.office, tt.day, got, tt.want)
		}
		if tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("Holders(%s, %s) = %v, want no %s", tt.office, tt.day, got, tt.not)
		}
	}
}

func TestForms(t *testing.T) {
	k := loadDefault(t)
	countries := map[string]string{
		"Russian": "RU", "Russia's": "RU", "U.S.": "US", "US": "US", "American": "US",
		"British": "GB", "U.K.": "GB", "Ukrainian": "UA", "Israeli": "IL", "Iranian": "IR",
		"Oman's": "OM", "Chinese": "CN", "Vatican": "VA", "Holy See": "VA", "Turkish": "TR",
		"Saudi": "SA", "Afghan": "AF", "North Korean": "KP",
	}
	for form, want := range countries {
		if got, ok := k.CountryByForm(form); !ok || got != want {
			t.Errorf("CountryByForm(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	roles := map[string]string{
		"President": "president", "Prime Minister": "prime_minister", "Premier": "prime_minister",
		"PM": "prime_minister", "Foreign Minister": "foreign_minister", "Secretary of State": "secretary_of_state",
		"Defense Secretary": "defense_secretary", "Culture Minister": "culture_minister", "Pope": "pope",
		"Supreme Leader": "supreme_leader", "Crown Prince": "crown_prince", "King": "monarch",
	}
	for form, want := range roles {
		if got, ok := k.RoleByForm(form); !ok || got != want {
			t.Errorf("RoleByForm(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	offices := map[string]string{
		"Kremlin spokesman": "RU/press_secretary", "Kremlin spokesperson": "RU/press_secretary",
		"White House press secretary": "US/press_secretary", "European Commission President": "EU/commission_president",
		"Kremlin aide": "RU/presidential_aide",
	}
	for form, want := range offices {
		if got, ok := k.OfficeByForm(form); !ok || got != want {
			t.Errorf("OfficeByForm(%q) = %q, %v; want %q", form, got, ok, want)
		}
	}
	for _, bare := range []string{"spokesman", "leader", "aide", "minister"} {
		if r, ok := k.RoleByForm(bare); ok {
			t.Errorf("RoleByForm(%q) = %q; a bare common word should name no role", bare, r)
		}
	}
	if o := k.OfficeFor("GB", "chancellor"); o == nil || o.Name != "Chancellor of the Exchequer" {
		t.Errorf("OfficeFor(GB, chancellor) = %+v", o)
	}
}

// TestDefaultValid checks that the embedded knowledge has no problems
// beyond known overlaps between rival claimants in the sources.
func TestDefaultValid(t *testing.T) {
	files, err := DefaultFiles()
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range Validate(files...) {
		var p *Problem
		if !errors.As(err, &p) || p.Fatal {
			t.Errorf("fatal: %v", err)
			continue
		}
		t.Logf("warning: %v", err)
	}
	k := loadDefault(t)
	st := k.Stats()
	t.Logf("stats: %+v", st)
	if st.Persons < 1000 || st.Terms < 1000 || st.Offices < 300 {
		t.Errorf("stats too small: %+v", st)
	}
	if st.Snapshot != day(t, "2026-09-28") {
		t.Errorf("snapshot %s, want 2026-09-28", st.Snapshot)
	}
	// Every row names a declared source.
	for _, f := range files {
		for _, term := range f.Terms {
			if k.Source(term.Source) == nil {
				t.Errorf("%s: term %s: unknown source %q", f.Name, term.describe(), term.Source)
			}
		}
	}
}

func mustParse(t *testing.T, name, text string) *File {
	t.Helper()
	f, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return f
}

const validYAML = `snapshot: 2025-01-01
sources:
  - {id: s, title: T}
countries:
  - {code: RU, name: Russia, source: s}
roles:
  - {id: president, name: President, single: true, source: s}
offices:
  - {id: RU/president, country: RU, role: president, name: President of Russia, source: s}
persons:
  - {id: Q7747, name: Vladimir Putin, source: s}
  - {id: Q23530, name: Dmitry Medvedev, source: s}
terms:
  - {person: Q7747, office: RU/president, start: 2000-05-07, end: 2008-05-07, source: s}
  - {person: Q23530, office: RU/president, start: 2008-05-07, end: 2012-05-07, source: s}
`

func TestValidate(t *testing.T) {
	if errs := Validate(mustParse(t, "ok.yaml", validYAML)); len(errs) != 0 {
		t.Fatalf("valid file: %v", errs)
	}
	tests := []struct {
		name, old, new string
		want           string // in the error text
		fatal          bool
	}{
		{"end before start", "start: 2000-05-07, end: 2008-05-07", "start: 2000-05-07, end: 1999-01-01",
			"bad.yaml:14:5: terms[0] (Q7747 in RU/president from 2000-05-07): end 1999-01-01 before start", true},
		{"overlap", "start: 2008-05-07, end: 2012-05-07", "start: 2007-05-07, end: 2012-05-07",
			"terms[1] (Q23530 in RU/president from 2007-05-07): overlaps the term of Q7747", false},
		{"overlap acting", "start: 2008-05-07, end: 2012-05-07, source", "start: 2007-05-07, end: 2012-05-07, acting: true, source",
			"", false},
		{"unknown person", "person: Q23530", "person: Q999", `unknown person "Q999"`, true},
		{"unknown office", "office: RU/president, start: 2008", "office: RU/pm, start: 2008", `unknown office "RU/pm"`, true},
		{"unknown term source", "end: 2012-05-07, source: s", "end: 2012-05-07, source: nope", `source "nope" is not declared in this file`, true},
		{"no source", "name: Dmitry Medvedev, source: s", "name: Dmitry Medvedev", "persons[1] (Q23530 Dmitry Medvedev): no source", true},
		{"duplicate person", "id: Q23530", "id: Q7747", `duplicate person id "Q7747"`, true},
		{"unknown country", "country: RU, role", "country: XX, role", `offices[0] (RU/president): unknown country "XX"`, true},
		{"unknown role", "role: president, name", "role: tsar, name", `unknown role "tsar"`, true},
		{"bad precision", "end: 2008-05-07, source", "end: 2008-05-07, precision: month, source", `unknown precision "month"`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Replace(validYAML, tt.old, tt.new, 1)
			if text == validYAML {
				t.Fatalf("test case does not change the file")
			}
			f := mustParse(t, "bad.yaml", text)
			errs := Validate(f)
			if tt.want == "" {
				if len(errs) != 0 {
					t.Fatalf("Validate: %v, want none", errs)
				}
				return
			}
			var found *Problem
			for _, err := range errs {
				if strings.Contains(err.Error(), tt.want) {
					found = err.(*Problem)
				}
			}
			if found == nil {
				t.Fatalf("Validate = %v, want an error containing %q", errs, tt.want)
			}
			if found.Fatal != tt.fatal {
				t.Errorf("fatal = %v, want %v", found.Fatal, tt.fatal)
			}
			if !strings.HasPrefix(found.Error(), "bad.yaml:") {
				t.Errorf("error %q does not start with the file name", found)
			}
			_, err := New(f)
			if tt.fatal && err == nil {
				t.Errorf("New accepted a file with a fatal problem")
			}
			if !tt.fatal && err != nil {
				t.Errorf("New: %v", err)
			}
		})
	}
}

func TestValidateLine(t *testing.T) {
	text := strings.Replace(validYAML, "end: 2012-05-07", "end: 2001-05-07", 1)
	errs := Validate(mustParse(t, "kb.yaml", text))
	if len(errs) != 1 {
		t.Fatalf("Validate = %v", errs)
	}
	p := errs[0].(*Problem)
	if p.Line != 15 {
		t.Errorf("line %d, want 15: %v", p.Line, p)
	}
	// JSON files get lines too.
	jf := mustParse(t, "kb.json", `{"sources": [{"id": "s", "title": "T"}],
"persons": [
  {"id": "Q1", "name": "A", "source": "s"},
  {"id": "Q1", "name": "B", "source": "s"}
]}`)
	errs = Validate(jf)
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "kb.json:4:") {
		t.Errorf("Validate(json) = %v, want an error at kb.json:4", errs)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"people.yaml", "persons:\n  - id: Q1\n    name: A\n    aliasses: [B]\n    source: s\n", `people.yaml:4:5: `},
		{"people.yaml", "persons:\n  - id: Q1\n    name: A\n    aliasses: [B]\n", `unknown field "aliasses"`},
		{"dates.yaml", "snapshot: 2025-02-30\n", "dates.yaml:1:"},
		{"syntax.yaml", "persons: [\n", "syntax.yaml:"},
		{"p.json", "{\"persons\": [{\"id\": \"Q1\",\n \"nmae\": \"A\"}]}", `p.json:2:`},
		{"p.json", "{\"persons\": [{\"id\": \"Q1\",\n \"nmae\": \"A\"}]}", `unknown field "nmae"`},
		{"s.json", "{\"snapshot\": \n 12}", "s.json:2:"},
		{"t.json", "{\"terms\": [", "t.json:1:"},
		{"t.json", "{} {}", "t.json:1:4: data after"},
	}
	for _, tt := range tests {
		f, err := Parse(tt.name, []byte(tt.text))
		if err == nil {
			t.Errorf("Parse(%s, %q) = %+v, want an error", tt.name, tt.text, f)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.want) || !strings.HasPrefix(msg, tt.name+":") || strings.Contains(msg, "\n") {
			t.Errorf("Parse(%s, %q) error %q, want one line starting with the name and containing %q", tt.name, tt.text, msg, tt.want)
		}
	}
	f := mustParse(t, "ok.yaml", validYAML)
	if f.Name != "ok.yaml" || len(f.Terms) != 2 || f.Terms[0].Start != day(t, "2000-05-07") {
		t.Errorf("Parse(ok.yaml) = %+v", f)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("x.yaml", validYAML)
	f.Add("x.json", `{"persons": [{"id": "Q1", "name": "A", "source": "s"}], "terms": [{"person": "Q1", "office": "X", "start": "2020-01-01"}]}`)
	f.Add("x.yaml", "terms:\n  - {start: 2020-13-01}\n")
	f.Add("x.yaml", "&a [*a]")
	f.Fuzz(func(t *testing.T, name, text string) {
		file, err := Parse(name, []byte(text))
		if err != nil {
			// The message is one line (the name is the caller's).
			if msg := strings.TrimPrefix(err.Error(), name); strings.Contains(msg, "\n") || !strings.HasPrefix(err.Error(), name) {
				t.Errorf("error %q: want the name then one line", err)
			}
			return
		}
		Validate(file)
		New(file)
	})
}

// BenchmarkDefault loads the embedded knowledge as every run does: Parse
// of each file (parallel), then New (validation and indexes).
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		files, err := DefaultFiles()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := New(files...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	files, err := DefaultFiles()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(files...); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFoldConcurrent(t *testing.T) {
	done := make(chan bool)
	for range 4 {
		go func() {
			for range 200 {
				if got := Fold("Recep Tayyip Erdoğan"); got != "recep tayyip erdogan" {
					t.Errorf("Fold = %q", got)
				}
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}
