package typeset

import (
	"fmt"
	"strings"
	"testing"
)

// describe renders blocks one per line: kind (P paragraph, H1-H3 heading,
// R rule), then [marker], L<lists> and Q<quotes> when not zero, "+" for
// an item following another without a blank line, then the spans.
func describe(bs []block) string {
	var lines []string
	for _, b := range bs {
		s := map[kind]string{paragraph: "P", heading: "H", rule: "R"}[b.kind]
		if b.kind == heading {
			s += fmt.Sprint(b.level)
		}
		if b.marker != "" {
			s += "[" + b.marker + "]"
		}
		if b.lists > 0 {
			s += fmt.Sprintf(" L%d", b.lists)
		}
		if b.quotes > 0 {
			s += fmt.Sprintf(" Q%d", b.quotes)
		}
		if b.item {
			s += " +"
		}
		if t := show(b.spans); t != "" {
			s += " " + t
		}
		lines = append(lines, s)
	}
	return strings.Join(lines, "\n")
}

func TestParseMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "one\ntwo\n\n\nthree", "P one two\nP three"},
		{"hard breaks", "a  \nb\\\nc\\\\\nd   ", "P a⏎b⏎c\\ d"},
		{"atx", "# One\n## Two ##\n### Three\n#### Four\n#No", "H1 <b>One</b>\nH2 <b>Two</b>\nH3 <b>Three</b>\nH3 <b>Four</b>\nP #No"},
		{"atx in text", "C# is a language", "P C# is a language"},
		{"setext", "Title\nover two\n=====\n\nSub\n---", "H1 <b>Title over two</b>\nH2 <b>Sub</b>"},
		{"thematic", "a\n\n---\n\n* * *\nb", "P a\nR\nR\nP b"},
		{"underscores print", "___\n\nSigned: ________", "P ___\nP Signed: ________"},
		{"declaration numbers as written", "3. Three\n\n4) Four\n\n10. Ten\n    more",
			"P[3.] L1 Three\nP[4)] L1 Four\nP[10.] L1 Ten more"},
		{"tight list", "1. a\n2. b\n3. c", "P[1.] L1 a\nP[2.] L1 + b\nP[3.] L1 + c"},
		{"list after text", "Text:\n- a\n- b", "P Text:\nP[•] L1 + a\nP[•] L1 + b"},
		{"only 1 interrupts", "In the year\n2019. we left", "P In the year 2019. we left"},
		{"1 interrupts", "Steps:\n1. go", "P Steps:\nP[1.] L1 + go"},
		{"bullets", "- a\n* b\n+ c", "P[•] L1 a\nP[•] L1 + b\nP[•] L1 + c"},
		{"nested", "1. Threats:\n   - calls\n     * at night\n   - letters\n2. Next",
			"P[1.] L1 Threats:\nP[•] L2 + calls\nP[◦] L3 + at night\nP[•] L2 + letters\nP[2.] L1 + Next"},
		{"item paragraphs", "1. First\n\n   Still first\n\n2. Second", "P[1.] L1 First\nP L1 Still first\nP[2.] L1 Second"},
		{"lazy continuation", "1. A long\nparagraph\n2. B", "P[1.] L1 A long paragraph\nP[2.] L1 + B"},
		{"empty item", "1.\n2. b", "P[1.] L1\nP[2.] L1 + b"},
		{"not a list", "1.5 million\n\n-5 degrees\n\n*emphasis*", "P 1.5 million\nP -5 degrees\nP <i>emphasis</i>"},
		{"quote", "> quoted\nlazy\n>\n> more\n\nafter", "P Q1 quoted lazy\nP Q1 more\nP after"},
		{"nested quote", "> a\n> > b", "P Q1 a\nP Q2 b"},
		{"list in quote", "> 1. a\n> 2. b", "P[1.] L1 Q1 a\nP[2.] L1 Q1 + b"},
		{"emphasis in heading", "# The *Matter* of X", "H1 <b>The </b><bi>Matter</bi><b> of X</b>"},
		{"escapes", `\# not heading` + "\n\n" + `\- not item` + "\n\n" + `1\. not item`, "P # not heading\nP - not item\nP 1. not item"},
		{"other markup prints", "| a | b |\n|---|---|\n\n    code\n\n<b>html</b>",
			"P | a | b | |---|---|\nP code\nP <b>html</b>"},
	}
	for _, tt := range tests {
		if got := describe(parseMarkdown(clean(tt.in))); got != tt.want {
			t.Errorf("%s: parseMarkdown(%q) =\n%s\nwant\n%s", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestParseText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"markup is text", "# **Not** _markup_\n\n- 1. x", "P # **Not** _markup_\nP - 1. x"},
		{"wrapped prose is joined",
			"I was born in the village of Novoselytsia in the Chernivtsi region\nof Ukraine, where my family had lived for many generations before\nthe war.",
			"P I was born in the village of Novoselytsia in the Chernivtsi region of Ukraine, where my family had lived for many generations before the war."},
		{"fields keep their lines",
			"Surname: Kovalenko\nGiven names: Maria Josefa\nPlace of birth: Kharkiv, Ukrainian Soviet Socialist Republic\nFather: Ivan",
			"P Surname: Kovalenko⏎Given names: Maria Josefa⏎Place of birth: Kharkiv, Ukrainian Soviet Socialist Republic⏎Father: Ivan"},
		{"short lines keep their lines", "Sincerely,\nIvan Petrov", "P Sincerely,⏎Ivan Petrov"},
		{"crlf and tabs", "a\r\n\tb\r\n\r\nc", "P a⏎b\nP c"},
	}
	for _, tt := range tests {
		if got := describe(parseText(clean(tt.in))); got != tt.want {
			t.Errorf("%s: parseText(%q) =\n%s\nwant\n%s", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\rc", "a\nb\nc"},
		{"\ta\tb", "    a   b"},
		{"x\x00y\x1bz\u0085w", "x y z w"},
		{"emoji 😀!", "emoji \uFFFD!"},
		{"\xff bad", "\uFFFD bad"},
		{"\uFEFFbom", "bom"},
		{"e\u0301 Nguye\u0302\u0303n", "é Nguyễn"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
