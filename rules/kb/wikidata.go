package kb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/date"
)

// WikidataQuery is the SPARQL query whose results [ImportWikidata] reads:
// every holder of the positions listed under VALUES (position held, P39),
// with the start (P580) and end (P582) qualifiers and their precision, the
// position's jurisdiction (P1001) and its ISO code (P297), and the English
// labels and aliases. Run it at https://query.wikidata.org/ and download
// the results as "JSON" (SPARQL 1.1 query results).
const WikidataQuery = `# claimcheck kb import --wikidata: holders of positions, with dates.
# Put the positions you want in VALUES (Q11696: President of the United States).
SELECT ?person ?personLabel ?position ?positionLabel
       ?start ?startPrecision ?end ?endPrecision ?country ?countryCode
       (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases)
WHERE {
  VALUES ?position { wd:Q11696 }
  ?person p:P39 ?stmt .
  ?stmt ps:P39 ?position ;
        pqv:P580 [ wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision ] .
  OPTIONAL { ?stmt pqv:P582 [ wikibase:timeValue ?end ; wikibase:timePrecision ?endPrecision ] . }
  OPTIONAL { ?position wdt:P1001 ?country . ?country wdt:P297 ?countryCode . }
  OPTIONAL { ?person skos:altLabel ?alias . FILTER(LANG(?alias) = "en") }
  FILTER NOT EXISTS { ?stmt wikibase:rank wikibase:DeprecatedRank }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}
GROUP BY ?person ?personLabel ?position ?positionLabel
         ?start ?startPrecision ?end ?endPrecision ?country ?countryCode
ORDER BY ?position ?start`

// ImportOptions tune [ImportWikidata].
type ImportOptions struct {
	// Retrieved is the day the results were downloaded: it is the source's
	// version, and the "until" of every term without an end (the holder
	// may have changed since).
	Retrieved date.Date
	// Country is the code used for positions whose results give no
	// countryCode (an international office: "UN", "NATO").
	Country string
	// Role is the role ID used for every position, instead of finding one
	// from the position's label.
	Role string
}

// sparqlResults is the SPARQL 1.1 Query Results JSON Format.
type sparqlResults struct {
	Head struct {
		Vars []string `json:"vars"`
	} `json:"head"`
	Results struct {
		Bindings []map[string]sparqlValue `json:"bindings"`
	} `json:"results"`
}

type sparqlValue struct {
	Type     string `json:"type"`
	Value    string `json:"value"`
	Datatype string `json:"datatype,omitempty"`
	Lang     string `json:"xml:lang,omitempty"`
}

