package kb

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/internal/asciifold"
)

// A KB is merged, indexed knowledge, ready for lookups. It is read-only
// after [New] and safe for concurrent use.
type KB struct {
	snapshot date.Date
	files    []string

	sources   map[string]*Source
	countries map[string]*Country // by code
	roles     map[string]*Role    // by ID
	offices   map[string]*Office  // by ID
	persons   map[string]*Person  // by ID

	countryForm map[string]string    // folded form -> country code
	roleForm    map[string]string    // folded form -> role ID
	officeForm  map[string]string    // folded form -> office ID
	byName      map[string][]string  // folded full name or alias -> person IDs
	nameStarts  map[string]int       // folded first word of a name or alias -> most words of one it starts
	bySurname   map[string][]string  // folded last word of a name -> person IDs
	termsOf     map[string][]*Term   // person ID -> terms, by start
	termsIn     map[string][]*Term   // office ID -> terms, by start
	officeOf    map[[2]string]string // {country, role} -> office ID

	maxFormWords int
	formStarts   map[string][3]int  // folded first word of a form -> most words of a country, role and office form it starts
	formKeys     map[string]formKey // folded form, or its first words -> what it is of each kind

	// The shapes of the keys of formStarts and nameStarts, so that most
	// words are turned away without folding them or hashing.
	formStartShapes, nameStartShapes *wordShapes

	termTexts sync.Map // *Term -> what TermText's caller wrote of it
}

// TermText returns write(t), written once for each term of k and kept
// with k: the knowledge does not change once loaded, and a run's findings
// quote a few terms thousands of times. write must depend only on k and
// t. Safe to call from every goroutine at once.
func (k *KB) TermText(t *Term, write func(*Term) string) string {
	if s, ok := k.termTexts.Load(t); ok {
		return s.(string)
	}
	s, _ := k.termTexts.LoadOrStore(t, write(t))
	return s.(string)
}

// A formKey tells, for a folded run of words, the country, role or office
// it is a form of, and of which kinds a longer form starts with it, so
// that a scanner reading a title word by word knows when to stop.
type formKey struct {
	ids    [3]string // by kind, "" where found is false
	found  [3]bool
	longer [3]bool
}

