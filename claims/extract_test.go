package claims

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/date"
)

// fakeLex is a small Lexicon for tests: a few countries, roles, offices and
// persons, matched after the same folding the extractor uses. It is not the
// knowledge base.
type fakeLex struct {
	countries, roles, offices map[string]string
	persons                   map[string]string   // ID -> display name
	names                     map[string][]string // folded name or alias -> IDs
}

func newFakeLex() *fakeLex {
	l := &fakeLex{
		countries: map[string]string{
			"russia": "RU", "russian": "RU", "us": "US", "united states": "US", "american": "US",
			"ukraine": "UA", "ukrainian": "UA", "iran": "IR", "iranian": "IR",
		},
		roles: map[string]string{
			"president": "president", "prime minister": "prime_minister", "chief of staff": "chief_of_staff",
			"spokesman": "spokesperson", "spokesperson": "spokesperson", "foreign minister": "foreign_minister",
			"senator": "senator",
		},
		offices: map[string]string{
			"kremlin spokesman": "RU/press_secretary", "kremlin spokesperson": "RU/press_secretary",
		},
		persons: map[string]string{},
		names:   map[string][]string{},
	}
	for _, p := range []struct {
		id, name string
		aliases  []string
	}{
		{"Q7747", "Vladimir Putin", []string{"Vladimir Vladimirovich Putin"}},
		{"Q22686", "Donald Trump", []string{"Donald J. Trump"}},
		{"Q76", "Barack Obama", nil},
		{"Q6279", "Joe Biden", []string{"Joseph Biden"}},
		{"Q3874799", "Volodymyr Zelensky", []string{"Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelenskyy", "Zelenskiy"}},
		{"Q4160919", "Dmitry Peskov", nil},
		{"Q4348020", "Andriy Yermak", []string{"Andriy Yermak"}},
		{"Q4059187", "Alexander Novak", nil},
		{"Q100", "Mike Johnson", nil},
		{"Q101", "Boris Johnson", nil},
	} {
		l.persons[p.id] = p.name
		for _, n := range append([]string{p.name}, p.aliases...) {
			k := fold(n)
			if !slices.Contains(l.names[k], p.id) {
				l.names[k] = append(l.names[k], p.id)
			}
		}
	}
	return l
}

func (l *fakeLex) CountryByForm(f string) (string, bool) { v, ok := l.countries[fold(f)]; return v, ok }
func (l *fakeLex) RoleByForm(f string) (string, bool)    { v, ok := l.roles[fold(f)]; return v, ok }
func (l *fakeLex) OfficeByForm(f string) (string, bool)  { v, ok := l.offices[fold(f)]; return v, ok }
func (l *fakeLex) PersonsByName(n string) []string       { return l.names[fold(n)] }
func (l *fakeLex) PersonName(id string) string           { return l.persons[id] }
func (l *fakeLex) MaxFormWords() int                     { return 3 }

