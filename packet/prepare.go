package packet

import (
	"context"
	"crypto/sha256"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/asylumpacket/packet/exhibits"
)

// prepared is an exhibit with its files open and its pages chosen.
type prepared struct {
	exhibit  *Exhibit
	section  string
	files    []*exhibits.File // the evidence files, as sources lists them
	sources  []File           // the case's entries for files
	modTimes []time.Time      // of files, when they were opened
	pages    []pageRef        // the exhibit's pages in order
	original []pageRef        // the pages of the original, without translation or certificates

	cached          []*exhibits.File               // files lent by the cache, to give back
	docs            map[*exhibits.File]*typesetDoc // files typeset by packet
	translationFrom int                            // files from here on are the translation's
	translationText *typesetDoc                    // a translation typeset from the case file
	certs           []pageRef                      // certificates that end the exhibit
	read            *reading                       // scans found, and highlights, redactions and OCR
}

// pageRef is one page of an evidence file, or of a page that packet
// generated (a certificate), which is placed as it is drawn.
type pageRef struct {
	file      *exhibits.File
	index     int // 0-based page of file
	generated bool
}

// prepare opens every evidence file and applies the page selections, a few
// exhibits at a time (they are independent). It reports every problem
// found, each placed at its field in the case file, in file order. Exhibits
// filed before (in a supplement) are opened too, to check they are
// unchanged; fresh leaves them out.
func (c *Case) prepare(ctx context.Context, cache *exhibits.Cache) ([]*prepared, ErrorList, error) {
	var todo []*Exhibit
	var sections []string
	for si := range c.Sections {
		for ei := range c.Sections[si].Exhibits {
			todo = append(todo, &c.Sections[si].Exhibits[ei])
			sections = append(sections, c.Sections[si].Title)
		}
	}
	certs, err := c.certificates(ctx)
	if err != nil {
		return nil, nil, err
	}
	out := make([]*prepared, len(todo))
	problems := make([]ErrorList, len(todo))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				p, errs := c.prepareExhibit(ctx, cache, todo[k], sections[k], certs[todo[k]])
				out[k], problems[k] = p, errs
			}
		}()
	}
