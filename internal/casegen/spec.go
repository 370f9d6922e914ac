package casegen

// Version changes whenever the same Spec would write different cases, so
// that cases kept from an earlier run are not mistaken for today's.
const Version = 2

// Kind is a type of exhibit that WriteCase makes.
type Kind string

// Exhibit kinds.
const (
	KindText   Kind = "text"   // declaration, letter or record: one PDF, sometimes ending in a landscape table
	KindReport Kind = "report" // country report, often excerpted with a page selection
	KindScan   Kind = "scan"   // scanned pages (JPEG with a DPI), one to three unless ScanPages says

	KindPhoto       Kind = "photo"       // one or two phone photos stored turned, Exif orientation 6, 8 or 3
	KindScreenshot  Kind = "screenshot"  // chat screenshot (PNG) with its translation (PDF)
	KindTranslation Kind = "translation" // original in the applicant's script (A4 PDF) with its translation
)

// AllKinds lists every exhibit kind.
var AllKinds = []Kind{KindText, KindReport, KindScan, KindPhoto, KindScreenshot, KindTranslation}

// Spec describes a synthetic case for WriteCase. The zero value, apart from
// the seed, gives a small asylum-office case with every kind of exhibit.
type Spec struct {
	Seed        uint64
	Forum       string // "asylum-office" (default) or "immigration-court"
	Exhibits    int    // default 12
	Sections    int    // default 3, at most Exhibits
	Pages       int    // wanted total of exhibit pages after selections; 0 leaves it to chance
	Kinds       []Kind // kinds the exhibits cycle through, then shuffled; repeat a kind to weight it; nil means AllKinds
	PageSizes   []Size // sizes text documents draw from; nil means Letter and A4
	MaxPages    int    // longest declaration or record; default 12, at most 40
	ReportPages [2]int // shortest and longest country report; default 12 to 30
	ScanDPI     int    // resolution of scans; default 100 (300 is realistic, and slow to encode)
	ScanPages   [2]int // fewest and most pages of a scanned document; default 1 to 3
	LongTitles  bool   // exhibit titles of 200 characters and more
	// Grain is the amplitude of the sensor and paper noise in scans and
	// photos; zero means the light default. Real phone photos and scans
	// are noisy, which is what makes them large: 10 to 14 gives the sizes
	// of real evidence (a 300-dpi page of 1 to 2 MB, a 12-megapixel photo).
	Grain int
	// PhotoSize is the stored size of phone photos; zero means 1600×1200.
	PhotoSize [2]int
	// ImagesAsPDF saves scans and photos as one-page PDFs holding the JPEG,
	// as scanners and phone apps often do: every input is then a PDF that
	// qpdf can merge, for comparisons.
	ImagesAsPDF bool
}

// RealisticSpec is a case like a real filing, in size as in kinds: text
// documents in Letter and A4, 300-dpi scans and 12-megapixel phone photos
// with their grain, country reports of 20 to 80 pages; about 200 KB of
// input per page. pages sets the evidence pages (486 in 35 exhibits is a
// typical case, 1,920 in 125 a large one).
func RealisticSpec(seed uint64, pages, exhibits int) Spec {
	return Spec{Seed: seed, Exhibits: exhibits, Sections: 4, Pages: pages, MaxPages: 40,
		ReportPages: [2]int{20, 80}, ScanDPI: 300, ScanPages: [2]int{3, 12}, Grain: 12, PhotoSize: [2]int{4000, 3000},
		Kinds: []Kind{KindText, KindText, KindReport, KindScan, KindScan, KindPhoto, KindPhoto, KindScreenshot, KindTranslation}}
}

// LargeSpec is the benchmark's case: about 500 pages in 35 exhibits, with
// 300-dpi scans, phone photos and country reports of 20 to 80 pages.
func LargeSpec(seed uint64) Spec {
	return Spec{Seed: seed, Exhibits: 35, Sections: 4, Pages: 500, MaxPages: 40,
		ReportPages: [2]int{20, 80}, ScanDPI: 300,
		Kinds: []Kind{KindText, KindText, KindReport, KindReport, KindScan, KindPhoto, KindScreenshot, KindTranslation}}
}

func (s Spec) withDefaults() Spec {
	if s.Forum == "" {
		s.Forum = "asylum-office"
	}
	if s.Exhibits <= 0 {
		s.Exhibits = 12
	}
	if s.Sections <= 0 {
		s.Sections = 3
	}
	s.Sections = min(s.Sections, s.Exhibits)
	if len(s.Kinds) == 0 {
		s.Kinds = AllKinds
	}
	if len(s.PageSizes) == 0 {
		s.PageSizes = []Size{Letter, A4}
	}
	if s.MaxPages <= 0 {
		s.MaxPages = 12
	}
	s.MaxPages = min(s.MaxPages, 40)
	if s.ReportPages[0] <= 0 || s.ReportPages[1] < s.ReportPages[0] {
		s.ReportPages = [2]int{12, 30}
	}
	if s.ScanPages[0] <= 0 || s.ScanPages[1] < s.ScanPages[0] {
		s.ScanPages = [2]int{1, 3}
	}
	if s.ScanDPI <= 0 {
		s.ScanDPI = 100
	}
	return s
}