func (l *fakeLex) PersonsBySurname(w string) []string {
	w = fold(w)
	var out []string
	for id, n := range l.persons {
		if ws := strings.Fields(fold(n)); ws[len(ws)-1] == w {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

var testLex Lexicon = newFakeLex()

// checkClaims checks the invariants of every claim: offsets slice back to
// the text, and line and column are the position of Start.
func checkClaims(t testing.TB, a *Article) {
	t.Helper()
	for _, c := range a.Claims {
		if c.Start < 0 || c.Start > c.End || int(c.End) > len(a.Text) {
			t.Fatalf("claim %q: offsets [%d:%d] outside the text (%d bytes)", c.Text, c.Start, c.End, len(a.Text))
		}
		if got := a.Text[c.Start:c.End]; got != c.Text {
			t.Errorf("text[%d:%d] = %q, want c.Text %q", c.Start, c.End, got, c.Text)
		}
		if c.Line < 1 || c.Column < 1 {
			t.Errorf("claim %q at %d:%d, want a 1-based position", c.Text, c.Line, c.Column)
		}
		if line, col := a.Position(int(c.Start)); line != int(c.Line) || col != int(c.Column) {
			t.Errorf("claim %q at %d:%d, want Position(%d) = %d:%d", c.Text, c.Line, c.Column, c.Start, line, col)
		}
		if (c.Kind == KindTitle) != (c.Title != nil) || (c.Kind == KindReport) != (c.Report != nil) {
			t.Errorf("claim %q: kind %s with Title %v and Report %v", c.Text, c.Kind, c.Title, c.Report)
		}
	}
}

// extract loads text as one article published on 2025-04-25 (a Friday)
// and extracts its claims with the fake lexicon.
func extract(t *testing.T, text string) *Article {
	t.Helper()
	a := loadOne(t, "a.txt", "source: Test\npublished: 2025-04-25\n---\n"+text)
	Extract(a, testLex)
	checkClaims(t, a)
	return a
}

func titleClaims(a *Article) []Claim {
	var out []Claim
	for _, c := range a.Claims {
		if c.Kind == KindTitle {
			out = append(out, c)
		}
	}
	return out
}

func reportClaims(a *Article) []Claim {
	var out []Claim
	for _, c := range a.Claims {
		if c.Kind == KindReport {
			out = append(out, c)
		}
	}
	return out
}

// wantTitle is what a test expects of one title claim.
type wantTitle struct {
	text         string // the claim's text
	person       string
	name         string
	resolved     string
	country      string
	role         string
	office       string
	mods         []string
	quoted       bool
	hypothetical bool
	appositive   bool
}

func TestExtractTitles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantTitle // every title claim, in order
	}{
		{
			"country, role and full name",
			"Russian President Vladimir Putin met the envoy in Moscow on Thursday.",
			[]wantTitle{{text: "Russian President Vladimir Putin", person: "Q7747", name: "Vladimir Putin", resolved: "name", country: "RU", role: "president"}},
		},
		{
			"former",
			"The envoy carried a message from former U.S. President Donald Trump to the Kremlin.",
			[]wantTitle{{text: "former U.S. President Donald Trump", person: "Q22686", name: "Donald Trump", resolved: "name", country: "US", role: "president", mods: []string{"former"}}},
		},
		{
			"then-",
			"The deal was signed by then-President Barack Obama in 2015.",
			[]wantTitle{{text: "then-President Barack Obama", person: "Q76", name: "Barack Obama", resolved: "name", role: "president", mods: []string{"then"}}},
		},
		{
			"-elect",
			"President-elect Joe Biden named his cabinet on Monday.",
			[]wantTitle{{text: "President-elect Joe Biden", person: "Q6279", name: "Joe Biden", resolved: "name", role: "president", mods: []string{"elect"}}},
		},
		{
			"whole-office form",
			"Kremlin spokesman Dmitry Peskov told reporters there were no plans.",
			[]wantTitle{{text: "Kremlin spokesman Dmitry Peskov", person: "Q4160919", name: "Dmitry Peskov", resolved: "name", office: "RU/press_secretary"}},
		},
		{
			"appositive with of NAME",
			"In Washington, Andriy Yermak, the chief of staff of Volodymyr Zelensky, said he met officials.",
			[]wantTitle{{text: "Andriy Yermak, the chief of staff of Volodymyr Zelensky", person: "Q4348020", name: "Andriy Yermak", resolved: "name", role: "chief_of_staff", appositive: true}},
		},
		{
			"appositive with a country",
			"Vladimir Putin, the Russian president, said nothing.",
			[]wantTitle{{text: "Vladimir Putin, the Russian president", person: "Q7747", name: "Vladimir Putin", resolved: "name", country: "RU", role: "president", appositive: true}},
		},
		{
			"surname after a full mention",
			"Russian President Vladimir Putin spoke first. Later, President Putin said the talks would go on.",
			[]wantTitle{
				{text: "Russian President Vladimir Putin", person: "Q7747", name: "Vladimir Putin", resolved: "name", country: "RU", role: "president"},
				{text: "President Putin", person: "Q7747", name: "Putin", resolved: "article", role: "president"},
			},
		},
		{
			"surname before the full mention",
			"President Putin spoke first. Later, Russian President Vladimir Putin said the talks would go on.",
			[]wantTitle{
				{text: "President Putin", person: "Q7747", name: "Putin", resolved: "article", role: "president"},
				{text: "Russian President Vladimir Putin", person: "Q7747", name: "Vladimir Putin", resolved: "name", country: "RU", role: "president"},
			},
		},
		{
			"quoted title",
			"Trump said of the call: “President Putin did say, and very strongly, that he has to respond.”",
			[]wantTitle{{text: "President Putin", person: "Q7747", name: "Putin", resolved: "surname", role: "president", quoted: true}},
		},
		{
			"quoted title, straight quotes",
			`Trump said: "President Putin did say that he has to respond." Then he left.`,
			[]wantTitle{{text: "President Putin", person: "Q7747", name: "Putin", resolved: "surname", role: "president", quoted: true}},
		},
		{
			"hypothetical",
			"Critics asked what a former President Trump would do about tariffs.",
			[]wantTitle{{text: "former President Trump", person: "Q22686", name: "Trump", resolved: "surname", role: "president", mods: []string{"former"}, hypothetical: true}},
		},
		{
			"embassy is no title",
			"Two Iranians walk past a mural on the wall of the former American embassy in Tehran.",
			nil,
		},
		{
			"deputy prime minister is no prime minister",
			"Deputy Prime Minister Alexander Novak said oil output would rise. Russian Deputy Prime Minister Alexander Novak agreed.",
			nil,
		},
		{
			"Jr. is not his father",
			"Former President Donald Trump Jr. spoke at the rally.",
			[]wantTitle{{text: "Former President Donald Trump Jr.", name: "Donald Trump Jr.", role: "president", mods: []string{"former"}}},
		},
		{
			"ambiguous surname",
			"Senator Johnson said the bill would pass.",
			nil, // checked below: candidates, no person
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extract(t, tt.text)
			got := titleClaims(a)
			if tt.name == "ambiguous surname" {
				if len(got) != 1 || got[0].Person != "" || !slices.Equal(got[0].Candidates, []string{"Q100", "Q101"}) {
					t.Errorf("Extract(%q) = %s, want one claim with candidates [Q100 Q101]", tt.text, dump(got))
				}
				return
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) = %s, want %d title claims", tt.text, dump(got), len(tt.want))
			}
			for i, c := range got {
				w := tt.want[i]
				ti := c.Title
				if c.Text != w.text || c.Person != w.person || c.Name != w.name || c.Resolved.String() != w.resolved ||
					ti.Country != w.country || ti.Role != w.role || ti.Office != w.office || !slices.Equal(ti.Modifiers, w.mods) ||
					c.Quoted != w.quoted || ti.Hypothetical != w.hypothetical || ti.Appositive != w.appositive {
					t.Errorf("Extract(%q) claim %d = %s\nwant %+v", tt.text, i, dump([]Claim{c}), w)
				}
				if off := strings.Index(a.Text, w.text); int(c.Start) != off {
					t.Errorf("Extract(%q) claim %d starts at %d, want %d", tt.text, i, c.Start, off)
				}
			}
		})
	}
}

