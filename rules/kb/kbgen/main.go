// Command kbgen generates claimcheck's embedded knowledge (the gen-*.json
// files of rules/kb/data) from the public data sets in a kb-sources folder:
//
//	go run ./rules/kb/kbgen -src ../shared/data/kb-sources -out rules/kb/data
//
// It reads the hand-written YAML files of the output folder too: their
// country forms name the countries of the sources' labels, and an office
// that a hand file gives terms for is left to the hand file. The output is
// deterministic: rerunning it gives byte-identical files.
//
// No person, office or date is written here: everything comes from the
// source files. The code only knows the sources' formats, which of their
// offices to take, and how their titles map to claimcheck's roles.
package main

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/rules/kb"
)

func main() {
	src := flag.String("src", "../shared/data/kb-sources", "folder of the source data sets")
	out := flag.String("out", "rules/kb/data", "folder of the knowledge files")
	verbose := flag.Bool("v", false, "log rows that are skipped")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("kbgen: ")
	g := &gen{src: *src, verbose: *verbose}
	files, err := g.run(*out)
	if err != nil {
		log.Fatal(err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	for _, name := range sortedKeys(files) {
		log.Printf("wrote %s (%d bytes)", filepath.Join(*out, name), len(files[name]))
	}
}

// Generate returns the generated files by name, from the sources in src and
// the hand files in out. It is what main writes, and what the test compares.
func Generate(src, out string) (map[string][]byte, error) {
	g := &gen{src: src}
	return g.run(out)
}

// The generated files are written with these mirrors of kb.File and
// kb.Term, which keep dates as the sources' YYYY-MM-DD text: the output
// does not depend on date.Date's arithmetic, only on date.Parse's check
// that a text names a real day.
type genFile struct {
	Snapshot  string       `json:"snapshot,omitempty"`
	Sources   []kb.Source  `json:"sources,omitempty"`
	Countries []kb.Country `json:"countries,omitempty"`
	Roles     []kb.Role    `json:"roles,omitempty"`
	Offices   []kb.Office  `json:"offices,omitempty"`
	Persons   []kb.Person  `json:"persons,omitempty"`
	Terms     []genTerm    `json:"terms,omitempty"`
}

type genTerm struct {
	Person    string `json:"person"`
	Office    string `json:"office"`
	Start     string `json:"start,omitempty"`
	End       string `json:"end,omitempty"`
	Acting    bool   `json:"acting,omitempty"`
	Precision string `json:"precision,omitempty"`
	Until     string `json:"until,omitempty"`
	Note      string `json:"note,omitempty"`
	Source    string `json:"source"`
}

type gen struct {
	src     string
	verbose bool

	countryByLabel map[string]string // folded country label -> code
	countryName    map[string]string // code -> CLDR English name
	handOffices    map[string]bool   // offices with terms in hand files
	qidByName      map[string]string // folded name -> QID, from leaders-chronology
}

func (g *gen) logf(format string, args ...any) {
	if g.verbose {
		log.Printf(format, args...)
	}
}

func (g *gen) run(out string) (map[string][]byte, error) {
	if err := g.readHand(out); err != nil {
		return nil, err
	}
	files := map[string]*genFile{}
	var err error
	if files["gen-countries.json"], err = g.countries(); err != nil {
		return nil, err
	}
	if files["gen-leaders.json"], err = g.leaders(); err != nil {
		return nil, err
	}
	if files["gen-uk-cabinet.json"], err = g.ukCabinet(); err != nil {
		return nil, err
	}
	if files["gen-foreign-ministers.json"], err = g.foreignMinisters(); err != nil {
		return nil, err
	}
	if files["gen-international.json"], err = g.international(); err != nil {
		return nil, err
	}
	res := map[string][]byte{}
	for name, f := range files {
		sortFile(f)
		data, err := json.MarshalIndent(f, "", "\t")
		if err != nil {
			return nil, err
		}
		res[name] = append(data, '\n')
	}
	return res, nil
}

// readHand reads the hand-written YAML files of the output folder.
func (g *gen) readHand(out string) error {
	g.countryByLabel = map[string]string{}
	g.handOffices = map[string]bool{}
	names, err := filepath.Glob(filepath.Join(out, "*.yaml"))
	if err != nil {
		return err
	}
	slices.Sort(names)
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		f, err := kb.Parse(filepath.Base(name), data)
		if err != nil {
			return err
		}
		for _, c := range f.Countries {
			for _, form := range append([]string{c.Name}, c.Forms...) {
				g.countryByLabel[kb.Fold(form)] = c.Code
			}
		}
		for _, t := range f.Terms {
			g.handOffices[t.Office] = true
		}
	}
	return nil
}

// ---- countries (CLDR English names, from golang.org/x/text) ----

func (g *gen) countries() (*genFile, error) {
	f := &genFile{Sources: []kb.Source{{
		ID:      "cldr-regions",
		Title:   "Unicode CLDR English region names, as shipped in golang.org/x/text/language/display",
		URL:     "https://cldr.unicode.org/",
		Version: "golang.org/x/text " + xtextVersion,
		License: "Unicode License v3",
	}}}
	names := display.English.Regions()
	g.countryName = map[string]string{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code {
				continue
			}
			name := names.Name(r)
			if name == "" || name == code {
				continue
			}
			c := kb.Country{Code: code, Name: cleanRegionName(name), Source: "cldr-regions"}
			g.countryName[code] = c.Name
			if alt := strings.ReplaceAll(c.Name, " & ", " and "); alt != c.Name {
				c.Forms = append(c.Forms, alt)
			}
			f.Countries = append(f.Countries, c)
			for _, form := range append([]string{c.Name, name}, c.Forms...) {
				if _, ok := g.countryByLabel[kb.Fold(form)]; !ok {
					g.countryByLabel[kb.Fold(form)] = code
				}
			}
		}
	}
	return f, nil
}