// New merges files into one KB. Rows of a later file replace rows of an
// earlier one with the same key (a source, country, role, office or person
// ID); terms are added, and a later file's term with the same person, office
// and start replaces the earlier one. The snapshot is the latest of the
// files' snapshots.
//
// New first checks files with [Validate] and fails on its fatal problems.
func New(files ...*File) (*KB, error) {
	if err := fatalProblems(files); err != nil {
		return nil, err
	}
	// The maps are made the size of the rows, which they hold at most (the
	// forms and names about twice that): growing them was half the work.
	var n struct{ sources, countries, roles, offices, persons, terms int }
	for _, f := range files {
		if f != nil {
			n.sources += len(f.Sources)
			n.countries += len(f.Countries)
			n.roles += len(f.Roles)
			n.offices += len(f.Offices)
			n.persons += len(f.Persons)
			n.terms += len(f.Terms)
		}
	}
	k := &KB{
		sources:     make(map[string]*Source, n.sources),
		countries:   make(map[string]*Country, n.countries),
		roles:       make(map[string]*Role, n.roles),
		offices:     make(map[string]*Office, n.offices),
		persons:     make(map[string]*Person, n.persons),
		countryForm: make(map[string]string, 2*n.countries),
		roleForm:    make(map[string]string, 2*n.roles),
		officeForm:  make(map[string]string, 2*n.offices),
		byName:      make(map[string][]string, 2*n.persons),
		nameStarts:  make(map[string]int, n.persons),
		bySurname:   make(map[string][]string, n.persons),
		termsOf:     make(map[string][]*Term, n.persons),
		termsIn:     make(map[string][]*Term, n.offices),
		officeOf:    make(map[[2]string]string, n.offices),
		formStarts:  make(map[string][3]int, n.countries+n.roles+n.offices),
	}
	type termKey struct {
		person, office string
		start          date.Date
	}
	terms := make(map[termKey]*Term, n.terms)
	var order []termKey
	for _, f := range files {
		if f == nil {
			continue
		}
		k.files = append(k.files, f.Name)
		if f.Snapshot.After(k.snapshot) {
			k.snapshot = f.Snapshot
		}
		for i := range f.Sources {
			k.sources[f.Sources[i].ID] = &f.Sources[i]
		}
		for i := range f.Countries {
			k.countries[f.Countries[i].Code] = &f.Countries[i]
		}
		for i := range f.Roles {
			k.roles[f.Roles[i].ID] = &f.Roles[i]
		}
		for i := range f.Offices {
			k.offices[f.Offices[i].ID] = &f.Offices[i]
		}
		for i := range f.Persons {
			p := &f.Persons[i]
			if old, ok := k.persons[p.ID]; ok {
				// A later file may add aliases without repeating the old ones.
				merged := *p
				merged.Aliases = append(slices.Clone(old.Aliases), p.Aliases...)
				p = &merged
			}
			k.persons[p.ID] = p
		}
		for i := range f.Terms {
			t := &f.Terms[i]
			key := termKey{t.Person, t.Office, t.Start}
			if _, ok := terms[key]; !ok {
				order = append(order, key)
			}
			terms[key] = t
		}
	}
	for _, key := range order {
		t := terms[key]
		if _, ok := k.persons[t.Person]; !ok {
			return nil, fmt.Errorf("term of %s in %s from %s: unknown person %q", t.Person, t.Office, t.Start, t.Person)
		}
		if _, ok := k.offices[t.Office]; !ok {
			return nil, fmt.Errorf("term of %s in %s from %s: unknown office %q", t.Person, t.Office, t.Start, t.Office)
		}
		k.termsOf[t.Person] = append(k.termsOf[t.Person], t)
		k.termsIn[t.Office] = append(k.termsIn[t.Office], t)
	}
	byStart := func(a, b *Term) int {
		return cmp.Or(a.Start.Compare(b.Start), strings.Compare(a.Office, b.Office), strings.Compare(a.Person, b.Person))
	}
	for _, ts := range k.termsOf {
		slices.SortFunc(ts, byStart)
	}
	for _, ts := range k.termsIn {
		slices.SortFunc(ts, byStart)
	}

	for _, c := range sortedValues(k.countries) {
		k.addForm(k.countryForm, countryForms, c.Name, c.Code)
		for _, f := range c.Forms {
			k.addForm(k.countryForm, countryForms, f, c.Code)
		}
	}
	for _, r := range sortedValues(k.roles) {
		k.addForm(k.roleForm, roleForms, r.Name, r.ID)
		for _, f := range r.Forms {
			k.addForm(k.roleForm, roleForms, f, r.ID)
		}
	}
	for _, o := range sortedValues(k.offices) {
		if _, ok := k.countries[o.Country]; !ok {
			return nil, fmt.Errorf("office %s: unknown country %q", o.ID, o.Country)
		}
		if _, ok := k.roles[o.Role]; !ok {
			return nil, fmt.Errorf("office %s: unknown role %q", o.ID, o.Role)
		}
		k.officeOf[[2]string{o.Country, o.Role}] = o.ID
		for _, f := range o.Forms {
			k.addForm(k.officeForm, officeForms, f, o.ID)
		}
	}
	k.formKeys = formKeysOf(k.countryForm, k.roleForm, k.officeForm)
	k.formStartShapes = shapesOf(k.formStarts)
	for _, p := range sortedValues(k.persons) {
		familyFirst := k.familyNameFirst(p.ID)
		if p.Surname != "" {
			k.bySurname[Fold(p.Surname)] = appendUnique(k.bySurname[Fold(p.Surname)], p.ID)
		}
		names := append([]string{p.Name}, p.Aliases...)
		for _, n := range names {
			key := Fold(n)
			if key == "" {
				continue
			}
			k.byName[key] = appendUnique(k.byName[key], p.ID)
			words := strings.Fields(key)
			k.nameStarts[words[0]] = max(k.nameStarts[words[0]], len(words))
			if len(words) > 1 && p.Surname == "" {
				surname := words[len(words)-1]
				if familyFirst {
					surname = words[0]
				}
				k.bySurname[surname] = appendUnique(k.bySurname[surname], p.ID)
			}
		}
	}
	k.nameStartShapes = shapesOf(k.nameStarts)
	return k, nil
}

// familyNameFirst reports whether every office the person held is in a
// country whose names put the family name first.
func (k *KB) familyNameFirst(person string) bool {
	ts := k.termsOf[person]
	for _, t := range ts {
		o := k.offices[t.Office]
		if o == nil {
			return false
		}
		c := k.countries[o.Country]
		if c == nil || !c.FamilyNameFirst {
			return false
		}
	}
	return len(ts) > 0
}

