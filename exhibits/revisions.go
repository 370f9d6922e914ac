package exhibits

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
)

// revisionMarks are the markup of tracked changes and comments in the
// parts of a Word (DOCX) or OpenDocument (ODT) file, and in RTF. LibreOffice
// prints tracked changes when it converts a document: text that was
// deleted would reach the filing, struck through but still there to read
// and copy, and so would comments.
var revisionMarks = map[Kind][]string{
	DOCX: {"<w:del ", "<w:del>", "<w:ins ", "<w:ins>", "<w:moveFrom", "<w:moveTo", "<w:commentReference"},
	ODT:  {"<text:tracked-changes", "<office:annotation"},
	RTF:  {`\deleted`, `\revised`, `\annotation`},
}

// hasRevisions reports whether a document holds tracked changes or
// comments that its conversion would print.
func hasRevisions(kind Kind, data []byte) bool {
	marks := revisionMarks[kind]
	if kind == RTF {
		return containsAny(string(data), marks)
	}
	if kind != DOCX && kind != ODT {
		return false
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false // the converter reports a broken file
	}
	for _, f := range z.File {
		if kind == DOCX && strings.HasPrefix(f.Name, "word/comments") {
			return true
		}
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		body, _ := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if containsAny(string(body), marks) {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