// xtextVersion is the version of golang.org/x/text in go.mod; the test
// keeps it in step.
const xtextVersion = "v0.43.0"

func cleanRegionName(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

func (g *gen) country(label string) (string, bool) {
	c, ok := g.countryByLabel[kb.Fold(label)]
	return c, ok
}

// ---- roles from titles ----

// roleOf maps an office title of the sources to a role ID, or "".
func roleOf(title string) string {
	t := strings.ToLower(title)
	switch {
	case strings.Contains(t, "european commission"):
		return "commission_president"
	case strings.Contains(t, "european council"):
		return "council_president"
	case strings.Contains(t, "vice president") || strings.Contains(t, "vice-president"):
		return "vice_president"
	case strings.Contains(t, "deputy") || strings.Contains(t, "acting") || strings.Contains(t, "first minister"):
		return ""
	case strings.Contains(t, "emperor"):
		return "emperor"
	case strings.Contains(t, "monarch") || strings.HasPrefix(t, "king") || strings.HasPrefix(t, "queen") ||
		strings.HasPrefix(t, "sultan") || strings.Contains(t, "yang di-pertuan agong") || strings.HasPrefix(t, "emir"):
		return "monarch"
	case strings.Contains(t, "chancellor"):
		return "chancellor"
	case strings.Contains(t, "prime minister") || strings.Contains(t, "premier") ||
		strings.Contains(t, "president of the council of ministers") || strings.Contains(t, "president of the government"):
		return "prime_minister"
	case strings.HasPrefix(t, "president") || strings.HasPrefix(t, "federal president"):
		return "president"
	}
	return ""
}

// ---- leaders: leaders-chronology, us-executive, world-leaders-current, everypolitician ----

type builder struct {
	f       *genFile
	persons map[string]int // ID -> index
	offices map[string]bool
}

func newBuilder(f *genFile) *builder {
	return &builder{f: f, persons: map[string]int{}, offices: map[string]bool{}}
}

func (b *builder) person(id, name, source string, aliases ...string) {
	i, ok := b.persons[id]
	if !ok {
		b.f.Persons = append(b.f.Persons, kb.Person{ID: id, Name: name, Source: source})
		i = len(b.f.Persons) - 1
		b.persons[id] = i
	}
	p := &b.f.Persons[i]
	for _, a := range append([]string{name}, aliases...) {
		a = strings.TrimSpace(a)
		if a == "" || a == p.Name || slices.Contains(p.Aliases, a) {
			continue
		}
		p.Aliases = append(p.Aliases, a)
	}
}

func (b *builder) office(country, role, name, source string) string {
	id := country + "/" + role
	if !b.offices[id] {
		b.offices[id] = true
		b.f.Offices = append(b.f.Offices, kb.Office{ID: id, Country: country, Role: role, Name: name, Source: source})
	}
	return id
}

var initialsRe = regexp.MustCompile(`^(\p{Lu}\.\s*)+$`)

// shortNames returns the name without middle initials ("Lyndon B. Johnson"
// -> "Lyndon Johnson"); other middle words are kept, since in many naming
// traditions they are not middle names (Kim Jong Un, López Obrador).
func shortNames(name string) []string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return nil
	}
	var kept []string
	for i, w := range words {
		if i > 0 && i < len(words)-1 && initialsRe.MatchString(w) {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) == len(words) || len(kept) < 2 {
		return nil
	}
	return []string{strings.Join(kept, " ")}
}

