package exhibits

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/asylumpacket/packet/internal/pdf"
	"golang.org/x/image/tiff"
)

// tiffReleaseAbove is the compressed size from which a TIFF page's pixels
// are not held but decoded again from the file when the packet is written:
// a colour scan's page, not a fax page (tens of KiB at 1 bit per pixel),
// whose decoding on every rebuild would cost more than holding it.
const tiffReleaseAbove = 1 << 20

// readTIFFPages decodes every page of the TIFF in f's content, one at a
// time, into f's pictures. Large pages of a file that can be opened again
// are released, to be decoded again when written.
func readTIFFPages(ctx context.Context, f *File, ra io.ReaderAt) error {
	t, err := readTIFF(ra, f.Size)
	if err != nil {
		return err
	}
	order := t.order
	for k, p := range t.pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		img, err := decodeTIFFPage(ra, order, p, k)
		if err != nil {
			return err
		}
		if f.reopen != nil && img.Held() > tiffReleaseAbove {
			img.Release(func() (again *pdf.Image, err error) {
				defer func() {
					if r := recover(); r != nil {
						again, err = nil, fmt.Errorf("page %d of the TIFF cannot be read again (%v)", k+1, r)
					}
				}()
				rc, err := f.reopen()
				if err != nil {
					return nil, err
				}
				defer rc.Close()
				return decodeTIFFPage(asReaderAt(rc), order, p, k)
			})
		}
		f.pages = append(f.pages, picture{img, p.orientation})
		f.held += int64(img.Held())
	}
	return nil
}

// decodeTIFFPage decodes page k, whose directory says p, with its physical
// size from its resolution.
func decodeTIFFPage(ra io.ReaderAt, order binary.ByteOrder, p tiffPage, k int) (*pdf.Image, error) {
	if err := checkPixels(p.width, p.height); err != nil {
		return nil, fmt.Errorf("page %d: %w", k+1, err)
	}
	if name := tiffCompression(p); name != "" {
		return nil, &UnsupportedError{Kind: TIFF, Msg: fmt.Sprintf(
			"a TIFF compressed as %s (page %d): packet cannot read this compression; convert the file to PDF", name, k+1)}
	}
	pr := &pageAt{ra: ra, head: [8]byte{'M', 'M', 0, 42}}
	if order == binary.LittleEndian {
		pr.head = [8]byte{'I', 'I', 42, 0}
	}
	order.PutUint32(pr.head[4:], p.ifd)
	img, err := tiff.Decode(pr)
	if err != nil {
		var unsupported tiff.UnsupportedError
		if errors.As(err, &unsupported) {
			return nil, &UnsupportedError{Kind: TIFF, Msg: fmt.Sprintf(
				"a TIFF whose page %d packet cannot read (%v); convert the file to PDF", k+1, unsupported)}
		}
		return nil, fmt.Errorf("page %d of the TIFF is damaged: %w", k+1, err)
	}
	im := pdf.Raster(img)
	im.SetSize(p.points())
	return im, nil
}

// tiffCompression names a compression that the decoder does not read, or
// returns "".
func tiffCompression(p tiffPage) string {
	switch p.compression {
	case 1, 4, 5, 8, 32946, 32773:
		return ""
	case 3:
		if p.t4options&1 != 0 {
			return "CCITT Group 3 2-D (fax)"
		}
		return ""
	case 2:
		return "CCITT modified Huffman (fax)"
	case 6, 7:
		return "JPEG"
	case 34712:
		return "JPEG 2000"
	case 50000:
		return "Zstandard"
	case 50001:
		return "WebP"
	}
	return fmt.Sprintf("type %d", p.compression)
}

// points returns the page's physical size in points from its resolution;
// a page without a usable one is taken at 200 dpi when it is black and
// white (a fax or a document scan), else at 72.
func (p tiffPage) points() (w, h float64) {
	def := 72.0
	if p.bits == 1 && p.samples == 1 {
		def = 200
	}
	xr, yr := p.xres, p.yres
	switch p.unit {
	case 2:
	case 3:
		xr, yr = xr*2.54, yr*2.54
	default:
		xr, yr = 0, 0
	}
	ok := func(r float64) bool { return r >= 10 && r <= 10000 }
	switch {
	case ok(xr) && ok(yr):
	case ok(xr):
		yr = xr
	case ok(yr):
		xr = yr
	default:
		xr, yr = def, def
	}
	return float64(p.width) / xr * 72, float64(p.height) / yr * 72
}

// pageAt reads a TIFF whose header names another page's directory as
// the first, so that a decoder that reads only the first page reads that
// one; nothing is copied.
type pageAt struct {
	ra   io.ReaderAt
	head [8]byte
}

func (p *pageAt) ReadAt(b []byte, off int64) (int, error) {
	n, err := p.ra.ReadAt(b, off)
	for i := max(off, 0); i < 8 && i < off+int64(n); i++ {
		b[i-off] = p.head[i]
	}
	return n, err
}

func (p *pageAt) Read([]byte) (int, error) {
	return 0, errors.New("exhibits: a TIFF page is read at offsets")
}
