package casegen

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// planner decides everything about a synthetic case up front, from one
// random stream, so that files can then be rendered in any order.
type planner struct {
	s         Spec
	r         *rand.Rand
	applicant person
	aNumber   string
	lawyer    int
	office    int
	court     int
	detained  bool
	photos    int // photos so far, to cycle the orientations
}

func newPlanner(s Spec) *planner {
	r := newRand(s.Seed)
	return &planner{
		s:         s,
		r:         r,
		applicant: pick(r, applicants),
		aNumber:   fmt.Sprintf("A-2%02d-%03d-%03d", r.IntN(100), r.IntN(1000), r.IntN(1000)),
		lawyer:    r.IntN(len(lawyers)),
		office:    r.IntN(len(asylumOffices)),
		court:     r.IntN(len(courts)),
		detained:  r.IntN(2) == 0,
	}
}

func (p *planner) plan() []*plannedExhibit {
	kinds := make([]Kind, p.s.Exhibits)
	for i := range kinds {
		kinds[i] = p.s.Kinds[i%len(p.s.Kinds)]
	}
	p.r.Shuffle(len(kinds), func(i, j int) { kinds[i], kinds[j] = kinds[j], kinds[i] })
	exhibits := make([]*plannedExhibit, len(kinds))
	for i, k := range kinds {
		e := p.exhibit(i+1, k)
		e.id = fmt.Sprintf("ex%03d-%s", i+1, k)
		if p.s.LongTitles {
			e.title = p.lengthen(e.title)
		}
		e.section = sectionTitle(i * p.s.Sections / p.s.Exhibits)
		exhibits[i] = e
	}
	return exhibits
}

func sectionTitle(i int) string {
	if i < len(sectionTitles) {
		return sectionTitles[i]
	}
	return fmt.Sprintf("Additional evidence, part %d", i-len(sectionTitles)+2)
}

func (p *planner) exhibit(n int, k Kind) *plannedExhibit {
	switch k {
	case KindReport:
		return p.report(n)
	case KindScan:
		return p.scan(n)
	case KindPhoto:
		return p.photo(n)
	case KindScreenshot:
		return p.screenshot(n)
	case KindTranslation:
		return p.translation(n)
	}
	return p.text(n)
}

// lengthen appends details to a title until it is over 200 characters.
func (p *planner) lengthen(title string) string {
	for i := p.r.IntN(len(longDetails)); len([]rune(title)) < 210; i++ {
		title += ", " + longDetails[i%len(longDetails)]
	}
	return title
}

// date returns a document date in 2018-2026: usually a day, sometimes only a
// month or a year, as the case file allows.
func (p *planner) date() string {
	t := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, p.r.IntN(8*365+300))
	switch p.r.IntN(8) {
	case 0:
		return t.Format("2006-01")
	case 1:
		return t.Format("2006")
	}
	return t.Format("2006-01-02")
}

func fileName(n int, kind string, ext string) string {
	return fmt.Sprintf("evidence/%03d-%s.%s", n, kind, ext)
}

func (p *planner) text(n int) *plannedExhibit {
	seed, size := p.r.Uint64(), pick(p.r, p.s.PageSizes)
	e := &plannedExhibit{date: p.date()}
	var topic, author string
	var signature []string
	if p.r.IntN(2) == 0 {
		w := pick(p.r, witnesses)
		e.title = pick(p.r, []string{"Declaration of ", "Letter of support from ", "Affidavit of "}) + w
		e.description = "Corroborates the applicant's account of the threats."
		topic, author, signature = TopicStatement, w, []string{w}
	} else {
		c := pick(p.r, clinics)
		e.title = "Medical record from " + c
		e.description = "Documents the treatment the applicant received."
		topic, author, signature = TopicRecord, c, []string{"Attending physician", c}
	}
	withTable := p.r.IntN(4) == 0
	f := &plannedFile{name: fileName(n, "text", "pdf"), pages: 1 + p.r.IntN(p.s.MaxPages), lo: 1, hi: p.s.MaxPages}
	if withTable {
		f.extra = 1
	}
	title := e.title
	f.render = func(w io.Writer, f *plannedFile) error {
		d := TextDoc{Size: size, Pages: f.pages, Title: title, Filler: topic, Seed: seed,
			Signature: signature, Numbered: true, Author: author}
		if withTable {
			d.Next = []TextDoc{{Size: size.Landscape(), Pages: 1, Title: "Annex: chronology of events",
				Table: chronology(seed), Filler: TopicNone}}
		}
		_, err := TextPDF(w, d)
		return err
	}
	e.files = []*plannedFile{f}
	if p.r.IntN(4) == 0 {
		e.sel = skipSecond
	}
	return e
}

