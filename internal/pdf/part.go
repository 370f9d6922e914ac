package pdf

import (
	"fmt"
	"slices"
	"strings"
)

// Remote says where to find a page that a part of a split document does not
// hold: the file of the part that does, as a name relative to this part's
// own (the parts lie side by side), and the page's 0-based index in it. ok
// is false when no file holds it.
type Remote func(page int) (file string, index int, ok bool)

// Extract returns pages from to to-1 of d as a document of their own: one
// part of a document split across files. The pages keep their content,
// overlays, highlights and links. A link to a page of the part leads there;
// a link to another page leads into the file that remote names, and is
// dropped when remote is nil or names none. The part keeps the bookmarks of
// its pages (a bookmark whose page it lacks stays when one of its kids is in
// the part, and opens the first such kid), its page labels continue d's, and
// its information is d's. Overlays, highlights and links added to the part
// leave d as it is.
func (d *Doc) Extract(from, to int, remote Remote) *Doc {
	if from < 0 || to > len(d.pages) || from >= to {
		panic(fmt.Sprintf("pdf: Extract(%d, %d) of %d pages", from, to, len(d.pages)))
	}
	part := &Doc{info: d.info, markFont: d.markFont, outline: extractOutline(d.outline, from, to), labels: extractLabels(d.labels, from, to)}
	for _, p := range d.pages[from:to] {
		cp := *p
		cp.overlays = slices.Clip(p.overlays) // an overlay added to the part must not land in d
		cp.highlights = slices.Clip(p.highlights)
		cp.links = nil
		for _, l := range p.links {
			switch {
			case l.file != "":
				cp.links = append(cp.links, l)
			case l.target >= from && l.target < to:
				l.target -= from
				cp.links = append(cp.links, l)
			case remote != nil:
				if file, index, ok := remote(l.target); ok {
					cp.links = append(cp.links, link{rect: l.rect, target: index, file: file, top: d.pages[l.target].h})
				}
			}
		}
		part.pages = append(part.pages, &cp)
	}
	return part
}

// extractOutline keeps the bookmarks that open a page in [from, to), and
// those with kids that do, renumbered from from.
func extractOutline(bs []Bookmark, from, to int) []Bookmark {
	var out []Bookmark
	for _, b := range bs {
		kids := extractOutline(b.Kids, from, to)
		inside := b.Page >= from && b.Page < to
		if !inside && len(kids) == 0 {
			continue
		}
		page := b.Page - from
		if !inside {
			page = kids[0].Page
		}
		out = append(out, Bookmark{Title: b.Title, Page: page, Kids: kids})
	}
	return out
}

// extractLabels makes the labels of pages [from, to) start at the part's
// first page, numbered as in the whole document.
func extractLabels(ls []Label, from, to int) []Label {
	var out []Label
	for i, l := range ls {
		if l.Start >= to || i+1 < len(ls) && ls[i+1].Start <= from {
			continue
		}
		if l.Start < from {
			l.First = max(l.First, 1) + from - l.Start
			l.Start = from
		}
		l.Start -= from
		out = append(out, l)
	}
	return out
}

// dest is a link annotation's destination: the top of a page of this
// document, or of a page in another file (PDF 32000 12.6.4.3: a remote
// destination names its page by number).
func (w *writer) dest(l link) string {
	if l.file == "" {
		return fmt.Sprintf("/Dest[%s/XYZ 0 %s null]", pageRef(l.target), num(w.doc.pages[l.target].h))
	}
	return fmt.Sprintf("/A<</S/GoToR/F<</Type/Filespec/F %s/UF %s>>/D[%d/XYZ 0 %s null]/NewWindow false>>",
		byteString(l.file), textString(l.file), l.target, num(l.top))
}

// byteString writes s's bytes as a PDF literal string, as a file
// specification's /F wants them; /UF carries the name as text.
func byteString(s string) string {
	var b strings.Builder
	b.WriteByte('(')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == ')' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 32 || c > 126:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}
