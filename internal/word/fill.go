package word

import (
	"regexp"
	"strings"
)

// filler fills the parts of one document and remembers every placeholder
// that had no value, so that Fill can name them all at once.
type filler struct {
	data    Data
	missing map[string][]int // placeholder → indexes of the items lacking it, -1 for Data.Values
}

func newFiller(d Data) *filler {
	return &filler{data: d, missing: map[string][]int{}}
}

// part fills one XML part: joins split placeholders, repeats the blocks,
// puts the values in and splits paragraphs at blank lines in values.
func (f *filler) part(src string) (string, error) {
	root, err := wordRoot(src)
	if err != nil {
		return "", err
	}
	f.walk(root)
	splitAll(root)
	fixTables(root)
	return root.String(), nil
}

// lookup returns the value of a placeholder, and whether there is one.
type lookup func(name string) (string, bool)

// global looks names up in Data.Values. An item field found outside its
// block is reported with a hint, since the usual cause is a paragraph or row
// that mixes it with other placeholders.
func (f *filler) global(name string) (string, bool) {
	v, ok := f.data.Values[name]
	if !ok {
		if kind := kindOf(name); kind != "" {
			f.miss("{{"+name+"}} (an item field fills only a paragraph or table row whose placeholders are all "+kind+".*)", -1)
		} else {
			f.miss("{{"+name+"}}", -1)
		}
	}
	return v, ok
}

// item looks names up in the values of Data.Items[i].
func (f *filler) item(i int) lookup {
	return func(name string) (string, bool) {
		v, ok := f.data.Items[i].Values[name[len(kindOf(name))+1:]]
		if !ok {
			f.miss("{{"+name+"}}", i)
		}
		return v, ok
	}
}

func (f *filler) miss(name string, item int) {
	f.missing[name] = append(f.missing[name], item)
}

// fillTexts fills every w:t below n with look.
func fillTexts(n *node, look lookup) {
	out := make([]*node, 0, len(n.kids))
	for _, k := range n.kids {
		if k.name == "w:t" {
			out = appendFilled(out, k, look)
			continue
		}
		fillTexts(k, look)
		out = append(out, k)
	}
	n.kids = out
}

// appendFilled appends to out, a run's content so far, what replaces the
// w:t t. A line break just before a text that fills to nothing goes with
// it, so that an empty value, such as a missing description, leaves no
// blank line.
func appendFilled(out []*node, t *node, look lookup) []*node {
	filled := fillText(t, look)
	if len(filled) == 0 && len(out) > 0 && out[len(out)-1].name == "w:br" {
		out = out[:len(out)-1]
	}
	return append(out, filled...)
}

// fillText returns what replaces w:t element t: t itself when it holds no
// placeholder, else the run content of its text with the values put in.
// A placeholder without a value is left as it is (Fill then fails).
func fillText(t *node, look lookup) []*node {
	text := textOf(t)
	locs := placeholder.FindAllStringSubmatchIndex(text, -1)
	if len(locs) == 0 {
		return []*node{t}
	}
	var b runBuilder
	last := 0
	for _, l := range locs {
		b.text.WriteString(text[last:l[0]])
		if v, ok := look(text[l[2]:l[3]]); ok {
			b.value(v)
		} else {
			b.text.WriteString(text[l[0]:l[1]])
		}
		last = l[1]
	}
	b.text.WriteString(text[last:])
	b.flush()
	return b.nodes
}

// runBuilder builds the content of a run from text and values.
type runBuilder struct {
	nodes []*node
	text  strings.Builder
}

// blankLines separates the paragraphs of a value.
var blankLines = regexp.MustCompile(`\n(?:[ \t]*\n)+`)

// value adds a value: a line feed becomes a w:br, a tab a w:tab, and one or
// more blank lines a paragraph break (see cut). In a value, "\r\n" and "\r"
// are line feeds too.
func (b *runBuilder) value(v string) {
	v = strings.ReplaceAll(v, "\r\n", "\n")
	v = strings.ReplaceAll(v, "\r", "\n")
	for i, para := range blankLines.Split(v, -1) {
		if i > 0 {
			b.add(&node{open: "<w:br/><w:br/>", pbreak: true}) // written as is only outside a paragraph, which Word never has
		}
		for j, line := range strings.Split(para, "\n") {
			if j > 0 {
				b.add(&node{name: "w:br", open: "<w:br/>"})
			}
			for k, cell := range strings.Split(line, "\t") {
				if k > 0 {
					b.add(&node{name: "w:tab", open: "<w:tab/>"})
				}
				b.text.WriteString(cell)
			}
		}
	}
}

// add ends the text so far and adds n after it.
func (b *runBuilder) add(n *node) {
	b.flush()
	b.nodes = append(b.nodes, n)
}

// flush turns the text so far into a w:t; empty text makes none.
func (b *runBuilder) flush() {
	if b.text.Len() > 0 {
		b.nodes = append(b.nodes, newText(b.text.String()))
		b.text.Reset()
	}
}
