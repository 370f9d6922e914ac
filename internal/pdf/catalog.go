package pdf

import (
	"fmt"
	"strings"
)

// pageTree writes the one node that lists every page.
func (w *writer) pageTree() {
	kids := make([]string, len(w.doc.pages))
	for i := range kids {
		kids[i] = pageRef(i)
	}
	w.object(pagesObj, fmt.Sprintf("<</Type/Pages/Count %d/Kids[%s]>>", len(kids), strings.Join(kids, " ")))
}

// outlines writes the bookmarks and returns the outline root's number, or 0.
func (w *writer) outlines() int {
	if len(w.doc.outline) == 0 {
		return 0
	}
	root := w.alloc()
	first, last, count := w.outlineItems(root, w.doc.outline)
	w.object(root, fmt.Sprintf("<</Type/Outlines/First %s/Last %s/Count %d>>", ref(first), ref(last), count))
	return root
}

// outlineItems writes a list of sibling bookmarks under parent, all open,
// and returns the first and last item and the number of visible items.
func (w *writer) outlineItems(parent int, items []Bookmark) (first, last, count int) {
	nrs := make([]int, len(items))
	for i := range items {
		nrs[i] = w.alloc()
	}
	for i, it := range items {
		var d strings.Builder
		fmt.Fprintf(&d, "<</Title %s/Parent %s", textString(it.Title), ref(parent))
		if i > 0 {
			d.WriteString("/Prev " + ref(nrs[i-1]))
		}
		if i < len(items)-1 {
			d.WriteString("/Next " + ref(nrs[i+1]))
		}
		if len(it.Kids) > 0 {
			f, l, c := w.outlineItems(nrs[i], it.Kids)
			fmt.Fprintf(&d, "/First %s/Last %s/Count %d", ref(f), ref(l), c)
			count += c
		}
		fmt.Fprintf(&d, "/Dest[%s/XYZ 0 %s null]>>", pageRef(it.Page), num(w.doc.pages[it.Page].h))
		w.object(nrs[i], d.String())
		count++
	}
	return nrs[0], nrs[len(nrs)-1], count
}

func (w *writer) info() {
	in := w.doc.info
	var d strings.Builder
	d.WriteString("<<")
	for _, kv := range [][2]string{{"Title", in.Title}, {"Creator", in.Creator}, {"Producer", in.Producer}} {
		if kv[1] != "" {
			d.WriteString("/" + kv[0] + " " + textString(kv[1]))
		}
	}
	if !in.Date.IsZero() {
		date := "(D:" + in.Date.UTC().Format("20060102150405") + "Z)"
		d.WriteString("/CreationDate " + date + "/ModDate " + date)
	}
	d.WriteString(">>")
	w.object(infoObj, d.String())
}

func (w *writer) catalog(outlines int) {
	var d strings.Builder
	d.WriteString("<</Type/Catalog/Pages " + ref(pagesObj))
	if outlines != 0 {
		d.WriteString("/Outlines " + ref(outlines) + "/PageMode/UseOutlines")
	}
	if len(w.doc.labels) > 0 {
		d.WriteString("/PageLabels<</Nums[")
		for _, l := range w.doc.labels {
			fmt.Fprintf(&d, "%d <<", l.Start)
			if l.Style != "" {
				d.WriteString("/S/" + l.Style)
			}
			if l.Prefix != "" {
				d.WriteString("/P " + textString(l.Prefix))
			}
			if l.First > 1 {
				fmt.Fprintf(&d, "/St %d", l.First)
			}
			d.WriteString(">> ")
		}
		d.WriteString("]>>")
	}
	d.WriteString(w.layers())
	if w.doc.info.Lang != "" {
		d.WriteString("/Lang " + textString(w.doc.info.Lang))
	}
	d.WriteString(">>")
	w.object(catalogObj, d.String())
}
