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
