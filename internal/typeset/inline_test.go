package typeset

import (
	"strings"
	"testing"
)

// show renders spans as text with their styles marked <b>, <i> and <bi>,
// and a hard break as ⏎.
func show(ss []span) string {
	var b strings.Builder
	for _, s := range ss {
		tag := map[style]string{bold: "b", italic: "i", bold | italic: "bi"}[s.st]
		switch {
		case s.text == "\n":
			b.WriteString("⏎")
		case tag != "":
			b.WriteString("<" + tag + ">" + s.text + "</" + tag + ">")
		default:
			b.WriteString(s.text)
		}
	}
	return b.String()
}

func TestInlines(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"*em* and _em_", "<i>em</i> and <i>em</i>"},
		{"**strong** and __strong__", "<b>strong</b> and <b>strong</b>"},
		{"***both***", "<bi>both</bi>"},
		{"___both___", "<bi>both</bi>"},
		{"**bold *and italic* inside**", "<b>bold </b><bi>and italic</bi><b> inside</b>"},
		{"*italic **and bold** inside*", "<i>italic </i><bi>and bold</bi><i> inside</i>"},
		{"**bold**ly", "<b>bold</b>ly"},
		{"un*frigging*believable", "un<i>frigging</i>believable"},
		{"snake_case_name", "snake_case_name"}, // no emphasis inside a word with _
		{"2 * 3 * 4", "2 * 3 * 4"},             // not flanking
		{"an *unclosed star", "an *unclosed star"},
		{"**unclosed strong", "**unclosed strong"},
		{"*a **b*", "*a *<i>b</i>"}, // the nearest opener wins, as in CommonMark
		{"**a *b**", "*<i>a b</i>"}, // <em>a <em>b</em></em>
		{"*a* **b** ***c***", "<i>a</i> <b>b</b> <bi>c</bi>"},
		{"*foo**bar*", "<i>foo**bar</i>"}, // CommonMark's rule of 3
		{`\*not em\*`, "*not em*"},
		{`\\*em*`, `\<i>em</i>`},
		{`a \q b \`, `a \q b \`}, // only punctuation is escaped
		{`\_\#\[x\]`, "_#[x]"},
		{"signature: ______________", "signature: ______________"},
		{"______________", "______________"},
		{"line\nbreak", "line⏎break"},
		{"*em\nacross* break", "<i>em</i>⏎<i>across</i> break"},
		{"[a link](https://example.org) `code`", "[a link](https://example.org) `code`"},
		{"Правда *о* Харькове", "Правда <i>о</i> Харькове"},
		{"*«quoted»*", "<i>«quoted»</i>"},
		{"**", "**"},
		{"*", "*"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := show(inlines(tt.in, 0)); got != tt.want {
			t.Errorf("inlines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInlinesBase(t *testing.T) {
	// A heading is bold throughout; emphasis in it adds italic.
	if got, want := show(inlines("The *Matter* of X", bold)), "<b>The </b><bi>Matter</bi><b> of X</b>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
