package sidecar

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Kind is one way an exhibit differs between two filings.
type Kind string

// The kinds of change, in the order they are reported. An exhibit that is
// in both filings may be replaced, relabelled, retitled and moved at once;
// it is unchanged only when none of these applies.
const (
	Added      Kind = "added"      // in the new filing only
	Removed    Kind = "removed"    // in the old filing only
	Replaced   Kind = "replaced"   // its content differs
	Relabelled Kind = "relabelled" // its label differs
	Retitled   Kind = "retitled"   // its title differs
	Moved      Kind = "moved"      // its section or its page range differs
	Unchanged  Kind = "unchanged"
)

// Changes is what changed between two filings: the packet's own facts and
// every exhibit, unchanged ones included, so that a program reading the
// JSON form sees the whole filing.
type Changes struct {
	Packet   []Fact          `json:"packet"`
	Exhibits []ExhibitChange `json:"exhibits"`
	Summary  Summary         `json:"summary"`
}

// Fact is a changed packet-level fact: Field is "title", "forum", "date",
// "pages" or "numbering".
type Fact struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// ExhibitChange is how one exhibit, known by its id, changed.
type ExhibitChange struct {
	ID    string `json:"id"`
	Title string `json:"title"` // the new title, or the old one of a removed exhibit
	Kinds []Kind `json:"kinds"`
	Old   *Place `json:"old,omitempty"` // nil when added
	New   *Place `json:"new,omitempty"` // nil when removed
}

// Place is where an exhibit stood in one filing.
type Place struct {
	Label     string `json:"label"`
	Title     string `json:"title"`
	Section   string `json:"section"`
	FirstPage int    `json:"first_page"`
	LastPage  int    `json:"last_page"`
	Pages     string `json:"pages"` // the range as the index prints it
}

// Summary counts the exhibits of each kind. An exhibit with several kinds
// counts once for each.
type Summary struct {
	Added      int `json:"added"`
	Replaced   int `json:"replaced"`
	Removed    int `json:"removed"`
	Relabelled int `json:"relabelled"`
	Retitled   int `json:"retitled"`
	Moved      int `json:"moved"`
	Unchanged  int `json:"unchanged"`
}

// Diff compares two filings exhibit by exhibit, matching exhibits by id.
// A filing is what its sidecar says is on file: the Previous exhibits a
// supplement continues, then its own, so that a supplement does not appear
// to remove what was filed before it. Exhibits are reported in the new
// filing's order, then the removed ones in the old filing's order. A nil
// sidecar is an empty filing.
func Diff(old, new *Sidecar) Changes {
	if old == nil {
		old = &Sidecar{}
	}
	if new == nil {
		new = &Sidecar{}
	}
	ch := Changes{Packet: packetFacts(old, new), Exhibits: []ExhibitChange{}}
	before, after := onFile(old), onFile(new)
	byID := make(map[string]Exhibit, len(before))
	for _, e := range before {
		byID[e.ID] = e
	}
	for _, e := range after {
		o, ok := byID[e.ID]
		if !ok {
			ch.add(ExhibitChange{ID: e.ID, Title: e.Title, Kinds: []Kind{Added}, New: place(new.Numbers, e)})
			continue
		}
		delete(byID, e.ID)
		c := ExhibitChange{ID: e.ID, Title: e.Title, Kinds: []Kind{}, Old: place(old.Numbers, o), New: place(new.Numbers, e)}
		// The page count tells a different choice of pages from the same
		// files, which the files' digest cannot.
		if o.Digest() != e.Digest() || o.PageCount != e.PageCount || (o.Selection != "" && e.Selection != "" && o.Selection != e.Selection) {
			c.Kinds = append(c.Kinds, Replaced)
		}
		if o.Label != e.Label {
			c.Kinds = append(c.Kinds, Relabelled)
		}
		if o.Title != e.Title {
			c.Kinds = append(c.Kinds, Retitled)
		}
		if o.Section != e.Section || o.FirstPage != e.FirstPage || o.LastPage != e.LastPage {
			c.Kinds = append(c.Kinds, Moved)
		}
		if len(c.Kinds) == 0 {
			c.Kinds = append(c.Kinds, Unchanged)
		}
		ch.add(c)
	}
	for _, e := range before {
		if _, ok := byID[e.ID]; ok {
			ch.add(ExhibitChange{ID: e.ID, Title: e.Title, Kinds: []Kind{Removed}, Old: place(old.Numbers, e)})
		}
	}
	return ch
}

