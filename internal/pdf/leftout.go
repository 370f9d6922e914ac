package pdf

import "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

// What a source page's resources may reach but the packet never carries.
// Pages are copied from their content and resources only, so a source's
// document scripts, forms, embedded files, links and annotations stay
// behind by construction; these rules catch the same things smuggled into
// what is copied (a marked-content property list, an XObject's dictionary),
// where no reader acts on them but the packet would still hold them.

// dropKeys are entries never copied from a source: metadata, private
// application data and the names of files the content was made from (OPI
// proxies, reference XObjects), which could carry authors, paths, URLs or
// editing history; and links back into the source's page and structure
// trees.
var dropKeys = map[string]bool{
	"Metadata": true, "PieceInfo": true, "OPI": true, "Ref": true,
	"Parent": true, "StructParent": true, "StructParents": true,
}

// externalKeys name a stream's data in another file or at a URL (PDF
// 32000 7.3.8.2); the packet holds the data it has, never a pointer out.
var externalKeys = map[string]bool{"F": true, "FFilter": true, "FDecodeParms": true}

// actionTypes are the values of an action dictionary's /S (PDF 32000
// 12.6.4, and Adobe's rich media extension). No other dictionary a page's
// resources use has one of these names as /S.
var actionTypes = map[string]bool{
	"GoTo": true, "GoToR": true, "GoToE": true, "GoToDp": true, "Launch": true, "Thread": true,
	"URI": true, "Sound": true, "Movie": true, "Hide": true, "Named": true, "SubmitForm": true,
	"ResetForm": true, "ImportData": true, "JavaScript": true, "SetOCGState": true,
	"Rendition": true, "Trans": true, "GoTo3DView": true, "RichMediaExecute": true,
}

// leftOut tells whether a source dictionary (a stream's too) is written as
// null: an action, a file specification (embedded or external), an
// embedded file or an XMP metadata stream, wherever it turns up.
func leftOut(d types.Dict) bool {
	if t := d.NameEntry("Type"); t != nil {
		switch *t {
		case "Action", "Filespec", "EmbeddedFile", "Metadata":
			return true
		}
	}
	if s := d.NameEntry("S"); s != nil && actionTypes[*s] {
		return true
	}
	_, embedded := d["EF"]
	_, urlSpec := d["FS"]
	return embedded || urlSpec
}

// leftOutRef tells whether the object r refers to is never copied: a
// source's page tree (the packet has its own) or what leftOut names.
func leftOutRef(s *Source, r types.IndirectRef) bool {
	switch o := s.deref(r).(type) {
	case types.Dict:
		t := o.NameEntry("Type")
		return (t != nil && (*t == "Page" || *t == "Pages")) || leftOut(o)
	case types.StreamDict:
		return leftOut(o.Dict)
	}
	return false
}
