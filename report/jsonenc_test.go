package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/rules"
)

// The shapes encodeFindings is called with: JSON's and JSONL's, and a few
// more that appendFinding must lay out as encoding/json would.
var jsonShapes = []struct{ prefix, indent string }{
	{"    ", "  "}, // JSON
	{"", ""},       // JSONL
	{"", "  "},
	{"\t", ""},
	{"//", "\t\t"},
}

// referenceJSON is what encodeFindings wrote before appendFinding: the
// finding, nil slices made empty, through encoding/json's Encoder, without
// its newline.
func referenceJSON(f rules.Finding, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, indent)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(nonNil(f)); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// checkLikeJSON wants appendFinding, and encodeFindings, to give f the
// bytes (or the error) of encoding/json in every shape.
func checkLikeJSON(t *testing.T, f rules.Finding) {
	t.Helper()
	for _, sh := range jsonShapes {
		want, wantErr := referenceJSON(f, sh.prefix, sh.indent)
		if wantErr == nil {
			if !encodable(&f) {
				t.Fatalf("encoding/json encodes a finding encodable refuses: %#v", f)
			}
			// Appended after other bytes, which it must keep.
			got := newJSONShape(sh.prefix, sh.indent).appendFinding([]byte("x"), &f)
			if string(got[1:]) != string(want) || got[0] != 'x' {
				t.Fatalf("shape %q %q: appendFinding wrote\n%s\nencoding/json\n%s\nfinding %#v", sh.prefix, sh.indent, got[1:], want, f)
			}
		} else if encodable(&f) {
			t.Fatalf("encoding/json fails (%v) on a finding encodable accepts: %#v", wantErr, f)
		}
		var got []byte
		err := encodeFindings([]rules.Finding{f, f}, sh.prefix, sh.indent, func(i int, b []byte) {
			got = append(got, b...)
			got = append(got, '\n')
		})
		switch {
		case wantErr != nil:
			if err == nil || err.Error() != wantErr.Error() || got != nil {
				t.Fatalf("shape %q %q: encodeFindings gave error %v and %q, want encoding/json's %v and nothing", sh.prefix, sh.indent, err, got, wantErr)
			}
		case err != nil:
			t.Fatalf("shape %q %q: encodeFindings: %v", sh.prefix, sh.indent, err)
		case string(got) != string(want)+"\n"+string(want)+"\n":
			t.Fatalf("shape %q %q: encodeFindings wrote\n%s\nwant twice\n%s", sh.prefix, sh.indent, got, want)
		}
	}
}

// allBytes is every byte value, invalid UTF-8 among them.
var allBytes = func() string {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return string(b)
}()

