package templates

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// sampleAsylumOffice is modelled on the example in CASEFILE.md (asylum-office
// forum, Bates numbering, both forms of a files entry).
const sampleAsylumOffice = `{
  "version": 1,
  "forum": "asylum-office",
  "applicant": {
    "name": "Ivana Petrova",
    "native_name": "Ивана Петрова",
    "a_number": "A-212-345-678",
    "date_of_birth": "1990-04-12",
    "nationality": "Bulgaria",
    "address": "12 Elm Street, Apt 4\nNewark, NJ 07102",
    "detained": false,
    "language": "Bulgarian"
  },
  "asylum_office": {
    "name": "Newark Asylum Office",
    "address": "1200 Wall Street West, 4th Floor\nLyndhurst, NJ 07071"
  },
  "preparer": {
    "name": "Maria Okafor, Esq.",
    "firm": "Okafor Immigration Law",
    "address": "1 Gateway Center, Suite 900\nNewark, NJ 07102",
    "phone": "(973) 555-0148",
    "email": "mokafor@example.org",
    "eoir_id": "ABC12345",
    "bar_number": "NJ 012345678"
  },
  "filing": {
    "title": "Applicant's Evidence in Support of Form I-589",
    "date": "2026-12-01",
    "salutation": "Dear Asylum Officer:",
    "letter": "Please find enclosed the evidence, in particular {{ref \"hrw-2024\"}}.\n\nThank you.\n",
    "list_exhibits": true,
    "translation_order": "original-first",
    "report_max_age_months": 24
  },
  "word": {"letter": "templates/letterhead.docx", "index": "templates/index.docx"},
  "fonts": ["fonts/", "fonts/extra/Padauk-Regular.ttf"],
  "translators": [
    {"id": "elena", "name": "Elena Dimitrova", "address": "5 Oak Lane\nNewark, NJ 07102", "phone": "(973) 555-0190", "date": "2026-11-20", "combined": true}
  ],
  "numbering": {
    "style": "bates",
    "position": "bottom-center",
    "prefix": "PETROVA-",
    "digits": 6,
    "start": 1
  },
  "sections": [
    {
      "title": "Identity and relationship",
      "exhibits": [
        {
          "id": "passport",
          "title": "Passport of Ivana Petrova (biographic page)",
          "description": "Establishes identity and nationality.",
          "date": "2019-06-03",
          "files": [
            "evidence/passport.jpg",
            {"path": "evidence/report.pdf", "pages": "1-3,7", "password_env": "REPORT_PASSWORD"}
          ],
          "pages": "1-2"
        },
        {
          "id": "birth", "title": "Birth certificate", "language": "Bulgarian", "files": ["evidence/birth-bg.pdf"],
          "translation": {"files": [{"path": "evidence/birth-en.pdf", "pages": "1", "password_env": "BIRTH_EN_PASSWORD"}], "translator": "elena", "order": "translation-first"}
        },
        {
          "id": "summons", "title": "Summons", "language": "Bulgarian", "files": ["evidence/summons.pdf"],
          "translation": {"text": "Summons\n\nYou are summoned.", "translator": {"name": "Petar Ivanov", "address": "1 Main St", "phone": "555-0100", "date": "2026-11-20"}}
        },
        {
          "id": "declaration", "kind": "declaration", "title": "Declaration", "files": ["evidence/declaration.md"],
          "interpretation": {"language": "Bulgarian", "interpreter": "elena", "declarant": "Ivana Petrova"}
        }
      ]
    },
    {
      "title": "Country conditions",
      "labels": "numbers",
      "prefix": "CC-",
      "exhibits": [
        {"id": "hrw-2024", "kind": "country-report", "title": "World Report 2024: Bulgaria", "source": "Human Rights Watch", "author": "Jane Roe",
         "date": "2024", "url": "https://example.org/report", "accessed": "2026-11-02", "files": ["evidence/hrw.pdf"], "pages": "1-3,14-16"},
        {"id": "letter.1", "title": "Letter from the applicant's mother", "date": "2023-05", "files": [{"path": "evidence/letter.png"}]}
      ]
    }
  ]
}`