func (g *gen) leaders() (*genFile, error) {
	f := &genFile{
		Snapshot: mustDate("2026-09-28"),
		Sources: []kb.Source{
			{ID: "leaders-chronology", Title: "leaders-chronology: heads of state and government of the G20 countries since 1945 (data/leaders.json, transcribed to leaders.tsv)",
				URL: "https://github.com/newt239/leaders-chronology", Version: "554d64c1b6f4e7b811ddb864209493de7a0d47a4 (as of 2026-09-28)", License: "MIT"},
			{ID: "us-executive", Title: "unitedstates/congress-legislators executive.yaml: US presidents and vice presidents",
				URL: "https://github.com/unitedstates/congress-legislators", Version: "dfa9622263dd4c8d08636926e498f1845704d7eb", License: "CC0-1.0"},
			{ID: "world-leaders-current", Title: "open-data-archive/world-leaders-current: current heads of state and government of 30 entities",
				URL: "https://github.com/open-data-archive/world-leaders-current", Version: "b06a1440a6eda040a90166cb3f84d9634d1779b2 (snapshot 2026-08-22)", License: "CC-BY-SA-4.0"},
			{ID: "everypolitician-leaders-2022", Title: "every-politician-scrapers/world-leaders-2021 data/wikidata.csv: heads of state and government in office in 2022 (years only)",
				URL: "https://github.com/every-politician-scrapers/world-leaders-2021", Version: "be7039cf5952d8121c4f1e24eea64cc5dd465633 (as of 2022-10-09)", License: "CC0-1.0 (Wikidata)"},
		},
	}
	b := newBuilder(f)
	g.qidByName = map[string]string{}

	// leaders-chronology
	rows, err := readTSV(filepath.Join(g.src, "leaders-chronology", "leaders.tsv"))
	if err != nil {
		return nil, err
	}
	// The chronology files the monarchs of a country's years as a dominion
	// (Elizabeth II in South Africa until 1961, George VI in India until
	// 1950) under the office that later replaced them, a presidency. A
	// person who is a monarch elsewhere in the source is a monarch there
	// too.
	monarchs := map[string]bool{}
	for _, r := range rows {
		if r["person_wikidata"] != "" && roleOf(r["office_title_en"]) == "monarch" {
			monarchs[r["person_wikidata"]] = true
		}
	}
	covered := map[string]bool{}
	for _, r := range rows {
		country, title, name, qid := r["country"], r["office_title_en"], r["name_en"], r["person_wikidata"]
		if roleOf(title) == "president" && monarchs[qid] {
			g.logf("leaders-chronology: %s in %s %q is a monarch: filed as monarch", name, country, title)
			title = "Monarch of " + g.countryName[country]
		}
		if qid != "" {
			g.qidByName[kb.Fold(name)] = qid
		}
		if country == "US" {
			continue // from us-executive, below
		}
		role := roleOf(title)
		if role == "" {
			return nil, fmt.Errorf("leaders.tsv: no role for title %q", title)
		}
		id := qid
		if id == "" {
			id = "lc:" + slug(name)
		}
		office := b.office(country, role, title, "leaders-chronology")
		covered[office] = true
		if g.handOffices[office] {
			continue
		}
		b.person(id, name, "leaders-chronology", shortNames(name)...)
		t := genTerm{Person: id, Office: office, Start: mustDate(r["start"]), Acting: r["acting"] == "true", Source: "leaders-chronology"}
		if r["end"] != "" {
			t.End = mustDate(r["end"])
		}
		f.Terms = append(f.Terms, t)
	}

	// us-executive
	if err := g.usExecutive(b, f.Snapshot); err != nil {
		return nil, err
	}
	covered["US/president"], covered["US/vice_president"] = true, true

	// world-leaders-current, for offices leaders-chronology lacks
	if err := g.worldLeadersCurrent(b, covered); err != nil {
		return nil, err
	}

	// everypolitician, for offices no other source has
	if err := g.everypoliticianLeaders(b, covered); err != nil {
		return nil, err
	}
	return f, nil
}

type execPerson struct {
	ID struct {
		Bioguide string `yaml:"bioguide"`
	} `yaml:"id"`
	Name struct {
		First        string `yaml:"first"`
		Middle       string `yaml:"middle"`
		Last         string `yaml:"last"`
		Suffix       string `yaml:"suffix"`
		Nickname     string `yaml:"nickname"`
		OfficialFull string `yaml:"official_full"`
	} `yaml:"name"`
	Terms []struct {
		Type  string `yaml:"type"`
		Start string `yaml:"start"`
		End   string `yaml:"end"`
	} `yaml:"terms"`
}

