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
	keep := jpegKeep(data)
	if keep == nil {
		return data
	}
	return applyKeep(data, keep)
}

// jpegKeep returns the byte ranges of data that stripJPEG keeps, in order,
// or nil when it keeps everything (nothing to strip, or data it cannot
// follow). Computing it once lets a rebuild skip the scan.
func jpegKeep(data []byte) [][2]int {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return nil
	}
	var keep [][2]int
	add := func(from, to int) {
		if n := len(keep); n > 0 && keep[n-1][1] == from {
			keep[n-1][1] = to
			return
		}
		keep = append(keep, [2]int{from, to})
	}
	add(0, 2)
	stripped := false
	for i := 2; i+1 < len(data); {
		if data[i] != 0xFF {
			return nil
		}
		marker := data[i+1]
		switch {
		case marker == 0xFF: // fill byte
			add(i, i+1)
			i++
			continue
		case marker == 0xD9: // end of image: drop anything after it
			add(i, i+2)
			if !stripped && i+2 == len(data) {
				return nil
			}
			return keep
		case marker >= 0xD0 && marker <= 0xD7 || marker == 0x01:
			add(i, i+2)
			i += 2
			continue
		}
		if i+4 > len(data) {
			return nil
		}
		n := int(data[i+2])<<8 | int(data[i+3])
		if n < 2 || i+2+n > len(data) {
			return nil
		}
		if isMetadata(marker, data[i+4:i+2+n]) {
			stripped = true
		} else {
			add(i, i+2+n)
		}
		i += 2 + n
		if marker == 0xDA { // start of scan: keep the entropy-coded data up to the next marker
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
			add(i, j)
			i = j
		}
	}
	if !stripped {
		return nil
	}
	return keep
}

// applyKeep assembles the kept ranges of data.
func applyKeep(data []byte, keep [][2]int) []byte {
	n := 0
	for _, r := range keep {
		n += r[1] - r[0]
	}
	out := make([]byte, 0, n)
	for _, r := range keep {
		out = append(out, data[r[0]:r[1]]...)
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