// The kinds of form, as indexes of the counts formStarts holds.
const (
	countryForms = iota
	roleForms
	officeForms
)

func (k *KB) addForm(m map[string]string, kind int, form, id string) {
	key := Fold(form)
	if key == "" {
		return
	}
	if _, ok := m[key]; !ok {
		m[key] = id
	}
	words := strings.Fields(key)
	if n := len(words); n > k.maxFormWords {
		k.maxFormWords = n
	}
	n := k.formStarts[words[0]]
	n[kind] = max(n[kind], len(words))
	k.formStarts[words[0]] = n
}

// formKeysOf indexes the forms of each kind (by countryForms, roleForms
// and officeForms) and every run of their first words.
func formKeysOf(kinds ...map[string]string) map[string]formKey {
	keys := map[string]formKey{}
	for kind, m := range kinds {
		for form, id := range m {
			e := keys[form]
			e.ids[kind], e.found[kind] = id, true
			keys[form] = e
			for i := 0; i < len(form); i++ {
				if form[i] == ' ' {
					p := keys[form[:i]]
					p.longer[kind] = true
					keys[form[:i]] = p
				}
			}
		}
	}
	return keys
}

// A wordShapes holds the shapes of the keys of a map made of ASCII
// letters alone: bit l of t[n][f] is set when a key of n letters starts
// with 'a'+f and ends with 'a'+l.
type wordShapes [32][26]uint32

func shapesOf[V any](m map[string]V) *wordShapes {
	var t wordShapes
	for key := range m {
		if len(key) == 0 || len(key) >= len(t) || !lettersOnly(key) {
			continue
		}
		t[len(key)][key[0]-'a'] |= 1 << (key[len(key)-1] - 'a')
	}
	return &t
}

// lettersOnly reports whether w holds ASCII letters alone (of either case).
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// mayHold reports whether Fold(w) may be one of the keys: false only
// when w is ASCII letters alone, which fold to themselves in lower case,
// and no key has its length, first and last letters.
func (t *wordShapes) mayHold(w string) bool {
	n := len(w)
	if n == 0 || n >= len(t) || !lettersOnly(w) {
		return true
	}
	return t[n][w[0]|0x20-'a']&(1<<(w[n-1]|0x20-'a')) != 0
}

func sortedValues[T any](m map[string]*T) []*T {
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	out := make([]*T, len(keys))
	for i, key := range keys {
		out[i] = m[key]
	}
	return out
}

func appendUnique(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// newFolder returns a transformer that removes diacritics. Transformers
// keep state, so each call makes its own: Fold runs on many goroutines.
func newFolder() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

// isFolded reports whether s is already a lookup key: lower-case ASCII
// letters and digits in words joined by single spaces.
func isFolded(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// folders holds folding transformers for reuse: a new chain allocates
// its buffers, and Fold runs on every name-like word of every article.
var folders = sync.Pool{New: func() any { return newFolder() }}

// needsNorm reports whether s holds a rune the folder may change: any
// non-ASCII rune but the punctuation news text is full of, which no
// normalisation touches.
func needsNorm(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '’', '‘', '“', '”', '–', '—', '‐', '‑', '\u00a0', '…', '«', '»':
		default:
			return true
		}
		i += n - 1
	}
	return false
}

// Fold returns the lookup key of a name or form: diacritics removed, lower
// case, dots and apostrophes dropped, hyphens and runs of space made one
// space. "Erdoğan" and "erdogan", "Kim Jong-un" and "Kim Jong Un", "U.S." and
// "US" fold alike.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	var buf [64]byte
	if b, ok := appendFoldFast(buf[:0], s); ok {
		return string(b)
	}
	return foldSlow(s)
}

