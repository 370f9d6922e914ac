package exhibits

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"io"
	"strings"
	"unicode/utf16"
)

// zipKind tells office documents from other ZIP archives by the names of
// their parts: from the central directory when b is the whole file, else
// from the local headers b holds. Nothing is decompressed.
func zipKind(b []byte) Kind {
	var names []string
	mimetype := ""
	if zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b))); err == nil {
		for _, f := range zr.File {
			names = append(names, f.Name)
			if f.Name == "mimetype" && f.Method == zip.Store && f.UncompressedSize64 < 100 {
				if r, err := f.Open(); err == nil {
					m, _ := io.ReadAll(io.LimitReader(r, 100))
					mimetype = string(m)
					r.Close()
				}
			}
		}
	} else {
		names, mimetype = localNames(b)
	}
	switch {
	case strings.HasPrefix(mimetype, "application/vnd.oasis.opendocument.text"):
		return ODT
	case strings.HasPrefix(mimetype, "application/vnd.oasis.opendocument.spreadsheet"):
		return Spreadsheet
	case strings.HasPrefix(mimetype, "application/vnd.oasis.opendocument.presentation"):
		return Presentation
	}
	for _, n := range names {
		switch {
		case strings.HasPrefix(n, "word/"):
			return DOCX
		case strings.HasPrefix(n, "xl/"):
			return Spreadsheet
		case strings.HasPrefix(n, "ppt/"):
			return Presentation
		}
	}
	return ZIP
}

// localNames reads the names of the parts whose local headers b holds, and
// the content of a stored "mimetype" part (OpenDocument puts it first).
func localNames(b []byte) (names []string, mimetype string) {
	for p := 0; p+30 <= len(b) && string(b[p:p+4]) == "PK\x03\x04"; {
		flags := binary.LittleEndian.Uint16(b[p+6:])
		method := binary.LittleEndian.Uint16(b[p+8:])
		size := int(binary.LittleEndian.Uint32(b[p+18:]))
		n := int(binary.LittleEndian.Uint16(b[p+26:]))
		extra := int(binary.LittleEndian.Uint16(b[p+28:]))
		data := p + 30 + n + extra
		if p+30+n > len(b) {
			break
		}
		name := string(b[p+30 : p+30+n])
		names = append(names, name)
		if name == "mimetype" && method == 0 && data <= len(b) {
			end := min(len(b), data+100) // the size may follow the data
			if flags&8 == 0 {
				end = min(end, data+size)
			}
			mimetype = string(b[data:end])
		}
		if flags&8 != 0 {
			break // sizes follow the data: the next header cannot be found
		}
		p = data + size
	}
	return names, mimetype
}

// oleKind tells a Word 97–2003 document from other OLE2 compound files
// (Excel, PowerPoint, Outlook) by the names of their streams.
func oleKind(b []byte) Kind {
	has := func(name string) bool {
		u := utf16.Encode([]rune(name))
		enc := make([]byte, 2*len(u))
		for i, c := range u {
			binary.LittleEndian.PutUint16(enc[2*i:], c)
		}
		return bytes.Contains(b, enc)
	}
	switch {
	case has("WordDocument"):
		return DOC
	case has("Workbook"), has("Book\x00"):
		return Spreadsheet
	case has("PowerPoint Document"):
		return Presentation
	case has("__substg1.0_"):
		return Email
	}
	return OLE
}