// ImportWikidata converts the JSON results of [WikidataQuery] (read from a
// file called name) into a knowledge file. Roles and countries come from
// known (usually the default knowledge): a position maps to the office of
// known with the same name, else to the role whose longest form its label
// contains, in the country of its countryCode. Every row cites one source
// naming the file and the retrieval day. Rows that cannot be used (no
// start, no country, no role, a date that is no day) are skipped, each
// with a line in the returned notes.
func ImportWikidata(name string, data []byte, known *KB, opt ImportOptions) (*File, []string, error) {
	var res sparqlResults
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&res); err != nil {
		return nil, nil, fmt.Errorf("%s: not SPARQL JSON results: %v", name, err)
	}
	if res.Head.Vars == nil {
		return nil, nil, fmt.Errorf("%s: not SPARQL JSON results: no head.vars", name)
	}
	for _, v := range []string{"person", "position", "start"} {
		if !slices.Contains(res.Head.Vars, v) {
			return nil, nil, fmt.Errorf("%s: the results have no %q column (see claimcheck kb import --help for the query)", name, v)
		}
	}
	srcID := "wikidata-import-" + slug(path.Base(name))
	f := &File{Name: name, Sources: []Source{{
		ID:      srcID,
		Title:   "Wikidata query results " + path.Base(name) + " (position held P39, start P580, end P582)",
		URL:     "https://query.wikidata.org/",
		Version: "retrieved " + opt.Retrieved.String(),
		License: "CC0-1.0 (Wikidata)",
	}}}
	var notes []string
	note := func(i int, format string, args ...any) {
		notes = append(notes, fmt.Sprintf("%s: row %d: %s", name, i+1, fmt.Sprintf(format, args...)))
	}
	persons := map[string]int{}
	offices := map[string]bool{}
	terms := map[[3]string]int{}
	for i, b := range res.Results.Bindings {
		pid := entityID(b["person"].Value)
		pname := strings.TrimSpace(b["personLabel"].Value)
		if pid == "" {
			note(i, "no person")
			continue
		}
		if pname == "" || pname == pid {
			note(i, "person %s has no English label", pid)
			continue
		}
		posLabel := strings.TrimSpace(b["positionLabel"].Value)
		country := strings.ToUpper(strings.TrimSpace(b["countryCode"].Value))
		if country == "" {
			country = opt.Country
		}
		officeID, role, err := importOffice(known, posLabel, country, opt.Role)
		if err != nil {
			note(i, "%s (%s): %v", posLabel, entityID(b["position"].Value), err)
			continue
		}
		if known.Person(pid) == nil {
			// The default knowledge may key this person otherwise (a US
			// vice president by Bioguide ID): the same name holding the
			// same office is the same person.
			for _, id := range known.PersonsByName(pname) {
				if slices.ContainsFunc(known.TermsOf(id), func(t *Term) bool { return t.Office == officeID }) {
					pid = id
					break
				}
			}
		}
		start, startYear, err := wikidataDay(b["start"], b["startPrecision"])
		if err != nil || start.IsZero() {
			note(i, "%s in %s: start: %v", pid, officeID, cmpErr(err, "none"))
			continue
		}
		t := Term{Person: pid, Office: officeID, Start: start, Source: srcID}
		end, endYear, err := wikidataDay(b["end"], b["endPrecision"])
		if err != nil {
			note(i, "%s in %s: end: %v", pid, officeID, err)
			continue
		}
		t.End = end
		if startYear || endYear {
			t.Precision = "year"
			t.Start = date.MustOf(t.Start.Year(), 1, 1)
			if !t.End.IsZero() {
				t.End = date.MustOf(t.End.Year(), 12, 31)
			}
		}
		if !t.End.IsZero() && t.End.Before(t.Start) {
			note(i, "%s in %s: end %s before start %s", pid, officeID, t.End, t.Start)
			continue
		}
		if t.End.IsZero() {
			t.Until = opt.Retrieved
		}
		if !offices[officeID] {
			offices[officeID] = true
			if known.Office(officeID) == nil {
				f.Offices = append(f.Offices, Office{ID: officeID, Country: country, Role: role, Name: posLabel, Source: srcID})
			}
		}
		j, ok := persons[pid]
		if !ok {
			f.Persons = append(f.Persons, Person{ID: pid, Name: pname, Source: srcID})
			j = len(f.Persons) - 1
			persons[pid] = j
		}
		p := &f.Persons[j]
		for a := range strings.SplitSeq(b["aliases"].Value, "|") {
			if a = strings.TrimSpace(a); a != "" && a != p.Name && !slices.Contains(p.Aliases, a) {
				p.Aliases = append(p.Aliases, a)
			}
		}
		key := [3]string{t.Person, t.Office, t.Start.String()}
		if k, ok := terms[key]; ok {
			f.Terms[k] = t // the same term twice (two countries or aliases rows): keep one
			continue
		}
		terms[key] = len(f.Terms)
		f.Terms = append(f.Terms, t)
	}
	for i := range f.Persons {
		slices.Sort(f.Persons[i].Aliases)
	}
	slices.SortFunc(f.Offices, func(a, b Office) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(f.Persons, func(a, b Person) int { return strings.Compare(a.ID, b.ID) })
	slices.SortStableFunc(f.Terms, func(a, b Term) int {
		if c := strings.Compare(a.Office, b.Office); c != 0 {
			return c
		}
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return strings.Compare(a.Person, b.Person)
	})
	return f, notes, nil
}

func cmpErr(err error, none string) any {
	if err == nil {
		return none
	}
	return err
}

// entityID returns "Q7747" of "http://www.wikidata.org/entity/Q7747".
func entityID(uri string) string {
	uri = strings.TrimSpace(uri)
	if i := strings.LastIndexByte(uri, '/'); i >= 0 {
		uri = uri[i+1:]
	}
	return uri
}

// importOffice finds the office of a position label in a country.
func importOffice(known *KB, label, country, role string) (id, roleID string, err error) {
	if country == "" {
		return "", "", fmt.Errorf("no countryCode (give --country for an international office)")
	}
	if known.Country(country) == nil {
		return "", "", fmt.Errorf("unknown country %q", country)
	}
	if role == "" {
		// An office of that country with this very name.
		for _, o := range known.offices {
			if o.Country == country && Fold(o.Name) == Fold(label) {
				return o.ID, o.Role, nil
			}
		}
		role = known.roleOfLabel(label)
	} else if known.Role(role) == nil {
		return "", "", fmt.Errorf("unknown role %q", role)
	}
	if role == "" {
		return "", "", fmt.Errorf("no role's name is in the label (give --role)")
	}
	return country + "/" + role, role, nil
}

// roleOfLabel returns the role whose longest form the label contains as
// whole words ("Vice President of the United States": vice_president).
func (k *KB) roleOfLabel(label string) string {
	l := " " + Fold(label) + " "
	best, bestLen := "", 0
	for form, role := range k.roleForm {
		if len(form) > bestLen && strings.Contains(l, " "+form+" ") {
			best, bestLen = role, len(form)
		} else if len(form) == bestLen && strings.Contains(l, " "+form+" ") && role < best {
			best = role
		}
	}
	return best
}