// TestAppendFindingLikeJSON compares appendFinding with encoding/json on
// findings chosen for what encoding/json escapes, omits and formats.
func TestAppendFindingLikeJSON(t *testing.T) {
	strs := []string{
		"", "plain", `"quoted" \back\slash/`, "<b>a & b</b> '",
		"\b\f\n\r\t\v\x00\x01\x1f\x7f", allBytes,
		"\xff", "a\xe2\x80", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "ok\xe2\x82",
		"line\u2028para\u2029end", "\ufffd literal", "Zoë Ñúñez Łódź 東京 🙂",
	}
	floats := []float64{0, math.Copysign(0, -1), 0.01, 0.99, 0.5, -0.7, 3, 1.0 / 3, 1e-6, -1e-6, 9.999999e-7, 1e-7, -1e-7,
		1e20, 1e21, -1e21, 123456789e13, 1e-10, 1e-100, 5e-324, math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64, 1e100}

	base := sample().Findings
	var cases []rules.Finding
	cases = append(cases, base...)
	cases = append(cases, rules.Finding{}) // all zero, nil slices
	cases = append(cases, rules.Finding{Evidence: []string{}, Related: []rules.Location{}, Factors: []rules.Factor{}})
	cases = append(cases, rules.Finding{Evidence: []string{""}, Related: []rules.Location{{}}, Factors: []rules.Factor{{}}})
	cases = append(cases, rules.Finding{Line: -1, Column: math.MaxInt, Start: 5, End: 9,
		Related: []rules.Location{{Line: math.MinInt, Column: -3}}})
	for i, s := range strs {
		f := base[i%len(base)]
		f.Rule, f.Actor, f.File, f.Excerpt, f.Expected, f.Source, f.Person = s, s, s, s, s, s, s
		f.Evidence = []string{s, strs[(i+1)%len(strs)]}
		f.Related = []rules.Location{{File: s, Line: i, Column: -i}}
		f.Factors = []rules.Factor{{Weight: 0.5, Text: s}}
		cases = append(cases, f)
	}
	for i, x := range floats {
		f := base[i%len(base)]
		f.Confidence = x
		f.Factors = []rules.Factor{{Weight: x, Text: "w"}, {Weight: -x, Text: "minus w"}}
		cases = append(cases, f)
	}
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		f := base[0]
		f.Confidence = bad
		cases = append(cases, f)
		f = base[1]
		f.Factors = []rules.Factor{{Weight: 1, Text: "fine"}, {Weight: bad, Text: "not a number"}}
		cases = append(cases, f)
	}
	for _, f := range cases {
		checkLikeJSON(t, f)
	}
}

// TestJSONStringEveryRune compares appendJSONString with encoding/json on
// every rune, alone and between ASCII.
func TestJSONStringEveryRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune+1; r++ {
		s := string(r)
		for _, in := range []string{s, "a" + s + "b"} {
			want, err := json.Marshal(in)
			if err != nil {
				t.Fatal(err)
			}
			// json.Marshal escapes HTML; appendJSONString does not.
			want = bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<"))
			want = bytes.ReplaceAll(want, []byte(`\u003e`), []byte(">"))
			want = bytes.ReplaceAll(want, []byte(`\u0026`), []byte("&"))
			if got := appendJSONString(nil, in); string(got) != string(want) {
				t.Fatalf("rune %U: appendJSONString wrote %s, encoding/json %s", r, got, want)
			}
		}
	}
}

// TestJSONFieldsCovered fails when rules.Finding, Location or Factor gain,
// lose, rename, retag or reorder a field that JSON shows: appendFinding
// writes this list, and must change with it.
func TestJSONFieldsCovered(t *testing.T) {
	want := map[reflect.Type][]string{
		reflect.TypeFor[rules.Finding](): {
			"Rule string rule", "Actor string actor", "File string file", "Line int line", "Column int column",
			"Excerpt string excerpt", "Expected string expected", "Confidence float64 confidence",
			"Evidence []string evidence", "Related []rules.Location related",
			"Source string source,omitempty", "Person string person,omitempty", "Factors []rules.Factor factors,omitempty",
			"Start int -", "End int -",
		},
		reflect.TypeFor[rules.Location](): {"File string file", "Line int line", "Column int column"},
		reflect.TypeFor[rules.Factor]():   {"Weight float64 weight", "Text string text"},
	}
	for typ, fields := range want {
		var got []string
		for f := range typ.Fields() {
			if f.IsExported() || f.Anonymous {
				got = append(got, fmt.Sprintf("%s %s %s", f.Name, f.Type, f.Tag.Get("json")))
			} else if f.Tag != "" {
				got = append(got, fmt.Sprintf("unexported %s tagged %s", f.Name, f.Tag))
			}
		}
		if strings.Join(got, "\n") != strings.Join(fields, "\n") {
			t.Errorf("%s has the fields\n\t%s\nappendFinding writes\n\t%s\nchange appendFinding (jsonenc.go) and this list",
				typ, strings.Join(got, "\n\t"), strings.Join(fields, "\n\t"))
		}
	}
}

