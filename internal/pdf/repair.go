package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
)

// A damaged PDF whose objects are intact but whose cross-reference table
// or trailer is not (a bad offset, a missing /Root or /Size, the table cut
// off with the end of the file) is repaired as viewers repair it: the file
// is scanned for its objects, and a new cross-reference section listing
// them is appended in memory, as an incremental update would be. The file
// itself is not changed, and its objects keep their offsets.

// maxObjectNumber bounds the object numbers of a file: the largest real
// documents use a few hundred thousand.
const maxObjectNumber = 1_000_000

var (
	catalogType = regexp.MustCompile(`/Type\s*/Catalog\b`)
	objStmType  = regexp.MustCompile(`/Type\s*/ObjStm\b`)
	flateOnly   = regexp.MustCompile(`/Filter\s*(/FlateDecode|\[\s*/FlateDecode\s*\])`)
	firstEntry  = regexp.MustCompile(`/First\s+(\d+)`)
	rootEntry   = regexp.MustCompile(`/Root\s+(\d+)\s+(\d+)\s+R`)
	infoEntry   = regexp.MustCompile(`/Info\s+\d+\s+\d+\s+R`)
	encEntry    = regexp.MustCompile(`/Encrypt\s+\d+\s+\d+\s+R`)
	idEntry     = regexp.MustCompile(`/ID\s*\[\s*(<[0-9A-Fa-f\s]*>|\((\\.|[^\\()])*\))\s*(<[0-9A-Fa-f\s]*>|\((\\.|[^\\()])*\))\s*\]`)
	// An encryption dictionary, of the standard or the public-key handler.
	encryptDict = regexp.MustCompile(`/Filter\s*/(Standard|Adobe\.PubSec)\b`)
)

// objectScan is what a scan of a file finds.
type objectScan struct {
	offsets map[int]int64 // object number → offset of its complete "N G obj"
	gens    map[int]int
	streams []objStm // object streams, in file order
	catalog int      // the last catalog's number; 0 when none was found
	encrypt int      // the last encryption dictionary's number; 0 when none was found
	trailer []byte   // the last trailer's dictionary (or a cross-reference stream's)
	start   int64    // where "%PDF-" is: offsets in the file count from there
}

// objStm is an object stream: where its header and its data start.
type objStm struct {
	nr           int
	header, data int64
	dict         []byte
}

// compressed is where an object stored in an object stream is.
type compressed struct{ stream, index int }

// repaired returns rs with a rebuilt cross-reference section and trailer
// after its end, or an error when the scan finds no catalog to start from.
func repaired(rs io.ReadSeeker) (io.ReadSeeker, error) {
	size, err := rs.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, err
	}
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	sc, err := scanObjects(rs)
	if err != nil {
		return nil, err
	}
	packed := map[int]compressed{}
	budget := maxObjectStreams
	for _, st := range sc.streams {
		if sc.offsets[st.nr] != st.header {
			continue // cut off, or replaced by a later object of its number
		}
		nrs, catalog := streamObjects(rs, st, &budget)
		for i, nr := range nrs {
			packed[nr] = compressed{st.nr, i}
		}
		if catalog != 0 {
			sc.catalog = catalog
		}
	}
	for nr := range sc.offsets {
		delete(packed, nr) // an object written out overrides its packed copy
	}
	root := 0
	if m := rootEntry.FindSubmatch(sc.trailer); m != nil {
		nr, _ := strconv.Atoi(string(m[1]))
		if _, ok := sc.offsets[nr]; ok {
			root = nr
		} else if _, ok := packed[nr]; ok {
			root = nr
		}
	}
	if root == 0 {
		root = sc.catalog
	}
	if root == 0 {
		return nil, errors.New("no document catalog found")
	}
	if bytes.Contains(sc.trailer, []byte("/Encrypt")) && !encEntry.Match(sc.trailer) {
		return nil, errors.New("its encryption is described in its trailer, which a repair cannot carry over")
	}
	var tail []byte
	if len(packed) == 0 {
		tail = xrefTable(sc, root, size)
	} else {
		tail = xrefStream(sc, packed, root, size)
	}
	return &withTail{rs: rs, size: size, tail: tail, at: -1}, nil
}

