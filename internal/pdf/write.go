package pdf

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Fixed object numbers; pages follow from firstPageObj, everything else is
// numbered in the order the writer first meets it.
const (
	catalogObj   = 1
	pagesObj     = 2
	infoObj      = 3
	firstPageObj = 4
)

// minDeflate is the size from which an uncompressed source stream is
// compressed on its way into the packet.
const minDeflate = 512

type srcKey struct {
	src *Source
	nr  int
}

// writer streams the packet: objects go out as soon as they are known, in a
// deterministic order, and a hash of everything written becomes the file ID.
type writer struct {
	doc     *Doc
	out     *bufio.Writer
	sum     hash.Hash
	n       int64
	err     error
	offsets map[int]int64
	next    int
	copied  map[srcKey]int
	pending []srcKey
	forms   map[srcKey]bool // source streams drawn as form XObjects
	buf     []byte          // reused for image data read again from its file
	sources []*Source       // in the order of first use
	used    map[*Source]bool
	z       deflater
	tally   *tally // what each page weighs, when the document is weighed
}

// WriteTo writes the packet to w.
func (d *Doc) WriteTo(w io.Writer) (int64, error) {
	_, n, err := d.write(w, nil)
	return n, err
}

// write writes the packet to w, tallying what its pages weigh when t is set.
func (d *Doc) write(w io.Writer, t *tally) (*writer, int64, error) {
	if err := d.check(); err != nil {
		return nil, 0, err
	}
	wr := &writer{doc: d, out: bufio.NewWriterSize(w, 1<<20), sum: sha256.New(), tally: t,
		offsets: map[int]int64{}, next: firstPageObj + len(d.pages), copied: map[srcKey]int{}, forms: map[srcKey]bool{}, used: map[*Source]bool{}}
	wr.raw("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	for i := range d.pages {
		if t != nil {
			t.page = i
		}
		if err := wr.page(i); err != nil {
			return wr, wr.n, err
		}
	}
	if t != nil {
		t.page = -1
	}
	outlines := wr.outlines()
	wr.info()
	wr.pageTree()
	wr.catalog(outlines)
	wr.trailer()
	if wr.err == nil {
		wr.err = wr.out.Flush()
	}
	return wr, wr.n, wr.err
}

func (w *writer) raw(s string) {
	if w.err != nil {
		return
	}
	w.sum.Write([]byte(s))
	m, err := w.out.WriteString(s)
	w.n += int64(m)
	w.err = err
}

func (w *writer) rawBytes(b []byte) {
	if w.err != nil {
		return
	}
	w.sum.Write(b)
	m, err := w.out.Write(b)
	w.n += int64(m)
	w.err = err
}

func (w *writer) alloc() int {
	w.next++
	return w.next - 1
}

func (w *writer) begin(nr int) {
	w.offsets[nr] = w.n
	w.raw(strconv.Itoa(nr) + " 0 obj\n")
}

func (w *writer) object(nr int, body string) {
	w.begin(nr)
	w.raw(body)
	w.raw("\nendobj\n")
	w.end(nr)
}

func (w *writer) stream(nr int, dict string, data []byte) {
	w.begin(nr)
	w.raw("<<" + dict + "/Length " + strconv.Itoa(len(data)) + ">>\nstream\n")
	w.rawBytes(data)
	w.raw("\nendstream\nendobj\n")
	w.end(nr)
}

// copiedStream writes a stream copied from a source, its data the pieces
// in order. A large one whose source is identified by content (its file's
// digest) enters the file ID by that identity rather than byte by byte: the
// ID stays content-derived and the image data is not hashed again on every
// build.
func (w *writer) copiedStream(nr int, dict string, pieces [][]byte, src *Source, srcNr int) {
	n := 0
	for _, p := range pieces {
		n += len(p)
	}
	if src.ID == ([32]byte{}) || n < releaseAbove {
		w.stream(nr, dict, bytes.Join(pieces, nil))
		return
	}
	w.begin(nr)
	w.raw("<<" + dict + "/Length " + strconv.Itoa(n) + ">>\nstream\n")
	fmt.Fprintf(w.sum, "copied %x %d %d\n", src.ID, srcNr, n)
	for _, p := range pieces {
		if w.err == nil {
			m, err := w.out.Write(p)
			w.n += int64(m)
			w.err = err
		}
	}
	w.raw("\nendstream\nendobj\n")
	w.end(nr)
}

// end notes that object nr is complete.
func (w *writer) end(nr int) {
	if w.tally != nil {
		w.tally.object(nr, w.n-w.offsets[nr])
	}
}

func pageRef(i int) string { return strconv.Itoa(firstPageObj+i) + " 0 R" }

func ref(nr int) string { return strconv.Itoa(nr) + " 0 R" }

