package casegen

import (
	"bytes"
	"image/jpeg"
	"io"
	"time"

	"github.com/go-pdf/fpdf"
)

// ImagePDF writes a JPEG as a one-page PDF the size of the image at dpi, as
// a scanner that saves PDFs would: the JPEG data is embedded as it is.
func ImagePDF(w io.Writer, jpegData []byte, dpi int) error {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(jpegData))
	if err != nil {
		return err
	}
	if dpi <= 0 {
		dpi = 300
	}
	pw, ph := float64(cfg.Width)*72/float64(dpi), float64(cfg.Height)*72/float64(dpi)
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: pw, Ht: ph}})
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(time.Unix(0, 0).UTC())
	pdf.SetModificationDate(time.Unix(0, 0).UTC())
	pdf.AddPage()
	opts := fpdf.ImageOptions{ImageType: "JPG"}
	pdf.RegisterImageOptionsReader("scan", opts, bytes.NewReader(jpegData))
	pdf.ImageOptions("scan", 0, 0, pw, ph, false, opts, 0, "")
	return pdf.Output(w)
}

// asPDF wraps a JPEG writer so that it writes a one-page PDF instead.
func asPDF(render func(io.Writer) error, dpi int) func(io.Writer) error {
	return func(w io.Writer) error {
		var buf bytes.Buffer
		if err := render(&buf); err != nil {
			return err
		}
		return ImagePDF(w, buf.Bytes(), dpi)
	}
}