// scanObjects reads r from its start in windows, finding every "N G obj"
// header followed by its "endobj" or another object (the last object of a
// truncated file is left out), object streams, catalogs and trailers (a
// trailer dictionary or a cross-reference stream's).
func scanObjects(r io.Reader) (*objectScan, error) {
	// reach: how far after "obj" an object's dictionary is looked at; back:
	// how far before it its header may start.
	const window, reach, back = 1 << 20, 8 << 10, 64
	sc := &objectScan{offsets: map[int]int64{}, gens: map[int]int{}}
	buf := make([]byte, window+reach)
	var base int64 // the file offset of buf[0]
	n := 0
	pending, pendingGen := -1, 0 // the object whose end is awaited
	var pendingAt int64
	for {
		m, err := io.ReadFull(r, buf[n:])
		n += m
		last := err != nil
		if last && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, err
		}
		if base == 0 {
			sc.start = int64(max(0, bytes.Index(buf[:min(n, 1024)], []byte("%PDF-"))))
		}
		// Occurrences starting before limit are handled in this window,
		// where what follows them (up to reach) is in view.
		limit := n - reach
		if last {
			limit = n
		}
		from := 0 // the bytes before it were handled in the window before
		if base > 0 {
			from = back
		}
		for i := from; i < limit; {
			k := bytes.Index(buf[i:n], []byte("obj"))
			if k < 0 || i+k >= limit {
				break
			}
			at := i + k
			i = at + 3
			if at+3 < n && regular(buf[at+3]) {
				continue // "objects", not a keyword
			}
			if at >= 3 && string(buf[at-3:at]) == "end" {
				if pending >= 0 {
					sc.offsets[pending], sc.gens[pending] = pendingAt, pendingGen
					pending = -1
				}
				continue
			}
			nr, gen, start, ok := header(buf[:at], base == 0)
			if !ok {
				continue
			}
			if pending >= 0 { // its endobj is damaged, but the next object starts
				sc.offsets[pending], sc.gens[pending] = pendingAt, pendingGen
			}
			pending, pendingGen, pendingAt = nr, gen, base+int64(start)
			dict := buf[at+3 : min(n, at+3+reach)]
			stream := bytes.Index(dict, []byte("stream"))
			if e := bytes.Index(dict, []byte("endobj")); e >= 0 && (stream < 0 || e < stream) {
				dict, stream = dict[:e], -1
			} else if stream >= 0 {
				dict = dict[:stream]
			}
			switch {
			case catalogType.Match(dict):
				sc.catalog = nr
			case bytes.Contains(dict, []byte("/XRef")):
				sc.trailer = bytes.Clone(dict)
			case encryptDict.Match(dict):
				sc.encrypt = nr
			case stream >= 0 && objStmType.Match(dict):
				data := at + 3 + stream + len("stream")
				if data < n && buf[data] == '\r' {
					data++
				}
				if data < n && buf[data] == '\n' {
					data++
				}
				sc.streams = append(sc.streams, objStm{nr: nr, header: pendingAt, data: base + int64(data), dict: bytes.Clone(dict)})
			}
		}
		for i := from; i < limit; {
			k := bytes.Index(buf[i:limit], []byte("trailer"))
			if k < 0 {
				break
			}
			i += k + len("trailer")
			sc.trailer = bytes.Clone(buf[i:min(n, i+reach)])
		}
		if last {
			return sc, nil
		}
		// Keep the unhandled rest, and what precedes it: the start of a
		// header whose "obj" is in the rest.
		keep := limit - back
		copy(buf, buf[keep:n])
		base += int64(keep)
		n -= keep
	}
}

// header parses "N G " backwards from the end of b (where "obj" follows):
// the object number and generation and where the header starts. At the
// start of b the header must start the file, when atStart, or else it is
// not taken (it may have begun before b).
func header(b []byte, atStart bool) (nr, gen, start int, ok bool) {
	i := len(b)
	digits := func() (int, bool) {
		for i > 0 && white(b[i-1]) {
			i--
		}
		end := i
		for i > 0 && b[i-1] >= '0' && b[i-1] <= '9' && end-i < 10 {
			i--
		}
		if i == end {
			return 0, false
		}
		v, err := strconv.Atoi(string(b[i:end]))
		return v, err == nil
	}
	if i == 0 || !white(b[i-1]) {
		return 0, 0, 0, false
	}
	gen, ok1 := digits()
	if !ok1 || i == 0 || !white(b[i-1]) {
		return 0, 0, 0, false
	}
	nr, ok2 := digits()
	if !ok2 || nr < 1 || nr >= maxObjectNumber || gen > 65535 {
		return 0, 0, 0, false
	}
	if i > 0 && regular(b[i-1]) || i == 0 && !atStart {
		return 0, 0, 0, false
	}
	return nr, gen, i, true
}

