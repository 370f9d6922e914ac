// Package packet turns a case file (YAML) and the evidence files beside it
// into one filing-ready PDF evidence packet: a cover letter or court cover
// page, an exact and linked index, a divider before every exhibit, the
// exhibits fitted to US Letter and stamped with packet and exhibit page
// numbers, bookmarks, and a certificate of service for the court.
//
// Load or Parse a case, then Build it to a writer or BuildFile it to a path.
package packet

import (
	"github.com/asylumpacket/packet/internal/script"
	"github.com/asylumpacket/packet/sidecar"
	"io/fs"
	"slices"
	"time"
)

// Forum is where the filing goes.
type Forum string

// The forums packet files for.
const (
	AsylumOffice     Forum = "asylum-office"     // USCIS, affirmative case
	ImmigrationCourt Forum = "immigration-court" // EOIR, defensive case
)

// Case is a case file, checked and ready to build.
type Case struct {
	Version      int
	Forum        Forum
	Applicant    Applicant
	AsylumOffice *Office // with AsylumOffice
	Court        *Court  // with ImmigrationCourt
	Preparer     Preparer
	Filing       Filing
	Numbering    Numbering
	Service      *Service // with ImmigrationCourt
	Supplement   *Supplement
	// Translators are the people who translated or interpreted, named by
	// id from the exhibits.
	Translators []*Translator
	// Word, when set, asks for the cover letter and index as Word
	// documents beside the packet (see WordPaths).
	Word *Word
	// Fonts are the user's own TrueType font files, or folders of them,
	// for characters the shipped fonts lack; tried after those.
	Fonts    []string
	Sections []Section

	// Name is the case file's name as given to Load, used in messages.
	Name string
	// FS and Dir locate the evidence files: a file "evidence/a.pdf" is
	// Dir + "/evidence/a.pdf" in FS.
	FS  fs.FS
	Dir string

	// Warnings are problems that do not stop a build.
	Warnings ErrorList

	pos          positions
	places       map[string]textPlace // texts that may cite exhibits
	numberingSet bool                 // numbering.start was written in the case file
	localDir     string               // the case file's folder on disk, when it was read from there
	self         sidecar.File         // the case file itself, by content
	fontFiles    []string             // the user's font files, folders expanded
	printFonts   *script.Fonts        // the fonts the front matter prints with
}

// Applicant is the person the filing is for.
type Applicant struct {
	Name        string
	NativeName  string // in the applicant's own script
	ANumber     ANumber
	DateOfBirth Date
	Nationality string
	Address     string
	Detained    bool
	// Language is the language the applicant reads, when not English: a
	// declaration then needs a certificate of interpretation.
	Language string
}

// Office is an Asylum Office.
type Office struct {
	Name    string
	Address string
}

// Court is an Immigration Court.
type Court struct {
	City    string
	Address string
	Judge   string
	Hearing Moment
}

// Preparer is the attorney or representative who files.
type Preparer struct {
	Name      string
	Firm      string
	Address   string
	Phone     string
	Email     string
	EOIRID    string
	BarNumber string
}

// Filing describes the filing as a whole.
type Filing struct {
	Title      string
	Date       Date
	Salutation string
	Letter     string
	// Split, when not zero, is the largest file in bytes that the filing
	// system takes: a larger packet is written as parts cut between
	// exhibits (ECAS takes 25 MB).
	Split int64
	// ListExhibits makes the cover letter list the enclosed exhibits.
	ListExhibits bool
	// Confidential marks every page of the packet with Confidentiality.
	Confidential bool
	// TranslationOrder is where a translation goes by default:
	// TranslationFirst (the zero value) or OriginalFirst.
	TranslationOrder string
	// ReportMaxAge is the age in months past which a country report is
	// called stale; zero means 18.
	ReportMaxAge int
	// OCR recognises the text of every exhibit's scanned pages.
	OCR bool
}

// Confidentiality is the notice Filing.Confidential prints at the top of
// every page: asylum information may not be disclosed without consent.
const Confidentiality = "CONFIDENTIAL — 8 C.F.R. § 208.6"

// Numbering styles and positions.
const (
	StylePage  = sidecar.StylePage
	StyleBates = sidecar.StyleBates

	BottomCenter = "bottom-center"
	BottomLeft   = "bottom-left"
	BottomRight  = "bottom-right"
)

// Numbering says how packet pages are numbered.
type Numbering struct {
	Style    string // StylePage or StyleBates
	Position string // BottomCenter, BottomLeft or BottomRight
	Prefix   string // Bates prefix
	Digits   int    // Bates digits
	Start    int    // the index's first page number
}

// Service is the certificate of service of a court filing.
type Service struct {
	To      string
	Address string
	Method  string // mail, hand or electronic
	Date    Date
}

// Supplement says that a filing continues an earlier one: its new exhibits
// continue the earlier letters and page numbers, and exhibits filed before
// are not repeated.
type Supplement struct {
	// Filed is the sidecar of the packet filed before, relative to the
	// case file (see packet file).
	Filed string
	// ListPrevious lists the earlier exhibits in the index as previously
	// filed.
	ListPrevious bool

	record *sidecar.Sidecar
	file   sidecar.File // the record itself, by content: an input of the build
}

