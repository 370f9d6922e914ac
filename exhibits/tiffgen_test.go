package exhibits

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"math"
	"sort"
)

// tiffPageSpec is one page for buildTIFF: rows of raw pixel bytes as an
// uncompressed TIFF lays them out (1-bit rows packed, MSB first).
type tiffPageSpec struct {
	w, h        int
	bits        []int // per sample
	photometric int   // 0 WhiteIsZero, 1 BlackIsZero, 2 RGB, 3 palette
	compression int   // 1, 4 (rows as 1-bit black=1), 5, 8, 32773, or anything to store raw
	xres, yres  float64
	unit        int // 0: no ResolutionUnit tag
	orientation int // 0: none
	colormap    []uint16
	rows        [][]byte
	extra       [][3]uint32 // more SHORT/LONG entries: tag, type, value
}

// buildTIFF writes a TIFF with the pages in order, chained.
func buildTIFF(order binary.ByteOrder, pages ...tiffPageSpec) []byte {
	var b bytes.Buffer
	if order == binary.LittleEndian {
		b.WriteString("II*\x00\x00\x00\x00\x00")
	} else {
		b.WriteString("MM\x00*\x00\x00\x00\x00")
	}
	next := 4 // where the offset of the next directory goes
	u32 := func(v uint32) []byte { p := make([]byte, 4); order.PutUint32(p, v); return p }
	u16 := func(v uint16) []byte { p := make([]byte, 2); order.PutUint16(p, v); return p }
	for _, p := range pages {
		raw := bytes.Join(p.rows, nil)
		var strip []byte
		switch p.compression {
		case 4:
			strip = g4Encode(p.rows, p.w)
		case 5:
			strip = lzwLiterals(raw)
		case 8:
			var z bytes.Buffer
			zw := zlib.NewWriter(&z)
			zw.Write(raw)
			zw.Close()
			strip = z.Bytes()
		case 32773:
			strip = packBits(raw)
		default:
			strip = raw
		}
		stripOff := uint32(b.Len())
		b.Write(strip)
		type entry struct {
			tag, typ uint16
			count    uint32
			data     []byte
		}
		var es []entry
		short := func(tag uint16, vs ...int) {
			var d []byte
			for _, v := range vs {
				d = append(d, u16(uint16(v))...)
			}
			es = append(es, entry{tag, 3, uint32(len(vs)), d})
		}
		long := func(tag uint16, v uint32) { es = append(es, entry{tag, 4, 1, u32(v)}) }
		rational := func(tag uint16, v float64) {
			es = append(es, entry{tag, 5, 1, append(u32(uint32(math.Round(v*1000))), u32(1000)...)})
		}
		long(256, uint32(p.w))
		long(257, uint32(p.h))
		short(258, p.bits...)
		short(259, p.compression)
		short(262, p.photometric)
		long(273, stripOff)
		if p.orientation != 0 {
			short(274, p.orientation)
		}
		short(277, len(p.bits))
		long(278, uint32(p.h))
		long(279, uint32(len(strip)))
		if p.xres > 0 {
			rational(282, p.xres)
		}
		if p.yres > 0 {
			rational(283, p.yres)
		}
		if p.unit != 0 {
			short(296, p.unit)
		}
		if p.colormap != nil {
			short(320, func() (v []int) {
				for _, c := range p.colormap {
					v = append(v, int(c))
				}
				return v
			}()...)
		}
		for _, x := range p.extra {
			if x[1] == 3 {
				short(uint16(x[0]), int(x[2]))
			} else {
				long(uint16(x[0]), x[2])
			}
		}
		sort.Slice(es, func(i, j int) bool { return es[i].tag < es[j].tag })
		// Values longer than 4 bytes go before the directory.
		offs := make([]uint32, len(es))
		for i, e := range es {
			if len(e.data) > 4 {
				if b.Len()%2 == 1 {
					b.WriteByte(0)
				}
				offs[i] = uint32(b.Len())
				b.Write(e.data)
			}
		}
		if b.Len()%2 == 1 {
			b.WriteByte(0)
		}
		ifd := uint32(b.Len())
		data := b.Bytes()
		order.PutUint32(data[next:], ifd)
		b.Write(u16(uint16(len(es))))
		for i, e := range es {
			b.Write(u16(e.tag))
			b.Write(u16(e.typ))
			b.Write(u32(e.count))
			if len(e.data) > 4 {
				b.Write(u32(offs[i]))
			} else {
				b.Write(append(e.data, make([]byte, 4-len(e.data))...))
			}
		}
		next = b.Len()
		b.Write(u32(0))
	}
	return b.Bytes()
}

// packBits encodes b as PackBits literal runs of up to 128 bytes, with a
// repeat run for any 3 or more equal bytes.
func packBits(b []byte) []byte {
	var out []byte
	for len(b) > 0 {
		n := 1
		for n < len(b) && n < 128 && b[n] == b[0] {
			n++
		}
		if n >= 3 {
			out = append(out, byte(1-n), b[0])
			b = b[n:]
			continue
		}
		n = 0
		for n < len(b) && n < 128 && !(n+2 < len(b) && b[n] == b[n+1] && b[n] == b[n+2]) {
			n++
		}
		out = append(out, byte(n-1))
		out = append(out, b[:n]...)
		b = b[n:]
	}
	return out
}

// lzwLiterals encodes b as TIFF LZW using literal codes only, with a clear
// code often enough that codes stay 9 bits wide.
func lzwLiterals(b []byte) []byte {
	var out []byte
	var acc uint32
	var n uint
	put := func(code uint32) {
		acc = acc<<9 | code
		n += 9
		for n >= 8 {
			out = append(out, byte(acc>>(n-8)))
			n -= 8
		}
	}
	for i, c := range b {
		if i%200 == 0 {
			put(256)
		}
		put(uint32(c))
	}
	put(257)
	if n > 0 {
		out = append(out, byte(acc<<(8-n)))
	}
	return out
}
