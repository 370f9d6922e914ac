// Package exhibits reads evidence files (PDF, JPEG, PNG) and the page
// selections and labels that turn them into exhibits.
package exhibits

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"time"

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

	doc         *pdf.Source                       // PDF
	reopen      func() (io.ReadSeekCloser, error) // the file again, for images read when written
	img         *pdf.Image                        // JPEG and PNG
	orientation int                               // EXIF orientation of a JPEG
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

// Open reads the evidence file name from fsys: its digest is taken while
// it streams past, and a PDF is then parsed from the file itself, so that
// its bytes are not held twice (pdfcpu keeps its streams).
func Open(ctx context.Context, fsys fs.FS, name string) (*File, error) {
	return open(ctx, fsys, name, nil)
}

func open(ctx context.Context, fsys fs.FS, name string, cache *Cache) (*File, error) {
	fh, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	rs, seekable := fh.(io.ReadSeeker)
	if !seekable {
		data, err := io.ReadAll(fh)
		if err != nil {
			return nil, err
		}
		if f := cache.take(sha256.Sum256(data)); f != nil {
			return f, nil
		}
		return Read(ctx, data)
	}
	size, sum, err := contentDigest(fh, rs, cache)
	if err != nil {
		return nil, err
	}
	if f := cache.take(sum); f != nil {
		if f.doc != nil {
			f.doc.SetReopen(func() (io.ReadSeekCloser, error) { return reopen(fsys, name) })
		}
		return f, nil
	}
	head := make([]byte, 1024)
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	n, _ := io.ReadFull(rs, head)
	if kind, ok := Sniff(head[:n]); ok && kind == PDF {
		if _, err := rs.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		f := &File{Kind: PDF, Size: size, SHA256: sum, reopen: func() (io.ReadSeekCloser, error) { return reopen(fsys, name) }}
		return parse(ctx, f, rs, nil)
	}
	// Images are embedded from memory anyway.
	rest, err := io.ReadAll(rs)
	if err != nil {
		return nil, err
	}
	return read(ctx, append(head[:n], rest...), sum)
}

// contentDigest returns the size and SHA-256 of an open file: remembered by
// the cache for a file unchanged since it was last read, or read whole.
func contentDigest(fh fs.File, rs io.Reader, cache *Cache) (int64, [32]byte, error) {
	start := time.Now()
	var id identity
	known := false
	if info, err := fh.Stat(); err == nil {
		id, known = identityOf(fh, info)
	}
	if known {
		if sum, ok := cache.digestOf(id); ok {
			return id.size, sum, nil
		}
	}
	h := sha256.New()
	size, err := io.Copy(h, rs)
	if err != nil {
		return 0, [32]byte{}, err
	}
	var sum [32]byte
	h.Sum(sum[:0])
	if known && size == id.size && id.settled(start) {
		cache.remember(id, sum)
	}
	return size, sum, nil
}

// Read parses an evidence file held in memory. A reader that panics on a
// malformed file is reported as an error, never a crash.
func Read(ctx context.Context, data []byte) (*File, error) {
	return read(ctx, data, sha256.Sum256(data))
}

// read parses data whose digest is known.
func read(ctx context.Context, data []byte, sum [32]byte) (*File, error) {
	f := &File{Size: int64(len(data)), SHA256: sum}
	kind, ok := Sniff(data)
	if !ok {
		if len(data) == 0 {
			return nil, errors.New("the file is empty")
		}
		return nil, errors.New("not a PDF, JPEG or PNG file (its content says so, whatever its name)")
	}
	f.Kind = kind
	return parse(ctx, f, bytes.NewReader(data), data)
}

// parse reads f's content, of the kind it has, from rs (or data, for
// images).
func parse(ctx context.Context, f *File, rs io.ReadSeeker, data []byte) (_ *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the file is malformed (the reader failed: %v)", r)
		}
	}()
	switch f.Kind {
	case PDF:
		f.doc, err = pdf.Read(ctx, rs, f.reopen)
		if err != nil {
			return nil, fmt.Errorf("cannot read the PDF: %w", err)
		}
		f.doc.ID = f.SHA256
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

// reopen opens an evidence file again, to read an image's data when the
// packet is written rather than hold it all along.
func reopen(fsys fs.FS, name string) (io.ReadSeekCloser, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	rs, ok := f.(io.ReadSeekCloser)
	if !ok {
		f.Close()
		return nil, fmt.Errorf("%s cannot be read again", name)
	}
	return rs, nil
}
