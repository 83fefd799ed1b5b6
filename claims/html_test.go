package claims

import (
	"strings"
	"testing"
)

func TestMaskHTML(t *testing.T) {
	page := "<html><head><title>T</title><script>var s = \"President Putin\";</script></head>\n" +
		"<body><nav>Menu President Putin</nav><p>Russian <b>President</b> Vladimir Putin &amp; aides.</p>\n" +
		"<!-- President Putin --><p>Second paragraph.</p></body></html>"
	got := string(MaskHTML([]byte(page)))
	if len(got) != len(page) {
		t.Fatalf("MaskHTML changed the length: %d, want %d", len(got), len(page))
	}
	for i := range page {
		if got[i] != ' ' && got[i] != '\n' && got[i] != page[i] {
			t.Fatalf("MaskHTML moved byte %d: %q, want %q or blank", i, got[i], page[i])
		}
	}
	if strings.Count(got, "Putin") != 1 {
		t.Errorf("MaskHTML kept %d copies of Putin, want 1 (script, nav and comment are blanked): %q", strings.Count(got, "Putin"), got)
	}
	if !strings.Contains(got, "Second paragraph.") || !strings.Contains(got, "&amp; aides.") {
		t.Errorf("MaskHTML lost body text: %q", got)
	}
}

func TestLoadHTMLPositions(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head>\n<meta property=\"article:published_time\" content=\"2025-06-04T10:00:00Z\">\n</head><body>\n" +
		"<p>MOSCOW (Reuters) - <b>Russian Prime Minister</b> Vladimir Putin said on Wednesday that Russia would respond.</p>\n</body></html>\n"
	arts, err := Load("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Published.From.String() != "2025-06-04" || a.PublishedFrom != "meta" {
		t.Errorf("Published = %v from %q, want 2025-06-04 from meta", a.Published, a.PublishedFrom)
	}
	off := strings.Index(page, "Russian")
	line, col := a.Position(off)
	if line != 5 || col != 26 {
		t.Errorf("Position(Russian) = %d:%d, want 5:26 (the line and column in the page as written)", line, col)
	}
}

func FuzzMaskHTML(f *testing.F) {
	f.Add("<p>a</p>")
	f.Add("<script>x</script><p>b")
	f.Add("<!-- c --><div><br/>d</div>")
	f.Fuzz(func(t *testing.T, s string) {
		if got := MaskHTML([]byte(s)); len(got) != len(s) {
			t.Fatalf("MaskHTML(%q) has length %d, want %d", s, len(got), len(s))
		}
	})
}