// sampleCourt is the immigration-court form: court and service, plain page numbers.
const sampleCourt = `{
  "version": 1,
  "forum": "immigration-court",
  "applicant": {"name": "Ivana Petrova", "a_number": "A212345678", "detained": true},
  "court": {
    "city": "New York, NY",
    "address": "26 Federal Plaza, 12th Floor\nNew York, NY 10278",
    "judge": "Hon. Laura Bennett",
    "hearing": "2027-01-20T09:00"
  },
  "preparer": {"name": "Maria Okafor, Esq.", "eoir_id": "ABC12345"},
  "filing": {"title": "Respondent's Evidence", "date": "2026-12-01", "split": "25MB", "confidential": true, "ocr": true},
  "numbering": {"style": "page", "position": "bottom-right", "start": 5},
  "service": {
    "to": "DHS Office of the Principal Legal Advisor",
    "address": "26 Federal Plaza, Room 1130\nNew York, NY 10278",
    "method": "electronic",
    "date": "2026-12-01"
  },
  "supplement": {"filed": "filed/2026-12-01/case.json", "list_previous": false},
  "sections": [
    {"title": "Identity", "exhibits": [{"id": "passport", "title": "Passport", "files": ["evidence/passport.jpg"], "pages": 1, "ocr": ["bul", "eng"],
      "highlight": ["Republic of Bulgaria"], "redact": ["Stoyan Kolev", {"text": "Sofia 1000"}, {"page": 1, "box": [72, 144, 200, 14]}]}]},
    {"title": "Testimony", "exhibits": [{"id": "declaration", "kind": "declaration", "title": "Declaration", "files": ["evidence/declaration.txt"],
      "interpretation": {"language": "Spanish", "interpreter": {"name": "Rosa Vidal", "address": "2 Pine St", "phone": "555-0101", "date": "2026-11-20"}}}]}
  ]
}`

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	if !json.Valid(Schema) {
		t.Fatal("case.schema.json is not valid JSON")
	}
	var s map[string]any
	if err := json.Unmarshal(Schema, &s); err != nil {
		t.Fatalf("case.schema.json: %v", err)
	}
	return s
}

func decode(t *testing.T, doc string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatalf("sample: %v", err)
	}
	return v
}

// visit calls fn for every schema in s that declares (rather than tests) a
// value: the root and everything below it except "if" and "not" conditions.
// loc is a JSON-pointer-like location for messages.
func visit(s any, loc string, fn func(m map[string]any, loc string)) {
	walk(s, loc, []string{"items", "then", "else"}, fn)
}

func TestSchemaHeader(t *testing.T) {
	s := loadSchema(t)
	if got := s["$schema"]; got != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", got)
	}
	version := s["properties"].(map[string]any)["version"].(map[string]any)
	if version["const"] != 1.0 || version["type"] != "integer" {
		t.Errorf("version must be the integer const 1, got %v", version)
	}
}

func TestSchemaObjectsClosed(t *testing.T) {
	n := 0
	visit(loadSchema(t), "#", func(m map[string]any, loc string) {
		_, hasProps := m["properties"]
		if m["type"] != "object" && !hasProps {
			return
		}
		n++
		if m["type"] != "object" {
			t.Errorf("%s: has properties but type %v, want object", loc, m["type"])
		}
		if ap, ok := m["additionalProperties"]; !ok || ap != false {
			t.Errorf("%s: additionalProperties must be false", loc)
		}
	})
	if n < 10 {
		t.Errorf("found %d object schemas, want at least 10", n)
	}
}

