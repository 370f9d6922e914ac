package packet

import (
	"encoding/json"
	"html"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// inspected is what outside readers (poppler's pdftotext, qpdf) see in a
// packet; tests compare it with the Result, never with our own parsing.
type inspected struct {
	title     string   // the document information's title
	labels    []string // the page labels a viewer shows, as qpdf reads them
	pages     []seenPage
	links     []seenLink
	bookmarks []seenBookmark
}

type seenPage struct {
	w, h  float64
	words []word
}

type word struct {
	x0, y0, x1, y1 float64 // from the top left, in points
	text           string
}

// seenLink is a link on page (1-based) to page dest of this file, or of
// file when it leads into another part of a split packet.
type seenLink struct {
	page, dest     int
	file           string
	x0, y0, x1, y1 float64
}

type seenBookmark struct {
	title string
	page  int
	kids  []seenBookmark
}

var (
	pageTag = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordTag = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

func inspect(t testing.TB, path string) *inspected {
	t.Helper()
	in := &inspected{}
	out, err := exec.Command(testtool.Need(t, "pdftotext"), "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	for _, chunk := range strings.Split(string(out), "</page>") {
		m := pageTag.FindStringSubmatch(chunk)
		if m == nil {
			continue
		}
		p := seenPage{w: atof(m[1]), h: atof(m[2])}
		for _, w := range wordTag.FindAllStringSubmatch(chunk, -1) {
			p.words = append(p.words, word{atof(w[1]), atof(w[2]), atof(w[3]), atof(w[4]), html.UnescapeString(w[5])})
		}
		in.pages = append(in.pages, p)
	}

	qpdf := testtool.Need(t, "qpdf")
	if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil || strings.Contains(string(out), "WARNING") {
		t.Fatalf("qpdf --check %s: %v\n%s", path, err, out)
	}
	js, err := exec.Command(qpdf, "--json=2", "--json-key=pages", "--json-key=outlines", "--json-key=qpdf", path).Output()
	if err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	var doc struct {
		Pages []struct {
			Object string         `json:"object"`
			Label  map[string]any `json:"label"`
		} `json:"pages"`
		Outlines []qpdfOutline     `json:"outlines"`
		QPDF     []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != len(in.pages) {
		t.Fatalf("qpdf sees %d pages, pdftotext %d", len(doc.Pages), len(in.pages))
	}
	pageOf := map[string]int{}
	for i, p := range doc.Pages {
		pageOf[p.Object] = i + 1
		label := ""
		if p.Label["/S"] == "/D" {
			prefix, _ := p.Label["/P"].(string)
			label = strings.TrimPrefix(prefix, "u:") + strconv.Itoa(int(num(p.Label["/St"])))
		}
		in.labels = append(in.labels, label)
	}
	var objects map[string]map[string]any
	if len(doc.QPDF) < 2 || json.Unmarshal(doc.QPDF[1], &objects) != nil {
		t.Fatal("qpdf --json: no objects")
	}
	for i, p := range doc.Pages {
		page, _ := objects["obj:"+p.Object]["value"].(map[string]any)
		annots, _ := page["/Annots"].([]any)
		for _, a := range annots {
			ad, _ := objects["obj:"+a.(string)]["value"].(map[string]any)
			if ad["/Subtype"] != "/Link" {
				continue
			}
			rect, _ := ad["/Rect"].([]any)
			if len(rect) != 4 {
				t.Fatalf("page %d: a link without a rectangle: %v", i+1, ad)
			}
			h := in.pages[i].h
			l := seenLink{page: i + 1, x0: num(rect[0]), y0: h - num(rect[3]), x1: num(rect[2]), y1: h - num(rect[1])}
			if dest, ok := ad["/Dest"].([]any); ok && len(dest) > 0 {
				l.dest = pageOf[dest[0].(string)]
			} else {
				action, _ := ad["/A"].(map[string]any)
				spec, _ := action["/F"].(map[string]any)
				dest, _ := action["/D"].([]any)
				uf, _ := spec["/UF"].(string)
				if action["/S"] != "/GoToR" || spec["/F"] != uf || uf == "" || len(dest) == 0 {
					t.Fatalf("page %d: a link that leads nowhere: %v", i+1, ad)
				}
				l.file, l.dest = strings.TrimPrefix(uf, "u:"), int(num(dest[0]))+1
			}
			in.links = append(in.links, l)
		}
	}
	in.bookmarks = convertOutlines(doc.Outlines)
	trailer, _ := objects["trailer"]["value"].(map[string]any)
	info, _ := objects["obj:"+trailer["/Info"].(string)]["value"].(map[string]any)
	in.title, _ = info["/Title"].(string)
	return in
}

type qpdfOutline struct {
	Title string        `json:"title"`
	Page  int           `json:"destpageposfrom1"`
	Kids  []qpdfOutline `json:"kids"`
}

func convertOutlines(os []qpdfOutline) []seenBookmark {
	var out []seenBookmark
	for _, o := range os {
		out = append(out, seenBookmark{o.Title, o.Page, convertOutlines(o.Kids)})
	}
	return out
}

func atof(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }

func num(v any) float64 {
	f, _ := v.(float64)
	return f
}

// text joins the words of page p (1-based) that lie inside the rectangle,
// in reading order: by line from the top, then from the left.
func (in *inspected) text(p int, x0, y0, x1, y1 float64) string {
	var inside []word
	for _, w := range in.pages[p-1].words {
		cx, cy := (w.x0+w.x1)/2, (w.y0+w.y1)/2
		if cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 {
			inside = append(inside, w)
		}
	}
	sort.SliceStable(inside, func(i, j int) bool {
		if d := inside[i].y0 - inside[j].y0; d < -2 || d > 2 {
			return d < 0
		}
		return inside[i].x0 < inside[j].x0
	})
	parts := make([]string, len(inside))
	for i, w := range inside {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// bottom returns the text in the bottom 40 points of page p: the stamps.
func (in *inspected) bottom(p int) string {
	pg := in.pages[p-1]
	return in.text(p, 0, pg.h-40, pg.w, pg.h)
}

// all returns the whole text of page p.
func (in *inspected) all(p int) string {
	pg := in.pages[p-1]
	return in.text(p, 0, 0, pg.w, pg.h)
}

// checkPacket verifies, with outside readers only, that a packet keeps the
// promises its Result makes: for every exhibit the index row's range, its
// link, its bookmark and its divider agree; every page from the index on
// carries its number; every exhibit page its exhibit stamp.
func checkPacket(t *testing.T, path string, res *Result) {
	t.Helper()
	in := inspect(t, path)
	if len(in.pages) != res.Pages {
		t.Fatalf("%d pages, Result says %d", len(in.pages), res.Pages)
	}
	for i, p := range in.pages {
		if !(p.w == 612 && p.h == 792) && !(p.w == 792 && p.h == 612) {
			t.Errorf("page %d is %vx%v, not US Letter", i+1, p.w, p.h)
		}
	}
	for p := res.CoverPages + 1; p <= res.Pages; p++ {
		want := res.Stamp(res.FirstNumber + p - res.CoverPages - 1)
		if !hasWords(in.bottom(p), want) {
			t.Errorf("page %d: bottom %q lacks its number %q", p, in.bottom(p), want)
		}
		if in.labels[p-1] != want {
			t.Errorf("page %d: a viewer labels it %q, its stamp says %q", p, in.labels[p-1], want)
		}
	}
	byDest := map[int]seenLink{}
	for _, l := range in.links {
		if l.file != "" {
			continue // into another part
		}
		if l.page <= res.CoverPages || l.page > res.CoverPages+res.IndexPages {
			t.Errorf("a link on page %d, outside the index", l.page)
		}
		byDest[l.dest] = l
	}
	marks := map[string]int{}
	for _, s := range in.bookmarks {
		for _, k := range s.kids {
			marks[k.title] = k.page
		}
	}
	for _, e := range res.Exhibits {
		div := e.PDFPage
		if got := in.all(div); !strings.Contains(got, "EXHIBIT") || !hasWords(got, e.Label) {
			t.Errorf("exhibit %s: page %d is not its divider: %q", e.Label, div, got)
		}
		if !hasWords(in.bottom(div), res.Stamp(e.FirstPage)) {
			t.Errorf("exhibit %s: divider page %d does not carry the index's first number %s", e.Label, div, res.Stamp(e.FirstPage))
		}
		if !hasWords(in.bottom(div+e.PageCount), res.Stamp(e.LastPage)) {
			t.Errorf("exhibit %s: its last page does not carry the index's last number %s", e.Label, res.Stamp(e.LastPage))
		}
		for j := 1; j <= e.PageCount; j++ {
			want := exhibitStamp(e.Label, j, e.PageCount)
			if !hasWords(in.bottom(div+j), want) {
				t.Errorf("page %d: bottom %q lacks %q", div+j, in.bottom(div+j), want)
			}
		}
		l, ok := byDest[div]
		if !ok {
			t.Errorf("exhibit %s: no index link leads to its divider (page %d)", e.Label, div)
		} else {
			row := in.text(l.page, l.x0, l.y0, l.x1, l.y1)
			if !strings.HasPrefix(row, e.Label+" ") || !inOrder(row, res.Range(e)) {
				t.Errorf("exhibit %s: the linked index row reads %q; want label %s and range %s", e.Label, row, e.Label, res.Range(e))
			}
		}
		title := "Exhibit " + e.Label + ": " + e.Title
		if p, ok := marks[title]; !ok || p != div {
			t.Errorf("bookmark %q leads to page %d, want %d", title, p, div)
		}
	}
}

// hasWords reports whether the words of want stand in text in order.
func hasWords(text, want string) bool {
	return strings.Contains(" "+strings.Join(strings.Fields(text), " ")+" ", " "+strings.Join(strings.Fields(want), " ")+" ")
}

// inOrder reports whether the words of want stand in text in order, other
// words (a neighbouring column's) allowed between them.
func inOrder(text, want string) bool {
	words := strings.Fields(text)
	i := 0
	for _, w := range strings.Fields(want) {
		for i < len(words) && words[i] != w {
			i++
		}
		if i == len(words) {
			return false
		}
		i++
	}
	return true
}
