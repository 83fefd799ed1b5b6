package claims

import (
	"testing"
)

// para is body prose that names no date.
const para = "The ministers met in the capital to discuss the ceasefire and the exchange of prisoners, officials said."

func TestPublishedDate(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want      string // the window, "" when undated
		from      string
		precision Precision
	}{
		// Header blocks and front matter, trusted first.
		{"header day", "source: AP\npublished: 2025-06-01\n---\n" + para, "2025-06-01", "header", PrecisionDay},
		{"header date key", "source: AP\ndate: 2025-06-01T08:00:00Z\n---\n" + para, "2025-06-01", "header", PrecisionDay},
		{"header month", "source: AP\npublished: 2025-06\n---\n" + para, "2025-06-01..2025-06-30", "header", PrecisionMonth},
		{"header year", "source: AP\npublished: 2025\n---\n" + para, "2025-01-01..2025-12-31", "header", PrecisionYear},
		{"header written out", "source: AP\npublished: June 1, 2025\n---\n" + para, "2025-06-01", "header", PrecisionDay},
		{"header month written out", "source: AP\npublished: June 2025\n---\n" + para, "2025-06-01..2025-06-30", "header", PrecisionMonth},
		{"front matter", "---\nsource: AP\npublished: 2025-06-01\n---\n" + para, "2025-06-01", "front matter", PrecisionDay},
		{"front matter over dateline", "---\nsource: AP\ndate: 2025-06-02\n---\nWASHINGTON, June 1, 2025 (AP) – " + para, "2025-06-02", "front matter", PrecisionDay},
		{"markdown front matter and heading", "---\ntitle: Talks\npublished: 2025-04-25\n---\n# Talks resume\n\n" + para, "2025-04-25", "front matter", PrecisionDay},
		// "Published" lines.
		{"published on", "Talks resume in the capital\nPublished on April 25, 2025\n" + para, "2025-04-25", "published line", PrecisionDay},
		{"published colon", "Talks resume in the capital\nPublished: 25 April 2025\n" + para, "2025-04-25", "published line", PrecisionDay},
		{"posted on", "Talks resume in the capital\nPosted on 2025-04-25\n" + para, "2025-04-25", "published line", PrecisionDay},
		{"first published", "Talks resume in the capital\nFirst published on Fri 25 Apr 2025 10.00 BST\n" + para, "2025-04-25", "published line", PrecisionDay},
		{"published beats updated", "Talks resume in the capital\nUpdated: April 27, 2025\nPublished: April 25, 2025\n" + para, "2025-04-25", "published line", PrecisionDay},
		{"seed 004 shape", "## Talks resume in the capital\n\nPublished on April 25, 2025\n\nDocument Date: Sun, Jun 21 2026 11:34:33 am\n\n---\n\nrki.news\n\nMoscow, April 25 – " + para, "2025-04-25", "published line", PrecisionDay},
		// Never the publication date.
		{"updated only", "Talks resume in the capital\nUpdated: April 27, 2025\n" + para, "", "", PrecisionNone},
		{"modified only", "Talks resume in the capital\nLast modified on April 27, 2025\n" + para, "", "", PrecisionNone},
		{"document date only", "Talks resume in the capital\n\nDocument Date: Sun, Jun 21 2026 11:34:33 am\n\n" + para, "", "", PrecisionNone},
		{"retrieved only", "Talks resume in the capital\nRetrieved April 27, 2025\n" + para, "", "", PrecisionNone},
		// Datelines.
		{"reuters dateline with year", "WASHINGTON, June 1, 2025 (Reuters) – " + para, "2025-06-01", "dateline", PrecisionDay},
		{"ap dateline with year", "WASHINGTON, June 1, 2025 (AP) — " + para, "2025-06-01", "dateline", PrecisionDay},
		{"dateline with region", "LA MALBAIE, Quebec, June 9, 2018 (Reuters) - " + para, "2018-06-09", "dateline", PrecisionDay},
		{"dateline year from caption", "Delegates arrive at the talks in Moscow, Russia, 24 April 2025. (EPA/Pool)\nMOSCOW, April 25 (Reuters) – " + para, "2025-04-25", "dateline", PrecisionDay},
		{"dateline year from url", "source: Wire\nurl: https://example.com/world/2025/04/24/talks\n---\nMoscow, April 25 – " + para, "2025-04-25", "dateline", PrecisionDay},
		{"dateline without year", "Moscow, April 25 – " + para, "", "", PrecisionNone},
		// Bylines.
		{"byline date", "Talks resume in the capital\nBy Jane Doe | April 25, 2025 10:32 AM EDT\n" + para, "2025-04-25", "byline", PrecisionDay},
		{"date line alone", "Talks resume in the capital\nApril 25, 2025\n" + para, "2025-04-25", "byline", PrecisionDay},
		{"weekday date line", "Talks resume in the capital\nFriday, April 25, 2025\n" + para, "2025-04-25", "byline", PrecisionDay},
		// URLs.
		{"url day", "source: Wire\nurl: https://example.com/2025/04/25/world/talks.html\n---\n" + para, "2025-04-25", "url", PrecisionDay},
		{"url dashed day", "source: Wire\nurl: https://example.com/news/2025-04-25/talks\n---\n" + para, "2025-04-25", "url", PrecisionDay},
		{"url eight digits", "source: Wire\nurl: https://example.com/news/20250425/talks\n---\n" + para, "2025-04-25", "url", PrecisionDay},
		{"url month", "source: Wire\nurl: https://example.com/2025/04/talks-resume\n---\n" + para, "2025-04-01..2025-04-30", "url", PrecisionMonth},
		{"url without a date", "source: Wire\nurl: https://example.com/world/talks-resume-2025\n---\n" + para, "", "", PrecisionNone},
		// Captions bound the date from below only.
		{"caption date", "Delegates arrive at the talks in Moscow, Russia, 24 April 2025. (EPA/Pool)\n" + para, "2025-04-24..2025-05-01", "caption date", PrecisionWindow},
		// HTML meta data in the text.
		{"html meta", `<html><head><meta property="article:published_time" content="2025-04-25T09:00:00Z"></head></html>` + "\n" + para, "2025-04-25", "meta", PrecisionDay},
		{"nothing", para, "", "", PrecisionNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := loadOne(t, "a.md", tt.text)
			if got := a.Published.String(); got != tt.want || a.PublishedFrom != tt.from || a.PublishedPrecision != tt.precision {
				t.Errorf("Published = %q from %q (%s), want %q from %q (%s)", got, a.PublishedFrom, a.PublishedPrecision, tt.want, tt.from, tt.precision)
			}
		})
	}
}