// value writes a source object, numbering the objects it refers to and
// queueing them for drain.
func (w *writer) value(b *strings.Builder, s *Source, o types.Object) {
	switch v := o.(type) {
	case types.IndirectRef:
		k := srcKey{s, v.ObjectNumber.Value()}
		nr, ok := w.copied[k]
		if !ok {
			if leftOutRef(s, v) {
				b.WriteString("null") // never drag a source's page tree, actions or files along
				return
			}
			nr = w.alloc()
			w.copied[k] = nr
			w.pending = append(w.pending, k)
		}
		if w.tally != nil {
			w.tally.ref(nr)
		}
		b.WriteString(ref(nr))
	case types.Dict:
		if leftOut(v) {
			b.WriteString("null")
			return
		}
		b.WriteString("<<")
		for _, k := range slices.Sorted(maps.Keys(v)) {
			if dropKeys[k] {
				continue
			}
			b.WriteString(types.Name(k).PDFString() + " ")
			w.value(b, s, v[k])
		}
		b.WriteString(">>")
	case types.Array:
		b.WriteString("[")
		for i, e := range v {
			if i > 0 {
				b.WriteString(" ")
			}
			w.value(b, s, e)
		}
		b.WriteString("]")
	default:
		scalar(b, o)
	}
}

// drain writes every queued source object.
func (w *writer) drain() error {
	for len(w.pending) > 0 && w.err == nil {
		k := w.pending[0]
		w.pending = w.pending[1:]
		nr := w.copied[k]
		if w.tally != nil {
			w.tally.from = nr
		}
		o, err := k.src.xref.Dereference(types.IndirectRef{ObjectNumber: types.Integer(k.nr)})
		if err != nil {
			return fmt.Errorf("object %d: %w", k.nr, err)
		}
		var b strings.Builder
		if sd, ok := o.(types.StreamDict); ok {
			inner := make(types.Dict, len(sd.Dict))
			for key, v := range sd.Dict {
				if key != "Length" && !externalKeys[key] {
					inner[key] = v
				}
			}
			data, err := k.src.raw(k.nr, sd, &w.buf)
			if err != nil {
				return err
			}
			pieces := [][]byte{data}
			switch f := k.src.filter(inner["Filter"]); {
			case f == "" && len(data) > minDeflate:
				pieces[0] = w.z.deflate(data)
				inner["Filter"] = types.Name("FlateDecode")
			case f == "DCTDecode":
				pieces = k.src.photo(k.nr, data) // scanners embed photos with their EXIF
			}
			if w.forms[k] && inner["Subtype"] == nil {
				// Viewers draw annotation appearances without it; Do needs it.
				inner["Type"], inner["Subtype"] = types.Name("XObject"), types.Name("Form")
			}
			w.value(&b, k.src, inner)
			body := b.String()
			w.copiedStream(nr, body[2:len(body)-2], pieces, k.src, k.nr)
			continue
		}
		w.value(&b, k.src, o)
		w.object(nr, b.String())
	}
	if w.tally != nil {
		w.tally.from = 0
	}
	return w.err
}

func scalar(b *strings.Builder, o types.Object) {
	switch v := o.(type) {
	case nil:
		b.WriteString("null")
	case types.Float:
		// Full precision: font and form matrices carry values such as 1/2048.
		f := float64(v)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			f = 0
		}
		b.WriteString(strconv.FormatFloat(f, 'f', -1, 64))
	case types.Integer, types.Boolean, types.Name, types.StringLiteral, types.HexLiteral:
		b.WriteString(v.PDFString())
	default:
		b.WriteString("null") // nothing else is a value a page can use
	}
}

// num formats a number briefly: at most four decimals, no exponent.
func num(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "0"
	}
	f = math.Round(f*1e4) / 1e4
	if f == 0 {
		return "0"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func matrixString(m matrix) string {
	parts := make([]string, 6)
	for i, v := range m {
		parts[i] = num(v)
	}
	return strings.Join(parts, " ")
}

// trailer writes the cross-reference table and the trailer, with a file ID
// derived from everything written before it.
func (w *writer) trailer() {
	size := w.next
	id := hex.EncodeToString(w.sum.Sum(nil)[:16])
	xref := w.n
	var b strings.Builder
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f\r\n", size)
	for nr := 1; nr < size; nr++ {
		off, ok := w.offsets[nr]
		if !ok {
			b.WriteString("0000000000 65535 f\r\n") // a number handed out but not used
			continue
		}
		fmt.Fprintf(&b, "%010d 00000 n\r\n", off)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root %s/Info %s/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n",
		size, ref(catalogObj), ref(infoObj), id, id, xref)
	w.raw(b.String())
}

// textString encodes text for a PDF text string: literal when it is plain
// ASCII, else UTF-16BE with a byte order mark.
func textString(s string) string {
	ascii := true
	for _, r := range s {
		if r < 32 || r > 126 {
			ascii = false
			break
		}
	}
	if ascii {
		return "(" + escapeText(s) + ")"
	}
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(u))
	b[0], b[1] = 0xFE, 0xFF
	for _, c := range u {
		b = append(b, byte(c>>8), byte(c))
	}
	return "<" + strings.ToUpper(hex.EncodeToString(b)) + ">"
}

// escapeText makes printable ASCII safe inside a PDF literal string.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '(' || r == ')' || r == '\\' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
