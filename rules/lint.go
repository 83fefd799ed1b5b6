package rules

// SuppressionWithoutReason is reported by "claimcheck lint" for an inline
// suppression that gives no reason.
var SuppressionWithoutReason = &Rule{
	Name: "lint/suppression-without-reason",
	Doc:  "an inline claimcheck-ignore comment that gives no reason",
	Explain: `A draft may silence a finding on the next line with a comment that names
the rule and says why: <!-- claimcheck-ignore title/former-in-office:
quoting the 2023 headline -->. A suppression without a reason after the
colon is reported instead of honoured, so that every silenced finding is
explained to the next editor.`,
	Example: `<!-- claimcheck-ignore title/former-in-office -->`,
}
