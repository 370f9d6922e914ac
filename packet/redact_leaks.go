package packet

import (
	"fmt"

	"github.com/asylumpacket/packet/internal/pageread"
)

// printedText is a text of the case file, or a document packet typesets,
// that goes into the packet as it is.
type printedText struct {
	field string   // where it is written: a field of the case file, or a file's entry
	what  string   // what it is, for the message: "Exhibit G's description"
	text  string   // what is printed
	owner *Exhibit // the exhibit it belongs to, or nil
}

// redactionLeaks warns of a phrase redacted from an exhibit's pages that
// the packet prints elsewhere as it is: in the cover letter, a section's
// title, another exhibit's title or description, or a document packet
// typesets for another exhibit (a declaration, a typed translation). The
// redaction may be meant for that exhibit alone, so this is a warning; the
// message names both places, never the phrase. Evidence files other
// exhibits hold as PDF or pictures are not read for it: that would read
// every page of every case that redacts.
func (c *Case) redactionLeaks(ps []*prepared) ErrorList {
	var places []printedText
	add := func(field, what, text string, owner *Exhibit) {
		if text != "" {
			places = append(places, printedText{field, what, text, owner})
		}
	}
	add("filing.title", "the filing's title", c.Filing.Title, nil)
	add("filing.letter", "the cover letter", c.Filing.Letter, nil)
	for i, s := range c.Sections {
		add(fmt.Sprintf("sections[%d].title", i), fmt.Sprintf("the title of section %d", i+1), s.Title, nil)
	}
	for _, p := range ps {
		e := p.exhibit
		// An exhibit's own title and description are checked where it
		// is read: there, the phrase is an error.
		add(e.path+".title", "Exhibit "+e.Label+"'s title", e.Title, e)
		add(e.path+".description", "Exhibit "+e.Label+"'s description", e.Description, e)
		for i, f := range p.files {
			if d, ok := p.docs[f]; ok {
				add(p.sources[i].path, "Exhibit "+e.Label+"'s document "+d.name, d.src, e)
			}
		}
		if d := p.translationText; d != nil {
			add(d.field, "Exhibit "+e.Label+"'s typed translation", d.src, e)
		}
	}
	var out ErrorList
	for _, p := range ps {
		e := p.exhibit
		if e.Filed() {
			continue
		}
		for _, red := range e.Redact {
			if red.Text == "" {
				continue
			}
			for _, pl := range places {
				if pl.owner == e || !pageread.Contains(pl.text, red.Text) {
					continue
				}
				at := c.errorAt(pl.field, "")
				out = append(out, c.errorAt(red.path, "Exhibit %s: the phrase redacted from its pages is also in %s (%s, line %d), which the packet prints as it is; take it out there, or redact it there too",
					e.Label, pl.what, pl.field, at.Line))
			}
		}
	}
	return out
}
