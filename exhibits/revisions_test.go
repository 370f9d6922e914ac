package exhibits

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestTrackedChangesRefused checks that a document whose conversion would
// print deleted text or comments is refused before any converter runs.
func TestTrackedChangesRefused(t *testing.T) {
	clean := docx(t)
	withChange := strings.Replace(docxPart(t, clean), `<w:r><w:t>Second page</w:t></w:r>`,
		`<w:del w:id="1" w:author="Paralegal"><w:r><w:delText>the sister's home address</w:delText></w:r></w:del>`, 1)
	for name, data := range map[string][]byte{
		"deleted text": replacePart(t, clean, "word/document.xml", withChange),
		"comments":     zipOf(t, append(partsOf(t, clean), [2]string{"word/comments.xml", "<w:comments/>"})...),
		"rtf":          []byte(`{\rtf1\ansi {\deleted secret} text}`),
	} {
		Converter = "/nonexistent/converter" // must not be reached
		_, err := Read(context.Background(), data)
		var u *UnsupportedError
		if !errors.As(err, &u) || !strings.Contains(err.Error(), "tracked changes or comments") {
			t.Errorf("%s: %v", name, err)
		}
	}
	Converter = ""
	if hasRevisions(DOCX, clean) {
		t.Error("a document without changes is taken for one with")
	}
}

// partsOf returns the parts of a ZIP file, in order.
func partsOf(t *testing.T, data []byte) [][2]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out [][2]string
	for _, f := range z.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		out = append(out, [2]string{f.Name, string(b)})
	}
	return out
}

func docxPart(t *testing.T, data []byte) string {
	for _, p := range partsOf(t, data) {
		if p[0] == "word/document.xml" {
			return p[1]
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}

func replacePart(t *testing.T, data []byte, name, body string) []byte {
	parts := partsOf(t, data)
	for i := range parts {
		if parts[i][0] == name {
			parts[i][1] = body
		}
	}
	return zipOf(t, parts...)
}