func (g *gen) usExecutive(b *builder, snapshot string) error {
	data, err := os.ReadFile(filepath.Join(g.src, "us-executive", "executive.yaml"))
	if err != nil {
		return err
	}
	var people []execPerson
	if err := yaml.Unmarshal(data, &people); err != nil {
		return fmt.Errorf("executive.yaml: %w", err)
	}
	pres := b.office("US", "president", "President of the United States", "us-executive")
	vice := b.office("US", "vice_president", "Vice President of the United States", "us-executive")
	for _, p := range people {
		n := p.Name
		firsts := []string{n.First}
		if n.Nickname != "" {
			firsts = append([]string{n.Nickname}, n.First)
		}
		var names []string
		for _, first := range firsts {
			names = append(names, first+" "+n.Last)
			if n.Middle != "" {
				names = append(names, first+" "+n.Middle+" "+n.Last)
				names = append(names, first+" "+initials(n.Middle)+" "+n.Last)
			}
		}
		if n.OfficialFull != "" {
			names = append(names, n.OfficialFull)
		}
		full := strings.Join(strings.Fields(strings.Join([]string{n.First, n.Middle, n.Last, n.Suffix}, " ")), " ")
		names = append(names, full)
		id := "bioguide:" + p.ID.Bioguide
		for _, nm := range names {
			if q, ok := g.qidByName[kb.Fold(nm)]; ok {
				id = q
				break
			}
		}
		var terms []genTerm
		for _, t := range p.Terms {
			office := pres
			switch t.Type {
			case "prez":
			case "viceprez":
				office = vice
			default:
				continue
			}
			term := genTerm{Person: id, Office: office, Start: mustDate(t.Start), End: mustDate(t.End), Source: "us-executive"}
			if k := len(terms) - 1; k >= 0 && terms[k].Office == office && terms[k].End == term.Start {
				terms[k].End = term.End // a second consecutive term
				continue
			}
			terms = append(terms, term)
		}
		if len(terms) == 0 {
			continue
		}
		for i := range terms {
			// executive.yaml gives the scheduled end of a running term.
			if terms[i].End > snapshot {
				terms[i].End = ""
			}
		}
		display := n.First + " " + n.Last
		if n.Nickname != "" {
			display = n.Nickname + " " + n.Last
		}
		b.person(id, full, "us-executive", append([]string{display}, names...)...)
		b.f.Terms = append(b.f.Terms, terms...)
	}
	return nil
}

func initials(middle string) string {
	var parts []string
	for _, w := range strings.Fields(middle) {
		r := []rune(w)
		parts = append(parts, string(r[0])+".")
	}
	return strings.Join(parts, " ")
}

type wlcCountry struct {
	Country struct {
		ISO  string `json:"iso_code"`
		Name string `json:"name_en"`
	} `json:"country"`
	Snapshot  string `json:"snapshot_date"`
	Positions map[string]struct {
		Title  string `json:"title_en"`
		Holder *struct {
			Name     string `json:"name_en"`
			Wikidata string `json:"wikidata_id"`
			Since    string `json:"since"`
		} `json:"current_holder"`
	} `json:"positions"`
}

func (g *gen) worldLeadersCurrent(b *builder, covered map[string]bool) error {
	dir := filepath.Join(g.src, "world-leaders-current", "countries")
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	slices.Sort(names)
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		var c wlcCountry
		if err := json.Unmarshal(data, &c); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		code := c.Country.ISO
		if _, ok := g.countryByLabel[kb.Fold(c.Country.Name)]; !ok || len(code) != 2 {
			g.logf("world-leaders-current: skip %s (%s): not a known country", c.Country.Name, code)
			continue
		}
		for _, kind := range sortedKeys(c.Positions) {
			pos := c.Positions[kind]
			h := pos.Holder
			if h == nil || h.Name == "" || h.Since == "" || h.Wikidata == "" {
				continue
			}
			title := pos.Title
			role := roleOf(title)
			if role == "" {
				g.logf("world-leaders-current: skip %s %q: no role", code, title)
				continue
			}
			office := code + "/" + role
			if covered[office] || g.handOffices[office] {
				continue
			}
			start, err := checkDate(h.Since)
			if err != nil {
				continue
			}
			if !strings.Contains(title, " of ") {
				title += " of " + c.Country.Name
			}
			b.office(code, role, title, "world-leaders-current")
			b.person(h.Wikidata, h.Name, "world-leaders-current", shortNames(h.Name)...)
			b.f.Terms = append(b.f.Terms, genTerm{Person: h.Wikidata, Office: office, Start: start, Source: "world-leaders-current",
				Note: "current holder on " + c.Snapshot + "; earlier holders not in the source"})
			covered[office] = true
		}
	}
	return nil
}