// foldSlow is Fold for any text, ASCII or not.
func foldSlow(s string) string {
	if needsNorm(s) {
		f := folders.Get().(transform.Transformer)
		if t, _, err := transform.String(f, s); err == nil {
			s = t
		}
		folders.Put(f)
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '‘':
			continue
		case r == '-' || r == '‐' || r == '‑' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch r {
		case 'ı':
			r = 'i'
		case 'ł':
			r = 'l'
		case 'ø':
			r = 'o'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// latinFolds holds, for each rune of Latin-1 and Latin Extended-A and -B
// (U+0080 to U+024F), what [foldSlow] makes of it alone, when that is
// what it makes of it inside any text of such runes and ASCII: an empty
// string for a rune it drops (a quote mark), " " for a word break, else
// the rune less its diacritics, in lower case ("É" → "e"). A rune the
// table does not know ("" with latinKnown false) sends the text to
// foldSlow.
var latinFolds, latinKnown = func() (f [0x250 - 0x80]string, known [0x250 - 0x80]bool) {
	folder := newFolder()
	for r := rune(0x80); r < 0x250; r++ {
		if unicode.IsControl(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		t, _, err := transform.String(folder, string(r))
		folder.Reset()
		if err != nil || utf8.RuneCountInString(t) != 1 {
			continue
		}
		// The rune must decompose into a base and marks only, or not at
		// all, so that no neighbour composes with what remains of it.
		if b, _ := utf8.DecodeRuneInString(t); b >= utf8.RuneSelf && b != r {
			continue
		}
		f[r-0x80], known[r-0x80] = foldSlow(t), true
		if unicode.IsSpace(r) {
			f[r-0x80] = " "
		}
	}
	return f, known
}()

// appendFoldFast appends Fold(s) to dst when s holds only ASCII, the
// punctuation [needsNorm] lets through unnormalised and the runes
// latinFolds knows, and reports whether it did (dst is returned
// unchanged when it did not): Fold without transformers or builders for
// the names and forms of news text ("José", "Russia’s").
func appendFoldFast(dst []byte, s string) ([]byte, bool) {
	start := len(dst)
	dst, n, space := asciifold.AppendPlain(dst, s)
	if n == len(s) {
		return dst, true
	}
	return appendFoldRunes(dst, s, start, n, space)
}

// appendFoldRunes is appendFoldFast for s[from:], dst holding the fold
// of s[:from] from dst[start:] on, and space telling whether a space is
// owed before the next word.
func appendFoldRunes(dst []byte, s string, start, from int, space bool) ([]byte, bool) {
	for i := from; i < len(s); i++ {
		c := s[i]
		var fr string
		if c < utf8.RuneSelf {
			switch c {
			case '.', '\'':
				continue
			case '-', ' ', '\t', '\n', '\v', '\f', '\r':
				space = len(dst) > start
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n - 1
		switch {
		case r == '’' || r == '‘':
			continue
		case r == '‐' || r == '‑':
			space = len(dst) > start
			continue
		case r == '“' || r == '”' || r == '–' || r == '—' || r == '…':
			fr = s[i-n+1 : i+1]
		case r >= 0x80 && r < 0x250 && latinKnown[r-0x80]:
			fr = latinFolds[r-0x80]
		default:
			return dst[:start], false
		}
		switch fr {
		case "":
			continue
		case " ":
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, fr...)
	}
	return dst, true
}

// AppendFold appends [Fold](s) to dst, making no string when s holds
// only the runes appendFoldFast knows, so that a scanner can fold each
// word once into a buffer of its own and look up runs of them with
// [KB.FormKey].
func (k *KB) AppendFold(dst []byte, s string) []byte {
	if b, ok := appendFoldFast(dst, s); ok {
		return b
	}
	return append(dst, foldSlow(s)...)
}

// lookup returns m[Fold(key)], folding ASCII keys on the stack: the
// extractor looks up every name-like word of every article.
func lookup[V any](m map[string]V, key string) (V, bool) {
	var buf [64]byte
	if b, ok := appendFoldFast(buf[:0], key); ok {
		v, found := m[string(b)]
		return v, found
	}
	v, found := m[foldSlow(key)]
	return v, found
}

// Snapshot returns the date up to which the knowledge is complete.
func (k *KB) Snapshot() date.Date { return k.snapshot }

// Files returns the names of the merged files, in merge order.
func (k *KB) Files() []string { return k.files }

// IsFormStart reports whether some country, role or office form starts
// with word, so that a scanner can skip the words that start none.
func (k *KB) IsFormStart(word string) bool {
	if !k.formStartShapes.mayHold(word) {
		return false
	}
	n, _ := lookup(k.formStarts, word)
	return max(n[0], n[1], n[2]) > 0
}

// FormWords returns the most words of a country, role or office form that
// starts with word (folded words: a hyphen splits a word), 0 when none
// does, so that a scanner tries only spans that can match.
func (k *KB) FormWords(word string) int {
	if !k.formStartShapes.mayHold(word) {
		return 0
	}
	n, _ := lookup(k.formStarts, word)
	return max(n[0], n[1], n[2])
}

// FormWordsByKind is FormWords for each kind of form: the most words of a
// country form, of a role form and of an office form that starts with
// word, so that a scanner looks up in each index only the spans that can
// match there.
func (k *KB) FormWordsByKind(word string) (country, role, office int) {
	if !k.formStartShapes.mayHold(word) {
		return 0, 0, 0
	}
	n, _ := lookup(k.formStarts, word)
	return n[countryForms], n[roleForms], n[officeForms]
}

// FormKey looks up a folded run of words (as [AppendFold] makes them,
// joined by single spaces) in the forms of one kind: 0 for countries, 1
// for roles, 2 for offices. It returns the ID or code the words name, if
// they are a form of that kind, and whether a longer form of that kind
// starts with them, so that a scanner can read a title word by word and
// stop when no form goes on.
func (k *KB) FormKey(kind int, key []byte) (id string, found, longer bool) {
	e := k.formKeys[string(key)]
	return e.ids[kind], e.found[kind], e.longer[kind]
}

// MaxFormWords is the largest number of words in any country, role or
// office form, so that a scanner knows how far to look ahead.
func (k *KB) MaxFormWords() int { return k.maxFormWords }

// Source returns the source with the given ID, or nil.
func (k *KB) Source(id string) *Source { return k.sources[id] }

// Person returns the person with the given ID, or nil.
func (k *KB) Person(id string) *Person { return k.persons[id] }

// Office returns the office with the given ID, or nil.
func (k *KB) Office(id string) *Office { return k.offices[id] }

// Role returns the role with the given ID, or nil.
func (k *KB) Role(id string) *Role { return k.roles[id] }

// Country returns the country with the given code, or nil.
func (k *KB) Country(code string) *Country { return k.countries[code] }

// OfficeFor returns the office of a role in a country, or nil.
func (k *KB) OfficeFor(country, role string) *Office {
	return k.offices[k.officeOf[[2]string{country, role}]]
}

// CountryByForm returns the country code named by a form ("Russian",
// "Russia's", "U.S."), matched after [Fold].
func (k *KB) CountryByForm(form string) (string, bool) {
	return lookup(k.countryForm, form)
}

// RoleByForm returns the role ID named by a form ("Prime Minister").
func (k *KB) RoleByForm(form string) (string, bool) {
	return lookup(k.roleForm, form)
}

// OfficeByForm returns the office ID named by a whole-office form ("Kremlin
// spokesman").
func (k *KB) OfficeByForm(form string) (string, bool) {
	return lookup(k.officeForm, form)
}

// PersonsByName returns the IDs of the persons with this full name or
// alias, in ID order. More than one means the name is ambiguous.
func (k *KB) PersonsByName(name string) []string {
	ids, _ := lookup(k.byName, name)
	return ids
}

// NameWords returns the most words of a person's name or alias that
// starts with word (folded words: a hyphen splits a word), 0 when none
// does, so that a scanner looks up only the names that can match.
func (k *KB) NameWords(word string) int {
	if !k.nameStartShapes.mayHold(word) {
		return 0
	}
	n, _ := lookup(k.nameStarts, word)
	return n
}

// PersonsBySurname returns the IDs of the persons whose name or an alias
// ends in this word.
func (k *KB) PersonsBySurname(word string) []string {
	ids, _ := lookup(k.bySurname, word)
	return ids
}

// TermsOf returns the terms a person held, by start date.
func (k *KB) TermsOf(person string) []*Term { return k.termsOf[person] }

// TermsIn returns the terms of an office, by start date.
func (k *KB) TermsIn(office string) []*Term { return k.termsIn[office] }

// Covers reports whether d lies within a term.
func (t *Term) Covers(d date.Date) bool {
	if !t.Start.IsZero() && d.Before(t.Start) {
		return false
	}
	return t.End.IsZero() || !d.After(t.End)
}

// Holders returns the terms of an office that cover d.
func (k *KB) Holders(office string, d date.Date) []*Term {
	var out []*Term
	for _, t := range k.termsIn[office] {
		if t.Covers(d) {
			out = append(out, t)
		}
	}
	return out
}

// Stats counts what the KB holds.
type Stats struct {
	Persons, Offices, Terms, Countries, Roles, Sources int
	Snapshot                                           date.Date
}

// Stats returns the counts of the KB's rows.
func (k *KB) Stats() Stats {
	n := 0
	for _, ts := range k.termsOf {
		n += len(ts)
	}
	return Stats{
		Persons: len(k.persons), Offices: len(k.offices), Terms: n,
		Countries: len(k.countries), Roles: len(k.roles), Sources: len(k.sources),
		Snapshot: k.snapshot,
	}
}