// Section groups exhibits under a heading.
type Section struct {
	Title string
	// Labels is LabelLetters (the zero value: A, B, … Z, AA) or
	// LabelNumbers (1, 2, …); Prefix comes before each label ("CC-1").
	// Sections with the same style and prefix continue one series.
	Labels   string
	Prefix   string
	Exhibits []Exhibit
}

// Label styles of a section.
const (
	LabelLetters = "letters"
	LabelNumbers = "numbers"
)

// Exhibit is one piece of evidence: one or more files shown under one label.
type Exhibit struct {
	ID          string
	Title       string
	Description string
	Date        Date
	Files       []File
	Pages       string // subset of the exhibit's pages, counted across its files
	Label       string // A, B, … assigned in file order
	Kind        string // KindDocument (the zero value), KindDeclaration or KindCountryReport
	// Language is the language of a document not in English; it then needs
	// a Translation.
	Language       string
	Translation    *Translation
	Interpretation *Interpretation
	Report         *Report // with KindCountryReport
	// Highlight lists phrases marked in yellow wherever they occur on the
	// exhibit's pages.
	Highlight []string
	// Redact lists what is blacked out for good: phrases wherever they
	// occur, and boxes on given pages.
	Redact []Redaction
	// OCR recognises the text of the exhibit's scanned pages, so that they
	// can be searched, highlighted and redacted by phrase.
	OCR bool
	// OCRLanguages, when given, are the tesseract languages its original
	// is read with ("bul", "eng"); otherwise they follow Language.
	OCRLanguages []string

	path  string           // field path in the case file, e.g. "sections[0].exhibits[2]"
	filed *sidecar.Exhibit // the exhibit as filed before, in a supplement
}

// Filed reports whether the exhibit was filed before, in the filing that
// the case supplements: it keeps its label and is not repeated.
func (e *Exhibit) Filed() bool { return e.filed != nil }

// Exhibit kinds.
const (
	KindDocument      = "document"
	KindDeclaration   = "declaration"
	KindCountryReport = "country-report"
)

// Redaction is one thing to black out of an exhibit: every occurrence of
// Text, or the Box on the exhibit's Page.
type Redaction struct {
	Text string
	Page int        // 1-based, as the exhibit's stamp counts its pages
	Box  [4]float64 // x, y, width, height in points from the page's top left corner

	path string
}

// Report is the citation of a published country report. Its publication
// date is the exhibit's Date, its title the exhibit's Title and the excerpt
// used the exhibit's Pages, numbered as in the original.
type Report struct {
	Source   string // publisher: "U.S. Department of State"
	Author   string
	URL      string
	Accessed Date
}

// Translation orders.
const (
	TranslationFirst = "translation-first"
	OriginalFirst    = "original-first"
)

// Translation is the English translation of an exhibit's original files:
// translated files, or text in the case file that packet typesets. The
// exhibit holds the translation, the original and the translator's
// certificate, in Order.
type Translation struct {
	Files      []File
	Text       string
	Translator *Translator
	Order      string // TranslationFirst or OriginalFirst; empty means the filing's default

	path string // field path in the case file
}

// Interpretation says that a declaration was read back to the declarant in
// their language: it gets a certificate of interpretation.
type Interpretation struct {
	Language    string
	Interpreter *Translator
	Declarant   string // empty means the applicant
}

// Translator is a person who translated documents or interpreted a
// declaration.
type Translator struct {
	ID      string
	Name    string
	Address string
	Phone   string
	Date    Date // the certificates' date; zero leaves a line to date by hand
	// Combined asks for one certificate listing every document the
	// translator translated, at the end of the last of them, instead of one
	// per document.
	Combined bool

	path string
}

// File is one evidence file of an exhibit.
type File struct {
	Path  string // relative to the case file's folder, forward slashes
	Pages string // subset of this file's pages
	// PasswordEnv names the environment variable holding the password of
	// a PDF locked with an open password; the password is never in YAML.
	PasswordEnv string

	path string // field path in the case file
}

// Moment is a date with an optional time of day, such as a hearing.
type Moment struct {
	Date
	Hour, Minute int
	HasTime      bool
}

// Time returns the moment as a time in UTC (wall clock as written).
func (m Moment) Time() time.Time {
	return time.Date(m.Year, m.Month, max(m.Day, 1), m.Hour, m.Minute, 0, 0, time.UTC)
}

// named names the exhibit as a certificate lists it: "Exhibit C: Title".
func (e *Exhibit) named() string { return "Exhibit " + e.Label + ": " + e.Title }

// indexTitle is the exhibit's title as the index lists it: a country
// report's is its citation, "Source, “Title”".
func (e *Exhibit) indexTitle() string {
	if e.Report == nil {
		return e.Title
	}
	return e.Report.Source + ", “" + e.Title + "”"
}

// evidence returns the exhibit's evidence files: its own, then its
// translation's.
func (e *Exhibit) evidence() []File {
	if e.Translation == nil {
		return e.Files
	}
	return append(slices.Clip(e.Files), e.Translation.Files...)
}