func dump(cs []Claim) string {
	var b strings.Builder
	b.WriteString("[")
	for _, c := range cs {
		b.WriteString("\n\t{")
		b.WriteString(c.Kind.String() + " " + strconvQuote(c.Text) + " person=" + c.Person + " name=" + strconvQuote(c.Name) + " resolved=" + c.Resolved.String())
		if c.Candidates != nil {
			b.WriteString(" cands=" + strings.Join(c.Candidates, ","))
		}
		if c.Quoted {
			b.WriteString(" quoted")
		}
		if ti := c.Title; ti != nil {
			b.WriteString(" written=" + strconvQuote(ti.Written) + " country=" + ti.Country + " role=" + ti.Role + " office=" + ti.Office + " mods=" + strings.Join(ti.Modifiers, ","))
			if ti.Hypothetical {
				b.WriteString(" hypothetical")
			}
			if ti.Appositive {
				b.WriteString(" appositive")
			}
		}
		if r := c.Report; r != nil {
			b.WriteString(" reporter=" + strconvQuote(r.Reporter) + " key=" + r.Key + " verb=" + r.Verb + " when=" + strconvQuote(r.When) + " day=" + r.Day.String() + " content=" + strconvQuote(r.Content))
		}
		b.WriteString("}")
	}
	b.WriteString("]")
	return b.String()
}

func strconvQuote(s string) string { return "\"" + s + "\"" }

func TestExtractAliases(t *testing.T) {
	text := "Ukrainian President Volodymyr Zelensky met envoys. President Zelenskiy said talks would go on. " +
		"Later, Ukrainian President Volodymyr Zelenskyy spoke again. President Zelensky left."
	a := extract(t, text)
	got := titleClaims(a)
	if len(got) != 4 {
		t.Fatalf("Extract(%q) = %s, want 4 title claims", text, dump(got))
	}
	for _, c := range got {
		if c.Person != "Q3874799" {
			t.Errorf("Extract(%q) claim %q person = %q, want Q3874799", text, c.Text, c.Person)
		}
	}
}

func TestExtractReports(t *testing.T) {
	type want struct {
		text, reporter, key, verb, when string
		weekday                         int
		day                             date.Window
		content                         string
		person                          string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			"reported on WEEKDAY that",
			"NBC News reported on Thursday that Trump's inner circle is advising him not to speak to Putin again.",
			[]want{{"NBC News reported on Thursday", "NBC News", "nbc", "reported", "on Thursday", int(time.Thursday), day(2025, 4, 24),
				"Trump's inner circle is advising him not to speak to Putin again.", ""}},
		},
		{
			"attribution closes the sentence",
			"White House officials have advised Trump not to speak with Putin, NBC News reported Friday, citing two sources.",
			[]want{{"NBC News reported Friday", "NBC News", "nbc", "reported", "Friday", int(time.Friday), day(2025, 4, 25),
				"White House officials have advised Trump not to speak with Putin", ""}},
		},
		{
			"weekday before the verb",
			"The Wall Street Journal on Tuesday reported that the talks had stalled.",
			[]want{{"The Wall Street Journal on Tuesday reported", "The Wall Street Journal", "wall street journal", "reported", "on Tuesday", int(time.Tuesday), day(2025, 4, 22),
				"the talks had stalled.", ""}},
		},
		{
			"told reporters",
			"Kremlin spokesman Dmitry Peskov spoke on Friday. Peskov told reporters: there are no plans.",
			[]want{{"Peskov told reporters", "Peskov", "peskov", "told", "", -1, date.Window{}, "there are no plans.", "Q4160919"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extract(t, tt.text)
			got := reportClaims(a)
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) reports = %s, want %d", tt.text, dump(got), len(tt.want))
			}
			for i, c := range got {
				w, r := tt.want[i], c.Report
				if c.Text != w.text || r.Reporter != w.reporter || r.Key != w.key || r.Verb != w.verb || r.When != w.when ||
					r.Weekday != w.weekday || r.Day != w.day || r.Content != w.content || c.Person != w.person {
					t.Errorf("Extract(%q) report %d = %s\nwant %+v", tt.text, i, dump([]Claim{c}), w)
				}
			}
		})
	}
}

