package word

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// node is one piece of an XML part, kept as the bytes it was read from, so
// that writing a part back changes nothing but what Fill changed. The
// encoding/xml encoder cannot be used to write parts: it rewrites namespace
// declarations and prefixes, while Word's mc:Ignorable="w14 w15" names
// prefixes, so a renamed one makes Word reject the document.
//
// Elements are named with their prefix as written ("w:p"). Word and
// LibreOffice always bind the WordprocessingML namespace to "w", so the
// package matches on that prefix (see wordRoot) rather than resolving
// namespaces.
type node struct {
	name   string  // element name ("w:p"); "" for text, comments and the like
	open   string  // start tag as written, or the whole non-element token
	text   string  // decoded character data, for text nodes
	close  string  // end tag; "" when the element was written self-closing
	kids   []*node // content of an element
	pbreak bool    // a paragraph break inside a value, see cut
}

// parse reads an XML part into a tree under a nameless root. The tokens come
// from encoding/xml, which checks that the part is well-formed; their bytes
// are taken from src by offset.
func parse(src string) (*node, error) {
	dec := xml.NewDecoder(strings.NewReader(src))
	root := &node{}
	stack := []*node{root}
	var pos int64
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		end := dec.InputOffset()
		raw := src[pos:end]
		pos = end
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: qname(t.Name), open: raw}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 1 || top.name != qname(t.Name) {
				line, col := dec.InputPos()
				return nil, fmt.Errorf("%d:%d: unexpected end tag </%s>", line, col, qname(t.Name))
			}
			top.close = raw // "" for <a/>, whose end the decoder reports without reading
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.kids = append(top.kids, &node{open: raw, text: string(t)})
		default:
			top.kids = append(top.kids, &node{open: raw})
		}
	}
	if len(stack) > 1 {
		return nil, fmt.Errorf("element <%s> is not closed", stack[len(stack)-1].name)
	}
	return root, nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// String writes the tree back as XML.
func (n *node) String() string {
	var b strings.Builder
	n.write(&b)
	return b.String()
}

func (n *node) write(b *strings.Builder) {
	b.WriteString(n.open)
	for _, k := range n.kids {
		k.write(b)
	}
	b.WriteString(n.close)
}

// uniqueIDs are attributes that Word wants unique in a document; copies of a
// paragraph or row go without them, and Word makes new ones when it saves.
var uniqueIDs = regexp.MustCompile(`\s+w14:(?:paraId|textId)="[^"]*"`)

// clone returns a deep copy of n for a repeated block or a split paragraph.
// Bookmarks are left out of the copy, as their names and ids must be unique.
func (n *node) clone() *node {
	c := *n
	c.open = uniqueIDs.ReplaceAllString(n.open, "")
	c.kids = make([]*node, 0, len(n.kids))
	for _, k := range n.kids {
		if k.name == "w:bookmarkStart" || k.name == "w:bookmarkEnd" {
			continue
		}
		c.kids = append(c.kids, k.clone())
	}
	return &c
}

// isElem reports whether n is an element, not text or a comment.
func (n *node) isElem() bool { return n.name != "" }

// child returns n's first child element named name, or nil.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// textOf returns the decoded text of a w:t element.
func textOf(t *node) string {
	var b strings.Builder
	for _, k := range t.kids {
		b.WriteString(k.text)
	}
	return b.String()
}

// setText replaces the text of a w:t element. Spaces at either end are kept
// by xml:space="preserve", which Word otherwise trims.
func setText(t *node, s string) {
	t.open = `<w:t xml:space="preserve">`
	t.close = "</w:t>"
	t.kids = []*node{{open: escape(s), text: s}}
}

// newText returns a w:t element holding s.
func newText(s string) *node {
	t := &node{name: "w:t"}
	setText(t, s)
	return t
}

// escape returns s as XML character data. Characters XML cannot hold (most
// control characters) become U+FFFD.
func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}
