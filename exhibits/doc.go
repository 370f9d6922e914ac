// Package exhibits reads evidence files and the page selections and labels
// that turn them into exhibits.
//
// Files are told by content, not name. PDF is read as it is; JPEG, PNG,
// TIFF (every page: scans and faxes, CCITT, LZW, Deflate, PackBits), GIF
// (the first frame), BMP and WebP give a page per picture, sized by the
// resolution a TIFF records; Word documents (DOCX, DOC), OpenDocument text
// and RTF are converted to PDF with LibreOffice (see Converter). Formats
// packet recognises but does not read (HEIC, AVIF, JPEG 2000, JPEG XL,
// PSD, camera RAW, video, ZIP, HTML, plain text, spreadsheets,
// presentations) are refused with an UnsupportedError that says what to
// convert them to.
package exhibits
