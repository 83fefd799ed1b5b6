package rules

// The cross-source rules. Package compare runs them; they are declared here
// so that one registry documents every rule.
var (
	TitleInArticle = &Rule{
		Name: "compare/title-in-article",
		Doc:  "one person titled in conflicting ways inside one article",
		Explain: `Inside one article the same person is called "former" holder of an office
and, elsewhere, its current holder ("former U.S. President Donald Trump", then
"President Trump"), or given two single-holder roles of the same country.
One of the two is wrong; when the knowledge decides which, the finding is
the knowledge's, with this conflict as supporting evidence.`,
		Example: `former U.S. President Donald Trump … President Trump said (same article)`,
	}
	TitleOutlier = &Rule{
		Name: "compare/title-outlier",
		Doc:  "a source titles a person differently from the other sources on the same days",
		Explain: `Title claims about one person are grouped by date (within a week). When
independent sources agree on one office and one source writes a conflicting
one, the outlier is reported with the vote in its evidence.`,
		Example: `four sources: "President Putin"; one: "Prime Minister Putin" (same week)`,
	}
	ReportDate = &Rule{
		Name: "compare/report-date",
		Doc:  "the same report dated differently by two sources",
		Explain: `Report claims ("NBC News reported on Thursday that…") are grouped by
reporter; two with matching content are the same report. When their dates
differ (weekdays, or days once resolved against publication dates), the
sources contradict each other. A report has one date, so "Thursday" and
"Friday" cannot both be right; time zones can shift a late report by a
day, which lowers the confidence for adjacent days.`,
		Example: `NBC News reported on Thursday… / NBC News reported Friday… (same report)`,
	}
)

// The rules that compare quotations and numbers across sources.
var (
	QuoteWording = &Rule{
		Name: "compare/quote-wording",
		Doc:  "one quotation worded differently by two sources",
		Explain: `Quotations of the same event are matched across independent sources
(most of the shorter one's words in order in the longer). A trimmed quote is
no difference; changed words are, shown as a word diff ([-dropped-]
{+added+}). A dropped or added negation weighs most, a changed number next,
content words less, and words such as "very" or "the" not at all.`,
		Example: `“We will not raise taxes” / “We will raise taxes” (same minister, same day)`,
	}
	QuoteSpeaker = &Rule{
		Name: "compare/quote-speaker",
		Doc:  "the same quotation attributed to different speakers",
		Explain: `The same words (80% or more in order) are given to one speaker by one
source and to another by another. Quotes whose speaker is only a pronoun
are not compared.`,
		Example: `“No, there are no plans” — Peskov (one source) / Ushakov (another)`,
	}
	QuoteParaphrase = &Rule{
		Name: "compare/quote-paraphrase",
		Doc:  "a paraphrase presented as a direct quotation",
		Explain: `Quotation marks promise the speaker's exact words. A quotation whose words
speak of the speaker in the third person ("Zelensky is ready," Zelensky
said), or whose statement other independent sources of the same event give
only as reported speech, reads as a paraphrase put in quotation marks. The
evidence is circumstantial, so the confidence stays moderate.`,
		Example: `“Zelensky is ready to meet Putin in any format,” Zelensky said`,
	}
	Attribution = &Rule{
		Name: "compare/attribution",
		Doc:  "one statement attributed to different reporters by different sources",
		Explain: `Report claims ("the Kremlin said…", "Peskov told reporters…") of the same
event are matched across independent sources by their content (80% of the
smaller statement's content words shared, and no two different days named).
When the same statement is
given to different reporters (the Kremlin in one source, the White House
in another), the sources disagree about who said it. Two parties often say
similar things, so one source against one stays below even odds.`,
		Example: `the Kremlin said the call lasted 90 minutes / the White House said the call lasted 90 minutes`,
	}
	NumberMismatch = &Rule{
		Name: "compare/number-mismatch",
		Doc:  "numbers that disagree for the same thing in the same event and days",
		Explain: `Quantities tied to what they count ("three rounds of talks", "the call
lasted 70 minutes", "$60 billion") are compared within one event, between
articles published within two days of each other, after scale and units
are normalised. Hedges widen a number ("about" ±15%, "at least", "more
than", "up to"); rounding is tolerated. A number that changed over time
(three rounds by May, five by June) is never compared across dates.`,
		Example: `the call lasted 70 minutes / the call lasted 90 minutes`,
	}
)

// All is the registry of rules, in display order.
var All = []*Rule{
	WrongOffice,
	WrongCountry,
	FormerInOffice,
	NotInOffice,
	NotYetInOffice,
	ElectAfterStart,
	TitleInArticle,
	TitleOutlier,
	ReportDate,
	QuoteWording,
	QuoteSpeaker,
	QuoteParaphrase,
	Attribution,
	NumberMismatch,
	WeekdayMismatch,
	FuturePast,
	SuppressionWithoutReason,
}

// ByName returns the rule with the given name, or nil.
func ByName(name string) *Rule {
	for _, r := range All {
		if r.Name == name {
			return r
		}
	}
	return nil
}
