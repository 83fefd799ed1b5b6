package main

import (
	"github.com/spf13/cobra"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/date"
)

// A dateValue is a YYYY-MM-DD flag value, checked when the flag is parsed.
type dateValue struct{ d date.Date }

func (v *dateValue) String() string { return v.d.String() }
func (v *dateValue) Type() string   { return "YYYY-MM-DD" }
func (v *dateValue) Set(s string) error {
	d, err := date.Parse(s)
	if err != nil {
		return err
	}
	v.d = d
	return nil
}

const (
	dateFlag         = "date"
	dateOverrideFlag = "date-override"
)

// addDateFlags adds --date and --date-override to a command that loads
// articles.
func addDateFlags(cmd *cobra.Command) {
	cmd.Flags().Var(&dateValue{}, dateFlag, "publication `date` (YYYY-MM-DD) for articles that give none")
	cmd.Flags().Var(&dateValue{}, dateOverrideFlag, "publication `date` (YYYY-MM-DD) for every article, over the dates they give")
}

// datePublished returns the function that applies --date and
// --date-override to an article before its claims are extracted: an
// override replaces any date; --date dates an article that has no day.
func datePublished(cmd *cobra.Command) func(*claims.Article) {
	get := func(name string) date.Date {
		if f := cmd.Flags().Lookup(name); f != nil {
			if v, ok := f.Value.(*dateValue); ok {
				return v.d
			}
		}
		return date.Date{}
	}
	def, force := get(dateFlag), get(dateOverrideFlag)
	return func(a *claims.Article) {
		switch {
		case !force.IsZero():
			a.Published, a.PublishedFrom, a.PublishedPrecision = date.Day(force), "--date-override", claims.PrecisionDay
		case !def.IsZero() && !a.Published.Exact():
			a.Published, a.PublishedFrom, a.PublishedPrecision = date.Day(def), "--date", claims.PrecisionDay
		}
	}
}

// prepare is what the pipeline does to each article as it is loaded: date
// it from the flags, then extract its claims (which dates them too).
func prepare(cmd *cobra.Command, extract func(*claims.Article)) func(*claims.Article) {
	setDate := datePublished(cmd)
	return func(a *claims.Article) {
		setDate(a)
		extract(a)
	}
}
