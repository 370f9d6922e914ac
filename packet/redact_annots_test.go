package packet

import (
	"bytes"
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
	var b pdfBuilder
	b.obj("<< /Type /Catalog /Pages 2 0 R >>")
	b.obj("<< /Type /Pages /Count 1 /Kids [3 0 R] >>")
	b.obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R 8 0 R] >>")
	b.obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	b.obj(pdfStream("", "BT /F1 12 Tf 72 700 Td (The neighbour saw the car and told the police.) Tj ET"))
	b.obj("<< /Type /Annot /Subtype /FreeText /Rect [72 600 372 620] /F 4 /DA (/F1 12 Tf 0 g) /Contents (Ask Stoyan Kolev, whose phone is 0888 123 456) /AP << /N 7 0 R >> >>")
	b.obj(pdfStream("/Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /F1 4 0 R >> >>", "BT /F1 12 Tf 2 5 Td (Ask Stoyan Kolev) Tj ET"))
	b.obj("<< /Type /Annot /Subtype /Text /Rect [400 600 420 620] /F 4 /Contents (Kolev asked not to be named) /T (Stoyan Kolev) >>")
	return b.finish("")
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
