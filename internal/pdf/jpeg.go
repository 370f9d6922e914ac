package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"image/jpeg"
)

// JPEG wraps JPEG data so that its image data is copied into the packet
// untouched, with no decoding and no loss; its metadata is left behind.
func JPEG(data []byte) (*Image, error) {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a readable JPEG: %w", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, errors.New("JPEG has no pixels")
	}
	d := map[string]string{"BitsPerComponent": "8", "Filter": "/DCTDecode"}
	switch n := components(data); n {
	case 1:
		d["ColorSpace"] = "/DeviceGray"
	case 3:
		d["ColorSpace"] = "/DeviceRGB"
	case 4:
		d["ColorSpace"] = "/DeviceCMYK"
		if adobeMarker(data) {
			// Adobe's CMYK JPEGs store inverted values.
			d["Decode"] = "[1 0 1 0 1 0 1 0]"
		}
	default:
		return nil, fmt.Errorf("JPEG with %d colour components", n)
	}
	return &Image{width: cfg.Width, height: cfg.Height, dict: d, data: stripJPEG(data)}, nil
}

// components reads the number of colour components from the JPEG frame header.
func components(data []byte) int {
	for i := 2; i+9 < len(data); {
		if data[i] != 0xFF {
			i++
			continue
		}
		marker := data[i+1]
		if marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) {
			i++
			continue
		}
		length := int(data[i+2])<<8 | int(data[i+3])
		if marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC {
			return int(data[i+9])
		}
		i += 2 + length
	}
	return 0
}

// stripJPEG returns JPEG data without its metadata: EXIF (camera, time,
// often GPS position), XMP, IPTC, comments, and whatever follows the image's
// end (phones append a second picture with its own EXIF, or a video). The
// image data is untouched; ICC profiles (APP2) and the Adobe colour marker
// (APP14) stay because they change how colours decode. Data it cannot
// follow is returned as it is.
func stripJPEG(data []byte) []byte {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 || clean(data) {
		return data
	}
	out := make([]byte, 0, len(data))
	out = append(out, 0xFF, 0xD8)
	for i := 2; i+1 < len(data); {
		if data[i] != 0xFF {
			return data
		}
		marker := data[i+1]
		switch {
		case marker == 0xFF: // fill byte
			i++
			continue
		case marker == 0xD9: // end of image: drop anything after it
			return append(out, 0xFF, 0xD9)
		case marker >= 0xD0 && marker <= 0xD7 || marker == 0x01:
			out = append(out, data[i:i+2]...)
			i += 2
			continue
		}
		if i+4 > len(data) {
			return data
		}
		n := int(data[i+2])<<8 | int(data[i+3])
		if n < 2 || i+2+n > len(data) {
			return data
		}
		seg := data[i : i+2+n]
		if !isMetadata(marker, seg[4:]) {
			out = append(out, seg...)
		}
		i += 2 + n
		if marker == 0xDA { // start of scan: copy the entropy-coded data up to the next marker
			j := i
			for {
				k := bytes.IndexByte(data[j:], 0xFF)
				if k < 0 || j+k+1 >= len(data) {
					j = len(data)
					break
				}
				j += k
				if next := data[j+1]; next != 0x00 && (next < 0xD0 || next > 0xD7) {
					break // a marker: the scan ends here
				}
				j++
			}
			out = append(out, data[i:j]...)
			i = j
		}
	}
	return out
}

// isMetadata tells the segments that describe a photo rather than encode
// it: comments, and application segments other than ICC profiles and
// Adobe's colour marker (a multi-picture index in APP2 is metadata too).
func isMetadata(marker byte, payload []byte) bool {
	switch {
	case marker == 0xFE:
		return true
	case marker == 0xE2:
		return bytes.HasPrefix(payload, []byte("MPF\x00"))
	case marker == 0xEE || marker == 0xE0:
		return false
	}
	return marker >= 0xE1 && marker <= 0xEF
}

// adobeMarker reports whether a JPEG carries Adobe's APP14 segment.
func adobeMarker(data []byte) bool {
	for i := 2; i+4 <= len(data) && data[i] == 0xFF; {
		marker := data[i+1]
		n := int(data[i+2])<<8 | int(data[i+3])
		if marker == 0xDA || n < 2 {
			return false
		}
		if marker == 0xEE && bytes.HasPrefix(data[i+4:], []byte("Adobe")) {
			return true
		}
		i += 2 + n
	}
	return false
}

// clean reports whether a JPEG has nothing to strip: no metadata segment
// before its image data and nothing after its end. Most scans are clean,
// and their data is then passed on without a copy.
func clean(data []byte) bool {
	i := 2
	for i+4 <= len(data) && data[i] == 0xFF {
		marker := data[i+1]
		if marker == 0xDA {
			// Image data follows; clean if the file ends at its end marker.
			return bytes.HasSuffix(bytes.TrimRight(data, "\x00\r\n"), []byte{0xFF, 0xD9}) && bytes.Count(data[i:], []byte{0xFF, 0xD9}) == 1
		}
		n := int(data[i+2])<<8 | int(data[i+3])
		if n < 2 || i+4+n-2 > len(data) || isMetadata(marker, data[i+4:i+2+n]) {
			return false
		}
		i += 2 + n
	}
	return false
}
