package report

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strconv"
)

// HTML writes one self-contained page (inline style and script, no
// network, no other file) that a fact-checker can send to an editor: a
// summary, a table of the findings that sorts by any column when its
// header is clicked, each finding's evidence, and, per person in the
// findings, a table of the titles each source used (from in.Titles).
func HTML(w io.Writer, in Input) error {
	type row struct {
		N          int
		Where      string
		File       string
		Line, Col  int
		Rule       string
		Level      string
		Confidence string
		Actor      string
		Excerpt    string
		Expected   string
		Source     string
		Evidence   []template.HTML
		Related    []string
	}
	type titleRow struct {
		Source, Title string
		Count         int
		First         string
		Quoted        int
	}
	type person struct {
		Name   string
		ID     string
		Titles []titleRow
	}
	type count struct {
		Name string
		N    int
	}
	var data struct {
		Findings []row
		Levels   []count
		Rules    []count
		Files    int
		Persons  []person
	}
	files := map[string]bool{}
	levels := map[string]int{}
	byRule := map[string]int{}
	inFindings := map[string]string{} // person key -> name
	for i, f := range in.Findings {
		r := row{N: i + 1, Where: fmt.Sprintf("%s:%d:%d", f.File, f.Line, f.Column), File: f.File, Line: f.Line, Col: f.Column,
			Rule: f.Rule, Level: Level(f.Confidence), Confidence: strconv.FormatFloat(f.Confidence, 'f', 2, 64),
			Actor: f.Actor, Excerpt: f.Excerpt, Expected: f.Expected, Source: f.Source}
		for _, e := range f.Evidence {
			r.Evidence = append(r.Evidence, markDiff(e))
		}
		for _, l := range f.Related {
			r.Related = append(r.Related, fmt.Sprintf("%s:%d:%d", l.File, l.Line, l.Column))
		}
		data.Findings = append(data.Findings, r)
		files[f.File] = true
		levels[r.Level]++
		byRule[f.Rule]++
		key := cmp.Or(f.Person, f.Actor)
		if key != "" {
			inFindings[key] = f.Actor
		}
	}
	data.Files = len(files)
	for _, l := range []string{"error", "warning", "note", "none"} {
		if levels[l] > 0 {
			data.Levels = append(data.Levels, count{l, levels[l]})
		}
	}
	for name, n := range byRule {
		data.Rules = append(data.Rules, count{name, n})
	}
	slices.SortFunc(data.Rules, func(a, b count) int { return cmp.Compare(a.Name, b.Name) })

	groups := map[string]map[[2]string]*titleRow{}
	for _, t := range in.Titles {
		key := cmp.Or(t.Person, t.Actor)
		if _, ok := inFindings[key]; !ok {
			continue
		}
		g := groups[key]
		if g == nil {
			g = map[[2]string]*titleRow{}
			groups[key] = g
		}
		k := [2]string{t.Source, t.Title}
		tr := g[k]
		if tr == nil {
			tr = &titleRow{Source: t.Source, Title: t.Title, First: fmt.Sprintf("%s:%d:%d", t.File, t.Line, t.Column)}
			g[k] = tr
		}
		tr.Count++
		if t.Quoted {
			tr.Quoted++
		}
	}
	for key, g := range groups {
		p := person{Name: inFindings[key]}
		if key != p.Name {
			p.ID = key
		}
		for _, tr := range g {
			p.Titles = append(p.Titles, *tr)
		}
		slices.SortFunc(p.Titles, func(a, b titleRow) int {
			return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Title, b.Title))
		})
		data.Persons = append(data.Persons, p)
	}
	slices.SortFunc(data.Persons, func(a, b person) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	return htmlPage.Execute(w, data)
}

