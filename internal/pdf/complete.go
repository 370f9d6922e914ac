package pdf

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// complete checks that every object the pages are drawn with (their
// content, resources and annotations' appearances) is in the file rs, and
// is the object its number names. A file that is cut short or damaged can
// lose some while its page tree survives, and a reader takes a missing
// object for null; pdfcpu takes an offset that points between objects for
// the next object, whatever its number. Either way pages would come out
// with text or pictures missing or swapped, and nobody would notice.
func (s *Source) complete(rs io.ReadSeeker) error {
	seen := map[int]bool{}
	for i, p := range s.pages {
		switch s.deref(p.dict["Contents"]).(type) {
		case nil, types.StreamDict, types.Array:
		default:
			return fmt.Errorf("page %d's content is not a content stream", i+1)
		}
		roots := []types.Object{p.dict["Contents"], p.resources}
		if o, err := s.xref.Dereference(p.dict["Annots"]); err == nil {
			if arr, ok := o.(types.Array); ok {
				for _, a := range arr {
					if d, ok := s.deref(a).(types.Dict); ok {
						roots = append(roots, d["AP"])
					}
				}
			}
		}
		if nr := s.missing(roots, seen); nr != 0 {
			return fmt.Errorf("page %d needs object %d, which the file does not have", i+1, nr)
		}
	}
	for _, nr := range slices.Sorted(maps.Keys(seen)) {
		e, _ := s.xref.Find(nr)
		if e.Compressed || e.Offset == nil {
			continue
		}
		if got, ok := objectAt(rs, *e.Offset); !ok || got != nr {
			return fmt.Errorf("object %d is not where the cross-reference table says", nr)
		}
	}
	return nil
}

// objectAt returns the number of the object whose header "N G obj" starts
// at off in rs, white space first allowed.
func objectAt(rs io.ReadSeeker, off int64) (int, bool) {
	if _, err := rs.Seek(off, io.SeekStart); err != nil {
		return 0, false
	}
	var buf [64]byte
	n, _ := io.ReadFull(rs, buf[:])
	f := bytes.Fields(buf[:n])
	if len(f) < 3 || !bytes.HasPrefix(f[2], []byte("obj")) {
		return 0, false
	}
	nr, err := strconv.Atoi(string(f[0]))
	return nr, err == nil
}

// missing returns the first object that the objects in todo refer to,
// directly or through others, and that the file lacks; 0 when none is.
// Objects in seen were checked before. It keeps its own stack: a chain of
// references may be as long as the file has objects.
func (s *Source) missing(todo []types.Object, seen map[int]bool) int {
	for len(todo) > 0 {
		o := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		switch v := o.(type) {
		case types.IndirectRef:
			nr := v.ObjectNumber.Value()
			if seen[nr] {
				continue
			}
			seen[nr] = true
			e, ok := s.xref.Find(nr)
			if !ok || e == nil || e.Free {
				return nr
			}
			o, err := s.xref.Dereference(v) // unpacks an object from its object stream
			if err != nil || o == nil {
				return nr
			}
			todo = append(todo, o)
		case types.Dict:
			for _, k := range slices.Sorted(maps.Keys(v)) { // the same object reported every time
				if k != "Parent" { // the page tree, checked when walked
					todo = append(todo, v[k])
				}
			}
		case types.StreamDict:
			todo = append(todo, v.Dict)
		case types.Array:
			todo = append(todo, v...)
		}
	}
	return 0
}
