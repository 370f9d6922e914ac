package packet

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// knownKeys lists the keys each object of a case file may have, by schema
// path ("" is the root, "[]" any element of a list). It must agree with
// templates/case.schema.json; a test holds them together.
var knownKeys = map[string][]string{
	"":                                  {"version", "forum", "applicant", "asylum_office", "court", "preparer", "filing", "numbering", "service", "supplement", "translators", "word", "fonts", "sections"},
	"supplement":                        {"filed", "list_previous"},
	"word":                              {"letter", "index"},
	"applicant":                         {"name", "native_name", "a_number", "date_of_birth", "nationality", "address", "detained", "language"},
	"asylum_office":                     {"name", "address"},
	"court":                             {"city", "address", "judge", "hearing"},
	"preparer":                          {"name", "firm", "address", "phone", "email", "eoir_id", "bar_number"},
	"filing":                            {"title", "date", "salutation", "letter", "list_exhibits", "split", "translation_order", "report_max_age_months", "confidential", "ocr"},
	"numbering":                         {"style", "position", "prefix", "digits", "start"},
	"service":                           {"to", "address", "method", "date"},
	"translators[]":                     {"id", "name", "address", "phone", "date", "combined"},
	"sections[]":                        {"title", "labels", "prefix", "exhibits"},
	"sections[].exhibits[]":             {"id", "kind", "title", "description", "date", "language", "files", "pages", "translation", "interpretation", "source", "author", "url", "accessed", "highlight", "redact", "ocr"},
	"sections[].exhibits[].redact[]":    {"text", "page", "box"},
	"sections[].exhibits[].files[]":     {"path", "pages", "password_env"},
	"sections[].exhibits[].translation": {"files", "text", "translator", "order"},
	"sections[].exhibits[].translation.files[]":        {"path", "pages", "password_env"},
	"sections[].exhibits[].translation.translator":     {"name", "address", "phone", "date"},
	"sections[].exhibits[].interpretation":             {"language", "interpreter", "declarant"},
	"sections[].exhibits[].interpretation.interpreter": {"name", "address", "phone", "date"},
}

// decoder turns the YAML tree into a Case, collecting every problem instead
// of stopping at the first.
type decoder struct {
	file    string
	errs    ErrorList
	pos     positions
	aliases int                  // alias expansions so far
	stopped bool                 // the alias budget ran out: nothing more is read or reported
	src     []byte               // the case file, to place problems inside texts
	places  map[string]textPlace // texts that may cite exhibits, by field path
}

// maxAliases bounds alias expansions: a few kilobytes of nested aliases can
// otherwise expand to millions of nodes ("billion laughs").
const maxAliases = 1000