// streamObjects returns the numbers of the objects a Flate-compressed
// object stream holds, in order, and which of them is a catalog (0 for
// none); nil for a stream compressed otherwise, or unreadable. It takes
// what it decompresses from *budget, and stops when that runs out.
func streamObjects(rs io.ReadSeeker, st objStm, budget *int) (nrs []int, catalog int) {
	m := firstEntry.FindSubmatch(st.dict)
	if m == nil || !flateOnly.Match(st.dict) || bytes.Contains(st.dict, []byte("/DecodeParms")) {
		return nil, 0
	}
	first, err := strconv.Atoi(string(m[1]))
	if err != nil {
		return nil, 0
	}
	if _, err := rs.Seek(st.data, io.SeekStart); err != nil {
		return nil, 0
	}
	zr, err := zlib.NewReader(rs)
	if err != nil {
		return nil, 0
	}
	data, _ := io.ReadAll(io.LimitReader(zr, int64(*budget)+1))
	if len(data) > *budget || first > len(data) {
		*budget = 0
		return nil, 0
	}
	*budget -= len(data)
	fields := bytes.Fields(data[:first])
	var offs []int
	for i := 0; i+1 < len(fields) && len(nrs) <= math.MaxUint16; i += 2 {
		nr, err1 := strconv.Atoi(string(fields[i]))
		off, err2 := strconv.Atoi(string(fields[i+1]))
		if err1 != nil || err2 != nil || nr < 1 || nr >= maxObjectNumber || off < 0 || first+off > len(data) {
			return nil, 0
		}
		nrs, offs = append(nrs, nr), append(offs, first+off)
	}
	for i, off := range offs {
		end := len(data)
		if i+1 < len(offs) && offs[i+1] >= off {
			end = offs[i+1]
		}
		if catalogType.Match(data[off:end]) {
			catalog = nrs[i]
		}
	}
	return nrs, catalog
}

// white reports PDF white space.
func white(c byte) bool { return byteClass[c] == classWhite }

// regular reports a byte that continues a name, number or keyword.
func regular(c byte) bool { return byteClass[c] == classRegular }

// byteClass sorts the bytes as PDF's syntax does (PDF 32000 7.2.3), by
// table: the content lexer asks of every byte.
var byteClass = func() (t [256]uint8) {
	for _, c := range []byte{0, '\t', '\n', '\f', '\r', ' '} {
		t[c] = classWhite
	}
	for _, c := range []byte("()<>[]{}/%") {
		t[c] = classDelimiter
	}
	return t
}()

const (
	classRegular = iota
	classWhite
	classDelimiter
)

// runs groups ascending object numbers into runs of consecutive ones.
func runs(nrs []int) [][]int {
	var out [][]int
	for i := 0; i < len(nrs); {
		j := i + 1
		for j < len(nrs) && nrs[j] == nrs[j-1]+1 {
			j++
		}
		out = append(out, nrs[i:j])
		i = j
	}
	return out
}

// trailerEntries returns the root and the old trailer's encryption, ID and
// Info (an encrypted file needs the first two) as dictionary entries. An
// encrypted file whose trailer was lost gets its encryption dictionary
// back: without it, its encrypted streams would be taken as they are.
func trailerEntries(sc *objectScan, root int, gen int) string {
	s := fmt.Sprintf("/Root %d %d R", root, gen)
	for _, re := range []*regexp.Regexp{infoEntry, encEntry, idEntry} {
		if m := re.Find(sc.trailer); m != nil {
			s += string(m)
		}
	}
	if sc.encrypt != 0 && !encEntry.Match(sc.trailer) {
		s += fmt.Sprintf("/Encrypt %d %d R", sc.encrypt, sc.gens[sc.encrypt])
	}
	return s
}