func TestSchemaDescriptions(t *testing.T) {
	check := func(sub any, loc string) {
		m, ok := sub.(map[string]any)
		if !ok {
			t.Errorf("%s: not a schema object", loc)
			return
		}
		d, ok := m["description"].(string)
		if !ok || strings.TrimSpace(d) == "" {
			t.Errorf("%s: no description", loc)
		} else if strings.ContainsAny(d, "\r\n") {
			t.Errorf("%s: description is not one line: %q", loc, d)
		}
	}
	s := loadSchema(t)
	check(s, "#")
	n := 0
	visit(s, "#", func(m map[string]any, loc string) {
		// Every property, array element and alternative form is shown on
		// hover or completion, so each needs its own description.
		if props, ok := m["properties"].(map[string]any); ok {
			for name, sub := range props {
				n++
				check(sub, loc+"/properties/"+name)
			}
		}
		if items, ok := m["items"]; ok {
			check(items, loc+"/items")
		}
		for _, kw := range []string{"anyOf", "oneOf"} {
			if list, ok := m[kw].([]any); ok {
				for i, sub := range list {
					check(sub, fmt.Sprintf("%s/%s/%d", loc, kw, i))
				}
			}
		}
	})
	if n < 40 {
		t.Errorf("found %d properties, want at least 40", n)
	}
}

// knownKeywords are the keywords the schema may use: the ones the checker
// below understands, annotations, and the message extensions that
// yaml-language-server shows in place of its generic wording.
var knownKeywords = map[string]bool{
	"$schema": true, "title": true, "description": true, "default": true, "examples": true,
	"format": true, "errorMessage": true, "patternErrorMessage": true,
	"type": true, "const": true, "enum": true, "pattern": true, "minLength": true,
	"minimum": true, "maximum": true, "properties": true, "required": true,
	"additionalProperties": true, "items": true, "minItems": true,
	"allOf": true, "anyOf": true, "oneOf": true, "not": true, "if": true, "then": true, "else": true,
}

// walkAll calls fn for every schema object in s, conditions included.
func walkAll(s any, loc string, fn func(m map[string]any, loc string)) {
	walk(s, loc, []string{"items", "then", "else", "if", "not"}, fn)
}

// walk calls fn for s and every schema below it through properties, the
// keywords named in subs, and allOf, anyOf and oneOf.
func walk(s any, loc string, subs []string, fn func(m map[string]any, loc string)) {
	m, ok := s.(map[string]any)
	if !ok {
		return
	}
	fn(m, loc)
	if props, ok := m["properties"].(map[string]any); ok {
		for name, sub := range props {
			walk(sub, loc+"/properties/"+name, subs, fn)
		}
	}
	for _, kw := range subs {
		if sub, ok := m[kw]; ok {
			walk(sub, loc+"/"+kw, subs, fn)
		}
	}
	for _, kw := range []string{"allOf", "anyOf", "oneOf"} {
		if list, ok := m[kw].([]any); ok {
			for i, sub := range list {
				walk(sub, fmt.Sprintf("%s/%s/%d", loc, kw, i), subs, fn)
			}
		}
	}
}

func TestSchemaKeywordsAndPatterns(t *testing.T) {
	s := loadSchema(t)
	walkAll(s, "#", func(m map[string]any, loc string) {
		for kw := range m {
			if !knownKeywords[kw] {
				t.Errorf("%s: keyword %q is not known to this test", loc, kw)
			}
		}
		if p, ok := m["pattern"].(string); ok {
			if !strings.HasPrefix(p, "^") || !strings.HasSuffix(p, "$") {
				t.Errorf("%s: pattern %q is not anchored", loc, p)
			}
			if _, err := regexp.Compile(p); err != nil {
				t.Errorf("%s: pattern: %v", loc, err)
			}
		}
		// Defaults and examples must pass their own schema.
		var samples []any
		if d, ok := m["default"]; ok {
			samples = append(samples, d)
		}
		if ex, ok := m["examples"].([]any); ok {
			samples = append(samples, ex...)
		}
		for _, v := range samples {
			if errs := validate(m, v, loc); len(errs) > 0 {
				t.Errorf("%s: default or example %#v fails its schema: %v", loc, v, errs)
			}
		}
	})
}

