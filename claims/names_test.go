package claims

import (
	"encoding/json"
	"testing"
)

// The kinds, resolutions and precisions are small numbers that print as
// the words they were before: in text, in fmt and in JSON.
func TestNamedNumbers(t *testing.T) {
	tests := []struct {
		v interface {
			String() string
			MarshalText() ([]byte, error)
		}
		want string
	}{
		{Kind(0), ""},
		{KindTitle, "title"},
		{KindReport, "report"},
		{KindQuote, "quote"},
		{KindNumber, "number"},
		{Kind(200), "kind(200)"},
		{ResolvedNone, ""},
		{ResolvedName, "name"},
		{ResolvedArticle, "article"},
		{ResolvedSurname, "surname"},
		{Resolution(9), "resolution(9)"},
		{PrecisionNone, ""},
		{PrecisionDay, "day"},
		{PrecisionWeek, "week"},
		{PrecisionMonth, "month"},
		{PrecisionYear, "year"},
		{PrecisionWindow, "window"},
		{Precision(77), "precision(77)"},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.v, got, tt.want)
		}
		b, err := json.Marshal(tt.v)
		if want, _ := json.Marshal(tt.want); err != nil || string(b) != string(want) {
			t.Errorf("json.Marshal(%#v) = %s, %v, want %s", tt.v, b, err, want)
		}
	}
}

// The zero Claim and When carry no kind, resolution or precision, as the
// empty strings did.
func TestNamedNumbersZero(t *testing.T) {
	var c Claim
	if c.Kind.String() != "" || c.Resolved.String() != "" || c.When.Precision != PrecisionNone || c.When.Resolved() {
		t.Errorf("zero Claim: kind %q, resolved %q, precision %q", c.Kind, c.Resolved, c.When.Precision)
	}
}
