package pdf

import (
	"maps"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Many producers give all pages of a document one resources dictionary
// that lists every page's images. Written whole with each page, it would
// carry into the packet the images of pages left out of it, a redacted
// page's original scan among them. So a page's form gets its resources
// with the /XObject entries its content never draws left out.

// pageResources returns the resources page i is written with: its own,
// or, when their /XObject dictionary names objects the page never draws,
// a copy whose /XObject holds only those it draws. Drawn are the names Do
// draws in the page's content and in the forms without resources of their
// own (which use the page's) that it draws, however deep. Whenever that is
// not certain (content that cannot be decoded or read to its end, forms
// nested too deep, or a Type 3 font, pattern or soft mask that would draw
// with the page's resources for lack of its own), the resources are kept
// whole. The other categories are kept as they are.
func (s *Source) pageResources(i int) types.Object {
	sp := s.pages[i]
	if r, ok := sp.resources.(types.IndirectRef); ok && leftOutRef(s, r) {
		return sp.resources
	}
	res, ok := s.deref(sp.resources).(types.Dict)
	if !ok {
		return sp.resources
	}
	xobjects, ok := s.deref(res["XObject"]).(types.Dict)
	if !ok || len(xobjects) == 0 {
		return sp.resources
	}
	content, ok := s.pageContent(sp.dict["Contents"], false)
	if !ok {
		return sp.resources
	}
	drawn, ok := s.drawnXObjects(content, xobjects)
	if !ok || len(drawn) == len(xobjects) || s.borrowsResources(res) {
		return sp.resources
	}
	kept := make(types.Dict, len(drawn))
	for k := range drawn {
		kept[k] = xobjects[k]
	}
	pruned := maps.Clone(res)
	pruned["XObject"] = kept
	return pruned
}

// drawnXObjects returns the keys of xobjects that content draws, itself or
// through the forms without resources of their own that it draws; ok is
// false when that is not certain. Names match when they are equal after
// #-escapes are decoded.
func (s *Source) drawnXObjects(content []byte, xobjects types.Dict) (drawn map[string]bool, ok bool) {
	keys := map[string][]string{} // by decoded name
	for k := range xobjects {
		keys[decodedName(k)] = append(keys[decodedName(k)], k)
	}
	type pending struct {
		content []byte
		depth   int
	}
	drawn = map[string]bool{}
	seen := map[int]bool{} // forms queued, by object number
	queue := []pending{{content, 0}}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		names, ok := scanDrawn(p.content)
		if !ok {
			return nil, false
		}
		for _, name := range names {
			for _, k := range keys[decodedName(name)] {
				drawn[k] = true
				ref, isRef := xobjects[k].(types.IndirectRef)
				if !isRef || seen[ref.ObjectNumber.Value()] {
					continue
				}
				seen[ref.ObjectNumber.Value()] = true
				sd, isStream := s.deref(ref).(types.StreamDict)
				if !isStream || !isForm(sd) || s.ownResources(sd.Dict) {
					continue
				}
				if p.depth+1 > maxFormDepth {
					return nil, false
				}
				data, ok := strictDecode(sd)
				if !ok {
					return nil, false
				}
				queue = append(queue, pending{data, p.depth + 1})
			}
		}
	}
	return drawn, true
}

// borrowsResources reports whether something in res other than a form
// may draw with the resources of the page it is used on, for lack of
// /Resources of its own: a Type 3 font (PDF 32000 9.6.5), a tiling
// pattern, or a soft mask's group.
func (s *Source) borrowsResources(res types.Dict) bool {
	fonts, _ := s.deref(res["Font"]).(types.Dict)
	for _, f := range fonts {
		fd, _ := s.deref(f).(types.Dict)
		if st := fd.NameEntry("Subtype"); st != nil && *st == "Type3" && !s.ownResources(fd) {
			return true
		}
	}
	patterns, _ := s.deref(res["Pattern"]).(types.Dict)
	for _, p := range patterns {
		if sd, ok := s.deref(p).(types.StreamDict); ok && !s.ownResources(sd.Dict) {
			return true // shading patterns are dictionaries, and draw nothing named
		}
	}
	states, _ := s.deref(res["ExtGState"]).(types.Dict)
	for _, g := range states {
		gd, _ := s.deref(g).(types.Dict)
		mask, _ := s.deref(gd["SMask"]).(types.Dict)
		if group, ok := s.deref(mask["G"]).(types.StreamDict); ok && !s.ownResources(group.Dict) {
			return true
		}
	}
	return false
}

// ownResources reports whether d has a resources dictionary of its own.
func (s *Source) ownResources(d types.Dict) bool {
	_, ok := s.deref(d["Resources"]).(types.Dict)
	return ok
}

// pageContent returns a page's content decoded, as content() joins it;
// ok is false when a part cannot be decoded. A page without content has
// none. With lenient, broken parts are left out, as viewers do, and ok is
// true.
func (s *Source) pageContent(contents types.Object, lenient bool) (data []byte, ok bool) {
	if contents == nil {
		return nil, true
	}
	switch c := s.deref(contents).(type) {
	case types.StreamDict:
		if data, ok := strictDecode(c); ok {
			return data, true
		}
		return nil, lenient
	case types.Array:
		var joined []byte
		for _, e := range c {
			switch part := s.deref(e).(type) {
			case types.StreamDict:
				data, ok := strictDecode(part)
				if !ok {
					if lenient {
						continue
					}
					return nil, false
				}
				joined = append(joined, data...)
				joined = append(joined, '\n')
			case nil:
				if !lenient {
					return nil, false // a part that cannot be read
				}
			}
		}
		return joined, true
	}
	return nil, lenient
}

// strictDecode decompresses a content stream, up to maxPageContent bytes;
// ok is false when it is broken or larger. sd is a copy: the source keeps
// no decoded data.
func strictDecode(sd types.StreamDict) (data []byte, ok bool) {
	data, err := sd.DecodeLengthWithLimit(-1, int64(maxPageContent))
	return data, err == nil
}

// decodedName returns a name with its #-escapes decoded, or as it is when
// they are malformed.
func decodedName(n string) string {
	if d, err := types.DecodeName(n); err == nil {
		return d
	}
	return n
}
