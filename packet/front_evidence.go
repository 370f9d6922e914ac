package packet

import (
	"fmt"
	"strings"
)

// letter returns the cover letter's body with its references to exhibits
// printed as res numbers them.
func (c *Case) letter(res *Result) string {
	refs, _ := scanRefs(c.Filing.Letter) // problems were reported by check
	return expandRefs(c.Filing.Letter, refs, c.citations(res))
}

// citation is a country report's full citation for its divider: source,
// author, publication date, address, date accessed, and the pages of the
// original report that the excerpt holds.
func citation(e *Exhibit, p *prepared) []string {
	r := e.Report
	out := []string{r.Source}
	if r.Author != "" {
		out = append(out, "By "+r.Author)
	}
	if !e.Date.IsZero() {
		out = append(out, "Published "+e.Date.Long())
	}
	if r.URL != "" {
		out = append(out, r.URL)
	}
	if !r.Accessed.IsZero() {
		out = append(out, "Accessed "+r.Accessed.Long())
	}
	if ex := excerpt(p); ex != "" {
		out = append(out, ex)
	}
	return out
}

// excerpt says which pages of the original report an exhibit holds:
// "Excerpt: pp. 1–3, 14–16 of 62", or "All 62 pages".
func excerpt(p *prepared) string {
	if len(p.original) == 0 || len(p.files) == 0 {
		return ""
	}
	file := p.original[0].file
	total := file.PageCount()
	var pages []int
	for _, pr := range p.original {
		if pr.file == file {
			pages = append(pages, pr.index+1)
		}
	}
	if len(pages) == total {
		return fmt.Sprintf("All %d pages of the report", total)
	}
	word := "pp."
	if len(pages) == 1 {
		word = "p."
	}
	r := strings.NewReplacer("-", "–", ",", ", ").Replace(ranges(pages))
	return fmt.Sprintf("Excerpt: %s %s of %d", word, r, total)
}

// contentsNote says on a divider what a translated or interpreted exhibit
// holds, in order, and who translated it.
func (c *Case) contentsNote(e *Exhibit) []string {
	t, in := e.Translation, e.Interpretation
	if t == nil && in == nil {
		return nil
	}
	var parts []string
	var notes []string
	if t != nil {
		translation := "English translation (from " + e.Language + ")"
		if c.originalFirst(e) {
			parts = append(parts, "original in "+e.Language, translation)
		} else {
			parts = append(parts, translation, "original in "+e.Language)
		}
		if last := c.certifiedWith(e); last == e {
			parts = append(parts, "translator's certificate")
		} else {
			notes = append(notes, "The translator's certificate covering this document is at the end of Exhibit "+last.Label+".")
		}
		notes = append([]string{"Translated by " + t.Translator.Name + "."}, notes...)
	} else {
		parts = append(parts, "declaration")
	}
	if in != nil {
		parts = append(parts, "certificate of interpretation ("+in.Language+")")
	}
	first := strings.Join(parts, ", ")
	return append([]string{"Contents: " + first + "."}, notes...)
}

// certifiedWith returns the exhibit whose pages end with the translator's
// certificate that covers e: e itself, or with a combined certificate the
// last exhibit its translator translated.
func (c *Case) certifiedWith(e *Exhibit) *Exhibit {
	if !e.Translation.Translator.Combined {
		return e
	}
	all := c.translatedBy(c.allExhibits(), e)
	return all[len(all)-1]
}
