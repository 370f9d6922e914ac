package exhibits

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"image/png"
	"io"
	"io/fs"
	"time"

	"github.com/asylumpacket/packet/internal/pdf"
)

// The errors of a PDF locked with an open password: none was given, or
// the one given does not open it.
var (
	ErrPassword      = pdf.ErrPassword
	ErrWrongPassword = pdf.ErrWrongPassword
	// ErrUnusablePassword: the password holds a character (a space) that
	// the PDF reader cannot try.
	ErrUnusablePassword = pdf.ErrUnusablePassword
)

// File is an evidence file opened for the packet.
type File struct {
	Kind   Kind
	Size   int64
	SHA256 [32]byte

	doc    *pdf.Source                       // PDF, and office documents converted to it
	reopen func() (io.ReadSeekCloser, error) // the file again, for images read when written
	pages  []picture                         // images: a picture per page
	held   int64                             // bytes held in memory by a TIFF or a converted document
}

// PageCount returns the number of pages the file gives: an image's
// pictures (one, or a TIFF's pages), a document's pages.
func (f *File) PageCount() int {
	if f.doc != nil {
		return f.doc.PageCount()
	}
	return len(f.pages)
}

// weight is what the file holds in memory, as a cache counts it: a TIFF's
// pages and a converted document's PDF, else about its size.
func (f *File) weight() int64 {
	if f.Kind == TIFF || f.Kind.Office() {
		return f.held
	}
	return f.Size
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
	p := f.pages[i]
	return doc.AddImagePage(p.img, p.orientation, m)
}

// Open reads the evidence file name from fsys: its digest is taken while
// it streams past, and a PDF or TIFF is then read from the file itself, so
// that its bytes are not held twice (pdfcpu keeps its streams; a TIFF is
// decoded a page at a time). password opens an encrypted PDF; "" for none.
func Open(ctx context.Context, fsys fs.FS, name, password string) (*File, error) {
	return open(ctx, fsys, name, password, nil)
}

func open(ctx context.Context, fsys fs.FS, name, password string, cache *Cache) (*File, error) {
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
		return read(ctx, data, sha256.Sum256(data), password)
	}
	size, sum, err := contentDigest(fh, rs, cache)
	if err != nil {
		return nil, err
	}
	if f := cache.take(sum); f != nil {
		// A file read from another path with this content reads its
		// images again from this one. A converted document has no path.
		if f.reopen != nil {
			f.reopen = func() (io.ReadSeekCloser, error) { return reopen(fsys, name) }
			if f.doc != nil {
				f.doc.SetReopen(f.reopen)
			}
		}
		return f, nil
	}
	head := make([]byte, 1024)
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	n, _ := io.ReadFull(rs, head)
	if kind, ok := Sniff(head[:n]); ok && (kind == PDF || kind == TIFF) {
		if _, err := rs.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		f := &File{Kind: kind, Size: size, SHA256: sum, reopen: func() (io.ReadSeekCloser, error) { return reopen(fsys, name) }}
		return parse(ctx, f, rs, nil, password)
	}
	// Other images are embedded from memory anyway; documents are
	// converted from a copy.
	rest, err := io.ReadAll(rs)
	if err != nil {
		return nil, err
	}
	return read(ctx, append(head[:n], rest...), sum, password)
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

// Read parses an evidence file held in memory; an office document is
// converted with LibreOffice (see Converter). A reader that panics on a
// malformed file is reported as an error, never a crash.
func Read(ctx context.Context, data []byte) (*File, error) {
	return read(ctx, data, sha256.Sum256(data), "")
}

// read parses data whose digest is known.
func read(ctx context.Context, data []byte, sum [32]byte, password string) (*File, error) {
	f := &File{Size: int64(len(data)), SHA256: sum}
	kind, ok := Sniff(data)
	if !ok {
		if len(data) == 0 {
			return nil, errors.New("the file is empty")
		}
		return nil, errors.New("not a file packet reads: its content is not PDF, an image (JPEG, PNG, TIFF, GIF, BMP, WebP) or a Word document, whatever its name says")
	}
	if err := refuse(kind); err != nil {
		return nil, err
	}
	f.Kind = kind
	return parse(ctx, f, bytes.NewReader(data), data, password)
}

// parse reads f's content, of the kind it has, from rs (or data, for
// images other than TIFF and for documents to convert).
func parse(ctx context.Context, f *File, rs io.ReadSeeker, data []byte, password string) (_ *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the file is malformed (the reader failed: %v)", r)
		}
	}()
	switch f.Kind {
	case PDF:
		f.doc, err = pdf.Read(ctx, rs, f.reopen, password)
		if err != nil {
			return nil, fmt.Errorf("cannot read the PDF: %w", err)
		}
		f.doc.ID = f.SHA256
	case TIFF:
		if err := readTIFFPages(ctx, f, asReaderAt(rs)); err != nil {
			return nil, err
		}
	case JPEG:
		img, err := pdf.JPEG(data)
		if err != nil {
			return nil, err
		}
		f.pages = []picture{{img, Orientation(data)}}
	case PNG:
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("cannot read the PNG: %w", err)
		}
		if err := checkPixels(cfg.Width, cfg.Height); err != nil {
			return nil, err
		}
		img, err := pdf.PNG(data)
		if err != nil {
			return nil, err
		}
		f.pages = []picture{{img, 1}}
	case GIF, BMP, WebP:
		img, err := decodeImage(f.Kind, data)
		if err != nil {
			return nil, err
		}
		f.pages = []picture{{img, 1}}
	case DOCX, DOC, ODT, RTF:
		return convertDocument(ctx, f, data)
	default:
		if err := refuse(f.Kind); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("exhibits: no reader for %s files", f.Kind)
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
