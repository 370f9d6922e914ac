// Package exhibits reads evidence files (PDF, JPEG, PNG) and the page
// selections and labels that turn them into exhibits.
package exhibits

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"

	"github.com/asylumpacket/packet/internal/pdf"
)

// Kind is the format of an evidence file, told by its content, not its name.
type Kind string

// The formats packet reads.
const (
	PDF  Kind = "pdf"
	JPEG Kind = "jpeg"
	PNG  Kind = "png"
)

// File is an evidence file opened for the packet.
type File struct {
	Kind   Kind
	Size   int64
	SHA256 [32]byte

	doc         *pdf.Source // PDF
	img         *pdf.Image  // JPEG and PNG
	orientation int         // EXIF orientation of a JPEG
}

// PageCount returns the number of pages the file gives: an image is one.
func (f *File) PageCount() int {
	if f.doc != nil {
		return f.doc.PageCount()
	}
	return 1
}

// BlankFields returns how many filled form fields on page i (0-based) lack
// a drawn appearance and would print empty.
func (f *File) BlankFields(i int) int {
	if f.doc == nil {
		return 0
	}
	return f.doc.BlankFields(i)
}

// Place adds page i (0-based) of f to doc, fitted inside m, and returns its
// page index in doc.
func (f *File) Place(doc *pdf.Doc, i int, m pdf.Margins) int {
	if f.doc != nil {
		return doc.AddSourcePage(f.doc, i, m)
	}
	return doc.AddImagePage(f.img, f.orientation, m)
}

// Sniff tells the format of a file from its first bytes.
func Sniff(head []byte) (Kind, bool) {
	switch {
	case bytes.HasPrefix(head, []byte("\xFF\xD8\xFF")):
		return JPEG, true
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return PNG, true
	case bytes.Contains(head[:min(len(head), 1024)], []byte("%PDF-")):
		return PDF, true
	}
	return "", false
}

// Open reads the evidence file name from fsys. The file is read once, its
// digest taken, and parsed by what its content is.
func Open(ctx context.Context, fsys fs.FS, name string) (*File, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return Read(ctx, data)
}

// Read parses an evidence file held in memory. A reader that panics on a
// malformed file is reported as an error, never a crash.
func Read(ctx context.Context, data []byte) (f *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the file is malformed (the reader failed: %v)", r)
		}
	}()
	f = &File{Size: int64(len(data)), SHA256: sha256.Sum256(data)}
	kind, ok := Sniff(data)
	if !ok {
		if len(data) == 0 {
			return nil, errors.New("the file is empty")
		}
		return nil, errors.New("not a PDF, JPEG or PNG file (its content says so, whatever its name)")
	}
	f.Kind = kind
	switch kind {
	case PDF:
		f.doc, err = pdf.Read(ctx, bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("cannot read the PDF: %w", err)
		}
	case JPEG:
		f.img, err = pdf.JPEG(data)
		if err != nil {
			return nil, err
		}
		f.orientation = Orientation(data)
	case PNG:
		if f.img, err = pdf.PNG(data); err != nil {
			return nil, err
		}
	}
	return f, nil
}