// xrefTable writes a cross-reference table of the objects found and its
// trailer, for a file of size bytes.
func xrefTable(sc *objectScan, root int, size int64) []byte {
	nrs := slices.Sorted(maps.Keys(sc.offsets))
	var b bytes.Buffer
	b.WriteString("\nxref\n0 1\n0000000000 65535 f\r\n")
	for _, run := range runs(nrs) {
		fmt.Fprintf(&b, "%d %d\n", run[0], len(run))
		for _, nr := range run {
			fmt.Fprintf(&b, "%010d %05d n\r\n", sc.offsets[nr]-sc.start, sc.gens[nr])
		}
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d%s>>\nstartxref\n%d\n%%%%EOF\n", nrs[len(nrs)-1]+1, trailerEntries(sc, root, sc.gens[root]), size+1-sc.start)
	return b.Bytes()
}

// xrefStream writes a cross-reference stream of the objects found, those
// written out and those packed in object streams, for a file of size
// bytes: a table cannot list packed objects.
func xrefStream(sc *objectScan, packed map[int]compressed, root int, size int64) []byte {
	nrs := slices.Sorted(maps.Keys(sc.offsets))
	for nr := range packed {
		nrs = append(nrs, nr)
	}
	slices.Sort(nrs)
	self := nrs[len(nrs)-1] + 1 // the stream's own number
	nrs = append(nrs, self)
	var data []byte
	var index bytes.Buffer
	for _, run := range runs(nrs) {
		fmt.Fprintf(&index, "%d %d ", run[0], len(run))
		for _, nr := range run {
			switch c, ok := packed[nr]; {
			case ok:
				data = append(data, 2)
				data = binary.BigEndian.AppendUint64(data, uint64(c.stream))
				data = binary.BigEndian.AppendUint16(data, uint16(c.index))
			case nr == self:
				data = append(data, 1)
				data = binary.BigEndian.AppendUint64(data, uint64(size+1-sc.start))
				data = binary.BigEndian.AppendUint16(data, 0)
			default:
				data = append(data, 1)
				data = binary.BigEndian.AppendUint64(data, uint64(sc.offsets[nr]-sc.start))
				data = binary.BigEndian.AppendUint16(data, uint16(sc.gens[nr]))
			}
		}
	}
	gen := sc.gens[root] // 0 for a packed object
	var b bytes.Buffer
	fmt.Fprintf(&b, "\n%d 0 obj\n<</Type/XRef/Size %d/W[1 8 2]/Index[%s]%s/Length %d>>\nstream\n", self, self+1, bytes.TrimSpace(index.Bytes()), trailerEntries(sc, root, gen), len(data))
	b.Write(data)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", size+1-sc.start)
	return b.Bytes()
}

// withTail reads as rs followed by tail; rs is size bytes long.
type withTail struct {
	rs   io.ReadSeeker
	size int64
	tail []byte
	pos  int64
	at   int64 // rs's position, -1 when unknown
}

func (w *withTail) Read(p []byte) (int, error) {
	if w.pos >= w.size {
		k := w.pos - w.size
		if k >= int64(len(w.tail)) {
			return 0, io.EOF
		}
		n := copy(p, w.tail[k:])
		w.pos += int64(n)
		return n, nil
	}
	if w.at != w.pos {
		if _, err := w.rs.Seek(w.pos, io.SeekStart); err != nil {
			w.at = -1
			return 0, err
		}
	}
	if rest := w.size - w.pos; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err := w.rs.Read(p)
	w.pos += int64(n)
	w.at = w.pos
	if errors.Is(err, io.EOF) && w.pos == w.size {
		err = nil // the tail follows
	}
	return n, err
}

func (w *withTail) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		offset += w.pos
	case io.SeekEnd:
		offset += w.size + int64(len(w.tail))
	}
	if offset < 0 {
		return 0, errors.New("pdf: seek before the start")
	}
	w.pos = offset
	return offset, nil
}

var errCutShort = errors.New("it is cut short: its end is missing")

// cutShort reports whether a file does not end as PDF files end, with the
// end-of-file marker, or has objects after it: a download or copy that
// stopped early, or an update appended without its cross-reference
// section. (Other bytes after the marker are harmless: mail programs add
// some.)
func cutShort(rs io.ReadSeeker) bool {
	end, err := rs.Seek(0, io.SeekEnd)
	if err != nil {
		return false
	}
	tail := make([]byte, min(end, 1024))
	if _, err := rs.Seek(end-int64(len(tail)), io.SeekStart); err != nil {
		return false
	}
	if _, err := io.ReadFull(rs, tail); err != nil {
		return false
	}
	rs.Seek(0, io.SeekStart)
	i := bytes.LastIndex(tail, []byte("%%EOF"))
	return i < 0 || bytes.Contains(tail[i:], []byte("obj"))
}
