package rules

import (
	"regexp"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
	"github.com/claimcheck/claimcheck/internal/par"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// The knowledge rules.
var (
	WrongOffice = &Rule{
		Name: "title/wrong-office",
		Doc:  "a person titled with an office they did not hold at the article's date",
		Explain: `A title claim ("Russian Prime Minister Vladimir Putin") is checked at the
article's date against the terms in the knowledge. When the person held no
term of the office named, and the knowledge knows who did hold it, the title
is wrong. The finding names the office the person did hold, and the
holder of the office named. A person or office the knowledge does not
cover gives no finding.`,
		Example: `Russian Prime Minister Vladimir Putin warned… (June 2025: Putin is President of Russia)`,
	}
	WrongCountry = &Rule{
		Name: "title/wrong-country",
		Doc:  "a person titled with the right role of the wrong country",
		Explain: `The person held the role named (president, prime minister…) at the date,
but of another country than the one written: "Ukrainian President Vladimir
Putin".`,
		Example: `Ukrainian President Vladimir Putin said… (Putin is President of Russia)`,
	}
	FormerInOffice = &Rule{
		Name: "title/former-in-office",
		Doc:  "a person called former holder of an office they held at the article's date",
		Explain: `"former" (or "ex-") says the person no longer holds the office. When the
knowledge has the person in that office on the article's date, the title is
wrong. Days at the edge of a term (the handover day and the day after) are
never flagged. "then-President", "the late" and hypothetical uses ("a former
President Trump would…") are not checked.`,
		Example: `…a special envoy from former U.S. President Donald Trump (April 2025: Trump is President)`,
	}
	NotInOffice = &Rule{
		Name: "title/not-in-office",
		Doc:  "a current title for a person who had left the office by the article's date",
		Explain: `An unqualified title ("President Biden") says the person holds the office.
When their last term had ended before the article's date and someone else
held the office, the title is stale. Honorific use of a past title is
common, so the confidence starts low; a sentence that dates itself to the
past (a year before the article's) is not checked.`,
		Example: `President Joe Biden said on Monday… (July 2025: Biden left office on 2025-01-20)`,
	}
	NotYetInOffice = &Rule{
		Name: "title/not-yet-in-office",
		Doc:  "a current title for a person whose term had not begun at the article's date",
		Explain: `An unqualified title for a person whose first term of the office began
after the article's date: the title came too early ("-elect" or "nominee"
would be right).`,
		Example: `Secretary of State Marco Rubio said… (December 2024: Rubio took office on 2025-01-21)`,
	}
	ElectAfterStart = &Rule{
		Name: "title/elect-after-start",
		Doc:  "a person called -elect after their term began",
		Explain: `"President-elect" is right from the election to the start of the term.
After the term has begun, the title is plain "President".`,
		Example: `President-elect Donald Trump (March 2025: in office since 2025-01-20)`,
	}
)

// judgement is the knowledge's verdict on a title claim at one date.
type judgement struct {
	rule     *Rule // nil when the claim is right or cannot be judged
	expected string
	facts    []string
	other    string // who held the office instead, for single-holder offices
	yearOnly bool   // a deciding term is known to the year only
	openEnd  bool   // the verdict relies on a term still running at the snapshot
}

// CheckTitles checks every title claim of the articles against the
// knowledge, at each article's date. The articles are checked on every
// core; the findings come in the order of the articles.
func CheckTitles(k *kb.KB, arts []*claims.Article) []Finding {
	return perArticle(arts, func(a *claims.Article) []Finding { return checkTitles(k, nil, a) })
}

// CheckArticle runs the rules that read one article at a time on a: the
// title checks (CheckTitles) and the time checks (CheckTime). A run may
// call it as each article is extracted, and forget the article's caches
// right after.
func CheckArticle(k *kb.KB, a *claims.Article) (titles, times []Finding) {
	return CheckArticleIn(k, nil, a)
}

// CheckArticleIn is CheckArticle with the findings' evidence lines
// interned in in as they are made (see [Finding.AddIn]): a line in holds
// already, as most are, is never copied.
func CheckArticleIn(k *kb.KB, in *Interner, a *claims.Article) (titles, times []Finding) {
	return checkTitles(k, in, a), checkTime(in, a)
}

// perArticle runs check on each article on every core, and returns the
// findings in the order of the articles.
func perArticle(arts []*claims.Article, check func(*claims.Article) []Finding) []Finding {
	each := make([][]Finding, len(arts))
	par.For(len(arts), func(_, i int) { each[i] = check(arts[i]) })
	return slices.Concat(each...)
}

// checkTitles checks the title claims of one article; the evidence lines
// are interned in in, when it is not nil.
func checkTitles(k *kb.KB, in *Interner, a *claims.Article) []Finding {
	var out []Finding
	// An article dated to the day dates every claim alike: its dating is
	// made once, not once per claim.
	var pub Dating
	// An undated article is dated anew for each claim, which leaves itself
	// out; the dater makes the other claims' windows once.
	dt := dater{k: k, a: a}
	for i := range a.Claims {
		c := &a.Claims[i]
		if c.Kind != claims.KindTitle || c.Person == "" || c.Title.Hypothetical {
			continue
		}
		if c.Title.HasModifier("then") || c.Title.HasModifier("late") {
			continue
		}
		d, ok := pub, true
		if d.Windows == nil {
			d, ok = dt.dating(i)
			if a.Published.Exact() {
				pub = d
			}
		}
		if !ok {
			continue
		}
		if f, ok := checkTitle(k, in, a, c, d); ok {
			out = append(out, f)
		}
	}
	return out
}

func checkTitle(k *kb.KB, in *Interner, a *claims.Article, c *claims.Claim, d Dating) (Finding, bool) {
	// The verdict is constant between term boundaries: judge once per
	// segment of the dating, weighted by the segment's length.
	type seg struct {
		w date.Window
		j judgement
	}
	// The knowledge is looked up once for the claim, and the verdict of
	// each segment is only its rule: the words of the verdict are made for
	// the one segment the finding tells of.
	var officeBuf [4]string
	offices := claimOffices(officeBuf[:0], k, c)
	var segBuf [8]seg
	segs := segBuf[:0]
	var ptBuf [16]date.Date
	for _, w := range d.Windows {
		points := breakpoints(ptBuf[:0], k, c, offices, w)
		for i, p := range points {
			to := w.To
			if i+1 < len(points) {
				to = points[i+1].AddDays(-1)
			}
			segs = append(segs, seg{date.Window{From: p, To: to}, judge(k, c, offices, p, false)})
		}
	}
	// The finding is the verdict that holds on most days; its share of the
	// dating's days is how sure the date makes it.
	total, wrong := 0, 0
	var first *seg
	for i := range segs {
		total += segs[i].w.Days()
		if segs[i].j.rule != nil {
			if first == nil {
				first = &segs[i]
			}
			if segs[i].j.rule == first.j.rule {
				wrong += segs[i].w.Days()
			}
		}
	}
	if first == nil || 2*wrong <= total {
		return Finding{}, false
	}
	j := judge(k, c, offices, first.w.From, true)
	if j.rule == NotInOffice && historical(a, c) {
		return Finding{}, false
	}
	recent := j.rule == NotInOffice && recentContext(a, c)
	f := Finding{
		Rule: j.rule.Name, Actor: c.Canonical, File: a.File, Line: int(c.Line), Column: int(c.Column),
		Excerpt: c.Text, Expected: j.expected, Source: a.Source, Person: c.Person,
		Start: int(c.Start), End: int(c.End), Related: []Location{},
	}
	switch j.rule {
	case WrongOffice, WrongCountry, FormerInOffice, NotYetInOffice:
		f.AddIn(in, wKnowledgeConflict, "knowledge: %s", strings.Join(j.facts, "; "))
	case ElectAfterStart:
		f.AddIn(in, wElectAfterStart, "knowledge: %s", strings.Join(j.facts, "; "))
	case NotInOffice:
		f.AddIn(in, wStaleTitle, "knowledge: %s; a past title is often used of past events", strings.Join(j.facts, "; "))
		if recent {
			f.AddIn(in, wRecentContext, "the sentence tells of the days around publication, when the title was no longer current")
		}
	}
	if j.other != "" {
		f.AddIn(in, wHeldByOther, "the office was held by %s", j.other)
	}
	if j.yearOnly {
		f.AddIn(in, wYearPrecision, "the knowledge gives this term's dates to the year only")
	}
	switch {
	case d.Exact():
		f.AddIn(in, 0, "date: %s (from the %s)", d, d.From)
	case d.Inferred() || strings.Contains(d.From, inferredFrom):
		f.AddIn(in, wInferredDate, "date: the article is undated; %s places it in %s (%d days)", strings.Join(d.Support, "; "), d, d.Days())
		if w := windowWeight(d.Days()); w != 0 {
			f.AddIn(in, w, "date: a window of %d days, not one day", d.Days())
		}
	default:
		f.AddIn(in, windowWeight(d.Days()), "date: %s (from the %s, %d days)", d, d.From, d.Days())
	}
	if w := logShare(wrong, total); w <= -0.05 {
		f.AddIn(in, w, "the title is wrong on %d of the %d days the article may date from", wrong, total)
	} else if !d.Exact() {
		f.AddIn(in, 0, "the title is wrong on %d of the %d days the article may date from", wrong, total)
	}
	if j.openEnd && !d.Windows[len(d.Windows)-1].To.Before(k.Snapshot()) && d.Exact() {
		f.AddIn(in, wAfterSnapshot, "the article is later than the knowledge's snapshot (%s): a change since then is unknown", k.Snapshot())
	}
	if c.Quoted {
		f.AddIn(in, wQuoted, "inside a quotation: the speaker's words, not the source's")
	}
	if c.Caption {
		f.AddIn(in, wCaption, "in a caption or headline")
	}
	if !strings.Contains(c.Name, " ") && !strings.Contains(c.Canonical, " ") {
		f.AddIn(in, wSurnameOnly, "named by surname only")
	}
	return f, true
}

// logShare is the weight of a verdict that holds on part of the days only.
func logShare(part, total int) float64 {
	if part >= total || total == 0 {
		return 0
	}
	x := float64(part) / float64(total)
	return 2 * (x - 1) // -1 at half the days, 0 at all of them
}

// breakpoints appends to pts the days in w where the verdict may change:
// w's first day and the edges of every term of the person and of the
// offices named (claimOffices).
func breakpoints(pts []date.Date, k *kb.KB, c *claims.Claim, offices []string, w date.Window) []date.Date {
	pts = append(pts, w.From)
	if w.From == w.To {
		return pts // one day: no other day to break at
	}
	add := func(d date.Date) {
		if !d.IsZero() && w.Contains(d) {
			pts = append(pts, d)
		}
	}
	edges := func(terms []*kb.Term) {
		for _, t := range terms {
			for off := -1; off <= 2; off++ {
				add(t.Start.AddDays(off))
				add(t.End.AddDays(off))
			}
		}
	}
	edges(k.TermsOf(c.Person))
	for _, o := range offices {
		edges(k.TermsIn(o))
	}
	slices.SortFunc(pts, func(a, b date.Date) int { return a.Compare(b) })
	return slices.Compact(pts)
}

// nearEdge reports whether d is within a day of a term's start or end,
// where handovers (an inauguration at noon) make titles ambiguous.
func nearEdge(t *kb.Term, d date.Date) bool {
	for _, e := range []date.Date{t.Start, t.End} {
		if !e.IsZero() {
			if n := d.Sub(e); n >= -1 && n <= 1 {
				return true
			}
		}
	}
	return false
}

func officeName(k *kb.KB, id string) string {
	if o := k.Office(id); o != nil && o.Name != "" {
		return o.Name
	}
	return id
}

// termText returns the text of term t of the knowledge k, as
// writeTermText writes it, written once per term: a term is told of in
// most facts of the findings about its holder and its office, and a run's
// findings tell of a few terms thousands of times (corpus-1000's 1,160
// title findings write 17 distinct terms).
func termText(k *kb.KB, t *kb.Term) string {
	return k.TermText(t, func(t *kb.Term) string { return writeTermText(k, t) })
}

func writeTermText(k *kb.KB, t *kb.Term) string {
	// Written in one buffer on the stack and copied once.
	var buf [192]byte
	b := append(buf[:0], officeName(k, t.Office)...)
	b = append(b, ' ')
	b = appendDate(b, t.Start)
	b = append(b, " to "...)
	if t.End.IsZero() {
		b = append(b, "present"...)
	} else {
		b = appendDate(b, t.End)
	}
	if t.Acting {
		b = append(b, " (acting)"...)
	}
	if src := k.Source(t.Source); src != nil {
		b = append(b, " ["...)
		b = append(b, src.Title...)
		if src.Version != "" {
			v := src.Version
			if len(v) > 12 {
				v = v[:12]
			}
			b = append(b, " @ "...)
			b = append(b, v...)
		}
		b = append(b, ']')
	} else if t.Source != "" {
		b = append(b, " ["...)
		b = append(b, t.Source...)
		b = append(b, ']')
	}
	return string(b)
}

// judge returns the knowledge's verdict on claim c at date d; offices are
// the claim's (claimOffices). Unless full, the verdict is its rule alone:
// the words that tell of it are left out.
func judge(k *kb.KB, c *claims.Claim, offices []string, d date.Date, full bool) judgement {
	t := c.Title
	terms := k.TermsOf(c.Person)
	name := c.Canonical
	// The terms are listed on the stack: a person holds few.
	var heldAtBuf, heldEverBuf, currentBuf [4]*kb.Term
	heldAt, heldEver := heldAtBuf[:0], heldEverBuf[:0]
	for _, term := range terms {
		if !slices.Contains(offices, term.Office) {
			continue
		}
		heldEver = append(heldEver, term)
		if term.Covers(d) {
			if !known(term, d) {
				return judgement{} // the source stopped watching before d
			}
			heldAt = append(heldAt, term)
		}
		if nearEdge(term, d) {
			return judgement{} // a handover day: no verdict
		}
	}
	yearOnly := func(ts []*kb.Term) bool {
		for _, x := range ts {
			if x.Precision == "year" {
				return true
			}
		}
		return false
	}
	openEnd := func(ts []*kb.Term) bool {
		for _, x := range ts {
			if x.End.IsZero() {
				return true
			}
		}
		return false
	}
	switch {
	case t.HasModifier("former") || t.HasModifier("ex"):
		if len(heldAt) > 0 {
			if !full {
				return judgement{rule: FormerInOffice}
			}
			return judgement{
				rule:     FormerInOffice,
				expected: officeName(k, heldAt[0].Office) + " (in office, not former)",
				facts:    []string{sprintf("%s held %s on %s", name, termText(k, heldAt[0]), d)},
				yearOnly: yearOnly(heldAt), openEnd: openEnd(heldAt),
			}
		}
		return judgement{}
	case t.HasModifier("elect") || t.HasModifier("designate"):
		if len(heldAt) > 0 && d.Sub(heldAt[0].Start) > 1 {
			if !full {
				return judgement{rule: ElectAfterStart}
			}
			return judgement{
				rule:     ElectAfterStart,
				expected: officeName(k, heldAt[0].Office),
				facts:    []string{sprintf("%s's term began on %s: %s", name, heldAt[0].Start, termText(k, heldAt[0]))},
				yearOnly: yearOnly(heldAt),
			}
		}
		return judgement{}
	case len(t.Modifiers) > 0:
		return judgement{} // acting, interim, caretaker…: the knowledge rarely records them
	}
	if len(heldAt) > 0 {
		return judgement{}
	}
	current := currentOffices(currentBuf[:0], k, c.Person, d)

	// The claim names an office the person did not hold at d.
	if len(offices) == 0 {
		// A title without a country, of a role the person never held: judge
		// it in the countries of the person's offices at d.
		if t.Role == "" || t.Country != "" || t.Office != "" {
			return judgement{}
		}
		for _, cur := range current {
			if o := k.OfficeFor(k.Office(cur.Office).Country, t.Role); o != nil {
				offices = append(offices, o.ID)
			}
		}
		if len(offices) == 0 {
			return judgement{}
		}
	}
	office := k.Office(offices[0])
	role := k.Role(office.Role)
	if role == nil || !role.Single {
		return judgement{} // many holders: the knowledge cannot rule it out
	}
	var holders []string
	var holderTerms []*kb.Term
	nHolders := 0
	for _, h := range k.Holders(office.ID, d) {
		if h.Person == c.Person {
			continue
		}
		if nearEdge(h, d) || !known(h, d) {
			return judgement{}
		}
		if p := k.Person(h.Person); p != nil {
			nHolders++
			if full {
				holders = append(holders, p.Name)
				holderTerms = append(holderTerms, h)
			}
		}
	}
	if nHolders == 0 {
		return judgement{} // the knowledge does not know who held it then
	}
	var j judgement
	if full {
		j = judgement{
			other:    strings.Join(holders, ", ") + " (" + termText(k, holderTerms[0]) + ")",
			yearOnly: yearOnly(holderTerms) || yearOnly(heldEver),
			openEnd:  openEnd(holderTerms),
		}
	}
	var lastEnd, firstStart *kb.Term
	for _, x := range heldEver {
		if !x.End.IsZero() && x.End.Before(d) && (lastEnd == nil || x.End.After(lastEnd.End)) {
			lastEnd = x
		}
		if x.Start.After(d) && firstStart == nil {
			firstStart = x
		}
	}
	var past []string
	nPast := 0
	for _, x := range terms {
		if x.Office == office.ID {
			nPast++
			if full {
				past = append(past, termText(k, x))
			}
		}
	}
	switch {
	case c.Resolved == claims.ResolvedSurname && nPast == 0:
		// A bare surname the knowledge resolved, with a title that person
		// never held: most likely someone else of that name.
		return judgement{}
	case firstStart != nil && lastEnd == nil:
		j.rule = NotYetInOffice
		if !full {
			break
		}
		j.expected = officeName(k, office.ID) + "-designate (term from " + firstStart.Start.String() + ")"
		j.facts = []string{sprintf("%s's term began only on %s: %s", name, firstStart.Start, termText(k, firstStart))}
	case lastEnd != nil && len(current) == 0:
		// Retired from public office: the old title is stale, though
		// honorific use of it is common.
		j.rule = NotInOffice
		if !full {
			break
		}
		j.expected = "former " + officeName(k, office.ID)
		j.facts = []string{sprintf("%s's term ended on %s: %s", name, lastEnd.End, termText(k, lastEnd))}
	default:
		j.rule = WrongOffice
		var held []string
		for _, cur := range current {
			if k.Office(cur.Office).Role == office.Role && t.Country != "" {
				j.rule = WrongCountry
			}
			if !full {
				continue
			}
			held = append(held, officeName(k, cur.Office))
			j.facts = append(j.facts, sprintf("%s held %s on %s", name, termText(k, cur), d))
			j.yearOnly = j.yearOnly || cur.Precision == "year"
		}
		if !full {
			break
		}
		if len(held) > 0 {
			j.expected = strings.Join(held, " / ")
		} else {
			j.expected = "not " + officeName(k, office.ID)
		}
		if nPast == 0 {
			j.facts = append(j.facts, sprintf("%s never held %s", name, officeName(k, office.ID)))
		} else {
			j.facts = append(j.facts, sprintf("%s held that office only in earlier terms: %s", name, strings.Join(past, "; ")))
		}
	}
	return j
}

// known reports whether the knowledge vouches for term t on day d: a term
// still running when its source was last read ("until") says nothing of
// later days.
func known(t *kb.Term, d date.Date) bool {
	return !t.End.IsZero() || t.Until.IsZero() || !d.After(t.Until)
}

// currentOffices appends to out the person's terms that cover d.
func currentOffices(out []*kb.Term, k *kb.KB, person string, d date.Date) []*kb.Term {
	for _, t := range k.TermsOf(person) {
		if t.Covers(d) {
			out = append(out, t)
		}
	}
	return out
}

// pastRE marks a sentence that puts what it tells in the past. The rule
// reads it with tellsOfPast, which leaves only rare text to it.
var pastRE = regexp.MustCompile(`(?i)\b(?:earlier this (?:year|month)|last (?:year|month)|in the past|at the time|years? ago|months ago|had been|once)\b`)

// recentContext reports whether the claim's sentence tells of the days
// around publication ("said on Monday"), where a title must be current.
func recentContext(a *claims.Article, c *claims.Claim) bool {
	s := sentence(a, c)
	return tellsOfRecentDays(s) && !tellsOfPast(s)
}

func sentence(a *claims.Article, c *claims.Claim) string {
	from := strings.LastIndexAny(a.Text[:c.Start], ".!?\n") + 1
	end := int(c.End)
	to := end + strings.IndexAny(a.Text[end:], ".!?\n")
	if to < end {
		to = len(a.Text)
	}
	return a.Text[from:to]
}

// historical reports whether the claim's sentence dates itself to a year
// before the article's, where a past title is the right one.
func historical(a *claims.Article, c *claims.Claim) bool {
	s := sentence(a, c)
	year := 0
	if !a.Published.IsZero() {
		year = a.Published.From.Year()
	}
	return earlierYear(s, year)
}