func (g *gen) everypoliticianLeaders(b *builder, covered map[string]bool) error {
	rows, err := readCSV(filepath.Join(g.src, "everypolitician-wikidata", "world-leaders-2021__data__wikidata.csv"))
	if err != nil {
		return err
	}
	until := mustDate("2022-10-09")
	added := map[string]bool{}
	for _, r := range rows {
		code, ok := g.country(r["country"])
		if !ok {
			g.logf("everypolitician: skip country %q", r["country"])
			continue
		}
		role := roleOf(r["positionLabel"])
		if role == "" {
			g.logf("everypolitician: skip %s %q: no role", code, r["positionLabel"])
			continue
		}
		office := code + "/" + role
		if (covered[office] && !added[office]) || g.handOffices[office] {
			continue
		}
		if r["officeholder"] == "" || r["officeholderLabel"] == "" || r["start_year"] == "" {
			continue
		}
		sy, err1 := checkDate(r["start_year"] + "-01-01")
		if err1 != nil {
			continue
		}
		t := genTerm{Person: r["officeholder"], Office: office, Start: sy, Precision: "year", Source: "everypolitician-leaders-2022"}
		if r["end_year"] != "" {
			ey, err := checkDate(r["end_year"] + "-12-31")
			if err != nil {
				continue
			}
			t.End = ey
		} else {
			t.Until = until
		}
		b.office(code, role, r["positionLabel"], "everypolitician-leaders-2022")
		b.person(r["officeholder"], r["officeholderLabel"], "everypolitician-leaders-2022", shortNames(r["officeholderLabel"])...)
		b.f.Terms = append(b.f.Terms, t)
		covered[office], added[office] = true, true
	}
	return nil
}

// ---- UK cabinet: Institute for Government ministers database ----

// ukPosts maps IfG post names to roles of GB offices: the Great Offices of
// State, the Deputy Prime Minister, the Chief Secretary to the Treasury and
// every Secretary of State post with a name journalists title people with.
// A department renamed over time keeps one office ("Secretary of State for
// Health" and "... for Health and Social Care" are both GB/health_secretary).
// Every post named here has appointments with cabinet_status "Full cabinet"
// in appointment_characteristics.csv (ukCabinet checks it); all the
// appointments of the post are taken, whatever their cabinet status, since
// the holder bore the title either way. Left out: posts with no one-office
// title in news (Lord Privy Seal, Chancellor of the Duchy of Lancaster,
// Leader of the House, Minister without Portfolio), the Lord Chancellor
// before it joined Justice, and the pre-1988 Social Services and
// pre-2001 Social Security departments.
var ukPosts = map[string]string{
	"Chancellor of the Exchequer":                                          "chancellor",
	"Secretary of State for Foreign and Commonwealth Affairs":              "foreign_secretary",
	"Secretary of State for Foreign, Commonwealth and Development Affairs": "foreign_secretary",
	"Secretary of State for the Home Department":                           "home_secretary",
	"Secretary of State for Defence":                                       "defence_secretary",
	"Deputy Prime Minister":                                                "deputy_prime_minister",

	"Chief Secretary to the Treasury": "chief_secretary_treasury",

	"Secretary of State for Health":                 "health_secretary",
	"Secretary of State for Health and Social Care": "health_secretary",

	"Secretary of State for Education":                      "education_secretary",
	"Secretary of State for Education and Science":          "education_secretary",
	"Secretary of State for Education and Employment":       "education_secretary",
	"Secretary of State for Education and Skills":           "education_secretary",
	"Secretary of State for Children, Schools and Families": "education_secretary",

	"Secretary of State for Justice and Lord Chancellor": "justice_secretary",

	"Secretary of State for Business, Enterprise and Regulatory Reform": "business_secretary",
	"Secretary of State for Business, Innovation and Skills":            "business_secretary",
	"Secretary of State for Business, Energy and Industrial Strategy":   "business_secretary",
	"Secretary of State for Business and Trade":                         "business_secretary",
	"Secretary of State for Trade and Industry":                         "trade_industry_secretary",
	"Secretary of State for International Trade":                        "international_trade_secretary",

	"Secretary of State for Culture, Media and Sport":           "culture_secretary",
	"Secretary of State for Culture, Olympics, Media and Sport": "culture_secretary",
	"Secretary of State for Digital, Culture, Media and Sport":  "culture_secretary",

	"Secretary of State for the Environment":                            "environment_secretary",
	"Secretary of State for the Environment, Transport and the Regions": "environment_secretary",
	"Secretary of State for Environment, Food and Rural Affairs":        "environment_secretary",

	"Secretary of State for Transport":                                   "transport_secretary",
	"Secretary of State for Transport, Local Government and the Regions": "transport_secretary",

	"Secretary of State for Work and Pensions": "work_pensions_secretary",

	"Secretary of State for Northern Ireland": "northern_ireland_secretary",
	"Secretary of State for Scotland":         "scotland_secretary",
	"Secretary of State for Wales":            "wales_secretary",

	"Secretary of State for Energy":                       "energy_secretary",
	"Secretary of State for Energy and Climate Change":    "energy_secretary",
	"Secretary of State for Energy Security and Net Zero": "energy_secretary",

	"Secretary of State for Communities and Local Government":          "communities_secretary",
	"Secretary of State for Housing, Communities and Local Government": "communities_secretary",
	"Secretary of State for Levelling Up, Housing and Communities":     "communities_secretary",

	"Secretary of State for International Development":          "international_development_secretary",
	"Secretary of State for Exiting the European Union":         "brexit_secretary",
	"Secretary of State for Science, Innovation and Technology": "science_secretary",
}

