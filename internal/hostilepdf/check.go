package hostilepdf

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// forbiddenKeys are dictionary entries that carry actions, scripts, forms,
// embedded or external files, media, metadata or private application data.
var forbiddenKeys = []string{
	"/JS", "/JavaScript", "/AA", "/OpenAction", "/A", "/URI",
	"/EmbeddedFiles", "/EF", "/FS", "/AcroForm", "/XFA", "/Fields",
	"/RichMediaContent", "/Sound", "/Movie",
	"/Metadata", "/PieceInfo", "/OPI", "/Ref",
}

// forbiddenNames are name values that mark the same: action types,
// annotation subtypes, file specifications, embedded files and XMP.
var forbiddenNames = []string{
	"/JavaScript", "/Launch", "/URI", "/GoToR", "/GoToE", "/SubmitForm", "/ImportData", "/Rendition",
	"/Widget", "/FileAttachment", "/RichMedia", "/Sound", "/Movie", "/Screen",
	"/Filespec", "/EmbeddedFile", "/Metadata", "/XML", "/URL", "/Action",
}

// infoKeys are the document information entries the packet writes itself.
var infoKeys = []string{"/Title", "/Creator", "/Producer", "/CreationDate", "/ModDate"}

// Findings returns everything in the PDF at path that the hostile PDF
// carries and a packet must not: forbidden entries and names in any object
// (as qpdf's JSON shows them), annotations other than plain links within
// the document, document information other than the packet's own, and the
// texts (Secret, Host, Script, Payload, XMP and any of extra, such as a
// file name) anywhere in the file once qpdf has decompressed every stream.
// Each finding says where it is. Without qpdf the test is skipped (failed
// in CI).
func Findings(t testing.TB, path string, extra ...string) []string {
	t.Helper()
	qpdf := testtool.Need(t, "qpdf")
	out, err := exec.Command(qpdf, "--json=2", "--json-key=qpdf", path).Output()
	if err != nil {
		t.Fatalf("qpdf --json %s: %v", path, err)
	}
	var doc struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	var objects map[string]any
	if err := json.Unmarshal(out, &doc); err != nil || len(doc.QPDF) < 2 || json.Unmarshal(doc.QPDF[1], &objects) != nil {
		t.Fatalf("qpdf --json %s: no objects (%v)", path, err)
	}
	texts := append([]string{Secret, Host, Script, Payload, XMP}, extra...)
	var found []string
	for _, id := range slices.Sorted(maps.Keys(objects)) {
		walk(id, objects[id], texts, &found)
	}
	found = append(found, annotations(objects)...)
	found = append(found, info(objects)...)

	// Every stream decompressed, every object outside object streams: what
	// remains of a text anywhere in the file is found by a byte search.
	qdf := filepath.Join(t.TempDir(), "qdf.pdf")
	if msg, err := exec.Command(qpdf, "--qdf", "--object-streams=disable", "--decode-level=all", path, qdf).CombinedOutput(); err != nil {
		// Exit status 3 means warnings; the file is still written.
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
			t.Fatalf("qpdf --qdf %s: %v\n%s", path, err, msg)
		}
	}
	raw, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range texts {
		if i := bytes.Index(raw, []byte(s)); i >= 0 {
			found = append(found, fmt.Sprintf("bytes: %q at offset %d of the decompressed file", s, i))
		}
	}
	return found
}

// walk reports forbidden keys and names, and texts in strings, below v.
func walk(where string, v any, texts []string, found *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if slices.Contains(forbiddenKeys, k) {
				*found = append(*found, fmt.Sprintf("%s: entry %s", where, k))
			}
			walk(where+" "+k, x[k], texts, found)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", where, i), e, texts, found)
		}
	case string:
		if slices.Contains(forbiddenNames, x) {
			*found = append(*found, fmt.Sprintf("%s: name %s", where, x))
		}
		for _, s := range texts {
			if strings.Contains(decoded(x), s) {
				*found = append(*found, fmt.Sprintf("%s: text %q", where, s))
			}
		}
	}
}

// decoded returns a string as qpdf's JSON (version 2) gives it: "u:" text,
// "b:" bytes in hex; names and references as they are.
func decoded(s string) string {
	switch {
	case strings.HasPrefix(s, "u:"):
		return s[2:]
	case strings.HasPrefix(s, "b:"):
		if b, err := hex.DecodeString(s[2:]); err == nil {
			return string(b)
		}
	}
	return s
}

// annotations reports every annotation but the two kinds the packet
// writes: a link to a page of the document itself (the index's links), and
// a highlight with nothing but its place, colour and appearance.
func annotations(objects map[string]any) []string {
	var found []string
	for _, id := range slices.Sorted(maps.Keys(objects)) {
		page := dict(objects[id])
		if page["/Type"] != "/Page" {
			continue
		}
		annots, _ := page["/Annots"].([]any)
		for _, a := range annots {
			ad := dict(objects["obj:"+fmt.Sprint(a)])
			if ad == nil {
				ad, _ = a.(map[string]any)
			}
			if !ownHighlight(ad) && (ad["/Subtype"] != "/Link" || ad["/Dest"] == nil || ad["/A"] != nil) {
				found = append(found, fmt.Sprintf("%s: annotation %v", id, ad))
			}
		}
	}
	return found
}

// ownHighlight reports a highlight as packet writes it: no text, author,
// date or action that could carry anything from elsewhere.
func ownHighlight(ad map[string]any) bool {
	if ad["/Subtype"] != "/Highlight" {
		return false
	}
	for k := range ad {
		switch k {
		case "/Type", "/Subtype", "/Rect", "/QuadPoints", "/C", "/CA", "/F", "/P", "/AP":
		default:
			return false
		}
	}
	return true
}

// info reports document information entries the packet does not write.
func info(objects map[string]any) []string {
	var found []string
	trailer := dict(objects["trailer"])
	in := dict(objects["obj:"+fmt.Sprint(trailer["/Info"])])
	for _, k := range slices.Sorted(maps.Keys(in)) {
		if !slices.Contains(infoKeys, k) {
			found = append(found, fmt.Sprintf("info: entry %s", k))
		}
	}
	return found
}

// dict returns an object's dictionary, a stream's included, from qpdf's JSON.
func dict(o any) map[string]any {
	m, _ := o.(map[string]any)
	if v, ok := m["value"].(map[string]any); ok {
		return v
	}
	if s, ok := m["stream"].(map[string]any); ok {
		d, _ := s["dict"].(map[string]any)
		return d
	}
	return nil
}
