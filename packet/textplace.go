package packet

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// textPlace locates a text field's value in the case file, so that a
// problem inside the text (a reference to an unknown exhibit) is reported
// at its own line and column, not at the start of the field.
type textPlace struct {
	line, col int
	style     yaml.Style
	indent    int // columns before a block scalar's text
}

// placeText remembers where the text of field path stands.
func (d *decoder) placeText(n *yaml.Node, path string) {
	if n == nil || n.Kind != yaml.ScalarNode {
		return
	}
	p := textPlace{line: n.Line, col: n.Column, style: n.Style}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		lines := strings.Split(string(d.src), "\n")
		for i := n.Line; i < len(lines); i++ { // lines[n.Line] is the line after the indicator
			if t := strings.TrimLeft(lines[i], " "); t != "" {
				p.indent = len(lines[i]) - len(t)
				break
			}
		}
	}
	if d.places == nil {
		d.places = map[string]textPlace{}
	}
	d.places[path] = p
}

// at returns the place in the file of the 1-based line and column of the
// field's text. Literal blocks (|) and one-line values are exact; a folded
// or multi-line quoted value is placed at its start.
func (p textPlace) at(line, col int) (int, int) {
	switch {
	case p.style&yaml.LiteralStyle != 0:
		return p.line + line, p.indent + col
	case p.style&yaml.FoldedStyle != 0 || line > 1:
		return p.line, p.col
	case p.style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		return p.line, p.col + col // after the opening quote
	}
	return p.line, p.col + col - 1
}
