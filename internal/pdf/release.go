package pdf

import (
	"fmt"
	"io"
	"io/fs"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// releaseAbove is the size from which an image's data is dropped after
// parsing and read again from the file when the packet is written: a
// packet's sources then need little more memory than their structure.
const releaseAbove = 64 << 10

// span is where released stream data stands in its file.
type span struct {
	offset int64
	length int
	jpeg   bool     // a DCTDecode image: keep says what of it is kept
	keep   [][2]int // stripJPEG's ranges, nil for all
}

// stamp tells whether a file is still the one parsed: its size and time.
type fileStamp struct {
	size    int64
	modTime int64
}

func stampOf(f io.ReadSeekCloser) (fileStamp, bool) {
	st, ok := f.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return fileStamp{}, false
	}
	info, err := st.Stat()
	if err != nil {
		return fileStamp{}, false
	}
	return fileStamp{info.Size(), info.ModTime().UnixNano()}, true
}

// release drops the data of large image streams, to be read again through
// reopen when written. Encrypted files keep theirs: what they hold on disk
// is not what the packet gets.
func (s *Source) release(reopen func() (io.ReadSeekCloser, error)) {
	if reopen == nil || s.xref.Encrypt != nil {
		return
	}
	f, err := reopen()
	if err != nil {
		return
	}
	stamp, ok := stampOf(f)
	f.Close()
	if !ok {
		return // without a way to tell the file unchanged, keep the data
	}
	for nr, entry := range s.xref.Table {
		sd, ok := entry.Object.(types.StreamDict)
		if !ok || len(sd.Raw) < releaseAbove {
			continue
		}
		if st := sd.Dict.NameEntry("Subtype"); st == nil || *st != "Image" {
			continue
		}
		if s.spans == nil {
			s.spans = map[int]span{}
		}
		sp := span{offset: sd.StreamOffset, length: len(sd.Raw)}
		if s.filter(sd.Dict["Filter"]) == "DCTDecode" {
			sp.jpeg, sp.keep = true, jpegKeep(sd.Raw) // scanned once, not on every build
		}
		s.spans[nr] = sp
		sd.Raw = nil
		entry.Object = sd
	}
	if len(s.spans) > 0 {
		s.reopen, s.stamp = reopen, stamp
	}
}

// raw returns the encoded data of stream nr, reading it again from the file
// when it was released.
// The data is read into *buf, which is reused from call to call: it is
// valid until the next call.
func (s *Source) raw(nr int, sd types.StreamDict, buf *[]byte) ([]byte, error) {
	sp, released := s.spans[nr]
	if !released || sd.Raw != nil {
		return sd.Raw, nil
	}
	f, err := s.reopen()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if now, ok := stampOf(f); !ok || now != s.stamp {
		return nil, fmt.Errorf("the file changed while the packet was being built")
	}
	if _, err := f.Seek(sp.offset, io.SeekStart); err != nil {
		return nil, err
	}
	if cap(*buf) < sp.length {
		*buf = make([]byte, sp.length)
	}
	data := (*buf)[:sp.length]
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, fmt.Errorf("reading an image again: %w", err)
	}
	return data, nil
}

// SetReopen changes how the file is opened again, for a source parsed from
// one file and used for another with the same content.
func (s *Source) SetReopen(reopen func() (io.ReadSeekCloser, error)) {
	if s.reopen == nil {
		return
	}
	s.reopen = reopen
	// The other file has its own times: checks against it, not the first.
	if f, err := reopen(); err == nil {
		if stamp, ok := stampOf(f); ok {
			s.stamp = stamp
		}
		f.Close()
	}
}

// photo returns the pieces of data, the encoded data of DCTDecode stream
// nr, that remain without its metadata: by the plan made when it was
// released, or by scanning it.
func (s *Source) photo(nr int, data []byte) [][]byte {
	sp, planned := s.spans[nr]
	keep := sp.keep
	if !planned || !sp.jpeg {
		keep = jpegKeep(data)
	}
	if keep == nil {
		return [][]byte{data}
	}
	pieces := make([][]byte, len(keep))
	for i, r := range keep {
		pieces[i] = data[r[0]:r[1]]
	}
	return pieces
}