feed:
	for k := range todo {
		select {
		case next <- k:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var errs, warnings ErrorList
	seen := map[string]bool{} // a document in two exhibits has its problems once
	for k, p := range out {
		for _, e := range problems[k] {
			if !seen[e.Error()] {
				seen[e.Error()] = true
				errs = append(errs, e)
			}
		}
		switch {
		case len(problems[k]) > 0:
		case p.exhibit.Filed():
			// Filed before: not repeated, but it must still be what was filed.
			if err := c.sameAsFiled(p); err != nil {
				errs = append(errs, err)
			}
		default:
			warnings = append(warnings, c.blankFields(p)...)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	warnings.Sort()
	return out, warnings, nil
}

// fresh returns the exhibits that go into the packet: all but those filed
// before, in a supplement.
func fresh(ps []*prepared) []*prepared {
	var out []*prepared
	for _, p := range ps {
		if !p.exhibit.Filed() {
			out = append(out, p)
		}
	}
	return out
}

// sameAsFiled checks that an exhibit filed before still has the content it
// was filed with: a changed document under the same exhibit is a
// contradiction the officer will notice.
func (c *Case) sameAsFiled(p *prepared) *Error {
	f := p.exhibit.filed
	var now []string
	for _, r := range c.fileResults(p) {
		now = append(now, r.SHA256)
	}
	// A document that cites exhibits is typeset with provisional numbers
	// here, so its length is known only once the packet is planned; its
	// content is its source's, compared by digest.
	samePages := p.citesExhibits() || len(p.pages) == f.PageCount && (f.Selection == "" || f.Selection == p.selection())
	if strings.Join(now, "+") == f.Digest() && samePages {
		return nil
	}
	return c.errorAt(p.exhibit.path, "was filed before as Exhibit %s (pages %d–%d, filed %s) and its content has changed since: to file the new version, give it a new id so that it becomes a new exhibit; to keep the filed one, restore its files",
		f.Label, f.FirstPage, f.LastPage, c.Supplement.record.Date)
}

// blankFields warns of filled form fields that would print empty.
func (c *Case) blankFields(p *prepared) ErrorList {
	var out ErrorList
	for k, file := range p.files {
		n := 0
		for _, pr := range p.pages {
			if pr.file == file {
				n += file.BlankFields(pr.index)
			}
		}
		if n > 0 {
			f := p.sources[k]
			out = append(out, c.errorAt(f.path, "%s: %d filled form fields have no drawn appearance and would print empty; save or print the file to PDF from a viewer first", f.Path, n))
		}
	}
	return out
}

// Summary describes a sound case: what Validate found.
type Summary struct {
	Sections, Exhibits, Files int
	EvidencePages             int       // the exhibits' own pages, dividers excluded
	Warnings                  ErrorList // problems in the evidence that do not stop a build
	Scans                     []Scans   // exhibits with pages that carry no text
}

// Scans are the pages of an exhibit that carry no text layer: pictures and
// scanned pages, which cannot be searched unless recognised by OCR.
type Scans struct {
	Label, Title string
	Pages        []int // the exhibit's pages, 1-based as its stamps count them
	Recognised   bool  // OCR gives them text in the packet
}

// String describes the scans: "Exhibit C: pages 1–3 carry no text layer".
func (s Scans) String() string {
	zero := make([]int, len(s.Pages))
	for i, p := range s.Pages {
		zero[i] = p - 1
	}
	pages := exhibitPages(zero)
	if s.Recognised {
		return fmt.Sprintf("Exhibit %s: %s recognised by OCR", s.Label, pages)
	}
	if len(s.Pages) == 1 {
		return fmt.Sprintf("Exhibit %s: %s carries no text layer (a scan: not searchable; ocr: true recognises it)", s.Label, pages)
	}
	return fmt.Sprintf("Exhibit %s: %s carry no text layer (scans: not searchable; ocr: true recognises them)", s.Label, pages)
}

// String returns a one-line description.
func (s Summary) String() string {
	return fmt.Sprintf("%d exhibits in %d sections, %d files, %d evidence pages", s.Exhibits, s.Sections, s.Files, s.EvidencePages)
}

// Validate opens every evidence file of c and checks its page selections,
// so that a build does not fail halfway. It returns every problem at once.
func Validate(ctx context.Context, c *Case) (Summary, error) {
	all, warnings, err := c.prepare(ctx, nil)
	if err != nil {
		return Summary{}, err
	}
	ps := fresh(all)
	warnings = append(warnings, c.readWarnings(all)...)
	warnings.Sort()
	s := Summary{Sections: len(c.Sections), Exhibits: len(ps), Warnings: warnings}
	for _, p := range ps {
		s.Files += len(p.files)
		s.EvidencePages += len(p.pages)
		if len(p.read.scans) > 0 {
			sc := Scans{Label: p.exhibit.Label, Title: p.exhibit.Title, Recognised: len(p.read.recognised) > 0}
			for _, j := range p.read.scans {
				sc.Pages = append(sc.Pages, j+1)
			}
			s.Scans = append(s.Scans, sc)
		}
	}
	return s, nil
}

// selection names the exhibit's pages file by file, as ranges: "1:1-3,7 2:1"
// (file 1, its pages 1 to 3 and 7; file 2, its page 1).
func (p *prepared) selection() string {
	var parts []string
	for k, file := range p.files {
		var pages []int
		for _, pr := range p.pages {
			if pr.file == file {
				pages = append(pages, pr.index+1)
			}
		}
		parts = append(parts, fmt.Sprintf("%d:%s", k+1, ranges(pages)))
	}
	return strings.Join(parts, " ")
}

// ranges writes ascending page numbers as "1-3,7".
func ranges(pages []int) string {
	var parts []string
	for _, r := range runs(pages) {
		if r[1] > r[0] {
			parts = append(parts, fmt.Sprintf("%d-%d", r[0], r[1]))
		} else {
			parts = append(parts, fmt.Sprint(r[0]))
		}
	}
	return strings.Join(parts, ",")
}

// fileResults identifies what the exhibit's pages are made from: its
// evidence files and, for a translation written in the case file, that
// text (named by its field in the case file), so that a change to it is a
// change to the exhibit.
func (c *Case) fileResults(p *prepared) []FileResult {
	var out []FileResult
	for i, f := range p.files {
		out = append(out, FileResult{Path: p.sources[i].Path, SHA256: fmt.Sprintf("%x", f.SHA256), Size: f.Size})
	}
	if d := p.translationText; d != nil {
		out = append(out, FileResult{Path: c.self.Path + "#" + d.field, SHA256: fmt.Sprintf("%x", sha256.Sum256([]byte(d.src))), Size: int64(len(d.src))})
	}
	return out
}

// citesExhibits reports whether any document typeset for the exhibit
// cites exhibits.
func (p *prepared) citesExhibits() bool {
	for _, d := range p.docs {
		if len(d.refs) > 0 {
			return true
		}
	}
	return p.translationText != nil && len(p.translationText.refs) > 0
}
