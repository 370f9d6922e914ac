package packet

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/internal/typeset"
)

// typesetDoc is a text that packet typesets into pages: a Markdown or
// plain-text evidence file, or a translation written in the case file. Its
// references to exhibits print page numbers, so it is typeset again once
// the packet is planned.
type typesetDoc struct {
	src      string
	markdown bool
	field    string // the case file's field holding the text, or ""
	name     string // the evidence file's path, or ""
	refs     []ref
	file     *exhibits.File // the typeset pages
	sum      [32]byte       // an evidence file's own digest and size
	size     int64
}

// maxTextFile bounds a text document: a declaration is some kilobytes.
const maxTextFile = 2 << 20

// typesetKind reports whether name is a document that packet typesets, by
// its extension, and whether it is Markdown.
func typesetKind(name string) (markdown, ok bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown":
		return true, true
	case ".txt", ".text":
		return false, true
	}
	return false, false
}

// openTypeset reads a Markdown or text evidence file and typesets it.
func (c *Case) openTypeset(ctx context.Context, p *prepared, f File, markdown bool) (*exhibits.File, ErrorList) {
	data, err := fs.ReadFile(c.FS, c.evidenceName(f.Path))
	switch {
	case err != nil:
		return nil, ErrorList{c.errorAt(f.path, "%s: %v", f.Path, err)}
	case len(data) > maxTextFile:
		return nil, ErrorList{c.errorAt(f.path, "%s: larger than %d MiB; a typed document is some kilobytes (save a long document as PDF)", f.Path, maxTextFile>>20)}
	case !utf8.Valid(data):
		return nil, ErrorList{c.errorAt(f.path, "%s: not UTF-8 text; save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)", f.Path)}
	}
	doc := &typesetDoc{src: string(data), markdown: markdown, name: f.Path, sum: sha256.Sum256(data), size: int64(len(data))}
	if err := c.typeset(ctx, doc, nil); err != nil {
		return nil, err
	}
	p.docs[doc.file] = doc
	return doc.file, nil
}

// typeset typesets doc with its references printed as look finds them;
// a nil look prints provisional page numbers for a first plan.
func (c *Case) typeset(ctx context.Context, doc *typesetDoc, look func(string) (cited, bool)) ErrorList {
	if doc.file == nil { // first time: check the references and characters
		refs, problems := scanRefs(doc.src)
		if doc.name != "" {
			if i, r, ok := firstUntypesettable(doc.src); ok {
				line, col := placeIn(doc.src, i)
				problems = append(problems, refProblem{line, col, fmt.Sprintf("the character %q (%U) cannot be typeset: Markdown and text evidence is printed in Latin (all diacritics), Greek and Cyrillic only; give a document in another script as a PDF or image", string(r), r)})
			}
		}
		known := c.knownIDs()
		for _, r := range refs {
			if !known[r.id] {
				problems = append(problems, refProblem{r.line, r.col, fmt.Sprintf("{{%s %q}}: no exhibit has the id %q", r.fn, r.id, r.id)})
			}
		}
		if len(problems) > 0 {
			return c.textProblems(doc, problems)
		}
		doc.refs = refs
	}
	if look == nil {
		look = c.provisional
	}
	src := expandRefs(doc.src, doc.refs, look)
	typesetter := typeset.Text
	if doc.markdown {
		typesetter = typeset.Markdown
	}
	data, _, err := typesetter(src, typeset.Options{})
	if err != nil {
		return c.textProblems(doc, []refProblem{{0, 0, err.Error()}})
	}
	file, err := exhibits.Read(ctx, data)
	if err != nil {
		return c.textProblems(doc, []refProblem{{0, 0, "reading the typeset pages: " + err.Error()}})
	}
	if doc.name != "" {
		file.SHA256, file.Size = doc.sum, doc.size // known by the evidence file's content
	}
	doc.file = file
	return nil
}

// textProblems places problems found in a typeset text: in the evidence
// file, or in the case file's field.
func (c *Case) textProblems(doc *typesetDoc, problems []refProblem) ErrorList {
	var out ErrorList
	for _, p := range problems {
		if doc.name != "" {
			out = append(out, &Error{File: filepath.Join(filepath.Dir(c.Name), filepath.FromSlash(doc.name)), Line: p.line, Col: p.col, Msg: p.msg})
			continue
		}
		e := c.errorAt(doc.field, "%s", p.msg)
		if place, ok := c.places[doc.field]; ok && p.line > 0 {
			e.Line, e.Col = place.at(p.line, p.col)
		}
		out = append(out, e)
	}
	return out
}

// knownIDs returns the ids that references may cite.
func (c *Case) knownIDs() map[string]bool {
	known := map[string]bool{}
	for _, s := range c.Sections {
		for _, e := range s.Exhibits {
			known[e.ID] = true
		}
	}
	if s := c.Supplement; s != nil && s.record != nil {
		for _, e := range slices.Concat(s.record.Previous, s.record.Exhibits) {
			known[e.ID] = true
		}
	}
	return known
}

// provisional cites an exhibit by its label with page numbers of a
// plausible width, for the first plan.
func (c *Case) provisional(id string) (cited, bool) {
	for _, s := range c.Sections {
		for _, e := range s.Exhibits {
			if e.ID == id {
				return cited{label: e.Label, pages: "00–00", count: 2}, true
			}
		}
	}
	return cited{label: "?", pages: "00–00", count: 2}, true
}

// retypeset typesets again, with the planned page numbers, every document
// that cites exhibits, and reports whether any exhibit's page count
// changed (the plan must then be made again).
func (c *Case) retypeset(ctx context.Context, ps []*prepared, res *Result) (changed bool, err error) {
	look := c.citations(res)
	for _, p := range ps {
		var docs []*typesetDoc
		for _, d := range p.docs {
			docs = append(docs, d)
		}
		if p.translationText != nil {
			docs = append(docs, p.translationText)
		}
		redo := false
		for _, d := range docs {
			if len(d.refs) == 0 {
				continue
			}
			old := d.file
			if errs := c.typeset(ctx, d, look); errs != nil {
				return false, errs.Err()
			}
			if d.name != "" {
				delete(p.docs, old)
				p.docs[d.file] = d
				for i, f := range p.files {
					if f == old {
						p.files[i] = d.file
					}
				}
			}
			redo = true
		}
		if !redo {
			continue
		}
		before := len(p.pages)
		if errs := c.layPages(p); errs != nil {
			return false, errs.Err()
		}
		if errs := c.read(ctx, p); errs != nil { // highlights and redactions on the new text
			return false, errs.Err()
		}
		changed = changed || len(p.pages) != before
	}
	return changed, nil
}
