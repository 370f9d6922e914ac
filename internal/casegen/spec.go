package casegen

// Kind is a type of exhibit that WriteCase makes.
type Kind string

// Exhibit kinds.
const (
	KindText        Kind = "text"        // declaration, letter or record: one PDF, sometimes ending in a landscape table
	KindReport      Kind = "report"      // country report, often excerpted with a page selection
	KindScan        Kind = "scan"        // one to three scanned pages (JPEG with a DPI)
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
	LongTitles  bool   // exhibit titles of 200 characters and more
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
	if s.ScanDPI <= 0 {
		s.ScanDPI = 100
	}
	return s
}
