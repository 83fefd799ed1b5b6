// Package kb holds claimcheck's knowledge of who held which office when.
//
// Knowledge is data, never code: persons (names and aliases), countries (the
// names and adjectives journalists write), roles (the words for an office:
// "President", "Premier"), offices (a role in a country) and terms (a person
// in an office from a start to an end date). Every row names its source, a
// [Source] declared in the same file, so every finding can say where its
// knowledge came from.
//
// A knowledge file is YAML (user files) or JSON (the generated default
// files; JSON is also YAML), with the schema of [File]. The default knowledge
// is embedded; [Default] loads it, [New] merges any number of files, later
// files over earlier ones.
package kb

import (
	"github.com/claimcheck/claimcheck/date"
)

// A File is one knowledge file as written on disk.
type File struct {
	// Snapshot is the date up to which the file's data is complete: a term
	// with no end is known to run at least until then.
	Snapshot  date.Date `json:"snapshot,omitzero" yaml:"snapshot,omitempty"`
	Sources   []Source  `json:"sources,omitempty" yaml:"sources,omitempty"`
	Countries []Country `json:"countries,omitempty" yaml:"countries,omitempty"`
	Roles     []Role    `json:"roles,omitempty" yaml:"roles,omitempty"`
	Offices   []Office  `json:"offices,omitempty" yaml:"offices,omitempty"`
	Persons   []Person  `json:"persons,omitempty" yaml:"persons,omitempty"`
	Terms     []Term    `json:"terms,omitempty" yaml:"terms,omitempty"`

	// Name is where the file came from (a path, or "embedded:NAME"); it is
	// not part of the file's text.
	Name string `json:"-" yaml:"-"`

	// raw is the text the file was parsed from, kept so that [Validate]
	// can name the line of a faulty row.
	raw []byte
}

// A Source is a public data set or reference that rows cite by ID.
type Source struct {
	ID      string `json:"id" yaml:"id"`
	Title   string `json:"title" yaml:"title"`
	URL     string `json:"url,omitempty" yaml:"url,omitempty"`
	Version string `json:"version,omitempty" yaml:"version,omitempty"` // commit, release or retrieval date
	License string `json:"license,omitempty" yaml:"license,omitempty"`
}

// A Country is a state or an international body that has offices. Forms are
// the words that name it in a title, as written before a role ("Russian",
// "Russia's", "U.S.") or after "of" ("Russia", "the United States").
type Country struct {
	Code  string   `json:"code" yaml:"code"` // ISO 3166-1 alpha-2, or an upper-case ID for bodies ("UN", "EU", "VA")
	Name  string   `json:"name" yaml:"name"`
	Forms []string `json:"forms,omitempty" yaml:"forms,omitempty"`
	// FamilyNameFirst is true where names put the family name first, as
	// English-language news writes them ("Xi Jinping", "Kim Jong Un"): a
	// bare mention of a person holding office only there uses the first
	// word ("President Xi").
	FamilyNameFirst bool   `json:"family_name_first,omitempty" yaml:"family_name_first,omitempty"`
	Source          string `json:"source" yaml:"source"`
}

// A Role is a kind of office independent of country, with the words that
// name it ("Prime Minister", "Premier", "PM").
type Role struct {
	ID    string   `json:"id" yaml:"id"` // snake_case: "prime_minister"
	Name  string   `json:"name" yaml:"name"`
	Forms []string `json:"forms,omitempty" yaml:"forms,omitempty"`
	// Single is true when one person holds an office of this role at a
	// time (a president), false for roles with many holders (a senator, a
	// special envoy). Only single-holder offices can be "held by someone
	// else".
	Single bool   `json:"single" yaml:"single"`
	Source string `json:"source" yaml:"source"`
}

// An Office is a role in a country. Forms are extra words that name the
// whole office at once ("Kremlin spokesman", "White House press
// secretary"), beyond the country and role forms combined.
type Office struct {
	ID      string   `json:"id" yaml:"id"` // COUNTRY/role, e.g. "RU/president"
	Country string   `json:"country" yaml:"country"`
	Role    string   `json:"role" yaml:"role"`
	Name    string   `json:"name" yaml:"name"` // "President of Russia"
	Forms   []string `json:"forms,omitempty" yaml:"forms,omitempty"`
	// DeFacto marks an authority that is not internationally recognised
	// (the Houthi leadership in Yemen).
	DeFacto bool   `json:"de_facto,omitempty" yaml:"de_facto,omitempty"`
	Source  string `json:"source" yaml:"source"`
}

// A Person is someone who held an office. ID is a Wikidata QID where one is
// known ("Q7747"), else a stable local ID.
type Person struct {
	ID      string   `json:"id" yaml:"id"`
	Name    string   `json:"name" yaml:"name"`
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
	// Surname is the name a bare mention uses ("Xi"), when it is not the
	// last word of Name; see also Country.FamilyNameFirst.
	Surname string `json:"surname,omitempty" yaml:"surname,omitempty"`
	Source  string `json:"source" yaml:"source"`
}

// A Term is a person in an office. End is the zero Date while the term runs
// (as of the snapshot). The first and last days both belong to the term:
// on a handover day both the outgoing and the incoming holder are in office.
type Term struct {
	Person string    `json:"person" yaml:"person"`
	Office string    `json:"office" yaml:"office"`
	Start  date.Date `json:"start,omitzero" yaml:"start,omitempty"`
	End    date.Date `json:"end,omitzero" yaml:"end,omitempty"`
	Acting bool      `json:"acting,omitempty" yaml:"acting,omitempty"`
	// Elected is the day the person was elected or designated, when the
	// term was preceded by an "-elect" period.
	Elected date.Date `json:"elected,omitzero" yaml:"elected,omitempty"`
	// Precision is "" when Start and End are known to the day, or "year"
	// when the source gives years only: Start is then January 1 of the first
	// year and End December 31 of the last, and checks treat both years as
	// uncertain.
	Precision string `json:"precision,omitempty" yaml:"precision,omitempty"`
	// Until, on a term with no End, is the last day the source knew the
	// term to be running (the source's own snapshot, older than the KB's):
	// after it the term may have ended without the KB knowing. Zero means
	// the term runs at least until the KB's snapshot.
	Until  date.Date `json:"until,omitzero" yaml:"until,omitempty"`
	Note   string    `json:"note,omitempty" yaml:"note,omitempty"`
	Source string    `json:"source" yaml:"source"`
}
