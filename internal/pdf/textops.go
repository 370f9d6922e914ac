package pdf

import "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

// maxFormDepth bounds how deeply forms drawn by forms are followed; real
// documents nest a few levels.
const maxFormDepth = 12

// HasText reports whether page i (0-based) shows any text: a text-showing
// operator with a non-empty string, in the page's content or in a form it
// draws. Invisible text (an OCR layer) counts: a page without any is a scan
// that needs OCR. A content stream that cannot be decoded counts as none.
func (s *Source) HasText(i int) bool {
	p := s.pages[i]
	content, _ := s.pageContent(p.dict["Contents"], true)
	return s.showsText(content, p.resources, map[int]int{}, 0)
}

// showsText reports whether content, drawn with resources, shows text
// itself or through the forms it draws. seen holds the forms already
// looked at, by the shallowest depth they were met at: a form is scanned
// again only when met higher up, where more of what it draws is followed,
// and a form that draws itself stops.
func (s *Source) showsText(content []byte, resources types.Object, seen map[int]int, depth int) bool {
	text, drawn := scanText(content)
	if text || depth >= maxFormDepth {
		return text
	}
	xobjects, _ := s.deref(s.dictEntry(resources, "XObject")).(types.Dict)
	for _, name := range drawn {
		v, _ := xobjects.Find(decodedName(name))
		ref, ok := v.(types.IndirectRef)
		if !ok {
			continue
		}
		if d, met := seen[ref.ObjectNumber.Value()]; met && d <= depth+1 {
			continue
		}
		seen[ref.ObjectNumber.Value()] = depth + 1
		sd, ok := s.deref(ref).(types.StreamDict)
		if !ok || !isForm(sd) {
			continue // an image, or not a stream at all
		}
		formResources := resources // a form without its own uses its parent's (PDF 1.1)
		if r, ok := sd.Dict["Resources"]; ok {
			formResources = r
		}
		data, ok := strictDecode(sd)
		if ok && s.showsText(data, formResources, seen, depth+1) {
			return true
		}
	}
	return false
}

func isForm(sd types.StreamDict) bool {
	st := sd.Dict.NameEntry("Subtype")
	return st != nil && *st == "Form"
}

// dictEntry returns entry key of the dictionary o is or refers to.
func (s *Source) dictEntry(o types.Object, key string) types.Object {
	d, _ := s.deref(o).(types.Dict)
	return d[key]
}