// TestExtractSeedShape runs the extractor over a paragraph shaped like the
// scraped seeds and checks every invariant and the claims it must find.
func TestExtractSeedShape(t *testing.T) {
	text := `Kremlin Says No Plans For A Call

The Kremlin said on Friday that Russian President Vladimir Putin and US President Donald Trump had no plans to talk.

NBC News reported on Thursday that Trump's inner circle is advising him not to speak to Putin again.

Asked on Friday whether Putin and Trump would now speak by phone, Kremlin spokesman Dmitry Peskov told reporters: "No, there are no plans."

Trump previously said he was "pissed off" with Putin due to remarks about Ukrainian President Volodymyr Zelenskiy.`
	a := extract(t, text)
	var got []string
	for _, c := range a.Claims {
		got = append(got, c.Kind.String()+":"+c.Text)
	}
	for _, w := range []string{
		"title:Russian President Vladimir Putin",
		"title:US President Donald Trump",
		"report:NBC News reported on Thursday",
		"title:Kremlin spokesman Dmitry Peskov",
		"title:Ukrainian President Volodymyr Zelenskiy",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("Extract(seed shape) = %q, want it to hold %q", got, w)
		}
	}
}

// startLex is the fake lexicon with the optional IsFormStart fast path,
// answering as the knowledge base does: for the first folded word of a form.
type startLex struct{ *fakeLex }

func (l startLex) IsFormStart(word string) bool {
	w := fold(word)
	for _, m := range []map[string]string{l.countries, l.roles, l.offices} {
		for f := range m {
			if strings.Fields(f)[0] == w {
				return true
			}
		}
	}
	return false
}

// TestExtractFormStart checks that a lexicon with IsFormStart finds the
// same claims as one without, hyphenated titles included.
func TestExtractFormStart(t *testing.T) {
	plain := newFakeLex()
	plain.roles["vice president"] = "vice_president"
	plain.roles["secretary general"] = "secretary_general"
	plain.persons["Q200"] = "JD Vance"
	plain.names["jd vance"] = []string{"Q200"}
	text := "Russian President Vladimir Putin met US Vice-President JD Vance. Then-President Barack Obama and President-elect Joe Biden spoke."
	for _, lex := range []Lexicon{plain, startLex{plain}} {
		a := loadOne(t, "a.txt", text)
		Extract(a, lex)
		checkClaims(t, a)
		var got []string
		for _, c := range titleClaims(a) {
			got = append(got, c.Text+"/"+c.Title.Role)
		}
		want := []string{"Russian President Vladimir Putin/president", "US Vice-President JD Vance/vice_president",
			"Then-President Barack Obama/president", "President-elect Joe Biden/president"}
		if !slices.Equal(got, want) {
			t.Errorf("Extract(%q) with %T = %q, want %q", text, lex, got, want)
		}
	}
}

// TestDropCaches wants Position and ArticleWhens to answer the same after
// the caches are dropped.
func TestDropCaches(t *testing.T) {
	a := extract(t, "President Vladimir Putin said on Thursday that talks would go on.\nThey met last week.\n")
	ws := ArticleWhens(a)
	if len(ws) == 0 {
		t.Fatal("no date phrases found")
	}
	var lines [][2]int
	for _, w := range ws {
		l, c := a.Position(int(w.Start))
		lines = append(lines, [2]int{l, c})
	}
	a.DropCaches()
	if got := ArticleWhens(a); !reflect.DeepEqual(got, ws) {
		t.Errorf("after DropCaches, ArticleWhens = %v, want %v", got, ws)
	}
	for i, w := range ws {
		if l, c := a.Position(int(w.Start)); [2]int{l, c} != lines[i] {
			t.Errorf("after DropCaches, Position(%d) = %d:%d, want %d:%d", w.Start, l, c, lines[i][0], lines[i][1])
		}
	}
}
