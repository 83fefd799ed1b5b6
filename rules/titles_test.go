package rules

import (
	"fmt"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/rules/kb"
)

func defaultKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// check extracts the claims of one sentence published on day and returns
// the findings of the knowledge rules on it.
func check(t testing.TB, k *kb.KB, sentence, day string) []Finding {
	t.Helper()
	text := fmt.Sprintf("source: Test\npublished: %s\n---\n%s\n", day, sentence)
	arts, err := claims.Load("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		claims.Extract(a, Lexicon(k))
	}
	fs := CheckTitles(k, arts)
	for i := range fs {
		fs[i].Score()
	}
	return fs
}

func TestCheckTitles(t *testing.T) {
	k := defaultKB(t)
	tests := []struct {
		sentence, day string
		want          string // rule name, or "" for no finding
	}{
		// Wrong office, and its historical twin.
		{"Russian Prime Minister Vladimir Putin said the drone attacks would be answered.", "2025-06-04", "title/wrong-office"},
		{"Russian Prime Minister Vladimir Putin visited a car plant.", "2010-03-01", ""},
		{"Russian President Vladimir Putin visited a car plant.", "2010-03-01", "title/wrong-office"},
		{"Russian President Vladimir Putin met the envoy.", "2025-04-25", ""},
		{"President Putin met the envoy.", "2025-04-25", ""},
		{"Prime Minister Putin met the envoy.", "2025-04-25", "title/wrong-office"},
		// Wrong country.
		{"Ukrainian President Vladimir Putin met the envoy.", "2025-04-25", "title/wrong-country"},
		// Former while in office, and twins.
		{"An envoy of former U.S. President Donald Trump met Putin.", "2025-04-25", "title/former-in-office"},
		{"Former U.S. President Donald Trump held a rally on Saturday.", "2023-05-01", ""},
		{"Former U.S. President Donald Trump held a rally on Saturday.", "2019-05-01", "title/former-in-office"},
		{"The deal was signed by then-President Barack Obama.", "2025-04-25", ""},
		{"Analysts asked whether a former President Trump would act.", "2025-04-25", ""},
		{"Two Iranians walk past the former American embassy in Tehran.", "2025-05-08", ""},
		{"Former President Barack Obama spoke at the event on Monday.", "2018-05-01", ""},
		// Handover days are never flagged.
		{"Former U.S. President Donald Trump left Washington.", "2025-01-20", ""},
		{"Former U.S. President Donald Trump left Washington.", "2025-01-21", ""},
		{"President Donald Trump took the oath of office.", "2017-01-20", ""},
		// Elect.
		{"President-elect Donald Trump said on Tuesday that tariffs would come.", "2025-03-04", "title/elect-after-start"},
		{"President-elect Donald Trump said on Monday he would name nominees.", "2024-12-10", ""},
		// Not yet in office.
		{"Secretary of State Marco Rubio said on Monday he would visit Panama.", "2024-12-10", "title/not-yet-in-office"},
		{"Secretary of State Marco Rubio said on Sunday he had visited Panama.", "2025-02-03", ""},
		// Stale titles: only about the days around publication.
		{"President Joe Biden said on Monday that he would campaign this autumn.", "2025-07-15", "title/not-in-office"},
		{"The program was created in 2012 by President Barack Obama.", "2025-07-15", ""},
		// Pope, Supreme Leader, Kremlin spokesman, aliases.
		{"Pope Leo XIV called for peace.", "2025-06-04", ""},
		{"Pope Francis called for peace.", "2024-06-04", ""},
		{"Iran's Supreme Leader Ayatollah Ali Khamenei criticised the proposal.", "2025-06-04", ""},
		{"Kremlin spokesman Dmitry Peskov told reporters there were no plans.", "2025-04-04", ""},
		{"Ukrainian President Volodymyr Zelenskiy said the talks were meaningless.", "2025-06-04", ""},
		{"Ukrainian President Volodymyr Zelenskyy said the talks were meaningless.", "2025-06-04", ""},
		{"Israeli Prime Minister Benjamin Netanyahu spoke to Biden.", "2021-05-19", ""},
		{"US Secretary of State Marco Rubio met Yermak.", "2025-06-04", ""},
		{"US Vice President J.D. Vance said a deal was near.", "2025-05-08", ""},
		// A quoted title is reported below the default threshold.
		{"The senator said: “I will not take lessons from former President Trump.”", "2025-04-25", "title/former-in-office@low"},
		// Family names written first: a bare "Xi" is Xi Jinping.
		{"Chinese President Xi Jinping arrived on Sunday. President Xi said the talks were good.", "2023-06-04", ""},
		{"Chinese President Xi Jinping arrived on Sunday. Premier Xi said the talks were good.", "2023-06-04", "title/wrong-office"},
		// An unknown person is no error.
		{"Russian Prime Minister Ivan Nobody said the harvest was good.", "2025-06-04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.sentence+"@"+tt.day, func(t *testing.T) {
			fs := check(t, k, tt.sentence, tt.day)
			got := ""
			if len(fs) > 0 {
				got = fs[0].Rule
				if fs[0].Confidence < 0.5 {
					got += "@low"
				}
			}
			if got != tt.want {
				t.Errorf("CheckTitles(%q at %s) = %q, want %q (findings: %v)", tt.sentence, tt.day, got, tt.want, fs)
			}
		})
	}
}

// TestInferDating dates an undated article from its own claims, and never
// lets a claim date itself.
func TestInferDating(t *testing.T) {
	k := defaultKB(t)
	text := "Pope Leo XIV called for peace. US Secretary of State Marco Rubio met the envoy. " +
		"Russian Prime Minister Vladimir Putin warned of retaliation.\n"
	arts, err := claims.Load("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	claims.Extract(a, Lexicon(k))
	skip := -1
	for i, c := range a.Claims {
		if c.Person != "" && c.Title != nil && c.Title.Role == "prime_minister" {
			skip = i
		}
	}
	d, ok := ArticleDating(k, a, skip)
	if !ok || !d.Inferred() {
		t.Fatalf("ArticleDating = %v, %v; want an inferred window", d, ok)
	}
	if got := d.Windows[0].From.String(); got != "2025-05-08" {
		t.Errorf("inferred window starts %s, want 2025-05-08 (Leo XIV's election)", got)
	}
	fs := CheckTitles(k, arts)
	if len(fs) != 1 || fs[0].Rule != WrongOffice.Name {
		t.Fatalf("CheckTitles = %v, want one title/wrong-office", fs)
	}
}

func TestRegistry(t *testing.T) {
	if err := Validate(All); err != nil {
		t.Fatal(err)
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		weights []float64
		want    float64
	}{
		{nil, 0.5},
		{[]float64{3}, 0.95},
		{[]float64{3, -3.2}, 0.45},
		{[]float64{20}, 0.99},
		{[]float64{-20}, 0.01},
	}
	for _, tt := range tests {
		var f Finding
		for _, w := range tt.weights {
			f.Add(w, "w")
		}
		f.Score()
		if f.Confidence != tt.want {
			t.Errorf("Score(%v) = %v, want %v", tt.weights, f.Confidence, tt.want)
		}
	}
}

func BenchmarkCheckTitles(b *testing.B) {
	k := defaultKB(b)
	for b.Loop() {
		check(b, k, "Russian Prime Minister Vladimir Putin said on Wednesday that former U.S. President Donald Trump had called.", "2025-06-04")
	}
}
