package packet

import (
	"bytes"
	"crypto/sha256"
	"slices"

	"fmt"
	"github.com/asylumpacket/packet/sidecar"
	"io/fs"
	"path"
	"regexp"
	"strings"
)

var (
	idPattern    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	batesPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,20}$`)
)

// check applies the rules that span fields, once decoding is done, and
// labels the exhibits.
func (c *Case) check(d *decoder) {
	add := func(e *Error) { d.errs = append(d.errs, e) }
	switch c.Forum {
	case AsylumOffice:
		if c.AsylumOffice == nil {
			add(c.errorAt("forum", "an asylum-office filing needs an asylum_office block (name and address of the office)"))
		}
		if c.Court != nil {
			add(c.errorAt("court", "not allowed with forum asylum-office (it belongs to immigration-court filings)"))
		}
		if c.Service != nil {
			add(c.errorAt("service", "not allowed with forum asylum-office (a certificate of service is for immigration-court filings)"))
		}
	case ImmigrationCourt:
		if c.Court == nil {
			add(c.errorAt("forum", "an immigration-court filing needs a court block (city, judge, hearing)"))
		}
		if c.AsylumOffice != nil {
			add(c.errorAt("asylum_office", "not allowed with forum immigration-court (use court)"))
		}
		if c.Service == nil {
			add(c.errorAt("forum", "an immigration-court filing needs a service block for the certificate of service (to, address, method, date)"))
		}
	}
	if c.Numbering.Style == StyleBates && !batesPattern.MatchString(c.Numbering.Prefix) {
		if c.Numbering.Prefix == "" {
			add(c.errorAt("numbering.style", "bates numbering needs a prefix, e.g. prefix: PETROVA-"))
		} else {
			add(c.errorAt("numbering.prefix", "%q is not a Bates prefix (allowed: 1 to 20 letters, digits, \"-\", \"_\", \".\")", c.Numbering.Prefix))
		}
	}
	c.checkSupplement(add)
	c.checkExhibits(add)
	c.checkTranslations(add)
	c.checkReports(add)
	c.checkRefs(add)
	c.checkWord(add)
	c.checkFonts(add)
	c.checkGlyphs(add)
	c.warnDeadlines()
}

func (c *Case) checkExhibits(add func(*Error)) {
	first := map[string]string{} // id → field path where it first appears
	byLabel := map[string]string{}
	filed := c.filedExhibits()
	next := c.nextLabels(filed)
	for si := range c.Sections {
		s := &c.Sections[si]
		if s.Prefix != "" && !prefixPattern.MatchString(s.Prefix) {
			add(c.errorAt(fmt.Sprintf("sections[%d].prefix", si), "%q is not a label prefix (allowed: 1 to 12 letters, digits, spaces, \".\", \"_\", \"-\", starting with a letter or digit)", s.Prefix))
		}
		se := s.series()
		for ei := range s.Exhibits {
			e := &s.Exhibits[ei]
			if f, ok := filed[e.ID]; ok {
				e.filed, e.Label = &f, f.Label // filed before: keeps its label, is not repeated
			} else {
				e.Label = se.label(next[se])
				next[se]++
			}
			if prev, seen := byLabel[e.Label]; seen && !e.Filed() {
				add(c.errorAt(e.path, "would be labelled %q, the label of the exhibit at line %d: give one of their sections a prefix (labels must be unique in the packet)", e.Label, c.pos.at(prev).line))
			} else if !seen {
				byLabel[e.Label] = e.path
			}
			switch prev, seen := first[e.ID]; {
			case e.ID == "":
			case !idPattern.MatchString(e.ID):
				add(c.errorAt(e.path+".id", "%q is not an id (allowed: letters, digits, \".\", \"_\", \"-\", starting with a letter or digit, at most 64 characters)", e.ID))
			case seen:
				add(c.errorAt(e.path+".id", "%q is used twice: also at line %d (ids must be unique in the case)", e.ID, c.pos.at(prev+".id").line))
			default:
				first[e.ID] = e.path
			}
			for _, f := range e.evidence() {
				if err := c.checkFile(f); err != nil {
					add(err)
				}
			}
		}
	}
}

// checkSupplement reads the record of the filing that c supplements and
// continues its page numbers.
func (c *Case) checkSupplement(add func(*Error)) {
	s := c.Supplement
	if s == nil || s.Filed == "" || c.FS == nil {
		return
	}
	data, err := fs.ReadFile(c.FS, path.Join(c.Dir, s.Filed))
	if err != nil {
		add(c.errorAt("supplement.filed", "%q cannot be read (name the sidecar .json of the packet filed before; packet file keeps one): %v", s.Filed, err))
		return
	}
	rec, err := sidecar.Decode(bytes.NewReader(data))
	if err != nil {
		add(c.errorAt("supplement.filed", "%q is not a packet sidecar: %v", s.Filed, err))
		return
	}
	if own := path.Join(c.Dir, path.Base(sidecar.PathFor(c.self.Path))); path.Clean(path.Join(c.Dir, s.Filed)) == own {
		add(c.errorAt("supplement.filed", "%q is this case's own sidecar, rewritten by every build: name the record of the earlier filing (packet file keeps one under filed/DATE/)", s.Filed))
		return
	}
	if d, ok := parseDate(rec.Date, false); ok && !c.Filing.Date.IsZero() && !d.Time().Before(c.Filing.Date.Time()) {
		add(c.errorAt("filing.date", "a supplement is filed after what it supplements, which was filed on %s", d.Long()))
	}
	s.record = rec
	s.file = sidecar.File{Path: s.Filed, SHA256: fmt.Sprintf("%x", sha256.Sum256(data)), Size: int64(len(data))}
	if c.numberingSet {
		add(c.errorAt("numbering.start", "a supplement continues the page numbers of the filing it supplements (from %d); leave start out", rec.Numbers.Last+1))
	}
	c.Numbering.Start = rec.Numbers.Last + 1
	if now, then := c.Numbering.numbers(), (sidecar.Numbers{Style: rec.Numbers.Style, Prefix: rec.Numbers.Prefix, Digits: rec.Numbers.Digits}); now.Page(1) != then.Page(1) {
		add(c.errorAt("numbering", "a supplement numbers its pages like the filing it supplements (%s…, not %s…)", then.Page(rec.Numbers.Last+1), now.Page(rec.Numbers.Last+1)))
	}
}

// filedExhibits returns the exhibits of the filings that c supplements, by
// id.
func (c *Case) filedExhibits() map[string]sidecar.Exhibit {
	filed := map[string]sidecar.Exhibit{}
	if c.Supplement == nil || c.Supplement.record == nil {
		return filed
	}
	rec := c.Supplement.record
	for _, e := range append(slices.Clip(rec.Previous), rec.Exhibits...) {
		filed[e.ID] = e
	}
	return filed
}

// checkFile checks that an evidence path is well formed and exists.
func (c *Case) checkFile(f File) *Error {
	at := f.path
	if _, ok := c.pos[f.path+".path"]; ok {
		at = f.path + ".path"
	}
	return c.checkPath(at, f.Path, false)
}

// checkPath checks that a path in the case file is well formed, stays
// where evidence may be read from, and names a file (or, with dirOK, a
// folder) that exists.
func (c *Case) checkPath(at, p string, dirOK bool) *Error {
	switch {
	case p == "":
		return nil // reported as required
	case strings.Contains(p, `\`):
		return c.errorAt(at, "%q: write paths with forward slashes (evidence/passport.pdf)", p)
	case leaves(p) && !c.extraRoots():
		return c.errorAt(at, "%q: evidence paths must be relative and stay inside the case folder (a folder outside it can be allowed with -allow-root)", p)
	case !leaves(p) && !fs.ValidPath(path.Clean(p)):
		return c.errorAt(at, "%q is not a file path (allowed: a path relative to the case file's folder, e.g. evidence/passport.pdf)", p)
	}
	if c.FS == nil {
		return nil
	}
	st, err := fs.Stat(c.FS, c.evidenceName(p))
	switch {
	case isOutside(err):
		return c.errorAt(at, "%q leads outside the case folder (to %s) through a symbolic link or \"..\"; packet reads evidence only from the case folder, or from a folder allowed with -allow-root", p, outsideTarget(err))
	case err != nil:
		return c.errorAt(at, "%q does not exist (paths are relative to the case file's folder)", p)
	case st.IsDir() && !dirOK:
		return c.errorAt(at, "%q is a folder; name an evidence file (PDF, image, Word, Markdown or text)", p)
	}
	return nil
}

type field struct{ path, value string }

// texts lists every value that packet typesets, with its field path.
func (c *Case) texts() []field {
	fs := []field{
		{"applicant.name", c.Applicant.Name}, {"applicant.native_name", c.Applicant.NativeName},
		{"applicant.nationality", c.Applicant.Nationality}, {"applicant.address", c.Applicant.Address},
		{"preparer.name", c.Preparer.Name}, {"preparer.firm", c.Preparer.Firm}, {"preparer.address", c.Preparer.Address},
		{"preparer.phone", c.Preparer.Phone}, {"preparer.email", c.Preparer.Email}, {"preparer.eoir_id", c.Preparer.EOIRID},
		{"preparer.bar_number", c.Preparer.BarNumber},
		{"filing.title", c.Filing.Title}, {"filing.salutation", c.Filing.Salutation}, {"filing.letter", c.Filing.Letter},
	}
	if o := c.AsylumOffice; o != nil {
		fs = append(fs, field{"asylum_office.name", o.Name}, field{"asylum_office.address", o.Address})
	}
	if ct := c.Court; ct != nil {
		fs = append(fs, field{"court.city", ct.City}, field{"court.address", ct.Address}, field{"court.judge", ct.Judge})
	}
	if s := c.Service; s != nil {
		fs = append(fs, field{"service.to", s.To}, field{"service.address", s.Address})
	}
	for _, t := range c.Translators {
		fs = append(fs, t.texts()...)
	}
	for si, s := range c.Sections {
		fs = append(fs, field{fmt.Sprintf("sections[%d].title", si), s.Title}, field{fmt.Sprintf("sections[%d].prefix", si), s.Prefix})
		for _, e := range s.Exhibits {
			fs = append(fs, field{e.path + ".title", e.Title}, field{e.path + ".description", e.Description}, field{e.path + ".language", e.Language})
			if r := e.Report; r != nil {
				fs = append(fs, field{e.path + ".source", r.Source}, field{e.path + ".author", r.Author}, field{e.path + ".url", r.URL})
			}
			if t := e.Translation; t != nil {
				fs = append(fs, field{t.path + ".text", t.Text})
				if t.Translator != nil && t.Translator.ID == "" {
					fs = append(fs, t.Translator.texts()...)
				}
			}
			if in := e.Interpretation; in != nil {
				fs = append(fs, field{e.path + ".interpretation.language", in.Language}, field{e.path + ".interpretation.declarant", in.Declarant})
				if in.Interpreter != nil && in.Interpreter.ID == "" {
					fs = append(fs, in.Interpreter.texts()...)
				}
			}
		}
	}
	return fs
}

// warnDeadlines notes filings that look late for the forum's usual
// deadlines. They are reminders, never legal advice.
func (c *Case) warnDeadlines() {
	if c.Court == nil || c.Court.Hearing.IsZero() || c.Filing.Date.IsZero() {
		return
	}
	days := int(c.Court.Hearing.Date.Time().Sub(c.Filing.Date.Time()).Hours() / 24)
	switch {
	case days < 0:
		c.Warnings = append(c.Warnings, c.errorAt("filing.date", "is after the hearing on %s", c.Court.Hearing.Date.Long()))
	case days < 15:
		c.Warnings = append(c.Warnings, c.errorAt("filing.date", "is %d days before the hearing: filings are usually due 15 days before a master calendar hearing and 30 days before an individual hearing", days))
	case days < 30:
		c.Warnings = append(c.Warnings, c.errorAt("filing.date", "is %d days before the hearing: for an individual hearing, filings are usually due 30 days before it", days))
	}
}

// texts lists what a certificate prints of a translator.
func (t *Translator) texts() []field {
	return []field{{t.path + ".name", t.Name}, {t.path + ".address", t.Address}, {t.path + ".phone", t.Phone}}
}