// chronology is a table of dated events for a landscape annex page.
func chronology(seed uint64) *Table {
	r := newRand(seed)
	t := &Table{Header: []string{"Date", "Event", "Reported to", "Outcome"}, Widths: []float64{1.2, 5, 2, 2.5}}
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	s := newProse(seed, TopicStatement)
	for range 8 {
		day = day.AddDate(0, 0, 5+r.IntN(40))
		t.Rows = append(t.Rows, []string{day.Format("2006-01-02"), s.sentence(),
			pick(r, []string{"District police", "Prosecutor", "Nobody", "Municipality"}),
			pick(r, []string{"No action", "Complaint registered", "Closed after two weeks", "Pending"})})
	}
	return t
}

func (p *planner) report(n int) *plannedExhibit {
	org, theme, year := pick(p.r, orgs), pick(p.r, reportThemes), 2022+p.r.IntN(5)
	country := p.applicant.nationality
	e := &plannedExhibit{
		title:       org + ", \"" + country + ": " + theme + "\" (" + fmt.Sprint(year) + ")",
		description: "Country conditions: " + strings.ToLower(theme) + " in " + country + ".",
		date:        fmt.Sprintf("%d-%02d", year, 1+p.r.IntN(12)),
	}
	lo, hi := p.s.ReportPages[0], p.s.ReportPages[1]
	f := &plannedFile{name: fileName(n, "report", "pdf"), pages: lo + p.r.IntN(hi-lo+1), lo: lo, hi: hi}
	if p.r.IntN(3) > 0 {
		f.sel = excerpt
		f.lo = max(lo, 6) // below six pages there is nothing to excerpt, and the count would jump
		f.pages = max(f.pages, f.lo)
	}
	seed, size := p.r.Uint64(), pick(p.r, []Size{Letter, A4})
	f.render = func(w io.Writer, f *plannedFile) error {
		_, err := TextPDF(w, reportDoc(org, country+": "+theme, year, size, f.pages, seed))
		return err
	}
	e.files = []*plannedFile{f}
	return e
}

// reportDoc lays out a report of exactly pages pages in chapters of about
// four pages, each starting on a new page.
func reportDoc(org, title string, year int, size Size, pages int, seed uint64) TextDoc {
	chapters := max(1, (pages+3)/4)
	d := TextDoc{Letterhead: []string{org, fmt.Sprintf("Annual report %d", year)}, Title: title}
	parts := make([]TextDoc, chapters)
	for i := range parts {
		parts[i] = TextDoc{Size: size, Pages: pages / chapters, Filler: TopicReport, Seed: seed + uint64(i),
			Paragraphs: []string{fmt.Sprintf("## %d. %s", i+1, chapterTitles[i%len(chapterTitles)])}}
		if i < pages%chapters {
			parts[i].Pages++
		}
	}
	first := parts[0]
	first.Letterhead, first.Title = d.Letterhead, d.Title
	first.Numbered, first.Author = true, org
	first.Next = parts[1:]
	return first
}

func (p *planner) scan(n int) *plannedExhibit {
	doc := pick(p.r, scannedDocs)
	e := &plannedExhibit{
		title:       "Scanned " + doc.title + " of " + p.applicant.name,
		description: "Copy of the original record, as scanned.",
		date:        p.date(),
	}
	count := p.s.ScanPages[0] + p.r.IntN(p.s.ScanPages[1]-p.s.ScanPages[0]+1)
	for i := range count {
		s := Scan{Size: pick(p.r, []Size{Letter, A4, Legal}), DPI: p.s.ScanDPI, Gray: p.r.IntN(2) == 0, Grain: p.s.Grain,
			Seed: p.r.Uint64(), Heading: []string{doc.heading}, Stamp: i == count-1,
			Lines: []string{"Name: " + p.applicant.ascii, "Issued: " + e.date}}
		if i > 0 {
			s.Heading = []string{fmt.Sprintf("%s (page %d)", doc.heading, i+1)}
		}
		e.files = append(e.files, p.imageFile(n, fmt.Sprintf("scan-%d", i+1), max(s.DPI, 100), func(w io.Writer) error { return ScanJPEG(w, s) }))
	}
	return e
}

func (p *planner) photo(n int) *plannedExhibit {
	msgs := p.messages()
	e := &plannedExhibit{
		title:       "Photographs of the note left at the door of " + p.applicant.name + "'s home",
		description: "Taken by the applicant with a phone on the day the note was found.",
		date:        p.date(),
	}
	taken, _ := time.Parse("2006-01-02", e.date)
	count := 1 + p.r.IntN(2)
	for i := range count {
		o := []int{6, 8, 3}[p.photos%3]
		p.photos++
		ph := Photo{Width: p.s.PhotoSize[0], Height: p.s.PhotoSize[1], Orientation: o, Seed: p.r.Uint64(), Grain: p.s.Grain, Taken: taken.Add(20 * time.Hour),
			Note: []string{strings.ToUpper(msgs[i%len(msgs)][0])}}
		e.files = append(e.files, p.imageFile(n, fmt.Sprintf("photo-%d", i+1), 200, func(w io.Writer) error { return PhotoJPEG(w, ph) }))
	}
	if count == 1 {
		e.title = strings.Replace(e.title, "Photographs", "Photograph", 1)
	}
	return e
}

