package pdf

import (
	"errors"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/filter"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Bounds on the work one PDF may cause. Compressed data expands up to a
// thousandfold, and a page may be listed many times: without them a file
// of a few megabytes could make a packet take gigabytes of memory or
// terabytes of output. Real documents stay far below them. (Variables,
// so that tests can lower them.)
var (
	// maxObjectStreams bounds the decompressed size of a file's object
	// streams, which hold its objects.
	maxObjectStreams = 256 << 20
	// maxPageContent bounds one page's content as the packet holds it: a
	// page whose content comes in parts is decompressed and joined.
	maxPageContent = 256 << 20
	// maxContent bounds the content that all pages of a file bring into
	// the packet, a page counted as often as the page tree lists it.
	maxContent = 1 << 30
)

// bounded checks the file against the bounds before anything decompresses
// its object streams or joins its pages' content.
func (s *Source) bounded() error {
	total := 0
	for _, e := range s.xref.Table {
		osd, ok := e.Object.(types.ObjectStreamDict)
		if !ok {
			continue
		}
		n, err := decodedSize(osd.StreamDict, maxObjectStreams-total)
		if errors.Is(err, filter.ErrDecodeLimitExceeded) {
			return limitError(fmt.Sprintf("the PDF's object streams decompress to more than %d MB", maxObjectStreams>>20))
		}
		total += n
	}
	sizes := map[int]int{} // decompressed parts, by object number
	total = 0
	for i, p := range s.pages {
		n, err := s.contentSize(p.dict["Contents"], sizes)
		if err != nil {
			return limitError(fmt.Sprintf("page %d: %v", i+1, err))
		}
		if total += n; total > maxContent {
			return limitError(fmt.Sprintf("the content of the PDF's %d pages adds up to more than %d MB", len(s.pages), maxContent>>20))
		}
	}
	return nil
}

// contentSize returns the size of a page's content in the packet: a single
// stream is copied as it is, parts are decompressed and joined.
func (s *Source) contentSize(contents types.Object, sizes map[int]int) (int, error) {
	o := s.deref(contents)
	if sd, ok := o.(types.StreamDict); ok {
		return len(sd.Raw), nil
	}
	parts, _ := o.(types.Array)
	if len(parts) == 1 {
		return s.contentSize(parts[0], sizes)
	}
	joined := 0
	for _, part := range parts {
		ir, ok := part.(types.IndirectRef)
		if !ok {
			continue
		}
		nr := ir.ObjectNumber.Value()
		n, known := sizes[nr]
		if !known {
			sd, _ := s.deref(ir).(types.StreamDict)
			var err error
			n, err = decodedSize(sd, maxPageContent-joined)
			if errors.Is(err, filter.ErrDecodeLimitExceeded) {
				n = maxPageContent + 1
			}
			sizes[nr] = n
		}
		if joined += n; joined > maxPageContent {
			return 0, fmt.Errorf("its content decompresses to more than %d MB", maxPageContent>>20)
		}
	}
	return joined, nil
}

// decodedSize decompresses a copy of sd, up to limit bytes, and returns
// its size; a stream that cannot be decompressed counts as empty, as the
// writer leaves it out.
func decodedSize(sd types.StreamDict, limit int) (int, error) {
	if limit <= 0 {
		return 0, filter.ErrDecodeLimitExceeded
	}
	sd.Content = nil
	data, err := sd.DecodeLengthWithLimit(-1, int64(limit))
	if errors.Is(err, filter.ErrDecodeLimitExceeded) {
		return 0, err
	}
	return len(data), nil
}
