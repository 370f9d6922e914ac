package packet

import (
	"context"
	"io/fs"
	"slices"

	"github.com/asylumpacket/packet/exhibits"
)

// prepareExhibit opens an exhibit's files and those of its translation,
// typesets what packet typesets, and lays its pages out in order with the
// certificates that end it.
func (c *Case) prepareExhibit(ctx context.Context, cache *exhibits.Cache, e *Exhibit, section string, certs []pageRef) (*prepared, ErrorList) {
	p := &prepared{exhibit: e, section: section, certs: certs, docs: map[*exhibits.File]*typesetDoc{}}
	errs := c.openFiles(ctx, cache, p, e.Files)
	p.translationFrom = len(p.files)
	if t := e.Translation; t != nil {
		if len(t.Files) > 0 {
			errs = append(errs, c.openFiles(ctx, cache, p, t.Files)...)
		} else {
			doc := &typesetDoc{src: t.Text, markdown: true, field: t.path + ".text"}
			errs = append(errs, c.typeset(ctx, doc, nil)...)
			p.translationText = doc
		}
	}
	if len(errs) > 0 {
		return p, errs
	}
	if errs := c.layPages(p); errs != nil {
		return p, errs
	}
	return p, c.read(ctx, p)
}

// openFiles opens evidence files for p, from the cache or typeset by
// packet (Markdown and text documents), in order.
func (c *Case) openFiles(ctx context.Context, cache *exhibits.Cache, p *prepared, files []File) ErrorList {
	var errs ErrorList
	for _, f := range files {
		name := c.evidenceName(f.Path)
		st, err := fs.Stat(c.FS, name)
		if err != nil {
			errs = append(errs, c.errorAt(f.path, "%s: %v", f.Path, err))
			continue
		}
		var file *exhibits.File
		if markdown, ok := typesetKind(f.Path); ok {
			var problems ErrorList
			if file, problems = c.openTypeset(ctx, p, f, markdown); problems != nil {
				errs = append(errs, problems...)
				continue
			}
		} else {
			password, problem := c.password(f)
			if problem != nil {
				errs = append(errs, problem)
				continue
			}
			file, err = cache.Open(ctx, c.FS, name, password)
			if err != nil {
				errs = append(errs, c.openError(f, err))
				continue
			}
			p.cached = append(p.cached, file)
		}
		p.files = append(p.files, file)
		p.sources = append(p.sources, f)
		p.modTimes = append(p.modTimes, st.ModTime())
	}
	return errs
}

// layPages puts the exhibit's pages in order: the original's, selected
// file by file and then across its files, the translation before or after
// it, and the certificates.
func (c *Case) layPages(p *prepared) ErrorList {
	e := p.exhibit
	var errs ErrorList
	pick := func(files []*exhibits.File, sources []File) []pageRef {
		var out []pageRef
		for k, file := range files {
			sel, _ := exhibits.ParsePages(sources[k].Pages) // checked when decoding
			idx, err := sel.Apply(file.PageCount())
			if err != nil {
				errs = append(errs, c.errorAt(sources[k].path+".pages", "%s %v", sources[k].Path, err))
				continue
			}
			_, typeset := p.docs[file]
			for _, i := range idx {
				out = append(out, pageRef{file: file, index: i, generated: typeset})
			}
		}
		return out
	}
	original := pick(p.files[:p.translationFrom], p.sources[:p.translationFrom])
	translation := pick(p.files[p.translationFrom:], p.sources[p.translationFrom:])
	if d := p.translationText; d != nil {
		for i := range d.file.PageCount() {
			translation = append(translation, pageRef{file: d.file, index: i, generated: true})
		}
	}
	if len(errs) > 0 {
		return errs
	}
	sel, _ := exhibits.ParsePages(e.Pages)
	idx, err := sel.Apply(len(original))
	if err != nil {
		return ErrorList{c.errorAt(e.path+".pages", "the exhibit %v", err)}
	}
	p.original = make([]pageRef, len(idx))
	for k, i := range idx {
		p.original[k] = original[i]
	}
	first, second := translation, p.original
	if c.originalFirst(e) {
		first, second = p.original, translation
	}
	p.pages = slices.Concat(first, second, p.certs)
	if len(p.pages) == 0 {
		return ErrorList{c.errorAt(e.path, "has no pages")}
	}
	return nil
}

// originalFirst reports whether e's original goes before its translation.
func (c *Case) originalFirst(e *Exhibit) bool {
	if t := e.Translation; t != nil && t.Order != "" {
		return t.Order == OriginalFirst
	}
	return c.Filing.TranslationOrder == OriginalFirst
}
