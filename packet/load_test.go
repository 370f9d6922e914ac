package packet

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/asylumpacket/packet/templates"
)

// validCase is a small sound case; tests change it to make mistakes.
const validCase = `version: 1
forum: asylum-office
applicant:
  name: Ivana Petrova
  native_name: Ивана Петрова
  a_number: A-212-345-678
  date_of_birth: 1990-04-12
asylum_office: { name: Newark Asylum Office, address: "1200 Wall Street West\nLyndhurst, NJ 07071" }
preparer: { name: "Maria Okafor, Esq." }
filing:
  title: Applicant's Evidence in Support of Form I-589
  date: 2026-12-01
sections:
  - title: Identity
    exhibits:
      - id: passport
        title: Passport
        files: [evidence/passport.pdf]
      - id: birth
        title: Birth certificate
        date: 1990-05
        files:
          - path: evidence/birth.pdf
            pages: "1"
`

func caseFS(yaml string) fstest.MapFS {
	return fstest.MapFS{
		"case.yaml":             {Data: []byte(yaml)},
		"evidence/passport.pdf": {Data: []byte("%PDF-1.4 not read by Load")},
		"evidence/birth.pdf":    {Data: []byte("%PDF-1.4 not read by Load")},
	}
}

func TestLoadValid(t *testing.T) {
	c, err := LoadFS(caseFS(validCase), "case.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Applicant.ANumber.String(); got != "A-212-345-678" {
		t.Errorf("A-number %q", got)
	}
	e := c.Sections[0].Exhibits
	if e[0].Label != "A" || e[1].Label != "B" {
		t.Errorf("labels %q %q", e[0].Label, e[1].Label)
	}
	if e[1].Date.Long() != "May 1990" || e[1].Files[0].Pages != "1" {
		t.Errorf("birth exhibit decoded as %+v", e[1])
	}
	if c.Numbering.Style != StylePage || c.Numbering.Position != BottomCenter || c.Numbering.Start != 1 {
		t.Errorf("numbering defaults: %+v", c.Numbering)
	}
}

// TestFiveMistakes is the acceptance case: an unknown key, a missing file,
// a duplicate id, a malformed A-number and a wrong type, all reported at
// once with their lines and columns.
func TestFiveMistakes(t *testing.T) {
	bad := strings.NewReplacer(
		"  date_of_birth: 1990-04-12", "  date_of_birth: 1990-04-12\n  eye_colour: brown", // unknown key, line 8
		"evidence/passport.pdf", "evidence/pasport.pdf", // missing file, line 18
		"id: birth", "id: passport", // duplicate id, line 19
		"A-212-345-678", "B-212-345", // malformed A-number, line 6
		"  name: Ivana Petrova", "  name: Ivana Petrova\n  detained: maybe", // wrong type, line 5
	).Replace(validCase)
	_, err := LoadFS(caseFS(bad), "case.yaml")
	list, ok := AsErrorList(err)
	if !ok {
		t.Fatalf("want an ErrorList, got %v", err)
	}
	want := []string{
		`case.yaml:5:13: applicant.detained: must be true or false, not "maybe"`,
		`case.yaml:7:13: applicant.a_number: "B-212-345" is not an A-number`,
		`case.yaml:9:3: applicant.eye_colour: unknown field (allowed here: name, native_name, a_number`,
		`case.yaml:20:17: sections[0].exhibits[0].files[0]: "evidence/pasport.pdf" does not exist`,
		`case.yaml:21:13: sections[0].exhibits[1].id: "passport" is used twice: also at line 18`,
	}
	if len(list) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(list), len(want), lines(list))
	}
	for i, w := range want {
		if !strings.HasPrefix(list[i].Error(), w) {
			t.Errorf("problem %d:\n got %s\nwant %s…", i, list[i], w)
		}
	}
}

func lines(l ErrorList) string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error() + "\n")
	}
	return b.String()
}

