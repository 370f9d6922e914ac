package pdf

import (
	"bytes"
	"compress/zlib"
	"sync"
)

var deflaters = sync.Pool{New: func() any { return new(deflater) }}

// deflate compresses b with a pooled compressor.
func deflate(b []byte) []byte {
	z := deflaters.Get().(*deflater)
	defer deflaters.Put(z)
	return z.deflate(b)
}

// deflater compresses with one reusable compressor: a new one allocates
// about a megabyte, and a packet compresses a stream for every page.
type deflater struct {
	zw  *zlib.Writer
	buf bytes.Buffer
}

// deflate returns b compressed; the result is a new slice.
func (z *deflater) deflate(b []byte) []byte {
	z.buf.Reset()
	if z.zw == nil {
		// Fast compression: generated streams are a small share of a
		// packet, and the best level costs several times the time.
		z.zw, _ = zlib.NewWriterLevel(&z.buf, zlib.BestSpeed)
	} else {
		z.zw.Reset(&z.buf)
	}
	z.zw.Write(b)
	z.zw.Close()
	return bytes.Clone(z.buf.Bytes())
}