func TestSchemaPatterns(t *testing.T) {
	props := func(path ...string) map[string]any {
		m := loadSchema(t)
		for _, p := range path {
			if p == "[]" {
				m = m["items"].(map[string]any)
			} else {
				m = m["properties"].(map[string]any)[p].(map[string]any)
			}
		}
		return m
	}
	cases := []struct {
		schema   map[string]any
		good     []string
		bad      []string
		describe string
	}{
		{props("applicant", "a_number"), []string{"A-212-345-678", "A212345678", "A 212 345 678", "A12345678", "A-1234-5678"},
			[]string{"212345678", "A1234567", "A1234567890", "a212345678", "A--212345678", "A212345678-", "A-212-345-678 "}, "a_number"},
		{props("filing", "date"), []string{"2026-12-01", "1990-02-29"}, []string{"2026-13-01", "2026-1-1", "26-12-01", "2026-12-01T09:00", "2026-12-32"}, "filing.date"},
		{props("court", "hearing"), []string{"2027-01-20", "2027-01-20T09:00", "2027-01-20T23:59"}, []string{"2027-01-20 09:00", "2027-01-20T24:00", "2027-01-20T9:00", "2027-01"}, "court.hearing"},
		{props("sections", "[]", "exhibits", "[]", "date"), []string{"2019-06-03", "2019-06", "2019"}, []string{"19", "2019-6", "2019-06-3", "June 2019"}, "exhibit.date"},
		{props("sections", "[]", "exhibits", "[]", "id"), []string{"passport", "A", "hrw-2024", "x.1_b", "9" + strings.Repeat("a", 63)},
			[]string{"", "-x", ".x", "a b", "ä", "9" + strings.Repeat("a", 64)}, "exhibit.id"},
		{props("sections", "[]", "exhibits", "[]", "pages"), []string{"1", "1-2", "1-3,7", " 1 - 3 , 7,10-12 "}, []string{"", "a", "1-", "1,,2", "-3", "1-2-3"}, "exhibit.pages"},
		{props("numbering", "prefix"), []string{"PETROVA-", "A", "x_y.z", strings.Repeat("P", 20)}, []string{"", "PET ROVA", "PETROVA/", strings.Repeat("P", 21)}, "numbering.prefix"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.schema["pattern"].(string))
		for _, s := range c.good {
			if !re.MatchString(s) {
				t.Errorf("%s: %q should match", c.describe, s)
			}
		}
		for _, s := range c.bad {
			if re.MatchString(s) {
				t.Errorf("%s: %q should not match", c.describe, s)
			}
		}
	}
}

func TestSchemaKeys(t *testing.T) {
	keys, err := SchemaKeys()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"":                                  {"applicant", "asylum_office", "court", "filing", "fonts", "forum", "numbering", "preparer", "sections", "service", "supplement", "translators", "version", "word"},
		"supplement":                        {"filed", "list_previous"},
		"applicant":                         {"a_number", "address", "date_of_birth", "detained", "language", "name", "nationality", "native_name"},
		"asylum_office":                     {"address", "name"},
		"court":                             {"address", "city", "hearing", "judge"},
		"preparer":                          {"address", "bar_number", "email", "eoir_id", "firm", "name", "phone"},
		"filing":                            {"confidential", "date", "letter", "list_exhibits", "ocr", "report_max_age_months", "salutation", "split", "title", "translation_order"},
		"numbering":                         {"digits", "position", "prefix", "start", "style"},
		"service":                           {"address", "date", "method", "to"},
		"sections[]":                        {"exhibits", "labels", "prefix", "title"},
		"sections[].exhibits[]":             {"accessed", "author", "date", "description", "files", "highlight", "id", "interpretation", "kind", "language", "ocr", "pages", "redact", "source", "title", "translation", "url"},
		"sections[].exhibits[].redact[]":    {"box", "page", "text"},
		"sections[].exhibits[].files[]":     {"pages", "password_env", "path"},
		"sections[].exhibits[].translation": {"files", "order", "text", "translator"},
		"sections[].exhibits[].translation.files[]":        {"pages", "password_env", "path"},
		"sections[].exhibits[].translation.translator":     {"address", "date", "name", "phone"},
		"sections[].exhibits[].interpretation":             {"declarant", "interpreter", "language"},
		"sections[].exhibits[].interpretation.interpreter": {"address", "date", "name", "phone"},
		"translators[]": {"address", "combined", "date", "id", "name", "phone"},
		"word":          {"index", "letter"},
	}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("SchemaKeys() =\n%v\nwant\n%v", keys, want)
	}
	for path, names := range keys {
		if !sort.StringsAreSorted(names) {
			t.Errorf("%q: keys not sorted: %v", path, names)
		}
	}
}