var ukOfficeNames = map[string]string{
	"chancellor":                          "Chancellor of the Exchequer",
	"foreign_secretary":                   "Foreign Secretary",
	"home_secretary":                      "Home Secretary",
	"defence_secretary":                   "Secretary of State for Defence",
	"deputy_prime_minister":               "Deputy Prime Minister of the United Kingdom",
	"chief_secretary_treasury":            "Chief Secretary to the Treasury",
	"health_secretary":                    "Secretary of State for Health (and Social Care)",
	"education_secretary":                 "Secretary of State for Education",
	"justice_secretary":                   "Secretary of State for Justice",
	"business_secretary":                  "Secretary of State for Business",
	"trade_industry_secretary":            "Secretary of State for Trade and Industry",
	"international_trade_secretary":       "Secretary of State for International Trade",
	"culture_secretary":                   "Secretary of State for Culture, Media and Sport",
	"environment_secretary":               "Secretary of State for the Environment",
	"transport_secretary":                 "Secretary of State for Transport",
	"work_pensions_secretary":             "Secretary of State for Work and Pensions",
	"northern_ireland_secretary":          "Secretary of State for Northern Ireland",
	"scotland_secretary":                  "Secretary of State for Scotland",
	"wales_secretary":                     "Secretary of State for Wales",
	"energy_secretary":                    "Secretary of State for Energy",
	"communities_secretary":               "Secretary of State for Housing and Communities",
	"international_development_secretary": "Secretary of State for International Development",
	"brexit_secretary":                    "Secretary of State for Exiting the European Union",
	"science_secretary":                   "Secretary of State for Science, Innovation and Technology",
}

