package packet

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asylumpacket/packet/internal/testtool"
)

// annotatedPDF is a one-page letter whose secret is only in annotations:
// a free-text note that shows it (its appearance stream draws it), with
// more of it in the note's unshown /Contents, and a sticky note whose
// comment names it.
func annotatedPDF() []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(body string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), body)
	}
	stream := func(dict, data string) string {
		return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
	}
	b.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Count 1 /Kids [3 0 R] >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R 8 0 R] >>")
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	obj(stream("", "BT /F1 12 Tf 72 700 Td (The neighbour saw the car and told the police.) Tj ET"))
	obj("<< /Type /Annot /Subtype /FreeText /Rect [72 600 372 620] /F 4 /DA (/F1 12 Tf 0 g) /Contents (Ask Stoyan Kolev, whose phone is 0888 123 456) /AP << /N 7 0 R >> >>")
	obj(stream("/Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 4 0 R >> >>", "BT /F1 12 Tf 2 5 Td (Ask Stoyan Kolev) Tj ET"))
	obj("<< /Type /Annot /Subtype /Text /Rect [400 600 420 620] /F 4 /Contents (Kolev asked not to be named) /T (Stoyan Kolev) >>")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

// TestRedactionReachesAnnotations redacts a name that a letter carries
// only in its annotations: the note that shows it is found and blacked
// out, and no byte of the packet, every stream decompressed, holds the
// name: not the note's text, not its hidden comment, not the sticky note.
func TestRedactionReachesAnnotations(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "evidence/letter.pdf"), annotatedPDF())
	writeFile(t, filepath.Join(dir, "case.yaml"), []byte(marksHeader+`      - id: letter
        title: Letter
        files: [evidence/letter.pdf]
        redact: [Stoyan Kolev]
`))
	out, res := buildDir(t, filepath.Join(dir, "case.yaml"))
	if e := res.Exhibits[0]; len(e.Redacted) != 1 {
		t.Fatalf("redacted pages %v, want the letter's page", e.Redacted)
	}
	checkText(t, out, []string{"neighbour", "police", "Ask"}, []string{"Kolev", "Stoyan", "0888"})
	plain := decompressed(t, out)
	for _, secret := range []string{"Kolev", "Stoyan", "0888"} {
		if bytes.Contains(plain, []byte(secret)) {
			i := bytes.Index(plain, []byte(secret))
			t.Errorf("the packet's decompressed bytes hold %q: …%s…", secret, strings.ToValidUTF8(string(plain[max(0, i-80):min(len(plain), i+40)]), "?"))
		}
	}
}

// decompressed is the PDF file with every stream decoded and no object in
// an object stream, as qpdf writes it: text and names in it can be looked
// for as bytes.
func decompressed(t *testing.T, file string) []byte {
	t.Helper()
	plain, err := exec.Command(testtool.Need(t, "qpdf"), "--qdf", "--object-streams=disable", "--decode-level=all", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return plain
}
