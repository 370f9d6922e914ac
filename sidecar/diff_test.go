package sidecar

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// ex returns an exhibit whose one file has the given content digest.
func ex(id, label, section string, first, last int, sha string) Exhibit {
	return Exhibit{ID: id, Label: label, Title: "Title of " + id, Section: section,
		FirstPage: first, LastPage: last, PageCount: last - first, Files: []File{{Path: id + ".pdf", SHA256: sha}}}
}

func filing(exhibits ...Exhibit) *Sidecar {
	return &Sidecar{Tool: "packet", Title: "Evidence", Forum: "asylum-office", Date: "2026-12-01", Pages: 20,
		Numbers: Numbers{Style: "page", First: 1, Last: 20}, Exhibits: exhibits}
}

// kinds returns each exhibit's kinds by id, in the reported order.
func kinds(ch Changes) (ids []string, byID map[string][]Kind) {
	byID = map[string][]Kind{}
	for _, c := range ch.Exhibits {
		ids = append(ids, c.ID)
		byID[c.ID] = c.Kinds
	}
	return ids, byID
}

func TestDiffKinds(t *testing.T) {
	old := filing(
		ex("passport", "A", "Identity", 2, 4, "p1"),
		ex("gone", "B", "Identity", 5, 6, "g1"),
		ex("report", "C", "Harm", 7, 9, "r1"),
		ex("letter", "D", "Harm", 10, 11, "l1"),
		ex("photo", "E", "Harm", 12, 13, "f1"),
	)
	new := filing(
		ex("passport", "A", "Identity", 2, 4, "p1"), // unchanged
		ex("report", "B", "Harm", 5, 8, "r2"),       // replaced, relabelled, moved
		ex("letter", "C", "Harm", 10, 11, "l2"),     // replaced, relabelled
		ex("photo", "D", "Identity", 12, 13, "f1"),  // relabelled, moved (section)
		ex("new-letter", "E", "Harm", 14, 16, "n1"), // added
	)
	new.Exhibits[3].Title = "A photograph"
	ch := Diff(old, new)
	ids, got := kinds(ch)
	if want := []string{"passport", "report", "letter", "photo", "new-letter", "gone"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("order %v, want %v", ids, want)
	}
	want := map[string][]Kind{
		"passport":   {Unchanged},
		"report":     {Replaced, Relabelled, Moved},
		"letter":     {Replaced, Relabelled},
		"photo":      {Relabelled, Retitled, Moved},
		"new-letter": {Added},
		"gone":       {Removed},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds\n got %v\nwant %v", got, want)
	}
	wantSum := Summary{Added: 1, Replaced: 2, Removed: 1, Relabelled: 3, Retitled: 1, Moved: 2, Unchanged: 1}
	if ch.Summary != wantSum {
		t.Errorf("summary %+v, want %+v", ch.Summary, wantSum)
	}
	if len(ch.Packet) != 0 || ch.Empty() {
		t.Errorf("packet facts %v, empty %v", ch.Packet, ch.Empty())
	}
	if c := ch.Exhibits[5]; c.New != nil || c.Old == nil || c.Old.Pages != "5–6" || c.Title != "Title of gone" {
		t.Errorf("removed: %+v", c)
	}
	if c := ch.Exhibits[4]; c.Old != nil || c.New == nil || c.New.Label != "E" {
		t.Errorf("added: %+v", c)
	}
}

func TestDiffSame(t *testing.T) {
	s := filing(ex("passport", "A", "Identity", 2, 4, "p1"))
	ch := Diff(s, s)
	if !ch.Empty() || ch.Summary != (Summary{Unchanged: 1}) {
		t.Errorf("a filing against itself: %+v", ch)
	}
	var b strings.Builder
	if err := ch.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if want := "0 added, 0 replaced, 0 removed, 0 relabelled, 0 retitled, 0 moved, 1 unchanged\n"; b.String() != want {
		t.Errorf("text %q, want %q", b.String(), want)
	}
	if ch := Diff(nil, nil); !ch.Empty() {
		t.Errorf("nil against nil: %+v", ch)
	}
}

