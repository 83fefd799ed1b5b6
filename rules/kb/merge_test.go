package kb

import (
	"slices"
	"testing"
)

// TestMergeRules pins how New merges a user file over the default: the
// rules documented on New and in claimcheck kb --help.
func TestMergeRules(t *testing.T) {
	files, err := DefaultFiles()
	if err != nil {
		t.Fatal(err)
	}
	user := mustParse(t, "user.yaml", `
sources:
  - {id: u, title: "user corrections"}
offices:
  # Replaces the default office with the same ID: a new name and a form.
  - {id: UA/president, country: UA, role: president, name: "President of Ukraine (user)", forms: [Bankova chief], source: u}
  - {id: NATO/secretary_general, country: NATO, role: secretary_general, name: Secretary General of NATO, source: u}
persons:
  # Replaces the default person but keeps the default's aliases.
  - {id: Q3874799, name: Volodymyr Zelensky, aliases: [Vova Zelensky], source: u}
  - {id: Q57792, name: Mark Rutte, source: u}
terms:
  # Same person, office and start as a default term: replaces it (a new end).
  - {person: "wp:Petro_Poroshenko", office: UA/president, start: 2014-06-07, end: 2019-05-19, note: corrected, source: u}
  # A new term: added.
  - {person: Q57792, office: NATO/secretary_general, start: 2024-10-01, source: u}
`)
	k, err := New(append(files, user)...)
	if err != nil {
		t.Fatal(err)
	}
	if got := k.Office("UA/president").Name; got != "President of Ukraine (user)" {
		t.Errorf("office UA/president name = %q, want the user's", got)
	}
	if id, ok := k.OfficeByForm("Bankova chief"); !ok || id != "UA/president" {
		t.Errorf("OfficeByForm(Bankova chief) = %q, %v; want the user's form", id, ok)
	}
	p := k.Person("Q3874799")
	if p.Name != "Volodymyr Zelensky" || p.Source != "u" {
		t.Errorf("person Q3874799 = %+v, want the user's name and source", p)
	}
	for _, alias := range []string{"Zelenskyy", "Zelenskiy", "Vova Zelensky"} {
		if !slices.Contains(k.PersonsByName(alias), "Q3874799") {
			t.Errorf("PersonsByName(%q) lost Q3874799 after the merge", alias)
		}
	}
	var porTerms []*Term
	for _, term := range k.TermsOf("wp:Petro_Poroshenko") {
		if term.Office == "UA/president" {
			porTerms = append(porTerms, term)
		}
	}
	if len(porTerms) != 1 || porTerms[0].End != day(t, "2019-05-19") || porTerms[0].Source != "u" {
		t.Errorf("Poroshenko's terms = %v, want the one user term (same start replaces)", porTerms)
	}
	if got := holderNames(k, "NATO/secretary_general", day(t, "2025-06-01")); !slices.Equal(got, []string{"Mark Rutte"}) {
		t.Errorf("NATO holders = %v, want the user's term added", got)
	}
	// The default's terms of the office are kept alongside the user's.
	if got := holderNames(k, "UA/president", day(t, "2022-03-01")); len(got) != 1 {
		t.Errorf("UA/president holders in 2022 = %v, want the default's one", got)
	}

	// A term with another start is added, not replaced; Validate warns of
	// the overlap in the user's file.
	shifted := mustParse(t, "shifted.yaml", `
sources:
  - {id: u, title: "user corrections"}
terms:
  - {person: "wp:Petro_Poroshenko", office: UA/president, start: 2014-06-01, end: 2019-05-20, source: u}
`)
	var found bool
	for _, err := range Validate(append(files, shifted)...) {
		if p, ok := err.(*Problem); ok && p.File == "shifted.yaml" && !p.Fatal {
			found = true
		}
	}
	if !found {
		t.Errorf("Validate: no overlap warning for a shifted start in shifted.yaml")
	}
	// Later files win over earlier ones, whatever their names.
	a := mustParse(t, "z.yaml", "sources: [{id: u, title: a}]\npersons: [{id: Q57792, name: Mark A, source: u}]\nterms: []\n")
	b := mustParse(t, "a.yaml", "sources: [{id: u, title: b}]\npersons: [{id: Q57792, name: Mark B, source: u}]\n")
	k, err = New(append(files, a, b)...)
	if err != nil {
		t.Fatal(err)
	}
	if got := k.Person("Q57792").Name; got != "Mark B" {
		t.Errorf("after z.yaml then a.yaml, name = %q, want the later file's", got)
	}
}
