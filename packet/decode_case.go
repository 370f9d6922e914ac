package packet

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/asylumpacket/packet/exhibits"
	"gopkg.in/yaml.v3"
)

func (d *decoder) decodeCase(n *yaml.Node) *Case {
	c := &Case{}
	m := d.mapping(n, "")
	d.require(n, "", m, "version", "forum", "applicant", "preparer", "filing", "sections")
	if v, ok := d.integer(m["version"], "version", 1, 1); ok {
		c.Version = v
	}
	c.Forum = Forum(d.choice(m["forum"], "forum", string(AsylumOffice), string(ImmigrationCourt)))
	c.Applicant = d.applicant(m["applicant"])
	if v := m["asylum_office"]; v != nil {
		o := d.mapping(v, "asylum_office")
		d.require(v, "asylum_office", o, "name", "address")
		c.AsylumOffice = &Office{Name: d.text(o["name"], "asylum_office.name"), Address: d.text(o["address"], "asylum_office.address")}
	}
	if v := m["court"]; v != nil {
		c.Court = d.court(v)
	}
	c.Preparer = d.preparer(m["preparer"])
	c.Filing = d.filing(m["filing"])
	c.Numbering = d.numbering(m["numbering"])
	if v := m["service"]; v != nil {
		c.Service = d.service(v)
	}
	if v := m["supplement"]; v != nil {
		sm := d.mapping(v, "supplement")
		d.require(v, "supplement", sm, "filed")
		c.Supplement = &Supplement{
			Filed:        d.text(sm["filed"], "supplement.filed"),
			ListPrevious: d.boolean(sm["list_previous"], "supplement.list_previous"),
		}
	}
	if v := m["word"]; v != nil {
		c.Word = d.word(v)
	}
	for i, f := range d.list(m["fonts"], "fonts") {
		c.Fonts = append(c.Fonts, d.text(f, fmt.Sprintf("fonts[%d]", i)))
	}
	for i, t := range d.list(m["translators"], "translators") {
		c.Translators = append(c.Translators, d.translator(t, fmt.Sprintf("translators[%d]", i), true))
	}
	c.numberingSet = m["numbering"] != nil && d.mapping(m["numbering"], "numbering")["start"] != nil
	sections := d.list(m["sections"], "sections")
	if len(sections) == 0 && !isNull(m["sections"]) {
		d.fail(m["sections"], "sections", "needs at least one section")
	}
	for i, s := range sections {
		c.Sections = append(c.Sections, d.section(s, fmt.Sprintf("sections[%d]", i)))
	}
	return c
}

func (d *decoder) applicant(n *yaml.Node) Applicant {
	const p = "applicant"
	m := d.mapping(n, p)
	if n != nil {
		d.require(n, p, m, "name", "a_number")
	}
	a := Applicant{
		Name:        d.text(m["name"], p+".name"),
		NativeName:  d.text(m["native_name"], p+".native_name"),
		DateOfBirth: d.date(m["date_of_birth"], p+".date_of_birth", false),
		Nationality: d.text(m["nationality"], p+".nationality"),
		Address:     d.text(m["address"], p+".address"),
		Detained:    d.boolean(m["detained"], p+".detained"),
		Language:    d.text(m["language"], p+".language"),
	}
	if s := d.text(m["a_number"], p+".a_number"); s != "" {
		if v, ok := parseANumber(s); ok {
			a.ANumber = v
		} else {
			d.fail(m["a_number"], p+".a_number", "%q is not an A-number (allowed: \"A\" and 8 or 9 digits, dashes and spaces between them, e.g. A-212-345-678)", s)
		}
	}
	return a
}

func (d *decoder) court(n *yaml.Node) *Court {
	const p = "court"
	m := d.mapping(n, p)
	d.require(n, p, m, "city")
	c := &Court{
		City:    d.text(m["city"], p+".city"),
		Address: d.text(m["address"], p+".address"),
		Judge:   d.text(m["judge"], p+".judge"),
	}
	if s, ok := d.scalar(m["hearing"], p+".hearing", "a date"); ok {
		if v, ok := parseMoment(s); ok {
			c.Hearing = v
		} else {
			d.fail(m["hearing"], p+".hearing", "%q is not a valid date and time (allowed: YYYY-MM-DD or YYYY-MM-DDTHH:MM)", s)
		}
	}
	return c
}

func (d *decoder) preparer(n *yaml.Node) Preparer {
	const p = "preparer"
	m := d.mapping(n, p)
	if n != nil {
		d.require(n, p, m, "name")
	}
	return Preparer{
		Name:      d.text(m["name"], p+".name"),
		Firm:      d.text(m["firm"], p+".firm"),
		Address:   d.text(m["address"], p+".address"),
		Phone:     d.text(m["phone"], p+".phone"),
		Email:     d.text(m["email"], p+".email"),
		EOIRID:    d.text(m["eoir_id"], p+".eoir_id"),
		BarNumber: d.text(m["bar_number"], p+".bar_number"),
	}
}

