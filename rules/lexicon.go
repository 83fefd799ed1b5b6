package rules

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules/kb"
)

// Lexicon returns the knowledge k as the word lists the claim extractor
// needs.
func Lexicon(k *kb.KB) claims.Lexicon { return lexicon{k} }

type lexicon struct{ *kb.KB }

func (l lexicon) PersonName(id string) string {
	if p := l.Person(id); p != nil {
		return p.Name
	}
	return ""
}
