package word

import (
	"regexp"
	"strings"
)

// placeholder matches "{{name}}" or "{{kind.field}}"; spaces inside the
// braces are allowed ("{{ date }}" is "date"). Group 1 is the name. Text
// that only looks similar ("{{Applicant Name}}") is left as it is.
var placeholder = regexp.MustCompile(`\{\{[ \t]*([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)?)[ \t]*\}\}`)

// names returns the placeholder names in s, in order, repeats included.
func names(s string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// kindOf returns the kind of an item field name ("exhibit" for
// "exhibit.label"), or "" for a plain name.
func kindOf(name string) string {
	kind, _, ok := strings.Cut(name, ".")
	if !ok {
		return ""
	}
	return kind
}

// texts calls fn with the text of every w:t element below n.
func texts(n *node, fn func(string)) {
	for _, k := range n.kids {
		if k.name == "w:t" {
			fn(textOf(k))
			continue
		}
		texts(k, fn)
	}
}

// collect adds the placeholder names below n to set.
func collect(n *node, set map[string]bool) {
	texts(n, func(s string) {
		for _, name := range names(s) {
			set[name] = true
		}
	})
}