// docKeys records, for every object in the document v, its path (in the
// syntax of SchemaKeys) and keys.
func docKeys(v any, path string, out map[string][]string) {
	switch x := v.(type) {
	case map[string]any:
		if _, seen := out[path]; !seen {
			out[path] = nil
		}
		for k, sub := range x {
			out[path] = append(out[path], k)
			child := k
			if path != "" {
				child = path + "." + k
			}
			docKeys(sub, child, out)
		}
	case []any:
		for _, sub := range x {
			docKeys(sub, path+"[]", out)
		}
	}
}

func TestSampleUsesSchemaKeys(t *testing.T) {
	keys, err := SchemaKeys()
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]map[string]bool{}
	for _, doc := range []string{sampleAsylumOffice, sampleCourt} {
		got := map[string][]string{}
		docKeys(decode(t, doc), "", got)
		for path, names := range got {
			known, ok := keys[path]
			if !ok {
				t.Errorf("sample has an object at %q, the schema has none", path)
				continue
			}
			if used[path] == nil {
				used[path] = map[string]bool{}
			}
			for _, n := range names {
				used[path][n] = true
				if !slices.Contains(known, n) {
					t.Errorf("sample key %q at %q is not in the schema (%v)", n, path, known)
				}
			}
		}
	}
	// The two samples together use every key, so a key the schema declares
	// but nobody wrote in a sample stands out here.
	for path, names := range keys {
		for _, n := range names {
			if !used[path][n] {
				t.Errorf("schema key %q at %q is used by no sample", n, path)
			}
		}
	}
}

func TestSamplesValidate(t *testing.T) {
	s := loadSchema(t)
	for name, doc := range map[string]string{"asylum-office": sampleAsylumOffice, "immigration-court": sampleCourt} {
		if errs := validate(s, decode(t, doc), "$"); len(errs) > 0 {
			t.Errorf("%s sample: %v", name, errs)
		}
	}
}