func TestDiffPacketFacts(t *testing.T) {
	old := filing(ex("a", "A", "S", 2, 3, "x"))
	new := filing(ex("a", "A", "S", 2, 3, "x"))
	new.Title, new.Date, new.Pages = "Supplemental evidence", "2027-03-01", 21
	new.Numbers = Numbers{Style: "bates", Prefix: "PETROVA-", Digits: 6}
	ch := Diff(old, new)
	want := []Fact{
		{"title", "Evidence", "Supplemental evidence"},
		{"date", "2026-12-01", "2027-03-01"},
		{"pages", "20", "21"},
		{"numbering", "page", "bates PETROVA-, 6 digits"},
	}
	if !reflect.DeepEqual(ch.Packet, want) {
		t.Errorf("facts\n got %v\nwant %v", ch.Packet, want)
	}
	if ch.Empty() {
		t.Error("changed facts but Empty")
	}
}

// Other pages of the same files are other content.
func TestDiffPageSelection(t *testing.T) {
	old := filing(ex("a", "A", "S", 2, 5, "x"), ex("b", "B", "S", 6, 7, "y"))
	new := filing(ex("a", "A", "S", 2, 4, "x"), ex("b", "B", "S", 5, 6, "y"))
	_, got := kinds(Diff(old, new))
	if want := map[string][]Kind{"a": {Replaced, Moved}, "b": {Moved}}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// A supplement's previous exhibits are still on file, not removed.
func TestDiffSupplement(t *testing.T) {
	first := filing(ex("a", "A", "S", 2, 3, "x"), ex("b", "B", "S", 4, 5, "y"))
	supp := filing(ex("c", "C", "S", 6, 7, "z"), ex("b", "B", "S", 4, 6, "y2"))
	supp.Previous = first.Exhibits
	ids, got := kinds(Diff(first, supp))
	want := map[string][]Kind{"a": {Unchanged}, "b": {Replaced, Moved}, "c": {Added}}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(ids, []string{"a", "c", "b"}) {
		t.Errorf("got %v %v, want %v", ids, got, want)
	}
}

func TestDiffText(t *testing.T) {
	old := filing(ex("police-report", "C", "Harm", 23, 25, "r1"), ex("gone", "D", "Harm", 26, 26, "g"))
	new := filing(ex("police-report", "C", "Harm", 23, 26, "r2"), ex("new-letter", "N", "Harm", 341, 345, "n"))
	new.Pages = 25
	var b bytes.Buffer
	if err := Diff(old, new).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	want := `pages           20 → 25
replaced,moved  C  police-report  "Title of police-report"  pp. 23–25 → 23–26
added           N  new-letter     "Title of new-letter"  pp. 341–345
removed         D  gone           "Title of gone"  p. 26
1 added, 1 replaced, 1 removed, 0 relabelled, 0 retitled, 1 moved, 0 unchanged
`
	if b.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestDiffJSON(t *testing.T) {
	old := filing(ex("a", "A", "S", 2, 3, "x"))
	new := filing(ex("a", "B", "S", 2, 3, "x"))
	data, err := json.Marshal(Diff(old, new))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"packet":[],"exhibits":[{"id":"a","title":"Title of a","kinds":["relabelled"],` +
		`"old":{"label":"A","title":"Title of a","section":"S","first_page":2,"last_page":3,"pages":"2–3"},` +
		`"new":{"label":"B","title":"Title of a","section":"S","first_page":2,"last_page":3,"pages":"2–3"}}],` +
		`"summary":{"added":0,"replaced":0,"removed":0,"relabelled":1,"retitled":0,"moved":0,"unchanged":0}}`
	if string(data) != want {
		t.Errorf("json:\n%s\nwant:\n%s", data, want)
	}
}

func TestNumbersBates(t *testing.T) {
	n := Numbers{Style: "bates", Prefix: "PETROVA-", Digits: 6}
	if got := n.Page(14); got != "PETROVA-000014" {
		t.Errorf("Page: %q", got)
	}
	if got := n.Range(14, 22); got != "PETROVA-000014 – PETROVA-000022" {
		t.Errorf("Range: %q", got)
	}
	if got := n.Range(14, 14); got != "PETROVA-000014" {
		t.Errorf("one page: %q", got)
	}
	if got := (Numbers{Style: "page"}).Range(14, 22); got != "14–22" {
		t.Errorf("page Range: %q", got)
	}
	old := filing(ex("a", "A", "S", 14, 22, "x"))
	new := filing(ex("a", "A", "S", 14, 23, "x"))
	old.Numbers, new.Numbers = n, n
	var b strings.Builder
	Diff(old, new).WriteText(&b)
	if !strings.Contains(b.String(), "pp. PETROVA-000014 – PETROVA-000022 → PETROVA-000014 – PETROVA-000023") {
		t.Errorf("Bates text:\n%s", b.String())
	}
}
