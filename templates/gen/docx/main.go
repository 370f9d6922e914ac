// Command docx writes the Word templates shipped in package templates,
// cover-letter.docx and index.docx, into the current directory (or -dir).
// It is run by go generate in templates/; the files are committed, so a
// build needs no generation step, and TestUpToDate checks that they match
// what this program writes.
//
// The templates are plain WordprocessingML: no embedded fonts, no theme, no
// document properties. The zip entries carry a fixed time, so the files are
// the same bytes on every run.
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// stamp is the modification time of every zip entry.
var stamp = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// part is one file of a .docx package.
type part struct {
	name, body string
}

// files returns the templates by file name, in the order they are written.
func files() []part {
	return []part{
		{"cover-letter.docx", string(pack(coverLetter()))},
		{"index.docx", string(pack(index()))},
	}
}

// pack zips the parts of a document, [Content_Types].xml first as Word
// writes it.
func pack(parts []part) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			panic(err) // writing to memory does not fail
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func main() {
	dir := flag.String("dir", ".", "directory to write the templates to")
	flag.Parse()
	for _, f := range files() {
		if err := os.WriteFile(filepath.Join(*dir, f.name), []byte(f.body), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "docx:", err)
			os.Exit(1)
		}
	}
}