func (d *decoder) filing(n *yaml.Node) Filing {
	const p = "filing"
	m := d.mapping(n, p)
	if n != nil {
		d.require(n, p, m, "title", "date")
	}
	f := Filing{
		Title:            d.text(m["title"], p+".title"),
		Date:             d.date(m["date"], p+".date", false),
		Salutation:       d.text(m["salutation"], p+".salutation"),
		Letter:           d.text(m["letter"], p+".letter"),
		ListExhibits:     d.boolean(m["list_exhibits"], p+".list_exhibits"),
		Confidential:     d.boolean(m["confidential"], p+".confidential"),
		OCR:              d.boolean(m["ocr"], p+".ocr"),
		TranslationOrder: d.choice(m["translation_order"], p+".translation_order", TranslationFirst, OriginalFirst),
	}
	d.placeText(m["letter"], p+".letter")
	if v, ok := d.integer(m["report_max_age_months"], p+".report_max_age_months", 1, 600); ok {
		f.ReportMaxAge = v
	}
	if s, ok := d.scalar(m["split"], p+".split", "a size such as 25MB"); ok {
		if n, ok := parseSize(s); ok {
			f.Split = n
		} else {
			d.fail(m["split"], p+".split", "%q is not a size (allowed: a number with KB, MB or GB, from 100KB, e.g. 25MB)", s)
		}
	}
	return f
}

// parseSize reads a file size such as "25MB", "24.5 MB" or "500KB" (decimal
// units, as filing systems state their limits).
func parseSize(s string) (int64, bool) {
	s = strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	units := map[string]float64{"KB": 1e3, "MB": 1e6, "GB": 1e9}
	for suffix, unit := range units {
		if num, ok := strings.CutSuffix(s, suffix); ok {
			v, err := strconv.ParseFloat(num, 64)
			if err != nil || v*unit < 100e3 || v*unit > 100e9 {
				return 0, false
			}
			return int64(v * unit), true
		}
	}
	return 0, false
}

func (d *decoder) numbering(n *yaml.Node) Numbering {
	const p = "numbering"
	m := d.mapping(n, p)
	num := Numbering{Style: StylePage, Position: BottomCenter, Digits: 6, Start: 1}
	if s := d.choice(m["style"], p+".style", StylePage, StyleBates); s != "" {
		num.Style = s
	}
	if s := d.choice(m["position"], p+".position", BottomCenter, BottomLeft, BottomRight); s != "" {
		num.Position = s
	}
	num.Prefix = d.text(m["prefix"], p+".prefix")
	if v, ok := d.integer(m["digits"], p+".digits", 1, 12); ok {
		num.Digits = v
	}
	if v, ok := d.integer(m["start"], p+".start", 1, 999_999_999); ok {
		num.Start = v
	}
	return num
}

func (d *decoder) service(n *yaml.Node) *Service {
	const p = "service"
	m := d.mapping(n, p)
	d.require(n, p, m, "to", "address", "method", "date")
	return &Service{
		To:      d.text(m["to"], p+".to"),
		Address: d.text(m["address"], p+".address"),
		Method:  d.choice(m["method"], p+".method", "mail", "hand", "electronic"),
		Date:    d.date(m["date"], p+".date", false),
	}
}

func (d *decoder) section(n *yaml.Node, p string) Section {
	m := d.mapping(n, p)
	d.require(n, p, m, "title", "exhibits")
	s := Section{
		Title:  d.text(m["title"], p+".title"),
		Labels: d.choice(m["labels"], p+".labels", LabelLetters, LabelNumbers),
		Prefix: d.text(m["prefix"], p+".prefix"),
	}
	list := d.list(m["exhibits"], p+".exhibits")
	if len(list) == 0 && !isNull(m["exhibits"]) {
		d.fail(m["exhibits"], p+".exhibits", "needs at least one exhibit")
	}
	for i, e := range list {
		s.Exhibits = append(s.Exhibits, d.exhibit(e, fmt.Sprintf("%s.exhibits[%d]", p, i)))
	}
	return s
}

func (d *decoder) exhibit(n *yaml.Node, p string) Exhibit {
	m := d.mapping(n, p)
	d.require(n, p, m, "id", "title", "files")
	e := Exhibit{
		ID:          d.text(m["id"], p+".id"),
		Kind:        d.choice(m["kind"], p+".kind", KindDocument, KindDeclaration, KindCountryReport),
		Title:       d.text(m["title"], p+".title"),
		Description: d.text(m["description"], p+".description"),
		Date:        d.date(m["date"], p+".date", true),
		Language:    d.text(m["language"], p+".language"),
		Pages:       d.pages(m["pages"], p+".pages"),
		Files:       d.files(m["files"], p+".files"),
		Highlight:   d.phrases(m["highlight"], p+".highlight"),
		Redact:      d.redactions(m["redact"], p+".redact"),
		path:        p,
	}
	e.OCR, e.OCRLanguages = d.ocr(m["ocr"], p+".ocr")
	if v := m["translation"]; v != nil {
		e.Translation = d.translation(v, p+".translation")
	}
	if v := m["interpretation"]; v != nil {
		e.Interpretation = d.interpretation(v, p+".interpretation")
	}
	report := &Report{
		Source:   d.text(m["source"], p+".source"),
		Author:   d.text(m["author"], p+".author"),
		URL:      d.text(m["url"], p+".url"),
		Accessed: d.date(m["accessed"], p+".accessed", false),
	}
	if e.Kind == KindCountryReport {
		e.Report = report
		d.require(n, p, m, "source", "date")
	} else {
		for _, k := range []string{"source", "author", "url", "accessed"} {
			if v := m[k]; v != nil {
				d.fail(v, p+"."+k, "belongs to a country report: add kind: country-report to the exhibit")
			}
		}
	}
	return e
}