func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"version", "version: 1", "version: 2", `version: must be from 1 to 1, not 2`},
		{"forum", "forum: asylum-office", "forum: court", `forum: "court" is not allowed (allowed: asylum-office, immigration-court)`},
		{"court with office", "preparer:", "court: { city: Newark }\npreparer:", `court: not allowed with forum asylum-office`},
		{"date", "date: 2026-12-01", "date: 2026-13-01", `filing.date: "2026-13-01" is not a valid date (allowed: YYYY-MM-DD)`},
		{"missing title", "  title: Applicant's Evidence in Support of Form I-589\n", "", `filing.title: is required`},
		{"section title type", "  - title: Identity", "  - title: [Identity]", `sections[0].title: must be text, not a list`},
		{"pages syntax", `pages: "1"`, `pages: "3-1"`, `the range 3-1 runs backwards`},
		{"pages words", `pages: "1"`, `pages: "first"`, `is not a page selection`},
		{"absolute path", "evidence/passport.pdf", "/etc/passport.pdf", `evidence paths must be relative and stay inside the case folder`},
		{"escape", "evidence/passport.pdf", "../passport.pdf", `evidence paths must be relative and stay inside the case folder`},
		{"backslash", "evidence/passport.pdf", `evidence\\passport.pdf`, `forward slashes`},
		{"bad id", "id: passport", "id: pass port", `is not an id`},
		{"bates without prefix", "sections:", "numbering: { style: bates }\nsections:", `bates numbering needs a prefix`},
		{"no glyph", "Ivana Petrova\n", "Ivana த Petrova\n", `applicant.name: the character "த" (U+0BA4) is in none of the fonts packet prints with; add a TrueType (.ttf) font that has it under fonts:`},
		{"beyond the BMP", "Ivana Petrova\n", "Ivana 😀 Petrova\n", `the character "😀" (U+1F600, beyond the Basic Multilingual Plane`},
		{"typeset translation", "        title: Passport\n", "        title: Passport\n        translation:\n          text: محمد\n          translator: { name: Ann Lee }\n", `translation.text: the character "م" (U+0645) cannot be typeset here`},
		{"control character", "title: Passport", `title: "Pass\u0007port"`, `control character U+0007`},
		{"repeated key", "  name: Ivana Petrova\n", "  name: Ivana Petrova\n  name: Ivana\n", `applicant.name: appears twice (first on line 4)`},
		{"empty file", "files: [evidence/passport.pdf]", "files: [~]", `files[0]: is empty`},
		{"merge key", "preparer: {", "base: &b {name: x}\npreparer: {<<: *b, ", `merge keys (<<) are not supported`},
		{"not yaml", "sections:", "sections: [", `not valid YAML`},
		{"no exhibits", "    exhibits:\n", "    exhibits: []\n    old:\n", `sections[0].exhibits: needs at least one exhibit`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Replace(validCase, tt.from, tt.to, 1)
			if text == validCase {
				t.Fatalf("replacement %q not applied", tt.from)
			}
			_, err := LoadFS(caseFS(text), "case.yaml")
			l, _ := AsErrorList(err)
			if !strings.Contains(lines(l), tt.want) {
				t.Fatalf("want a problem containing %q, got:\n%v", tt.want, lines(l))
			}
		})
	}
}

func TestANumber(t *testing.T) {
	for in, want := range map[string]string{
		"A-212-345-678": "A-212-345-678", "A212345678": "A-212-345-678", "a 212 345 678": "A-212-345-678",
		"A12345678": "A-012-345-678", "A-12-345-678": "A-012-345-678",
	} {
		got, ok := parseANumber(in)
		if !ok || got.String() != want {
			t.Errorf("parseANumber(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "A", "212345678", "A-212-345-6789", "A1234567", "A-212-34X-678", "B212345678"} {
		if _, ok := parseANumber(in); ok {
			t.Errorf("parseANumber(%q) accepted", in)
		}
	}
}

func TestDeadlineWarning(t *testing.T) {
	text := strings.NewReplacer("forum: asylum-office", "forum: immigration-court",
		"asylum_office: { name: Newark Asylum Office, address: \"1200 Wall Street West\\nLyndhurst, NJ 07071\" }",
		"court: { city: \"Newark, NJ\", hearing: 2026-12-20T09:00 }\nservice: { to: DHS OPLA, address: Newark, method: mail, date: 2026-12-01 }",
	).Replace(validCase)
	c, err := LoadFS(caseFS(text), "case.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0].Error(), "19 days before the hearing") {
		t.Fatalf("warnings: %v", c.Warnings)
	}
}

// TestKeysMatchSchema holds the loader and the shipped JSON Schema together.
func TestKeysMatchSchema(t *testing.T) {
	schema, err := templates.SchemaKeys()
	if err != nil {
		t.Fatal(err)
	}
	for path, keys := range knownKeys {
		got := slices.Sorted(slices.Values(keys))
		if !slices.Equal(got, schema[path]) {
			t.Errorf("%q: loader knows %v, schema %v", path, got, schema[path])
		}
	}
	for path := range schema {
		if _, ok := knownKeys[path]; !ok {
			t.Errorf("schema has object %q that the loader does not know", path)
		}
	}
}

func TestErrorListMessage(t *testing.T) {
	l := ErrorList{{File: "c.yaml", Line: 3, Col: 1, Field: "a", Msg: "x"}, {File: "c.yaml", Line: 1, Col: 2, Field: "b", Msg: "y"}}
	err := l.Err()
	if err.Error() != "c.yaml:1:2: b: y (and 1 more error)" {
		t.Fatalf("got %q", err)
	}
	var list ErrorList
	if !errors.As(err, &list) || list[0].Field != "b" {
		t.Fatal("not sorted or not an ErrorList")
	}
}

// TestAliasBomb checks that nested aliases are refused quickly, with one
// problem, instead of expanding into millions of nodes: 100 sections of 100
// exhibits of 100 files, written in a few kilobytes.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString(strings.SplitN(validCase, "sections:", 2)[0])
	b.WriteString("sections:\n  - &s {title: s, exhibits: [&e {id: a, title: t, files: [&p evidence/passport.pdf")
	b.WriteString(strings.Repeat(", *p", 99) + "]}" + strings.Repeat(", *e", 99) + "]}\n")
	b.WriteString(strings.Repeat("  - *s\n", 99))
	start := time.Now()
	_, err := LoadFS(caseFS(b.String()), "case.yaml")
	list, _ := AsErrorList(err)
	if len(list) != 1 || !strings.Contains(list[0].Error(), "more than 1000 alias expansions") {
		t.Fatalf("an alias bomb was not refused:\n%s", lines(list))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Logf("refusing took %v", d) // reported, not asserted: timing belongs in benchmarks
	}
}
