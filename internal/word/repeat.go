package word

// A prototype is a paragraph (w:p) or table row (w:tr) whose placeholders
// are all fields of one kind of item: "{{exhibit.label}}",
// "{{exhibit.title}}". Prototypes that follow each other under one parent
// form a group, which is replaced by copies of its prototypes, item by item
// in Data.Items order. Several prototypes of one kind in a group (a title
// paragraph and a description paragraph) are copied together, in order,
// for each item of that kind. An item whose kind has no prototype in the
// group is skipped there.

// walk fills the tree below n with Data.Values, and replaces each group of
// prototypes by the items.
func (f *filler) walk(n *node) {
	out := make([]*node, 0, len(n.kids))
	for i := 0; i < len(n.kids); {
		k := n.kids[i]
		switch {
		case k.name == "w:t":
			out = appendFilled(out, k, f.global)
			i++
		case protoKind(k) == "":
			f.walk(k)
			out = append(out, k)
			i++
		default:
			protos, kept, end := group(n.kids, i)
			out = append(out, f.repeat(protos)...)
			out = append(out, kept...)
			i = end
		}
	}
	n.kids = out
}

// protoKind returns the kind of prototype n, or "" when n is none.
func protoKind(n *node) string {
	if n.name != "w:p" && n.name != "w:tr" {
		return ""
	}
	kind, mixed := "", false
	texts(n, func(s string) {
		for _, name := range names(s) {
			k := kindOf(name)
			if k == "" || (kind != "" && k != kind) {
				mixed = true
			}
			kind = k
		}
	})
	if mixed {
		return ""
	}
	return kind
}

// group returns the prototypes of the group that starts at kids[i], the
// nodes between them that stay (whitespace, bookmarks and spelling marks,
// which end up after the copies), and the index after the group.
func group(kids []*node, i int) (protos, kept []*node, end int) {
	var pending []*node
	for j := i; j < len(kids); j++ {
		k := kids[j]
		switch {
		case protoKind(k) != "":
			protos = append(protos, k)
			kept = append(kept, pending...)
			pending, end = nil, j+1
		case passable(k):
			pending = append(pending, k)
		default:
			return protos, kept, end
		}
	}
	return protos, kept, end
}

// passable reports whether n may stand between two prototypes of a group.
func passable(n *node) bool {
	switch n.name {
	case "", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:permStart", "w:permEnd":
		return true
	}
	return false
}

// repeat returns the copies of protos for Data.Items, filled.
func (f *filler) repeat(protos []*node) []*node {
	kinds := make([]string, len(protos))
	for i, p := range protos {
		kinds[i] = protoKind(p)
	}
	var out []*node
	for i, it := range f.data.Items {
		for j, p := range protos {
			if kinds[j] != it.Kind {
				continue
			}
			c := p.clone()
			fillTexts(c, f.item(i))
			out = append(out, c)
		}
	}
	return out
}

// fixTables keeps tables valid once prototypes are gone: a table left
// without rows is removed, and a cell that no longer ends with a paragraph
// gets an empty one, as Word requires.
func fixTables(n *node) {
	kept := n.kids[:0]
	for _, k := range n.kids {
		fixTables(k)
		if k.name == "w:tbl" && k.child("w:tr") == nil {
			continue
		}
		kept = append(kept, k)
	}
	n.kids = kept
	if n.name != "w:tc" {
		return
	}
	var last *node // the last block: paragraph, table or content control
	for _, k := range n.kids {
		switch k.name {
		case "w:p", "w:tbl", "w:sdt", "w:customXml":
			last = k
		}
	}
	if last == nil || last.name == "w:tbl" {
		n.kids = append(n.kids, &node{name: "w:p", open: "<w:p/>"})
	}
}
