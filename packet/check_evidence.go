package packet

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// isEnglish reports whether a language name means English (or none).
func isEnglish(lang string) bool {
	l := strings.ToLower(strings.TrimSpace(lang))
	return l == "" || l == "en" || strings.HasPrefix(l, "en-") || strings.HasPrefix(l, "english")
}

// checkTranslations resolves translators named by id and applies the
// forums' rules: a foreign-language document travels with a translation
// and its translator; a declaration of an applicant who does not read
// English with a certificate of interpretation.
func (c *Case) checkTranslations(add func(*Error)) {
	byID := map[string]*Translator{}
	for _, t := range c.Translators {
		switch {
		case t.ID == "":
		case !idPattern.MatchString(t.ID):
			add(c.errorAt(t.path+".id", "%q is not an id (allowed: letters, digits, \".\", \"_\", \"-\")", t.ID))
		case byID[t.ID] != nil:
			add(c.errorAt(t.path+".id", "%q is used twice: also at line %d", t.ID, c.pos.at(byID[t.ID].path+".id").line))
		default:
			byID[t.ID] = t
		}
	}
	resolve := func(t *Translator) *Translator {
		if t == nil || t.Name != "" || t.ID == "" {
			return t
		}
		if listed := byID[t.ID]; listed != nil {
			return listed
		}
		add(c.errorAt(t.path, "no translator has the id %q (translators: %s)", t.ID, ids(c.Translators)))
		return t
	}
	readsOther := !isEnglish(c.Applicant.Language)
	for si := range c.Sections {
		for ei := range c.Sections[si].Exhibits {
			e := &c.Sections[si].Exhibits[ei]
			if t := e.Translation; t != nil {
				t.Translator = resolve(t.Translator)
				if isEnglish(e.Language) {
					add(c.errorAt(t.path, "translates the exhibit's original: add language: (the original's language, e.g. Bulgarian) to the exhibit"))
				}
			} else if !isEnglish(e.Language) {
				add(c.errorAt(e.path+".language", "the document is in %s: add a translation (the English translation as files or text, and its translator); both forums require a complete English translation with a translator's certificate", e.Language))
			}
			if in := e.Interpretation; in != nil {
				in.Interpreter = resolve(in.Interpreter)
			} else if e.Kind == KindDeclaration && readsOther && isEnglish(e.Language) {
				add(c.errorAt(e.path, "the applicant reads %s (applicant.language), so an English declaration needs a certificate of interpretation: add interpretation: {language: %s, interpreter: …}", c.Applicant.Language, c.Applicant.Language))
			}
		}
	}
}

func ids(ts []*Translator) string {
	var out []string
	for _, t := range ts {
		out = append(out, t.ID)
	}
	if len(out) == 0 {
		return "none listed; add them under translators:"
	}
	return strings.Join(out, ", ")
}

// defaultReportAge is how many months old a country report may be before
// validate calls it stale.
const defaultReportAge = 18

// checkReports checks the citations of country reports and warns of stale
// ones: officers give weight to the newest edition.
func (c *Case) checkReports(add func(*Error)) {
	limit := c.Filing.ReportMaxAge
	if limit == 0 {
		limit = defaultReportAge
	}
	for si := range c.Sections {
		for ei := range c.Sections[si].Exhibits {
			e := &c.Sections[si].Exhibits[ei]
			r := e.Report
			if r == nil {
				continue
			}
			if len(e.Files) > 1 {
				add(c.errorAt(e.path+".files", "a country report is one published document: give its one file, and the pages used as pages: \"1-3,14-16\""))
			}
			if e.Pages != "" && len(e.Files) == 1 && e.Files[0].Pages != "" {
				add(c.errorAt(e.path+".pages", "the excerpt is given twice, here and on the file: keep one"))
			}
			if r.URL != "" {
				if u, err := url.Parse(r.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
					add(c.errorAt(e.path+".url", "%q is not a web address (allowed: https://… or http://…)", r.URL))
				} else if r.Accessed.IsZero() {
					c.Warnings = append(c.Warnings, c.errorAt(e.path+".url", "a cited web page needs the date it was accessed: add accessed: YYYY-MM-DD"))
				}
			}
			if !r.Accessed.IsZero() && !c.Filing.Date.IsZero() && r.Accessed.Time().After(c.Filing.Date.Time()) {
				add(c.errorAt(e.path+".accessed", "%s is after the filing date, %s", r.Accessed.Long(), c.Filing.Date.Long()))
			}
			if stale(e.Date, c.Filing.Date, limit) && !e.Filed() {
				c.Warnings = append(c.Warnings, c.errorAt(e.path+".date", "Exhibit %s, %q, was published %s, more than %d months before the filing date: look for a newer edition (filing.report_max_age_months sets the limit)", e.Label, e.Title, e.Date.Long(), limit))
			}
		}
	}
}

// stale reports whether a report published on published (a day, a month
// or a year, counted from its end) is more than limit months older than
// the filing.
func stale(published, filed Date, limit int) bool {
	if published.IsZero() || filed.IsZero() {
		return false
	}
	y, m, d := published.Year, published.Month, published.Day
	if m == 0 {
		m, d = 12, 31
	} else if d == 0 {
		d = daysIn(y, m)
	}
	// The same day limit months later, or the month's last day when it
	// has no such day (August 31 + 6 months is February 28 or 29).
	ly, lm := y, int(m)-1+limit
	ly, lm = ly+lm/12, lm%12+1
	deadline := Date{Year: ly, Month: time.Month(lm), Day: min(d, daysIn(ly, time.Month(lm)))}
	return deadline.Time().Before(filed.Time())
}

// checkRefs checks every reference to an exhibit in the texts that packet
// typesets from the case file, placing each problem in its text.
func (c *Case) checkRefs(add func(*Error)) {
	known := c.knownIDs()
	// References are printed only in texts typeset as paragraphs; anywhere
	// else their braces would reach the filing.
	for _, f := range c.texts() {
		if f.path == "filing.letter" || strings.HasSuffix(f.path, ".text") || !strings.Contains(f.value, "{{") {
			continue
		}
		add(c.errorAt(f.path, "references ({{…}}) are printed only in filing.letter, translations' text and typeset documents; write the label here as text"))
	}
	texts := []field{{"filing.letter", c.Filing.Letter}}
	for _, s := range c.Sections {
		for _, e := range s.Exhibits {
			if t := e.Translation; t != nil && t.Text != "" {
				texts = append(texts, field{t.path + ".text", t.Text})
			}
		}
	}
	for _, t := range texts {
		refs, problems := scanRefs(t.value)
		for _, r := range refs {
			if !known[r.id] {
				problems = append(problems, refProblem{r.line, r.col, fmt.Sprintf("{{%s %q}}: no exhibit has the id %q", r.fn, r.id, r.id)})
			}
		}
		for _, p := range problems {
			e := c.errorAt(t.path, "%s", p.msg)
			if place, ok := c.places[t.path]; ok {
				e.Line, e.Col = place.at(p.line, p.col)
			}
			add(e)
		}
	}
}
