package exhibits

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"
)

// maxTIFFPages bounds the pages of a TIFF: past it the file is refused
// rather than walked on.
const maxTIFFPages = 5000

// tiffPixelsPerMax bounds the pixels of all a TIFF's pages, in MaxPixels:
// 5 gigapixels by default, 600 Letter pages at 300 dpi.
const tiffPixelsPerMax = 50

// tiffFile is the page structure of a TIFF: its directories (IFDs), one per
// page, read from the file; the pixels are decoded page by page.
type tiffFile struct {
	ra    io.ReaderAt
	size  int64
	order binary.ByteOrder
	pages []tiffPage
}

// tiffPage is what a page's directory says about it, before decoding.
type tiffPage struct {
	ifd           uint32
	width, height int
	bits, samples int
	compression   int
	t4options     int
	orientation   int
	xres, yres    float64 // pixels per unit, 0 when absent
	unit          int     // 1 none, 2 inch (the default), 3 centimetre
	thumbnail     bool    // a reduced-size copy of another page
	raw           bool    // a camera raw file's directory
}

var errTIFFTruncated = errors.New("the TIFF is truncated or damaged: it ends before a page's directory")

// readTIFF walks the chain of page directories of the TIFF in ra, of size
// bytes: at most maxTIFFPages, each directory once.
func readTIFF(ra io.ReaderAt, size int64) (*tiffFile, error) {
	head := make([]byte, 8)
	if !readAt(ra, head, 0) {
		return nil, errTIFFTruncated
	}
	t := &tiffFile{ra: ra, size: size, order: binary.LittleEndian}
	if head[0] == 'M' {
		t.order = binary.BigEndian
	}
	if t.order.Uint16(head[2:]) == 43 {
		return nil, &UnsupportedError{Kind: TIFF, Msg: "a BigTIFF image: packet cannot read BigTIFF; save it as an ordinary TIFF or convert it to PDF"}
	}
	seen := map[uint32]bool{}
	for off := t.order.Uint32(head[4:]); off != 0; {
		switch {
		case seen[off]:
			return nil, fmt.Errorf("the TIFF is damaged: its page directories run in a loop (after page %d)", len(t.pages))
		case len(t.pages) >= maxTIFFPages:
			return nil, fmt.Errorf("the TIFF has more than %d pages; split it into smaller files", maxTIFFPages)
		}
		seen[off] = true
		p, next, err := t.directory(off)
		if err != nil {
			return nil, err
		}
		if p.raw {
			return nil, refuse(RAW)
		}
		if !p.thumbnail {
			t.pages = append(t.pages, p)
		}
		off = next
	}
	if len(t.pages) == 0 {
		return nil, errors.New("the TIFF has no pages")
	}
	// Pages are bounded one by one (MaxPixels), and the file as a whole:
	// a few bytes can declare thousands of large blank pages.
	var all int64
	for _, p := range t.pages {
		all += int64(max(p.width, 0)) * int64(max(p.height, 0))
	}
	if limit := tiffPixelsPerMax * int64(MaxPixels); all > limit {
		return nil, fmt.Errorf("the TIFF's %d pages hold %.0f megapixels in all; packet reads up to %.0f in one file: split it into smaller files",
			len(t.pages), float64(all)/1e6, float64(limit)/1e6)
	}
	return t, nil
}

// directory reads the page directory at off and the offset of the next.
func (t *tiffFile) directory(off uint32) (tiffPage, uint32, error) {
	p := tiffPage{ifd: off, bits: 1, samples: 1, compression: 1, orientation: 1, unit: 2}
	var n [2]byte
	if off < 8 || int64(off)+2 > t.size {
		return p, 0, errTIFFTruncated
	}
	if !readAt(t.ra, n[:], int64(off)) {
		return p, 0, errTIFFTruncated
	}
	count := int(t.order.Uint16(n[:]))
	dir := make([]byte, 12*count+4)
	if int64(off)+2+int64(len(dir)) > t.size {
		return p, 0, errTIFFTruncated
	}
	if !readAt(t.ra, dir, int64(off)+2) {
		return p, 0, errTIFFTruncated
	}
	for i := 0; i < count; i++ {
		e := dir[12*i : 12*i+12]
		v := t.value(e)
		switch t.order.Uint16(e) {
		case 254: // NewSubfileType
			p.thumbnail = v&1 != 0
		case 256:
			p.width = v
		case 257:
			p.height = v
		case 258:
			p.bits = v
		case 259:
			p.compression = v
		case 274:
			if v >= 1 && v <= 8 {
				p.orientation = v
			}
		case 277:
			p.samples = v
		case 282:
			p.xres = t.rational(e)
		case 283:
			p.yres = t.rational(e)
		case 292:
			p.t4options = v
		case 296:
			p.unit = v
		case 330, 50706: // SubIFDs, DNGVersion: where cameras keep raw data
			p.raw = true
		}
	}
	return p, t.order.Uint32(dir[12*count:]), nil
}

// value reads the first value of an entry of type BYTE, SHORT or LONG, or
// -1 (a value out of range, or of another type).
func (t *tiffFile) value(e []byte) int {
	typ, count := t.order.Uint16(e[2:]), t.order.Uint32(e[4:])
	if count == 0 {
		return -1
	}
	var size uint32
	switch typ {
	case 1:
		size = 1
	case 3:
		size = 2
	case 4:
		size = 4
	default:
		return -1
	}
	b := e[8:12]
	if uint64(size)*uint64(count) > 4 {
		b = make([]byte, 4)
		if !readAt(t.ra, b[:size], int64(t.order.Uint32(e[8:]))) {
			return -1
		}
	}
	switch size {
	case 1:
		return int(b[0])
	case 2:
		return int(t.order.Uint16(b))
	}
	return int(min(t.order.Uint32(b), 1<<30))
}

// rational reads an entry of type RATIONAL, or 0.
func (t *tiffFile) rational(e []byte) float64 {
	if t.order.Uint16(e[2:]) != 5 || t.order.Uint32(e[4:]) < 1 {
		return 0
	}
	var b [8]byte
	if !readAt(t.ra, b[:], int64(t.order.Uint32(e[8:]))) {
		return 0
	}
	num, den := t.order.Uint32(b[:]), t.order.Uint32(b[4:])
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// readAt fills b from ra at off, reporting whether it could.
func readAt(ra io.ReaderAt, b []byte, off int64) bool {
	n, err := ra.ReadAt(b, off)
	return n == len(b) && (err == nil || err == io.EOF)
}

// asReaderAt reads r at offsets: directly when it can, else by seeking.
func asReaderAt(r io.ReadSeeker) io.ReaderAt {
	if ra, ok := r.(io.ReaderAt); ok {
		return ra
	}
	return &seekReaderAt{r: r}
}

type seekReaderAt struct {
	mu sync.Mutex
	r  io.ReadSeeker
}

func (s *seekReaderAt) ReadAt(b []byte, off int64) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.r.Seek(off, io.SeekStart); err != nil {
		return 0, err
	}
	n, err := io.ReadFull(s.r, b)
	if err == io.ErrUnexpectedEOF {
		err = io.EOF
	}
	return n, err
}