func (g *gen) ukCabinet() (*genFile, error) {
	dir := filepath.Join(g.src, "uk-ifg-ministers")
	f := &genFile{Sources: []kb.Source{{
		ID:      "ifg-ministers",
		Title:   "Institute for Government ministers database (person, post, appointment)",
		URL:     "https://github.com/instituteforgov/ifg-ministers-database-public",
		Version: "92e227025645607913912d9d8312b7421a437bd3",
		License: "CC-BY-4.0 (credit: Institute for Government)",
	}}}
	b := newBuilder(f)
	posts, err := readCSV(filepath.Join(dir, "post.csv"))
	if err != nil {
		return nil, err
	}
	roleOfPost := map[string]string{}
	postName := map[string]string{}
	for _, p := range posts {
		if role := ukPosts[p["name"]]; role != "" {
			roleOfPost[p["id"]] = role
			postName[p["id"]] = p["name"]
		}
	}
	// Every post of ukPosts must be a cabinet post: at least one of its
	// appointments sat in full cabinet.
	chars, err := readCSV(filepath.Join(dir, "appointment_characteristics.csv"))
	if err != nil {
		return nil, err
	}
	fullCabinet := map[string]bool{} // appointment ID
	// An appointment is acting when every period of it is ("Chloe Smith
	// acting while Michelle Donelan was on leave").
	acting := map[string]bool{}
	for _, c := range chars {
		id := c["appointment_id"]
		if c["cabinet_status"] == "Full cabinet" {
			fullCabinet[id] = true
		}
		if a, seen := acting[id]; !seen || a {
			acting[id] = c["is_acting"] == "True"
		}
	}
	people, err := readCSV(filepath.Join(dir, "person.csv"))
	if err != nil {
		return nil, err
	}
	type pname struct{ name, start string }
	names := map[string][]pname{}
	for _, p := range people {
		names[p["id"]] = append(names[p["id"]], pname{p["name"], p["start_date"]})
	}
	apps, err := readCSV(filepath.Join(dir, "appointment.csv"))
	if err != nil {
		return nil, err
	}
	var latest string
	for _, a := range apps {
		if d, err := checkDate(a["start_date"]); err == nil && d > latest {
			latest = d
		}
	}
	type app struct {
		person, office string
		start, end     string
		acting         bool
		badEnd         string // an end before the start, dropped
	}
	var list []app
	cabinetPost := map[string]bool{} // post name
	for _, a := range apps {
		role := roleOfPost[a["post_id"]]
		if role == "" {
			continue
		}
		if fullCabinet[a["id"]] {
			cabinetPost[postName[a["post_id"]]] = true
		}
		office := b.office("GB", role, ukOfficeNames[role], "ifg-ministers")
		if g.handOffices[office] {
			continue
		}
		x := app{person: a["person_id"], office: office, start: mustDate(a["start_date"]), acting: acting[a["id"]]}
		if a["end_date"] != "" {
			x.end = mustDate(a["end_date"])
		}
		if x.end != "" && x.end < x.start {
			// A typing slip in the source (James Murray, Chief Secretary
			// from 2025-09-01 "to 2025-05-14"): the end is unknown, the
			// term known to run only on its first day.
			g.logf("uk-ifg-ministers: appointment %s ends %s before its start %s: end dropped", a["id"], x.end, x.start)
			x.badEnd, x.end = x.end, ""
		}
		list = append(list, x)
	}
	for _, name := range sortedKeys(ukPosts) {
		if !cabinetPost[name] {
			return nil, fmt.Errorf("uk-ifg-ministers: post %q has no full-cabinet appointment", name)
		}
	}
	slices.SortFunc(list, func(a, b app) int {
		return cmp.Or(strings.Compare(a.office, b.office), strings.Compare(a.person, b.person), strings.Compare(a.start, b.start))
	})
	idOf := map[string]string{}
	for _, a := range list {
		if _, ok := idOf[a.person]; ok {
			continue
		}
		ns := names[a.person]
		slices.SortFunc(ns, func(x, y pname) int { return cmp.Compare(x.start, y.start) })
		id := "ifg:" + a.person
		var all []string
		for _, n := range ns {
			all = append(all, n.name)
			if q, ok := g.qidByName[kb.Fold(n.name)]; ok {
				id = q
			}
		}
		// The display name: the first name that is not a peerage title.
		main := all[0]
		for _, n := range all {
			if !peerRe.MatchString(n) {
				main = n
				break
			}
		}
		b.person(id, main, "ifg-ministers", all...)
		idOf[a.person] = id
	}
	for i := 0; i < len(list); i++ {
		a := list[i]
		t := genTerm{Person: idOf[a.person], Office: a.office, Start: a.start, End: a.end, Acting: a.acting, Source: "ifg-ministers"}
		if a.badEnd != "" {
			t.Until = a.start
			t.Note = "the source's end date " + a.badEnd + " is before the start: end unknown"
			f.Terms = append(f.Terms, t)
			continue
		}
		// Join appointments that follow each other (a new government
		// reappointing the same minister).
		for i+1 < len(list) && list[i+1].person == a.person && list[i+1].office == a.office && list[i+1].acting == a.acting &&
			t.End != "" && dayDiff(t.End, list[i+1].start) <= 1 {
			i++
			t.End = list[i].end
		}
		if t.End == "" {
			t.Until = latest
		}
		f.Terms = append(f.Terms, t)
	}
	return f, nil
}

var peerRe = regexp.MustCompile(`^(Lord|Baroness|Lady|Sir|Dame|Viscount|Earl) `)

// ---- foreign ministers 2022 ----

func (g *gen) foreignMinisters() (*genFile, error) {
	f := &genFile{Sources: []kb.Source{{
		ID:      "everypolitician-foreign-2022",
		Title:   "every-politician-scrapers/world sources/foreign/wikidata.csv: foreign ministers in office on 2022-12-10",
		URL:     "https://github.com/every-politician-scrapers/world",
		Version: "4a3b394d9a35d26d138cded8718d0805b7ce9336 (as of 2022-12-10)",
		License: "CC0-1.0 (Wikidata)",
	}}}
	b := newBuilder(f)
	rows, err := readCSV(filepath.Join(g.src, "everypolitician-wikidata", "world__sources__foreign__wikidata.csv"))
	if err != nil {
		return nil, err
	}
	until := mustDate("2022-12-10")
	seen := map[string]bool{}
	for _, r := range rows {
		if r["person"] == "" || r["name"] == "" || r["start"] == "" {
			continue
		}
		code, ok := g.country(r["countryLabel"])
		if !ok {
			g.logf("foreign: skip country %q", r["countryLabel"])
			continue
		}
		role := "foreign_minister"
		switch code {
		case "US":
			role = "secretary_of_state"
		case "GB":
			role = "foreign_secretary"
		case "EU":
			role = "high_representative" // the EU's foreign-policy chief
		}
		office := code + "/" + role
		if g.handOffices[office] || code == "GB" {
			continue // GB: from the IfG database
		}
		start, err := checkDate(r["start"])
		if err != nil {
			continue
		}
		key := r["person"] + office
		if seen[key] {
			continue
		}
		seen[key] = true
		b.office(code, role, r["positionLabel"]+" of "+r["countryLabel"], "everypolitician-foreign-2022")
		b.person(r["person"], r["name"], "everypolitician-foreign-2022", shortNames(r["name"])...)
		f.Terms = append(f.Terms, genTerm{Person: r["person"], Office: office, Start: start, Until: until, Source: "everypolitician-foreign-2022"})
	}
	return f, nil
}