func (d *decoder) fail(n *yaml.Node, path, format string, args ...any) {
	if d.stopped {
		return
	}
	e := &Error{File: d.file, Field: path, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	d.errs = append(d.errs, e)
}

// resolve follows aliases to the node they name, within the budget.
func (d *decoder) resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && !d.stopped {
		if d.aliases++; d.aliases > maxAliases {
			d.fail(n, "", "more than %d alias expansions: write the case out without nesting aliases", maxAliases)
			d.stopped = true
			return nil
		}
		n = n.Alias
	}
	if d.stopped {
		return nil
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// schemaPath turns "sections[1].exhibits[0]" into "sections[].exhibits[]".
func schemaPath(path string) string {
	var b strings.Builder
	skip := false
	for _, r := range path {
		switch {
		case r == '[':
			skip = true
			b.WriteString("[]")
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mapping reads a mapping node: it reports unknown and repeated keys, and
// returns the values by key.
func (d *decoder) mapping(n *yaml.Node, path string) map[string]*yaml.Node {
	n = d.resolve(n)
	if isNull(n) {
		return map[string]*yaml.Node{}
	}
	allowed := knownKeys[schemaPath(path)]
	if n.Kind != yaml.MappingNode {
		d.fail(n, path, "must be a mapping with the fields %s", strings.Join(allowed, ", "))
		return map[string]*yaml.Node{}
	}
	m := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], d.resolve(n.Content[i+1])
		if v == nil {
			return m // the alias budget ran out
		}
		key := k.Value
		switch {
		case key == "<<":
			d.fail(k, path, "merge keys (<<) are not supported: write the fields out")
		case !slices.Contains(allowed, key):
			d.fail(k, join(path, key), "unknown field (allowed here: %s)", strings.Join(allowed, ", "))
		case m[key] != nil:
			d.fail(k, join(path, key), "appears twice (first on line %d)", m[key].Line)
		default:
			m[key] = v
			d.pos[join(path, key)] = pos{v.Line, v.Column}
		}
	}
	return m
}

// require reports each listed key that m lacks or leaves empty.
func (d *decoder) require(n *yaml.Node, path string, m map[string]*yaml.Node, keys ...string) {
	for _, k := range keys {
		if v := m[k]; isNull(v) || (v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) == "") {
			at := d.resolve(n)
			if v != nil {
				at = v
			}
			d.fail(at, join(path, k), "is required")
		}
	}
}

func (d *decoder) scalar(n *yaml.Node, path, want string) (string, bool) {
	if isNull(n) {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		d.fail(n, path, "must be %s, not a %s", want, kindName(n))
		return "", false
	}
	return n.Value, true
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	}
	return "value"
}

// text reads a string field. Numbers are taken as written (a phone number,
// a title "1984"); true and false are not text.
func (d *decoder) text(n *yaml.Node, path string) string {
	s, ok := d.scalar(n, path, "text")
	if !ok {
		return ""
	}
	if n.Tag == "!!bool" {
		d.fail(n, path, "must be text, not %s (quote it if it is meant as text)", s)
		return ""
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			d.fail(n, path, "contains the control character %U (only printable text, line breaks and tabs are allowed)", r)
			break
		}
	}
	return strings.TrimSpace(s)
}

func (d *decoder) boolean(n *yaml.Node, path string) bool {
	s, ok := d.scalar(n, path, "true or false")
	if !ok {
		return false
	}
	if n.Tag != "!!bool" {
		d.fail(n, path, "must be true or false, not %q", s)
		return false
	}
	return s == "true" || s == "True" || s == "TRUE"
}

func (d *decoder) integer(n *yaml.Node, path string, lo, hi int) (int, bool) {
	s, ok := d.scalar(n, path, "a whole number")
	if !ok {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	if n.Tag != "!!int" || err != nil {
		d.fail(n, path, "must be a whole number from %d to %d, not %q", lo, hi, s)
		return 0, false
	}
	if v < lo || v > hi {
		d.fail(n, path, "must be from %d to %d, not %d", lo, hi, v)
		return 0, false
	}
	return v, true
}

func (d *decoder) date(n *yaml.Node, path string, partial bool) Date {
	s, ok := d.scalar(n, path, "a date")
	if !ok {
		return Date{}
	}
	v, ok := parseDate(s, partial)
	if !ok {
		allowed := "YYYY-MM-DD"
		if partial {
			allowed = "YYYY-MM-DD, YYYY-MM or YYYY"
		}
		d.fail(n, path, "%q is not a valid date (allowed: %s)", s, allowed)
	}
	return v
}

func (d *decoder) choice(n *yaml.Node, path string, allowed ...string) string {
	s, ok := d.scalar(n, path, "one of "+strings.Join(allowed, ", "))
	if !ok {
		return ""
	}
	if !slices.Contains(allowed, s) {
		d.fail(n, path, "%q is not allowed (allowed: %s)", s, strings.Join(allowed, ", "))
		return ""
	}
	return s
}

func (d *decoder) list(n *yaml.Node, path string) []*yaml.Node {
	n = d.resolve(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, path, "must be a list, not a %s", kindName(n))
		return nil
	}
	out := make([]*yaml.Node, 0, len(n.Content))
	for i, e := range n.Content {
		if e = d.resolve(e); e == nil {
			return out // the alias budget ran out
		}
		out = append(out, e)
		d.pos[fmt.Sprintf("%s[%d]", path, i)] = pos{e.Line, e.Column}
	}
	return out
}
