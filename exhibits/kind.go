package exhibits

import "errors"

// Kind is the format of an evidence file, told by its content, not its name.
type Kind string

// The formats packet reads: PDF as it is, images as a page each.
const (
	PDF  Kind = "pdf"
	JPEG Kind = "jpeg"
	PNG  Kind = "png"
	TIFF Kind = "tiff" // every page; scanners and fax software write these
	GIF  Kind = "gif"  // the first frame
	BMP  Kind = "bmp"
	WebP Kind = "webp"
)

// Office documents, read by converting them to PDF with LibreOffice (see
// Converter).
const (
	DOCX Kind = "docx"
	DOC  Kind = "doc" // Word 97–2003
	ODT  Kind = "odt"
	RTF  Kind = "rtf"
)

// Formats packet recognises and refuses, with an UnsupportedError that
// says what to convert the file to.
const (
	HEIC         Kind = "heic" // iPhone photos (HEIF)
	AVIF         Kind = "avif"
	JPEG2000     Kind = "jp2"
	JPEGXL       Kind = "jxl"
	PSD          Kind = "psd" // Photoshop
	RAW          Kind = "raw" // camera raw: CR2, CR3, NEF, ARW, DNG, ORF, RW2, RAF
	Video        Kind = "video"
	ZIP          Kind = "zip"
	HTML         Kind = "html" // a web page or web archive, whatever its name says
	Text         Kind = "text"
	Spreadsheet  Kind = "spreadsheet"  // XLSX, XLS, ODS
	Presentation Kind = "presentation" // PPTX, PPT, ODP
	Email        Kind = "email"        // Outlook .msg
	OLE          Kind = "ole"          // another Microsoft Office 97–2003 file
)

// Image reports whether each page of a file of kind k is a picture placed
// on a page, rather than a page of a document.
func (k Kind) Image() bool {
	switch k {
	case JPEG, PNG, TIFF, GIF, BMP, WebP:
		return true
	}
	return false
}

// Office reports whether files of kind k are converted with LibreOffice.
func (k Kind) Office() bool {
	switch k {
	case DOCX, DOC, ODT, RTF:
		return true
	}
	return false
}

// UnsupportedError reports an evidence file in a format packet recognises
// but does not read, or reads only with a program that is missing. Its
// message starts with what the file is and says what to convert it to.
type UnsupportedError struct {
	Kind Kind
	Msg  string
	Err  error // ErrNoConverter when LibreOffice is missing, else nil
}

func (e *UnsupportedError) Error() string { return e.Msg }

func (e *UnsupportedError) Unwrap() error { return e.Err }

// ErrNoConverter is wrapped by the error for an office document when
// LibreOffice is not installed.
var ErrNoConverter = errors.New("LibreOffice is not installed")

// refusals says, for each refused kind, what the file is and what to do.
var refusals = map[Kind]string{
	HEIC:         "a HEIC photo (iPhone): packet cannot read HEIC; export it as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible; on a Mac: open in Preview, File > Export > JPEG)",
	AVIF:         "an AVIF image: packet cannot read AVIF; export it as JPEG or PNG",
	JPEG2000:     "a JPEG 2000 image: packet cannot read JPEG 2000; convert it to JPEG, PNG or PDF",
	JPEGXL:       "a JPEG XL image: packet cannot read JPEG XL; convert it to JPEG or PNG",
	PSD:          "a Photoshop document (PSD): packet cannot read PSD; export it as PNG or JPEG (File > Export > Export As)",
	RAW:          "a camera RAW photo: packet cannot read RAW images; export it as JPEG from a photo application",
	Video:        "a video (MP4 or MOV): packet cannot include video; add still frames as JPEG or PNG",
	ZIP:          "a ZIP archive: packet cannot read archives; unpack it and list the files inside",
	HTML:         "a web page (HTML), whatever its name says: packet cannot lay out web pages; open it in a browser and print it to PDF (Print > Save as PDF)",
	Text:         "a plain text file: packet cannot lay out text; open it in an editor and print it to PDF",
	Spreadsheet:  "a spreadsheet: packet cannot lay out spreadsheets; save it as PDF from Excel or LibreOffice and check the pages",
	Presentation: "a presentation: packet cannot read slides; save it as PDF from PowerPoint or LibreOffice",
	Email:        "an Outlook message (.msg): packet cannot read e-mail files; print the message to PDF from Outlook",
	OLE:          "a Microsoft Office 97–2003 file that is not a Word document: packet cannot read it; save it as PDF",
}

// refuse returns the error for a recognised format packet does not read,
// or nil for one it reads.
func refuse(k Kind) error {
	if msg, ok := refusals[k]; ok {
		return &UnsupportedError{Kind: k, Msg: msg}
	}
	return nil
}