// ---- international offices ----

var intlOffices = map[string][3]string{ // position -> body, role, name
	"Secretary-General of the United Nations":          {"UN", "secretary_general", "Secretary-General of the United Nations"},
	"Deputy Secretary-General of the United Nations":   {"UN", "deputy_secretary_general", "Deputy Secretary-General of the United Nations"},
	"Director-General of the World Trade Organization": {"WTO", "director_general", "Director-General of the World Trade Organization"},
}

func (g *gen) international() (*genFile, error) {
	f := &genFile{Sources: []kb.Source{{
		ID:      "everypolitician-holders-2023",
		Title:   "every-politician-scrapers/world html/holders21.csv: holders of international offices",
		URL:     "https://github.com/every-politician-scrapers/world",
		Version: "4a3b394d9a35d26d138cded8718d0805b7ce9336 (as of 2023-01)",
		License: "CC0-1.0 (Wikidata)",
	}}}
	b := newBuilder(f)
	rows, err := readCSV(filepath.Join(g.src, "everypolitician-wikidata", "world__html__holders21.csv"))
	if err != nil {
		return nil, err
	}
	until := mustDate("2023-01-01")
	for _, r := range rows {
		o, ok := intlOffices[r["position"]]
		if !ok || r["personID"] == "" || r["start"] == "" {
			continue
		}
		office := o[0] + "/" + o[1]
		if g.handOffices[office] {
			continue
		}
		b.office(o[0], o[1], o[2], "everypolitician-holders-2023")
		b.person(r["personID"], r["person"], "everypolitician-holders-2023", shortNames(r["person"])...)
		t := genTerm{Person: r["personID"], Office: office, Start: mustDate(r["start"]), Source: "everypolitician-holders-2023"}
		if r["end"] != "" {
			t.End = mustDate(r["end"])
		} else {
			t.Until = until
		}
		f.Terms = append(f.Terms, t)
	}
	return f, nil
}

// ---- helpers ----

func sortFile(f *genFile) {
	slices.SortFunc(f.Countries, func(a, b kb.Country) int { return strings.Compare(a.Code, b.Code) })
	slices.SortFunc(f.Offices, func(a, b kb.Office) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Persons, func(a, b kb.Person) int { return strings.Compare(a.ID, b.ID) })
	for i := range f.Persons {
		slices.Sort(f.Persons[i].Aliases)
	}
	slices.SortStableFunc(f.Terms, func(a, b genTerm) int {
		return cmp.Or(strings.Compare(a.Office, b.Office), strings.Compare(a.Start, b.Start), strings.Compare(a.Person, b.Person))
	})
	// Two sources may give the very same term; keep the first.
	f.Terms = slices.CompactFunc(f.Terms, func(a, b genTerm) bool {
		return a.Office == b.Office && a.Person == b.Person && a.Start == b.Start
	})
}

// checkDate returns s if it is a real day written YYYY-MM-DD.
func checkDate(s string) (string, error) {
	if _, err := date.Parse(s); err != nil {
		return "", err
	}
	return s, nil
}

func mustDate(s string) string {
	d, err := checkDate(s)
	if err != nil {
		log.Fatalf("bad date in source: %v", err)
	}
	return d
}

// dayDiff returns the number of days from a to b (YYYY-MM-DD).
func dayDiff(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	return int(tb.Sub(ta).Hours() / 24)
}

func slug(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(kb.Fold(s)) {
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	return b.String()
}

func readTSV(name string) ([]map[string]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	head := strings.Split(lines[0], "\t")
	var out []map[string]string
	for _, l := range lines[1:] {
		cells := strings.Split(l, "\t")
		r := map[string]string{}
		for i, h := range head {
			if i < len(cells) {
				r[h] = strings.TrimSpace(cells[i])
			}
		}
		out = append(out, r)
	}
	return out, nil
}

func readCSV(name string) ([]map[string]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	rd := csv.NewReader(bytes.NewReader(data))
	rd.FieldsPerRecord = -1
	head, err := rd.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var out []map[string]string
	for {
		cells, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		r := map[string]string{}
		for i, h := range head {
			if i < len(cells) {
				r[h] = strings.TrimSpace(cells[i])
			}
		}
		out = append(out, r)
	}
	return out, nil
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