func (p *planner) messages() [][2]string {
	if m, ok := chatMessages[p.applicant.lang]; ok {
		return m
	}
	return chatMessages["es"]
}

func (p *planner) screenshot(n int) *plannedExhibit {
	msgs := p.messages()
	lang := languageNames[p.applicant.lang]
	e := &plannedExhibit{
		title:       "Screenshot of threatening messages, with English translation",
		description: "Messages from an unknown number received by the applicant.",
		date:        p.date(),
	}
	number := fmt.Sprintf("%s 555 01%02d", p.applicant.phone, p.r.IntN(100))
	shot := Screenshot{Contact: number, Clock: fmt.Sprintf("%02d:%02d", 18+p.r.IntN(5), p.r.IntN(60)), Alpha: p.r.IntN(2) == 0}
	table := &Table{Header: []string{"Time", "Message as received (" + lang + ")", "English translation"}, Widths: []float64{1, 3, 3}}
	for i, m := range msgs {
		t := fmt.Sprintf("21:%02d", 30+3*i)
		shot.Messages = append(shot.Messages, Message{Text: m[0], Time: t})
		table.Rows = append(table.Rows, []string{t, m[0], m[1]})
	}
	translator := p.translator()
	translation := TextDoc{Title: "English translation of the messages in the screenshot", Table: table,
		Pages: 1, Filler: TopicNone, Next: []TextDoc{CertificateOfTranslation(translator, lang, "screenshot of messages from "+number)}}
	e.files = []*plannedFile{
		{name: fileName(n, "screenshot", "png"), pages: 1,
			render: func(w io.Writer, _ *plannedFile) error { return ScreenshotPNG(w, shot) }},
		{name: fileName(n, "screenshot-translation", "pdf"), pages: 2,
			render: func(w io.Writer, _ *plannedFile) error { _, err := TextPDF(w, translation); return err }},
	}
	return e
}

func (p *planner) translator() Translator {
	return Translator{Name: translators[p.applicant.lang], Address: "12 Sample Lane, Newark, NJ 07102",
		Phone: "(973) 555-0190", Date: "November 20, 2026"}
}

func (p *planner) translation(n int) *plannedExhibit {
	a := p.applicant
	native, lang := nativeText[a.lang], languageNames[a.lang]
	e := &plannedExhibit{
		title:       "Civil registry certificate issued to " + a.name + " (" + lang + " original and English translation)",
		description: "Official record from the applicant's home municipality.",
		date:        p.date(),
	}
	name := a.name
	if a.native != "" {
		name = a.native
	}
	pages := 1 + p.r.IntN(2)
	original := TextDoc{Size: A4, Pages: 1, Letterhead: []string{native.issuer}, Title: native.title, Filler: TopicNone,
		Paragraphs: []string{name + " — " + e.date, native.body}, Signature: []string{"№ " + fmt.Sprint(1000+p.r.IntN(9000))}}
	if pages > 1 { // a second page continues the record
		next := original
		next.Title, next.Letterhead = "", nil
		original.Next = []TextDoc{next}
	}
	translator := p.translator()
	english := TextDoc{Pages: pages, Letterhead: []string{"[Translation from " + lang + "]"}, Title: "Civil registry certificate",
		Paragraphs: []string{a.name + ", " + e.date + "."}, Filler: TopicRecord, Seed: p.r.Uint64(),
		Next: []TextDoc{CertificateOfTranslation(translator, lang, "Civil registry certificate issued to "+a.name)}}
	e.files = []*plannedFile{
		{name: fileName(n, "original", "pdf"), pages: pages,
			render: func(w io.Writer, _ *plannedFile) error { _, err := TextPDF(w, original); return err }},
		{name: fileName(n, "translation", "pdf"), pages: pages + 1,
			render: func(w io.Writer, _ *plannedFile) error { _, err := TextPDF(w, english); return err }},
	}
	return e
}

// imageFile plans a JPEG evidence file, or with ImagesAsPDF a one-page PDF
// holding it at dpi.
func (p *planner) imageFile(n int, base string, dpi int, render func(io.Writer) error) *plannedFile {
	if p.s.ImagesAsPDF {
		render = asPDF(render, dpi)
		return &plannedFile{name: fileName(n, base, "pdf"), pages: 1, render: func(w io.Writer, _ *plannedFile) error { return render(w) }}
	}
	return &plannedFile{name: fileName(n, base, "jpg"), pages: 1, render: func(w io.Writer, _ *plannedFile) error { return render(w) }}
}