// wikidataDay reads a SPARQL xsd:dateTime ("2012-05-07T00:00:00Z") and
// its Wikidata precision (9 year, 10 month, 11 day). It reports whether the
// date is known to the year (or month) only.
func wikidataDay(v, prec sparqlValue) (d date.Date, yearOnly bool, err error) {
	s := strings.TrimSpace(v.Value)
	if s == "" {
		return date.Date{}, false, nil
	}
	if len(s) < 10 || s[0] == '-' {
		return date.Date{}, false, fmt.Errorf("%q is not a day", s)
	}
	if p := strings.TrimSpace(prec.Value); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil {
			return date.Date{}, false, fmt.Errorf("precision %q is not a number", p)
		}
		if n < 9 {
			return date.Date{}, false, fmt.Errorf("precision %d is coarser than a year", n)
		}
		yearOnly = n < 11
	}
	if yearOnly {
		// Wikidata writes a year as YYYY-00-00 or YYYY-01-01.
		y, err := strconv.Atoi(s[:4])
		if err != nil {
			return date.Date{}, false, fmt.Errorf("%q is not a day", s)
		}
		d, ok := date.Of(y, 1, 1)
		if !ok {
			return date.Date{}, false, fmt.Errorf("%q is not a day", s)
		}
		return d, true, nil
	}
	d, err = date.Parse(s[:10])
	return d, false, err
}

// slug makes an ID part of a file name: "results 2026.json" -> "results-2026-json".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

// WriteYAML writes f as a knowledge YAML file that [Parse] reads back: one
// row per line, every string quoted.
func WriteYAML(f *File) []byte {
	var b bytes.Buffer
	q := func(s string) string {
		data, _ := json.Marshal(s) // a JSON string is a YAML double-quoted scalar
		return string(data)
	}
	list := func(ss []string) string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = q(s)
		}
		return "[" + strings.Join(out, ", ") + "]"
	}
	if !f.Snapshot.IsZero() {
		fmt.Fprintf(&b, "snapshot: %s\n", f.Snapshot)
	}
	if len(f.Sources) > 0 {
		b.WriteString("sources:\n")
		for _, s := range f.Sources {
			fmt.Fprintf(&b, "  - {id: %s, title: %s, url: %s, version: %s, license: %s}\n", q(s.ID), q(s.Title), q(s.URL), q(s.Version), q(s.License))
		}
	}
	if len(f.Countries) > 0 {
		b.WriteString("countries:\n")
		for _, c := range f.Countries {
			fmt.Fprintf(&b, "  - {code: %s, name: %s, forms: %s, source: %s}\n", q(c.Code), q(c.Name), list(c.Forms), q(c.Source))
		}
	}
	if len(f.Roles) > 0 {
		b.WriteString("roles:\n")
		for _, r := range f.Roles {
			fmt.Fprintf(&b, "  - {id: %s, name: %s, forms: %s, single: %t, source: %s}\n", q(r.ID), q(r.Name), list(r.Forms), r.Single, q(r.Source))
		}
	}
	if len(f.Offices) > 0 {
		b.WriteString("offices:\n")
		for _, o := range f.Offices {
			fmt.Fprintf(&b, "  - {id: %s, country: %s, role: %s, name: %s", q(o.ID), q(o.Country), q(o.Role), q(o.Name))
			if len(o.Forms) > 0 {
				fmt.Fprintf(&b, ", forms: %s", list(o.Forms))
			}
			if o.DeFacto {
				b.WriteString(", de_facto: true")
			}
			fmt.Fprintf(&b, ", source: %s}\n", q(o.Source))
		}
	}
	if len(f.Persons) > 0 {
		b.WriteString("persons:\n")
		for _, p := range f.Persons {
			fmt.Fprintf(&b, "  - {id: %s, name: %s", q(p.ID), q(p.Name))
			if len(p.Aliases) > 0 {
				fmt.Fprintf(&b, ", aliases: %s", list(p.Aliases))
			}
			fmt.Fprintf(&b, ", source: %s}\n", q(p.Source))
		}
	}
	if len(f.Terms) > 0 {
		b.WriteString("terms:\n")
		for _, t := range f.Terms {
			fmt.Fprintf(&b, "  - {person: %s, office: %s", q(t.Person), q(t.Office))
			for _, d := range []struct {
				k string
				v date.Date
			}{{"start", t.Start}, {"end", t.End}, {"elected", t.Elected}, {"until", t.Until}} {
				if !d.v.IsZero() {
					fmt.Fprintf(&b, ", %s: %s", d.k, d.v)
				}
			}
			if t.Acting {
				b.WriteString(", acting: true")
			}
			if t.Precision != "" {
				fmt.Fprintf(&b, ", precision: %s", q(t.Precision))
			}
			if t.Note != "" {
				fmt.Fprintf(&b, ", note: %s", q(t.Note))
			}
			fmt.Fprintf(&b, ", source: %s}\n", q(t.Source))
		}
	}
	return b.Bytes()
}

// Stats counts the rows of one file, before merging.
func (f *File) Stats() Stats {
	return Stats{
		Persons: len(f.Persons), Offices: len(f.Offices), Terms: len(f.Terms),
		Countries: len(f.Countries), Roles: len(f.Roles), Sources: len(f.Sources),
		Snapshot: f.Snapshot,
	}
}
