package word

// A value with blank lines in it ("first paragraph\n\nsecond") is several
// paragraphs, and a w:br cannot make a paragraph: Word's paragraph spacing,
// indents and justification apply only between w:p elements. So the
// paragraph that holds such a value is cut at each blank line into as many
// paragraphs, each with a copy of the paragraph's properties (w:pPr), and
// each piece of a cut run with a copy of the run's (w:rPr). Text before and
// after the placeholder stays in the first and the last paragraph.

// splitAll cuts every paragraph below n that holds paragraph breaks.
// Paragraphs in text boxes are cut before the paragraph around them.
func splitAll(n *node) {
	out := make([]*node, 0, len(n.kids))
	for _, k := range n.kids {
		splitAll(k)
		if k.name == "w:p" && hasBreak(k) {
			out = append(out, cut(k)...)
			continue
		}
		out = append(out, k)
	}
	n.kids = out
}

// hasBreak reports whether there is a paragraph break below n.
func hasBreak(n *node) bool {
	if n.pbreak {
		return true
	}
	for _, k := range n.kids {
		if hasBreak(k) {
			return true
		}
	}
	return false
}

// cut returns n in pieces, one more than the paragraph breaks below it,
// each an element like n with part of its content. A break itself is two
// empty pieces (nil): nothing before it, nothing after.
func cut(n *node) []*node {
	if n.pbreak {
		return []*node{nil, nil}
	}
	if !hasBreak(n) {
		return []*node{n}
	}
	props := n.child(n.name + "Pr") // w:pPr of w:p, w:rPr of w:r
	parts := [][]*node{nil}
	for _, k := range n.kids {
		if k == props {
			continue
		}
		for i, piece := range cut(k) {
			if i > 0 {
				parts = append(parts, nil)
			}
			if piece != nil {
				parts[len(parts)-1] = append(parts[len(parts)-1], piece)
			}
		}
	}
	out := make([]*node, len(parts))
	for i, kids := range parts {
		c := &node{name: n.name, open: n.open, close: n.close}
		if i > 0 {
			c.open = uniqueIDs.ReplaceAllString(n.open, "")
		}
		if props != nil {
			p := props
			if i < len(parts)-1 {
				p = withoutSection(props.clone())
			}
			c.kids = append(c.kids, p)
		}
		c.kids = append(c.kids, kids...)
		out[i] = c
	}
	return out
}

// withoutSection removes a section break (w:sectPr) from paragraph
// properties: it ends the section after its paragraph, so only the last
// piece of a cut paragraph keeps it.
func withoutSection(props *node) *node {
	kept := props.kids[:0]
	for _, k := range props.kids {
		if k.name != "w:sectPr" {
			kept = append(kept, k)
		}
	}
	props.kids = kept
	return props
}
