package pdf

import "io"

// xrefLine is what every object adds to the cross-reference table.
const xrefLine = 20

// Weights say what the pages of a document weigh when written. They are
// measured in one write of the whole document and tell what any run of its
// pages would weigh as a document of its own (see Extract), so that a packet
// can be cut into files of a given size without writing every candidate.
type Weights struct {
	total  int64
	fixed  int64         // header, outline, page tree, catalog, info, cross-reference table, trailer
	own    []int64       // each page's own objects: the page, its content, forms, images, links
	uses   [][]int       // the shared objects each page refers to
	refs   map[int][]int // the shared objects each shared object refers to
	shared map[int]int64 // each shared object's size
}

// Weigh writes d to nowhere and returns what its pages weigh.
func (d *Doc) Weigh() (*Weights, error) {
	t := &tally{page: -1, uses: make([][]int, len(d.pages)), objects: make([][]int, len(d.pages)),
		refs: map[int][]int{}, size: map[int]int64{}}
	wr, n, err := d.write(io.Discard, t)
	if err != nil {
		return nil, err
	}
	w := &Weights{total: n, fixed: n, own: make([]int64, len(d.pages)), uses: t.uses, refs: t.refs, shared: map[int]int64{}}
	for _, nr := range wr.copied {
		w.shared[nr] = t.size[nr] + xrefLine
		w.fixed -= w.shared[nr]
	}
	for i, objs := range t.objects {
		for _, nr := range objs {
			if _, ok := w.shared[nr]; !ok {
				w.own[i] += t.size[nr] + xrefLine
			}
		}
		w.fixed -= w.own[i]
	}
	return w, nil
}

// Total returns the size of the whole document as WriteTo writes it.
func (w *Weights) Total() int64 { return w.total }

// Range returns what pages from to to-1 weigh written as a document of
// their own (Extract with no additions): each page's own objects, every
// shared object they use (fonts, a source's resources) once, and the
// document-wide objects at their size in the whole document, which bounds
// theirs in a part (its outline and page tree are shorter). What is added to
// a part alone (overlays, links to other files, a longer title) is not
// counted.
func (w *Weights) Range(from, to int) int64 {
	n := w.fixed
	seen := map[int]bool{}
	var stack []int
	for i := from; i < to; i++ {
		n += w.own[i]
		stack = append(stack, w.uses[i]...)
		for len(stack) > 0 {
			nr := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[nr] {
				continue
			}
			seen[nr] = true
			n += w.shared[nr]
			stack = append(stack, w.refs[nr]...)
		}
	}
	return n
}

// tally records, while a document is written, the objects each page writes
// and the shared (copied) objects that it and they refer to.
type tally struct {
	page    int // the page being written, -1 outside pages
	from    int // the shared object being copied, 0 while a page's own are written
	objects [][]int
	uses    [][]int
	refs    map[int][]int
	size    map[int]int64
}

func (t *tally) object(nr int, size int64) {
	t.size[nr] = size
	if t.page >= 0 {
		t.objects[t.page] = append(t.objects[t.page], nr)
	}
}

// ref notes a reference to the shared object nr.
func (t *tally) ref(nr int) {
	switch {
	case t.from != 0:
		t.refs[t.from] = append(t.refs[t.from], nr)
	case t.page >= 0:
		t.uses[t.page] = append(t.uses[t.page], nr)
	}
}
