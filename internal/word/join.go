package word

import (
	"fmt"
	"sort"
	"strings"
)

// Word splits what a user typed as one word into several runs whenever
// formatting, spelling marks or editing sessions change in the middle:
// "{{applicant_name}}" is often stored as "{{appl" in one w:r and
// "icant_name}}" in the next, with w:proofErr or w:bookmarkStart between.
// join puts every placeholder back into one w:t so that it can be filled.

// wordRoot parses a part of a template and joins its split placeholders.
// The part must bind the prefix "w" to WordprocessingML (transitional or
// strict), as Word and LibreOffice do: elements are matched by that prefix.
func wordRoot(src string) (*node, error) {
	root, err := parse(src)
	if err != nil {
		return nil, err
	}
	for _, k := range root.kids {
		if k.isElem() && !strings.Contains(k.open, `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`) &&
			!strings.Contains(k.open, `xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"`) {
			return nil, fmt.Errorf("<%s> does not bind the prefix w: to WordprocessingML, as Word does", k.name)
		}
	}
	joinAll(root)
	return root, nil
}

// slot is a piece of a paragraph's text: a w:t element and its run, or,
// when t is nil, something in a run that a placeholder cannot span (a tab,
// a break, a drawing, a field code).
type slot struct {
	t, run *node
	text   string
}

// barrier stands for a slot without text in the joined paragraph text; the
// placeholder pattern never matches it.
const barrier = "\x00"

// joinAll joins split placeholders in every paragraph below n, text boxes
// included, and removes the runs that are left without content.
func joinAll(n *node) {
	drop := map[*node]bool{}
	var walk func(*node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if k.name == "w:p" {
				join(k, drop)
			}
			walk(k) // paragraphs nest in text boxes
		}
	}
	walk(n)
	if len(drop) > 0 {
		prune(n, drop)
	}
}

// join joins the placeholders of paragraph p. The whole placeholder goes
// into the w:t where it starts, which keeps the formatting of that run; the
// runs it continued into lose its characters. Runs (and w:t elements) left
// empty are added to drop. Placeholders never span paragraphs.
func join(p *node, drop map[*node]bool) {
	slots := paragraphSlots(p, nil, nil)
	offs := make([]int, len(slots)+1)
	var b strings.Builder
	for i, s := range slots {
		offs[i] = b.Len()
		if s.t == nil {
			b.WriteString(barrier)
		} else {
			b.WriteString(s.text)
		}
	}
	offs[len(slots)] = b.Len()
	all := b.String()
	at := func(pos int) int { // the slot holding byte pos of all
		return sort.Search(len(slots), func(i int) bool { return offs[i+1] > pos })
	}
	changed := map[int]bool{}
	ms := placeholder.FindAllStringIndex(all, -1)
	// Right to left, so that the start of a slot still holds the text the
	// offsets were taken from.
	for k := len(ms) - 1; k >= 0; k-- {
		s, e := ms[k][0], ms[k][1]
		i, j := at(s), at(e-1)
		if i == j {
			continue
		}
		slots[i].text = slots[i].text[:s-offs[i]] + all[s:e]
		for m := i + 1; m < j; m++ {
			slots[m].text = ""
		}
		slots[j].text = slots[j].text[e-offs[j]:]
		for m := i; m <= j; m++ {
			changed[m] = true
		}
	}
	for m := range changed {
		s := slots[m]
		if s.text != "" {
			setText(s.t, s.text)
			continue
		}
		drop[s.t] = true
		if emptyRun(s.run, drop) {
			drop[s.run] = true
		}
	}
}

// paragraphSlots lists the text of paragraph p in order, run by run,
// through hyperlinks, insertions, content controls and the like. Elements
// between runs (w:proofErr, w:bookmarkStart) carry no text and are passed
// over. Paragraphs nested in a run (text boxes) are not part of p's text.
func paragraphSlots(n, run *node, out []slot) []slot {
	for _, k := range n.kids {
		switch {
		case !k.isElem():
		case run == nil && k.name == "w:r":
			out = paragraphSlots(k, k, out)
		case run == nil:
			out = paragraphSlots(k, nil, out)
		case k.name == "w:t":
			out = append(out, slot{t: k, run: run, text: textOf(k)})
		case k.name == "w:rPr" || k.name == "w:lastRenderedPageBreak":
		default:
			out = append(out, slot{run: run})
		}
	}
	return out
}

// emptyRun reports whether run r has nothing left once the elements in drop
// are gone but its properties and layout hints.
func emptyRun(r *node, drop map[*node]bool) bool {
	for _, k := range r.kids {
		if k.isElem() && !drop[k] && k.name != "w:rPr" && k.name != "w:lastRenderedPageBreak" {
			return false
		}
	}
	return true
}

// prune removes the nodes in drop from the tree below n.
func prune(n *node, drop map[*node]bool) {
	kept := n.kids[:0]
	for _, k := range n.kids {
		if drop[k] {
			continue
		}
		prune(k, drop)
		kept = append(kept, k)
	}
	n.kids = kept
}
