package pdf

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// page writes page i, its content and what the content uses.
func (w *writer) page(i int) error {
	p := w.doc.pages[i]
	var res, draw strings.Builder
	switch {
	case p.src != nil:
		form, err := w.form(p.src, p.index)
		if err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
		res.WriteString("/XObject<</P0 " + ref(form))
		fmt.Fprintf(&draw, "q %s cm /P0 Do\n", matrixString(p.place))
		// The visible annotations are drawn where they were, after the page
		// itself and clipped to what the page shows, as a viewer would.
		b := p.src.pages[p.index].box
		fmt.Fprintf(&draw, "%s %s %s %s re W n\n", num(b.llx), num(b.lly), num(b.width()), num(b.height()))
		for k, a := range p.src.appearances(p.index) {
			w.forms[srcKey{p.src, a.stream.ObjectNumber.Value()}] = true
			fmt.Fprintf(&res, "/A%d ", k)
			w.value(&res, p.src, a.stream)
			fmt.Fprintf(&draw, "q %s cm /A%d Do Q\n", matrixString(a.place), k)
		}
		draw.WriteString("Q\n")
	case p.img != nil:
		img, err := w.image(p.img)
		if err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
		res.WriteString("/XObject<</P0 " + ref(img))
		fmt.Fprintf(&draw, "q %s cm /P0 Do Q\n", matrixString(p.place))
	}
	for k, o := range p.overlays {
		form, err := w.form(o.src, o.index)
		if err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
		fmt.Fprintf(&res, "/S%d %s", k, ref(form))
		fmt.Fprintf(&draw, "q /S%d Do Q\n", k)
	}
	res.WriteString(">>")
	w.drawMarks(&res, &draw, p.marks)
	content := w.alloc()
	if data := []byte(draw.String()); len(data) > minDeflate {
		w.stream(content, "/Filter/FlateDecode", w.z.deflate(data))
	} else {
		w.stream(content, "", data) // a few operators: compressing them costs more than it saves
	}

	annots := w.highlights(i) // first, so that the links above them stay clickable
	for _, l := range p.links {
		nr := w.alloc()
		annots = append(annots, ref(nr))
		w.object(nr, fmt.Sprintf("<</Type/Annot/Subtype/Link/Rect[%s %s %s %s]/Border[0 0 0]%s>>",
			num(l.rect.X), num(l.rect.Y), num(l.rect.X+l.rect.W), num(l.rect.Y+l.rect.H), w.dest(l)))
	}
	dict := fmt.Sprintf("<</Type/Page/Parent %s/MediaBox[0 0 %s %s]/Resources<<%s>>/Contents %s",
		ref(pagesObj), num(p.w), num(p.h), res.String(), ref(content))
	if len(annots) > 0 {
		dict += "/Annots[" + strings.Join(annots, " ") + "]"
	}
	if p.src != nil {
		// A page's transparency group belongs on the page that shows it.
		if g, ok := p.src.pages[p.index].dict["Group"]; ok {
			var b strings.Builder
			w.value(&b, p.src, g)
			dict += "/Group " + b.String()
		}
	}
	w.object(firstPageObj+i, dict+">>")
	return w.drain()
}

// form writes a source page's content as a form XObject, so that it can be
// placed with one matrix and its graphics state cannot leak into the stamps.
// Its resources leave out the XObjects the page never draws (see
// pageResources).
func (w *writer) form(s *Source, i int) (int, error) {
	if !w.used[s] {
		w.used[s] = true
		w.sources = append(w.sources, s)
	}
	sp := s.pages[i]
	data, filter, err := s.content(sp.dict, &w.z)
	if err != nil {
		return 0, err
	}
	var d strings.Builder
	fmt.Fprintf(&d, "/Type/XObject/Subtype/Form/BBox[%s %s %s %s]", num(sp.box.llx), num(sp.box.lly), num(sp.box.urx), num(sp.box.ury))
	d.WriteString(filter)
	if sp.resources != nil {
		d.WriteString("/Resources ")
		w.value(&d, s, s.pageResources(i))
	} else {
		d.WriteString("/Resources<<>>")
	}
	nr := w.alloc()
	w.stream(nr, d.String(), data)
	return nr, nil
}

// content returns a page's content as one stream: the original bytes when the
// page has a single stream, else the streams decoded, joined and compressed.
func (s *Source) content(page types.Dict, z *deflater) (data []byte, filter string, err error) {
	o, err := s.xref.Dereference(page["Contents"])
	if err != nil {
		return nil, "", err
	}
	var streams []types.StreamDict
	switch c := o.(type) {
	case nil:
	case types.StreamDict:
		streams = append(streams, c)
	case types.Array:
		for _, e := range c {
			eo, err := s.xref.Dereference(e)
			if err != nil {
				return nil, "", err
			}
			if sd, ok := eo.(types.StreamDict); ok {
				streams = append(streams, sd)
			}
		}
	default:
		return nil, "", fmt.Errorf("page contents are a %T", o)
	}
	if len(streams) == 1 && (streams[0].Dict["Filter"] != nil || len(streams[0].Raw) <= minDeflate) {
		var f strings.Builder
		for _, k := range []string{"Filter", "DecodeParms"} {
			if v, ok := streams[0].Dict[k]; ok {
				f.WriteString("/" + k + " ")
				directValue(&f, s, v)
			}
		}
		return streams[0].Raw, f.String(), nil
	}
	var joined []byte
	for _, sd := range streams {
		if err := sd.Decode(); err != nil {
			continue // a broken part is left out, as viewers do, and the rest shown
		}
		joined = append(joined, sd.Content...)
		joined = append(joined, '\n')
	}
	return z.deflate(joined), "/Filter/FlateDecode", nil
}

// directValue writes a value that must not refer to other objects (a
// filter name or its parameters), resolving references.
func directValue(b *strings.Builder, s *Source, o types.Object) {
	o, _ = s.xref.Dereference(o)
	switch v := o.(type) {
	case types.Array:
		b.WriteString("[")
		for i, e := range v {
			if i > 0 {
				b.WriteString(" ")
			}
			directValue(b, s, e)
		}
		b.WriteString("]")
	case types.Dict:
		b.WriteString("<<")
		for _, k := range slices.Sorted(maps.Keys(v)) {
			b.WriteString(types.Name(k).PDFString() + " ")
			directValue(b, s, v[k])
		}
		b.WriteString(">>")
	default:
		scalar(b, o)
	}
}

func (w *writer) image(img *Image) (int, error) {
	data, err := img.encoded()
	if err != nil {
		return 0, err
	}
	var d strings.Builder
	fmt.Fprintf(&d, "/Type/XObject/Subtype/Image/Width %d/Height %d", img.width, img.height)
	for _, k := range slices.Sorted(maps.Keys(img.dict)) {
		d.WriteString("/" + k + " " + img.dict[k])
	}
	if img.mask != nil {
		mask, err := w.image(img.mask)
		if err != nil {
			return 0, err
		}
		d.WriteString("/SMask " + ref(mask))
	}
	nr := w.alloc()
	w.stream(nr, d.String(), data)
	return nr, nil
}