var htmlPage = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimcheck findings</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.5em; margin: 0 0 .5em; }
del { background: #fdd; color: #900; } ins { background: #dfd; color: #060; text-decoration: none; }
h2 { font-size: 1.2em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
#findings th { cursor: pointer; user-select: none; white-space: nowrap; }
#findings th[aria-sort=ascending]::after { content: " \25B2"; }
#findings th[aria-sort=descending]::after { content: " \25BC"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.error { background: #fde2e1; }
.warning { background: #fff4d6; }
.note { background: #e6f2ff; }
.where { font-family: ui-monospace, monospace; font-size: .9em; }
details summary { cursor: pointer; }
ul { margin: .3em 0; padding-left: 1.2em; }
table.summary { width: auto; min-width: 24em; }
.muted { color: #666; }
</style>
</head>
<body>
<h1>claimcheck findings</h1>
<section id="summary">
<p>{{len .Findings}} finding{{if ne (len .Findings) 1}}s{{end}} in {{.Files}} file{{if ne .Files 1}}s{{end}}.</p>
{{- if .Findings}}
<table class="summary"><tr><th>level</th><th>findings</th></tr>
{{- range .Levels}}<tr><td class="{{.Name}}">{{.Name}}</td><td class="num">{{.N}}</td></tr>{{end}}
</table>
<table class="summary"><tr><th>rule</th><th>findings</th></tr>
{{- range .Rules}}<tr><td><code>{{.Name}}</code></td><td class="num">{{.N}}</td></tr>{{end}}
</table>
{{- end}}
</section>
<h2>Findings</h2>
<p class="muted">Click a column header to sort.</p>
<table id="findings">
<thead><tr><th data-type="num">#</th><th>where</th><th>rule</th><th data-type="num">confidence</th><th>actor</th><th>claim</th><th>expected</th><th>source</th><th>evidence</th></tr></thead>
<tbody>
{{- range .Findings}}
<tr class="{{.Level}}" data-file="{{.File}}" data-line="{{.Line}}"><td class="num">{{.N}}</td><td class="where" data-sort="{{.File}}:{{printf "%09d" .Line}}:{{printf "%09d" .Col}}">{{.Where}}</td><td><code>{{.Rule}}</code></td><td class="num">{{.Confidence}} <span class="muted">{{.Level}}</span></td><td>{{.Actor}}</td><td>{{.Excerpt}}</td><td>{{.Expected}}</td><td>{{.Source}}</td><td><details><summary>{{len .Evidence}} item{{if ne (len .Evidence) 1}}s{{end}}</summary><ul>{{range .Evidence}}<li>{{.}}</li>{{end}}{{range .Related}}<li>see <span class="where">{{.}}</span></li>{{end}}</ul></details></td></tr>
{{- end}}
</tbody>
</table>
{{- if .Persons}}
<h2>Titles by source</h2>
{{- range .Persons}}
<h3>{{.Name}}{{if .ID}} <span class="muted">({{.ID}})</span>{{end}}</h3>
<table class="titles"><thead><tr><th>source</th><th>title</th><th>times</th><th>in quotations</th><th>first at</th></tr></thead><tbody>
{{- range .Titles}}
<tr><td>{{.Source}}</td><td>{{.Title}}</td><td class="num">{{.Count}}</td><td class="num">{{.Quoted}}</td><td class="where">{{.First}}</td></tr>
{{- end}}
</tbody></table>
{{- end}}
{{- end}}
<script>
(function () {
  var table = document.getElementById("findings");
  var heads = table.tHead.rows[0].cells;
  function key(row, i, num) {
    var cell = row.cells[i];
    var v = cell.getAttribute("data-sort") || cell.textContent;
    return num ? parseFloat(v) : v.toLowerCase();
  }
  Array.prototype.forEach.call(heads, function (th, i) {
    th.addEventListener("click", function () {
      var num = th.getAttribute("data-type") === "num";
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, i, num), y = key(b, i, num);
        return (x < y ? -1 : x > y ? 1 : 0) * dir;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  // A link may open the page sorted: page.html#sort=3 sorts by the fourth
  // column, #sort=3-desc in reverse.
  var m = /^#sort=(\d+)(-desc)?$/.exec(location.hash);
  if (m && heads[+m[1]]) {
    heads[+m[1]].click();
    if (m[2]) heads[+m[1]].click();
  }
})();
</script>
</body>
</html>
`))

var (
	delRE = regexp.MustCompile(`\[-(.*?)-\]`)
	insRE = regexp.MustCompile(`\{\+(.*?)\+\}`)
)

// markDiff escapes an evidence line and shows the word diffs in it
// ("[-not-] {+now+}", as the quote rules write them) as deletions and
// insertions.
func markDiff(s string) template.HTML {
	e := template.HTMLEscapeString(s)
	e = delRE.ReplaceAllString(e, `<del>$1</del>`)
	e = insRE.ReplaceAllString(e, `<ins>$1</ins>`)
	return template.HTML(e)
}