func TestDatelineWithoutYear(t *testing.T) {
	a := loadOne(t, "a.txt", "Moscow, April 25 – "+para)
	if a.DatelineMonth != 4 || a.DatelineDay != 25 || !a.Published.IsZero() {
		t.Errorf("dateline = %v %d, published %v; want April 25 and undated", a.DatelineMonth, a.DatelineDay, a.Published)
	}
}

func TestFindMetaDate(t *testing.T) {
	tests := []struct {
		name, html string
		want, from string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2025-04-25T10:30:00+03:00">`, "2025-04-25", "meta article:published_time"},
		{"single quotes", `<meta property='article:published_time' content='2025-04-25'>`, "2025-04-25", "meta article:published_time"},
		{"content first", `<meta content="2025-04-25T10:30:00Z" property="article:published_time" />`, "2025-04-25", "meta article:published_time"},
		{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2025-04-27T08:00:00Z","datePublished":"2025-04-25T07:00:00Z"}</script>`, "2025-04-25", "json-ld datePublished"},
		{"json-ld beats meta", `<meta name="date" content="2025-04-20"><script type="application/ld+json">{"datePublished": "2025-04-25"}</script>`, "2025-04-25", "json-ld datePublished"},
		{"modified is not published", `<meta property="article:modified_time" content="2025-04-27"><meta property="og:updated_time" content="2025-04-28">`, "", ""},
		{"modified beside published", `<meta property="article:modified_time" content="2025-04-27"><meta property="article:published_time" content="2025-04-25">`, "2025-04-25", "meta article:published_time"},
		{"meta pubdate", `<meta name="pubdate" content="20250425">`, "2025-04-25", "meta pubdate"},
		{"meta dc.date.issued", `<meta name="DC.date.issued" content="2025-04-25">`, "2025-04-25", "meta dc.date.issued"},
		{"meta parsely", `<meta name="parsely-pub-date" content="2025-04-25T12:00:00Z">`, "2025-04-25", "meta parsely-pub-date"},
		{"itemprop meta", `<meta itemprop="datePublished" content="2025-04-25">`, "2025-04-25", "meta datepublished"},
		{"time pubdate", `<p><time pubdate datetime="2025-04-25T10:00">April 25</time></p>`, "2025-04-25", "time pubdate"},
		{"time itemprop", `<time itemprop="datePublished" datetime="2025-04-25">April 25</time>`, "2025-04-25", "time pubdate"},
		{"time class published", `<time class="entry-date published" datetime="2025-04-25T10:00:00+00:00">`, "2025-04-25", "time pubdate"},
		{"time without a role", `<time datetime="2025-04-27">Sunday</time>`, "", ""},
		{"time updated class", `<time class="updated" datetime="2025-04-27">`, "", ""},
		{"no date", `<html><head><title>Talks</title></head><body><p>Talks.</p></body></html>`, "", ""},
		{"bad date", `<meta property="article:published_time" content="soon">`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, _, from, ok := FindMetaDate(tt.html)
			if got := w.String(); got != tt.want || from != tt.from || ok != (tt.want != "") {
				t.Errorf("FindMetaDate() = %q from %q (%v), want %q from %q", got, from, ok, tt.want, tt.from)
			}
		})
	}
}