func TestSchemaRejects(t *testing.T) {
	s := loadSchema(t)
	obj := func(v any, keys ...string) map[string]any {
		m := v.(map[string]any)
		for _, k := range keys {
			if k == "0" {
				m = m["sections"].([]any)[0].(map[string]any)
				continue
			}
			if k == "ex0" {
				m = m["exhibits"].([]any)[0].(map[string]any)
				continue
			}
			m = m[k].(map[string]any)
		}
		return m
	}
	cases := []struct {
		name   string
		sample string
		change func(doc map[string]any)
	}{
		{"unknown root key", sampleAsylumOffice, func(d map[string]any) { d["notes"] = "x" }},
		{"unknown applicant key", sampleAsylumOffice, func(d map[string]any) { obj(d, "applicant")["alien_number"] = "A212345678" }},
		{"version 2", sampleAsylumOffice, func(d map[string]any) { d["version"] = 2.0 }},
		{"version as string", sampleAsylumOffice, func(d map[string]any) { d["version"] = "1" }},
		{"unknown forum", sampleAsylumOffice, func(d map[string]any) { d["forum"] = "bia" }},
		{"no applicant", sampleAsylumOffice, func(d map[string]any) { delete(d, "applicant") }},
		{"bad a_number", sampleAsylumOffice, func(d map[string]any) { obj(d, "applicant")["a_number"] = "212-345-678" }},
		{"detained not bool", sampleAsylumOffice, func(d map[string]any) { obj(d, "applicant")["detained"] = "no" }},
		{"asylum office without asylum_office", sampleAsylumOffice, func(d map[string]any) { delete(d, "asylum_office") }},
		{"asylum office with court", sampleAsylumOffice, func(d map[string]any) { d["court"] = map[string]any{"city": "New York, NY"} }},
		{"asylum office with service", sampleAsylumOffice, func(d map[string]any) {
			d["service"] = map[string]any{"to": "DHS", "address": "x", "method": "mail", "date": "2026-12-01"}
		}},
		{"court without court", sampleCourt, func(d map[string]any) { delete(d, "court") }},
		{"court without service", sampleCourt, func(d map[string]any) { delete(d, "service") }},
		{"court with asylum_office", sampleCourt, func(d map[string]any) { d["asylum_office"] = map[string]any{"name": "x", "address": "y"} }},
		{"service method", sampleCourt, func(d map[string]any) { obj(d, "service")["method"] = "fax" }},
		{"hearing with seconds", sampleCourt, func(d map[string]any) { obj(d, "court")["hearing"] = "2027-01-20T09:00:00" }},
		{"bates without prefix", sampleAsylumOffice, func(d map[string]any) { delete(obj(d, "numbering"), "prefix") }},
		{"digits 13", sampleAsylumOffice, func(d map[string]any) { obj(d, "numbering")["digits"] = 13.0 }},
		{"start 0", sampleAsylumOffice, func(d map[string]any) { obj(d, "numbering")["start"] = 0.0 }},
		{"start not integer", sampleAsylumOffice, func(d map[string]any) { obj(d, "numbering")["start"] = 1.5 }},
		{"position top", sampleAsylumOffice, func(d map[string]any) { obj(d, "numbering")["position"] = "top-center" }},
		{"filing date as words", sampleAsylumOffice, func(d map[string]any) { obj(d, "filing")["date"] = "December 1, 2026" }},
		{"no sections", sampleAsylumOffice, func(d map[string]any) { d["sections"] = []any{} }},
		{"no exhibits", sampleAsylumOffice, func(d map[string]any) { obj(d, "0")["exhibits"] = []any{} }},
		{"no files", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["files"] = []any{} }},
		{"files entry without path", sampleAsylumOffice, func(d map[string]any) {
			obj(d, "0", "ex0")["files"] = []any{map[string]any{"pages": "1"}}
		}},
		{"files entry with unknown key", sampleAsylumOffice, func(d map[string]any) {
			obj(d, "0", "ex0")["files"] = []any{map[string]any{"path": "a.pdf", "page": "1"}}
		}},
		{"absolute path", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["files"] = []any{"/home/x/a.pdf"} }},
		{"backslash path", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["files"] = []any{`evidence\a.pdf`} }},
		{"bad id", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["id"] = "-passport" }},
		{"bad pages", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["pages"] = "1-" }},
		{"two-line description", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["description"] = "a\nb" }},
		{"ocr as a word", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["ocr"] = "yes" }},
		{"ocr empty list", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["ocr"] = []any{} }},
		{"ocr option as language", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["ocr"] = []any{"-l"} }},
		{"exhibit date with day only", sampleAsylumOffice, func(d map[string]any) { obj(d, "0", "ex0")["date"] = "03/06/2019" }},
	}
	for _, c := range cases {
		doc := decode(t, c.sample).(map[string]any)
		c.change(doc)
		if errs := validate(s, doc, "$"); len(errs) == 0 {
			t.Errorf("%s: the schema accepts it", c.name)
		}
	}
}