// files reads a list of evidence files: paths, or mappings with a path and
// a page selection.
func (d *decoder) files(n *yaml.Node, p string) []File {
	list := d.list(n, p)
	if len(list) == 0 && !isNull(n) {
		d.fail(n, p, "needs at least one file")
	}
	var out []File
	for i, f := range list {
		fp := fmt.Sprintf("%s[%d]", p, i)
		file := File{path: fp}
		if f.Kind == yaml.MappingNode {
			fm := d.mapping(f, fp)
			d.require(f, fp, fm, "path")
			file.Path = d.text(fm["path"], fp+".path")
			file.Pages = d.pages(fm["pages"], fp+".pages")
			file.PasswordEnv = d.envName(fm["password_env"], fp+".password_env")
		} else if file.Path = d.text(f, fp); file.Path == "" {
			d.fail(f, fp, "is empty (allowed: the path of an evidence file: PDF, image, Word or text document)")
		}
		out = append(out, file)
	}
	return out
}

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// envName reads the name of an environment variable. A value that is not
// a name may be the password itself, so it is never echoed.
func (d *decoder) envName(n *yaml.Node, p string) string {
	s := d.text(n, p)
	if s != "" && !envName.MatchString(s) {
		d.fail(n, p, "is not the name of an environment variable (allowed: letters, digits and _, e.g. BANK_STATEMENT_PASSWORD); the password itself never goes in the case file")
		return ""
	}
	return s
}

func (d *decoder) translation(n *yaml.Node, p string) *Translation {
	m := d.mapping(n, p)
	d.require(n, p, m, "translator")
	t := &Translation{
		Files: d.files(m["files"], p+".files"),
		Text:  d.text(m["text"], p+".text"),
		Order: d.choice(m["order"], p+".order", TranslationFirst, OriginalFirst),
		path:  p,
	}
	d.placeText(m["text"], p+".text")
	if v := m["translator"]; v != nil {
		t.Translator = d.translator(v, p+".translator", false)
	}
	switch {
	case len(t.Files) > 0 && t.Text != "":
		d.fail(m["text"], p+".text", "give the translation as files or as text, not both")
	case len(t.Files) == 0 && strings.TrimSpace(t.Text) == "" && !isNull(n):
		d.fail(n, p, "needs the English translation: files (translated documents) or text (typeset by packet)")
	}
	return t
}

func (d *decoder) interpretation(n *yaml.Node, p string) *Interpretation {
	m := d.mapping(n, p)
	d.require(n, p, m, "language", "interpreter")
	in := &Interpretation{
		Language:  d.text(m["language"], p+".language"),
		Declarant: d.text(m["declarant"], p+".declarant"),
	}
	if v := m["interpreter"]; v != nil {
		in.Interpreter = d.translator(v, p+".interpreter", false)
	}
	return in
}

// translator reads a translator: in the translators list (listed), or
// where a translation names one, by the id of a listed translator or
// written out.
func (d *decoder) translator(n *yaml.Node, p string, listed bool) *Translator {
	t := &Translator{path: p}
	if !listed && n.Kind == yaml.ScalarNode {
		t.ID = d.text(n, p) // resolved against the list by check
		return t
	}
	m := d.mapping(n, p)
	if listed {
		d.require(n, p, m, "id", "name")
		t.ID = d.text(m["id"], p+".id")
		t.Combined = d.boolean(m["combined"], p+".combined")
	} else {
		d.require(n, p, m, "name")
	}
	t.Name = d.text(m["name"], p+".name")
	t.Address = d.text(m["address"], p+".address")
	t.Phone = d.text(m["phone"], p+".phone")
	t.Date = d.date(m["date"], p+".date", false)
	return t
}

// pages reads a page selection; a lone number is a selection too.
func (d *decoder) pages(n *yaml.Node, p string) string {
	s, ok := d.scalar(n, p, `a page selection such as "1-3,7"`)
	if !ok {
		return ""
	}
	if _, err := exhibits.ParsePages(s); err != nil {
		d.fail(n, p, "%v", err)
		return ""
	}
	return s
}

// word reads the request for Word documents: true for the shipped
// templates, or the paths of the user's own.
func (d *decoder) word(n *yaml.Node) *Word {
	if n.Kind == yaml.ScalarNode {
		if d.boolean(n, "word") {
			return &Word{}
		}
		return nil
	}
	m := d.mapping(n, "word")
	return &Word{Letter: d.text(m["letter"], "word.letter"), Index: d.text(m["index"], "word.index")}
}
