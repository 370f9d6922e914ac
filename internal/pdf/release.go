package pdf

import (
	"fmt"
	"hash/crc32"
	"io"

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
	crc    uint32 // to tell that the file still holds the same bytes
}

// release drops the data of large image streams, to be read again through
// reopen when written. Encrypted files keep theirs: what they hold on disk
// is not what the packet gets.
func (s *Source) release(reopen func() (io.ReadSeekCloser, error)) {
	if reopen == nil || s.xref.Encrypt != nil {
		return
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
		s.spans[nr] = span{offset: sd.StreamOffset, length: len(sd.Raw), crc: crc32.ChecksumIEEE(sd.Raw)}
		sd.Raw = nil
		entry.Object = sd
	}
	if len(s.spans) > 0 {
		s.reopen = reopen
	}
}

// raw returns the encoded data of stream nr, reading it again from the file
// when it was released.
func (s *Source) raw(nr int, sd types.StreamDict) ([]byte, error) {
	sp, released := s.spans[nr]
	if !released || sd.Raw != nil {
		return sd.Raw, nil
	}
	f, err := s.reopen()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := f.Seek(sp.offset, io.SeekStart); err != nil {
		return nil, err
	}
	data := make([]byte, sp.length)
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, fmt.Errorf("reading an image again: %w", err)
	}
	if crc32.ChecksumIEEE(data) != sp.crc {
		return nil, fmt.Errorf("the file changed while the packet was being built")
	}
	return data, nil
}

// SetReopen changes how the file is opened again, for a source parsed from
// one file and used for another with the same content.
func (s *Source) SetReopen(reopen func() (io.ReadSeekCloser, error)) {
	if s.reopen != nil {
		s.reopen = reopen
	}
}