// validate checks v against schema s for the keywords in knownKeywords and
// returns the problems found. It is a small checker for this schema, not a
// general JSON Schema validator.
func validate(s any, v any, loc string) []string {
	if b, ok := s.(bool); ok {
		if b {
			return nil
		}
		return []string{loc + ": not allowed"}
	}
	m := s.(map[string]any)
	var errs []string
	fail := func(format string, args ...any) {
		errs = append(errs, loc+": "+fmt.Sprintf(format, args...))
	}
	if t, ok := m["type"]; ok {
		var types []any
		if list, ok := t.([]any); ok {
			types = list
		} else {
			types = []any{t}
		}
		if !slices.ContainsFunc(types, func(t any) bool { return hasType(v, t.(string)) }) {
			fail("type %v wanted, got %T", t, v)
			return errs
		}
	}
	if c, ok := m["const"]; ok && !reflect.DeepEqual(c, v) {
		fail("%v wanted, got %v", c, v)
	}
	if e, ok := m["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return reflect.DeepEqual(x, v) }) {
		fail("one of %v wanted, got %v", e, v)
	}
	if str, ok := v.(string); ok {
		if p, ok := m["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(str) {
			fail("%q does not match %s", str, p)
		}
		if n, ok := m["minLength"].(float64); ok && float64(utf8.RuneCountInString(str)) < n {
			fail("shorter than %v", n)
		}
	}
	if num, ok := v.(float64); ok {
		if n, ok := m["minimum"].(float64); ok && num < n {
			fail("%v below minimum %v", num, n)
		}
		if n, ok := m["maximum"].(float64); ok && num > n {
			fail("%v above maximum %v", num, n)
		}
	}
	if obj, ok := v.(map[string]any); ok {
		if req, ok := m["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[r.(string)]; !ok {
					fail("missing %s", r)
				}
			}
		}
		props, _ := m["properties"].(map[string]any)
		for k, sub := range obj {
			if ps, ok := props[k]; ok {
				errs = append(errs, validate(ps, sub, loc+"."+k)...)
			} else if ap, ok := m["additionalProperties"]; ok {
				errs = append(errs, validate(ap, sub, loc+"."+k)...)
			}
		}
	}
	if arr, ok := v.([]any); ok {
		if n, ok := m["minItems"].(float64); ok && float64(len(arr)) < n {
			fail("fewer than %v items", n)
		}
		if items, ok := m["items"]; ok {
			for i, sub := range arr {
				errs = append(errs, validate(items, sub, fmt.Sprintf("%s[%d]", loc, i))...)
			}
		}
	}
	if list, ok := m["allOf"].([]any); ok {
		for _, sub := range list {
			errs = append(errs, validate(sub, v, loc)...)
		}
	}
	if list, ok := m["anyOf"].([]any); ok {
		if !slices.ContainsFunc(list, func(sub any) bool { return len(validate(sub, v, loc)) == 0 }) {
			fail("matches none of anyOf")
		}
	}
	if list, ok := m["oneOf"].([]any); ok {
		n := 0
		for _, sub := range list {
			if len(validate(sub, v, loc)) == 0 {
				n++
			}
		}
		if n != 1 {
			fail("matches %d of oneOf, want exactly 1", n)
		}
	}
	if not, ok := m["not"]; ok && len(validate(not, v, loc)) == 0 {
		if msg, ok := m["errorMessage"].(string); ok {
			fail("%s", msg)
		} else {
			fail("matches a schema that is not allowed")
		}
	}
	if cond, ok := m["if"]; ok {
		if len(validate(cond, v, loc)) == 0 {
			if then, ok := m["then"]; ok {
				errs = append(errs, validate(then, v, loc)...)
			}
		} else if els, ok := m["else"]; ok {
			errs = append(errs, validate(els, v, loc)...)
		}
	}
	return errs
}

func hasType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	case "null":
		return v == nil
	}
	return false
}
