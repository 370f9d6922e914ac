package pdf

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"image/png"
	"strconv"
	"strings"
)

// PNG wraps PNG data. A PNG without transparency whose pixels PDF can take
// as they are (8-bit grey or RGB, or a palette; not interlaced) is copied
// without decoding: its compressed data is a valid PDF Flate stream with PNG
// predictors. Anything else, and a file whose checksums show damage, is
// decoded (and refused when damaged) and re-encoded losslessly.
func PNG(data []byte) (*Image, error) {
	if im, ok := pngPassThrough(data); ok {
		return im, nil
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("cannot read the PNG: %w", err)
	}
	return Raster(img), nil
}

func pngPassThrough(data []byte) (*Image, bool) {
	const sig = "\x89PNG\r\n\x1a\n"
	if !bytes.HasPrefix(data, []byte(sig)) {
		return nil, false
	}
	var (
		w, h               int
		depth, ctype       byte
		interlaced         bool
		palette, idat      []byte
		sawHeader, sawData bool
	)
	for p := len(sig); p+12 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[p:]))
		typ := string(data[p+4 : p+8])
		if n < 0 || p+12+n > len(data) {
			return nil, false
		}
		body := data[p+8 : p+8+n]
		if crc32.ChecksumIEEE(data[p+4:p+8+n]) != binary.BigEndian.Uint32(data[p+8+n:]) {
			return nil, false
		}
		switch typ {
		case "IHDR":
			if n != 13 {
				return nil, false
			}
			w, h = int(binary.BigEndian.Uint32(body)), int(binary.BigEndian.Uint32(body[4:]))
			depth, ctype, interlaced = body[8], body[9], body[12] != 0
			sawHeader = true
		case "PLTE":
			palette = body
		case "tRNS":
			return nil, false // transparency needs a mask: decode
		case "IDAT":
			idat = append(idat, body...)
			sawData = true
		case "IEND":
			p = len(data)
			continue
		}
		p += 12 + n
	}
	if !sawHeader || !sawData || interlaced || w <= 0 || h <= 0 {
		return nil, false
	}
	d := map[string]string{"Filter": "/FlateDecode"}
	colors := 1
	switch {
	case ctype == 0 && depth == 8:
		d["ColorSpace"] = "/DeviceGray"
	case ctype == 2 && depth == 8:
		d["ColorSpace"] = "/DeviceRGB"
		colors = 3
	case ctype == 3 && depth <= 8 && len(palette) >= 3 && len(palette)%3 == 0:
		d["ColorSpace"] = "[/Indexed/DeviceRGB " + strconv.Itoa(len(palette)/3-1) + " <" + strings.ToUpper(hex.EncodeToString(palette)) + ">]"
	default:
		return nil, false
	}
	d["BitsPerComponent"] = strconv.Itoa(int(depth))
	d["DecodeParms"] = fmt.Sprintf("<</Predictor 15/Colors %d/BitsPerComponent %d/Columns %d>>", colors, depth, w)
	return &Image{width: w, height: h, dict: d, data: idat}, true
}
