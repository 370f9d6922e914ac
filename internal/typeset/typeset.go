// Package typeset sets declarations and translations as US Letter PDF pages:
// justified paragraphs broken by a total-fit line breaker, numbered
// paragraphs with the number hanging in the gutter, headings, lists, block
// quotes, and page breaks that leave no widow or orphan line.
//
// Markdown reads a small Markdown subset; Text reads plain text. Both take
// an Options whose zero value is the default, and both are safe to call
// from several goroutines at once: the font measurements are shared and
// read-only, every PDF is drawn in its own fpdf document.
package typeset

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// ErrEmpty is returned for a source with nothing to print.
var ErrEmpty = errors.New("the document is empty")

// Options adjust the pages. The zero value is the default: US Letter,
// 1-inch margins, 11.5 pt text.
type Options struct {
	// Size is the size of body text in points, 6 to 36; 0 means 11.5.
	// Headings, leading and spacing scale with it.
	Size float64
	// Heading, when set, is printed as a centred title above the text. It
	// is plain text (no markup), and serves Text, whose source cannot carry
	// a heading.
	Heading string
}

// defaultSize is the body text size in points when Options.Size is 0.
const defaultSize = 11.5

// size returns the body text size, checking that it is usable.
func (o Options) size() (float64, error) {
	switch {
	case o.Size == 0:
		return defaultSize, nil
	case math.IsNaN(o.Size) || o.Size < 6 || o.Size > 36:
		return 0, fmt.Errorf("typeset: text size %g pt: want 6 to 36", o.Size)
	}
	return o.Size, nil
}

// Markdown typesets src, a Markdown subset, into PDF pages; it returns the
// PDF and its page count.
//
// The subset: ATX headings (#, ##, ###; deeper levels print as ###) and
// Setext headings; paragraphs, whose lines are joined; hard line breaks
// (two trailing spaces or a trailing backslash); numbered items ("1." or
// "2)"), printed with the numbers exactly as written, hanging in the gutter;
// bullet items (-, *, +), nested; *emphasis*, _emphasis_, **strong**,
// __strong__ and ***both***; backslash escapes; block quotes (>), indented
// on both sides; and thematic breaks (--- or ***) as a centred rule. A line
// of underscores prints as it is (a signature line). Everything else —
// links, code, HTML, tables — prints as the text it is, never dropped.
//
// A source with nothing but white space is ErrEmpty.
func Markdown(src string, opts Options) (pdf []byte, pages int, err error) {
	return typeset(parseMarkdown(clean(src)), opts)
}

// Text typesets plain text: blank lines separate paragraphs, no markup is
// interpreted (asterisks print as asterisks).
//
// The lines of a paragraph are joined into one justified paragraph when
// they look hard-wrapped — when the first word of each line would have fit
// on the line before, had the author's editor not wrapped it there. Short
// lines whose break was a choice (an address, "Name: …" fields of a
// translated certificate, a closing) keep their breaks.
//
// A source with nothing but white space is ErrEmpty.
func Text(src string, opts Options) ([]byte, int, error) {
	return typeset(parseText(clean(src)), opts)
}

// typeset lays out and draws the blocks of a document.
func typeset(blocks []block, opts Options) ([]byte, int, error) {
	size, err := opts.size()
	if err != nil {
		return nil, 0, err
	}
	if len(blocks) == 0 {
		return nil, 0, ErrEmpty
	}
	if h := strings.TrimSpace(strings.ReplaceAll(clean(opts.Heading), "\n", " ")); h != "" {
		title := block{kind: heading, level: 1, spans: []span{{text: h, st: bold}}}
		blocks = append([]block{title}, blocks...)
	}
	pages := paginate(rows(blocks, size))
	return draw(pages)
}