// onFile returns the exhibits on file after the filing s: the previous
// filings' exhibits, then its own. An exhibit filed again under the same id
// stands where it was filed last.
func onFile(s *Sidecar) []Exhibit {
	all := append(append([]Exhibit(nil), s.Previous...), s.Exhibits...)
	last := make(map[string]int, len(all))
	for i, e := range all {
		last[e.ID] = i
	}
	var out []Exhibit
	for i, e := range all {
		if last[e.ID] == i {
			out = append(out, e)
		}
	}
	return out
}

func place(n Numbers, e Exhibit) *Place {
	return &Place{Label: e.Label, Title: e.Title, Section: e.Section,
		FirstPage: e.FirstPage, LastPage: e.LastPage, Pages: n.Range(e.FirstPage, e.LastPage)}
}

func packetFacts(old, new *Sidecar) []Fact {
	facts := []Fact{}
	for _, f := range []Fact{
		{"title", old.Title, new.Title},
		{"forum", old.Forum, new.Forum},
		{"date", old.Date, new.Date},
		{"pages", strconv.Itoa(old.Pages), strconv.Itoa(new.Pages)},
		{"numbering", old.Numbers.style(), new.Numbers.style()},
	} {
		if f.Old != f.New {
			facts = append(facts, f)
		}
	}
	return facts
}

func (ch *Changes) add(c ExhibitChange) {
	ch.Exhibits = append(ch.Exhibits, c)
	s := &ch.Summary
	for _, k := range c.Kinds {
		switch k {
		case Added:
			s.Added++
		case Removed:
			s.Removed++
		case Replaced:
			s.Replaced++
		case Relabelled:
			s.Relabelled++
		case Retitled:
			s.Retitled++
		case Moved:
			s.Moved++
		case Unchanged:
			s.Unchanged++
		}
	}
}

// Empty reports whether nothing changed.
func (ch Changes) Empty() bool {
	return len(ch.Packet) == 0 && ch.Summary.Unchanged == len(ch.Exhibits)
}

// WriteText writes the changes for people: one line per changed fact and
// per changed exhibit, then a line of counts. Unchanged exhibits are
// counted, not listed.
func (ch Changes) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, f := range ch.Packet {
		old, new := f.Old, f.New
		if f.Field == "title" {
			old, new = strconv.Quote(old), strconv.Quote(new)
		}
		fmt.Fprintf(tw, "%s\t%s → %s\n", f.Field, old, new)
	}
	for _, c := range ch.Exhibits {
		if len(c.Kinds) == 1 && c.Kinds[0] == Unchanged {
			continue
		}
		kinds := make([]string, len(c.Kinds))
		for i, k := range c.Kinds {
			kinds[i] = string(k)
		}
		label := either(c.Old, c.New, func(p *Place) string { return p.Label })
		title := either(c.Old, c.New, func(p *Place) string { return strconv.Quote(p.Title) })
		pages := either(c.Old, c.New, func(p *Place) string { return p.Pages })
		if (c.Old != nil && c.Old.FirstPage != c.Old.LastPage) || (c.New != nil && c.New.FirstPage != c.New.LastPage) {
			pages = "pp. " + pages
		} else {
			pages = "p. " + pages
		}
		// Titles run long, so they and what follows them are not aligned.
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s  %s", strings.Join(kinds, ","), label, c.ID, title, pages)
		if c.Old != nil && c.New != nil && c.Old.Section != c.New.Section {
			fmt.Fprintf(tw, "  section %q → %q", c.Old.Section, c.New.Section)
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	s := ch.Summary
	_, err := fmt.Fprintf(w, "%d added, %d replaced, %d removed, %d relabelled, %d retitled, %d moved, %d unchanged\n",
		s.Added, s.Replaced, s.Removed, s.Relabelled, s.Retitled, s.Moved, s.Unchanged)
	return err
}

// either returns f of the one place there is, or "old → new" when both
// are there and differ.
func either(old, new *Place, f func(*Place) string) string {
	switch {
	case old == nil:
		return f(new)
	case new == nil:
		return f(old)
	case f(old) == f(new):
		return f(new)
	}
	return f(old) + " → " + f(new)
}

// style describes the numbering style, which changes every stamp.
func (n Numbers) style() string {
	if n.Style == StyleBates {
		return fmt.Sprintf("bates %s, %d digits", n.Prefix, n.Digits)
	}
	return "page"
}
