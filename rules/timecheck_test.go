package rules

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

func TestCheckTime(t *testing.T) {
	const hdr = "source: Wire\npublished: 2025-05-20\n---\n"
	tests := []struct {
		name, text string
		want       string // the rule of the one finding, "" for none
	}{
		{"weekday mismatch", hdr + "The two ministers met on Friday, March 3, 2025, in Geneva to discuss the truce.", "time/weekday-mismatch"},
		{"weekday matches", hdr + "The two ministers met on Monday, March 3, 2025, in Geneva to discuss the truce.", ""},
		{"weekday mismatch without year", hdr + "The two ministers met on Friday, May 12, in Geneva to discuss the truce.", "time/weekday-mismatch"},
		{"weekday without year, undated article", "The two ministers met on Friday, May 12, in Geneva to discuss the truce.", ""},
		{"weekday and date apart", hdr + "On Friday, officials said the talks of March 3, 2025 had failed.", ""},
		{"future past", hdr + "The two leaders met on May 30, 2025 in Geneva, officials said.", "time/future-past"},
		{"future past, near", hdr + "The two leaders met on May 25, 2025 in Geneva, officials said.", "time/future-past"},
		{"future told ahead", hdr + "The two leaders will meet on May 30, 2025 in Geneva, officials said.", ""},
		{"scheduled", hdr + "The summit was scheduled for May 30, 2025 in Geneva.", ""},
		{"deadline", hdr + "Negotiators were given until June 30, 2025 to agree.", ""},
		{"postponed", hdr + "The vote was postponed to June 3, 2025, officials said.", ""},
		{"a day after publication", hdr + "The two leaders met on May 21, 2025 in Geneva, officials said.", ""},
		{"past date", hdr + "The two leaders met on May 3, 2025 in Geneva, officials said.", ""},
		{"no year", hdr + "The two leaders met on May 30 in Geneva, officials said.", ""},
		{"quoted", hdr + "“We met on May 30, 2025,” the minister said, misremembering.", ""},
		{"undated article", "The two leaders met on May 30, 2025 in Geneva, officials said.", ""},
		{"relative phrase", hdr + "The two leaders met next week in Geneva, officials said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := claims.Load("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			fs := CheckTime(arts)
			switch {
			case tt.want == "" && len(fs) > 0:
				t.Errorf("CheckTime(%q) = %v, want none", tt.text, fs)
			case tt.want != "" && (len(fs) != 1 || fs[0].Rule != tt.want):
				t.Errorf("CheckTime(%q) = %v, want one %s", tt.text, fs, tt.want)
			}
			for i := range fs {
				fs[i].Score()
				if fs[i].Confidence < 0.5 && tt.name != "weekday mismatch without year" && tt.name != "future past, near" {
					t.Errorf("%s: confidence %.2f, want at least 0.5: %v", tt.name, fs[i].Confidence, fs[i].Evidence)
				}
			}
		})
	}
}