// TestJSONEveryFieldSet sets every exported field of a finding, by
// reflection, so that a field added to rules.Finding, Location or Factor
// shows in encoding/json's bytes, and wants appendFinding's to be the
// same.
func TestJSONEveryFieldSet(t *testing.T) {
	n := 0
	var fill func(v reflect.Value, path string)
	fill = func(v reflect.Value, path string) {
		n++
		switch v.Kind() {
		case reflect.String:
			v.SetString(fmt.Sprintf("%s <%d>", path, n))
		case reflect.Int, reflect.Int64, reflect.Int32:
			v.SetInt(int64(n))
		case reflect.Float64:
			v.SetFloat(float64(n) + 0.25)
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fill(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					fill(v.Field(i), path+"."+v.Type().Field(i).Name)
				}
			}
		default:
			t.Fatalf("%s: a field of kind %s: teach this test and appendFinding about it", path, v.Kind())
		}
	}
	var f rules.Finding
	fill(reflect.ValueOf(&f).Elem(), "Finding")
	checkLikeJSON(t, f)
}

// FuzzJSONFinding builds findings from random strings, numbers and slice
// shapes (nil, empty, one or more elements) and wants appendFinding and
// encodeFindings to write what encoding/json writes, or to fail as it
// does on NaN and infinities, in JSON's and JSONL's shapes and others.
func FuzzJSONFinding(f *testing.F) {
	f.Add("title/wrong-office", "Vladimir Putin", "drafts/a.md", "Russian \"Prime\" Minister\n<b>", "Q7747|Example Wire", "knowledge (+3.0)|vote\x00x", 3, 55, 0.95, 3.0, -0.6, uint16(0x1234))
	f.Add("", "", "", "", "", "", 0, 0, 0.0, 0.0, math.Copysign(0, -1), uint16(0))
	f.Add("\xff\xfe", "a\u2028b\u2029", "\x00\x1f\x7f", "\b\f\n\r\t", "<>&'", "\xed\xa0\x80|\xc0", -1, math.MaxInt, 1e-7, 1e21, 5e-324, uint16(0xffff))
	f.Add("x", "y", "z", "Zoë", "Łódź", "東京|🙂", 1, 1, 1e-6, 9.999999e-7, math.MaxFloat64, uint16(0xaaaa))
	f.Add("x", "y", "z", "", "", "", 1, 1, math.NaN(), math.Inf(1), math.Inf(-1), uint16(0x5555))
	f.Fuzz(func(t *testing.T, rule, actor, file, excerpt, meta, lines string, line, col int, conf, w1, w2 float64, shape uint16) {
		parts := strings.Split(lines, "|")
		// Each slice is nil, empty, or holds some of parts: two bits of
		// shape each.
		pick := func(k uint) int { return int(shape>>(2*k)) & 3 }
		src, person, _ := strings.Cut(meta, "|")
		fd := rules.Finding{
			Rule: rule, Actor: actor, File: file, Line: line, Column: col,
			Excerpt: excerpt, Expected: meta, Confidence: conf,
			Start: line, End: col,
		}
		if shape&(1<<12) != 0 {
			fd.Source, fd.Person = src, person
		}
		switch pick(0) {
		case 1:
			fd.Evidence = []string{}
		case 2:
			fd.Evidence = parts[:1]
		case 3:
			fd.Evidence = parts
		}
		switch pick(1) {
		case 1:
			fd.Related = []rules.Location{}
		case 2, 3:
			for i, p := range parts {
				fd.Related = append(fd.Related, rules.Location{File: p, Line: line - i, Column: col + i})
				if pick(1) == 2 {
					break
				}
			}
		}
		switch pick(2) {
		case 1:
			fd.Factors = []rules.Factor{}
		case 2:
			fd.Factors = []rules.Factor{{Weight: w1, Text: excerpt}}
		case 3:
			for i, p := range parts {
				w := w1
				if i%2 == 1 {
					w = w2
				}
				fd.Factors = append(fd.Factors, rules.Factor{Weight: w, Text: p})
			}
		}
		checkLikeJSON(t, fd)
	})
}
