// Package pdf is the one place where packet speaks PDF. It reads source
// documents with pdfcpu and writes the packet itself: every output page is a
// source page or an image, fitted to US Letter, with stamps, links, bookmarks
// and page labels on top. The writer numbers and orders objects
// deterministically and derives the file ID from the content, so identical
// inputs give byte-identical output.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"golang.org/x/text/secure/precis"
	"golang.org/x/text/unicode/norm"
)

// Bounds on the page tree: real documents nest a few levels, and a tree
// that shares its nodes must not multiply into millions of pages.
const (
	maxTreeDepth = 64
	maxPages     = 100_000
)

var disableConfig sync.Once

// The errors of a document that needs a password to open.
var (
	ErrPassword      = errors.New("the PDF is protected by a password")
	ErrWrongPassword = errors.New("the password given does not open the PDF")
)

// pdfcpu checks passwords with the PRECIS identifier profile, which refuses
// what PDF passwords may hold: spaces, and symbols outside ASCII.
var passwordProfile = precis.NewIdentifier(precis.BidiRule, precis.Norm(norm.NFKC))

// ErrUnusablePassword is a password pdfcpu cannot try.
var ErrUnusablePassword = errors.New("packet cannot open a PDF whose password has a space or a symbol outside ASCII (a limit of the PDF library it uses): open the PDF with its password in a viewer, print it to a new PDF and use that copy")

// UsablePassword reports whether password passes the profile pdfcpu
// applies to AES-256 passwords, reading and writing.
func UsablePassword(password string) bool {
	_, err := passwordProfile.String(password)
	return err == nil
}

// Source is a PDF document opened for copying its pages.
type Source struct {
	// ID identifies the source by content (its file's SHA-256), when the
	// caller knows it; zero otherwise.
	ID [32]byte

	xref  *model.XRefTable
	pages []sourcePage

	spans  map[int]span // image data released after parsing, by object number
	reopen func() (io.ReadSeekCloser, error)
	stamp  fileStamp // the file as it was parsed
}

// sourcePage is one page with its inherited attributes resolved.
type sourcePage struct {
	dict      types.Dict
	resources types.Object // a dict or a reference to one; nil when absent
	box       box          // the visible area: CropBox clipped to MediaBox
	rotate    int          // 0, 90, 180 or 270, clockwise
}

// Read parses a PDF document. A damaged one is repaired where pdfcpu's
// relaxed reader can, or else by rebuilding its cross-reference table (see
// repaired); ctx interrupts a long read.
//
// When reopen is set, large images' data is not kept in memory but read
// again from the file (through reopen) when the packet is written.
//
// An encrypted document opens with password, which is tried as the user
// (open) password and as the owner password; one with only an owner
// password (copy or print restrictions) opens without one. Its objects are
// decrypted as they are read, and the packet holds them in the clear.
func Read(ctx context.Context, rs io.ReadSeeker, reopen func() (io.ReadSeekCloser, error), password string) (*Source, error) {
	// Never let pdfcpu write a configuration folder into the user's home.
	disableConfig.Do(func() { model.ConfigPath = "disable" })
	if password != "" && !UsablePassword(password) {
		// pdfcpu cannot try such a password; a file that needs none opens.
		s, err := Read(ctx, rs, reopen, "")
		if errors.Is(err, ErrPassword) {
			return nil, ErrUnusablePassword
		}
		return s, err
	}
	var s *Source
	err := errCutShort // a reader would take an earlier revision whose end survived
	if !cutShort(rs) {
		s, err = parse(ctx, rs, password)
	}
	if err != nil && ctx.Err() == nil && !final(err) {
		fixed, rerr := repaired(rs)
		if rerr == nil {
			s, rerr = parse(ctx, fixed, password)
		}
		if rerr != nil && (final(rerr) || ctx.Err() != nil) {
			return nil, rerr
		}
		if rerr != nil {
			return nil, fmt.Errorf("the file is damaged (%w) and could not be repaired (%v): open it in a PDF viewer and save or print it as a new PDF", err, rerr)
		}
		err = nil
	}
	if err != nil {
		return nil, err
	}
	s.release(reopen)
	return s, nil
}

// parse reads the document and its page tree.
func parse(ctx context.Context, rs io.ReadSeeker, password string) (*Source, error) {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.Offline = true
	conf.UserPW, conf.OwnerPW = password, password
	// A cross-reference stream a few kilobytes long may declare millions of
	// objects, and each costs memory and time before any is used.
	conf.Limits.MaxObjectCount, conf.Limits.MaxXRefEntries = maxObjectNumber, maxObjectNumber
	pc, err := pdfcpu.ReadWithContext(ctx, rs, conf)
	if err != nil {
		if errors.Is(err, pdfcpu.ErrWrongPassword) {
			if password != "" {
				return nil, ErrWrongPassword
			}
			return nil, ErrPassword
		}
		return nil, err
	}
	s := &Source{xref: pc.XRefTable}
	root, err := s.xref.Catalog()
	if err != nil || root == nil {
		return nil, fmt.Errorf("no document catalog: %v", err)
	}
	if err := s.walk(root["Pages"], inherited{}, map[int]bool{}, 0); err != nil {
		return nil, err
	}
	if len(s.pages) == 0 {
		return nil, limitError("the PDF has no pages")
	}
	if err := s.bounded(); err != nil {
		return nil, err
	}
	if err := s.complete(rs); err != nil {
		return nil, err
	}
	return s, nil
}

// limitError is a refusal a repair would not change: a bound on the work
// one file may cause, or an empty document.
type limitError string

func (e limitError) Error() string { return string(e) }

// final reports whether err is one that repairing the file cannot change.
func final(err error) bool {
	var l limitError
	return errors.As(err, &l) || errors.Is(err, ErrPassword) || errors.Is(err, ErrWrongPassword)
}

// PageCount returns the number of pages.
func (s *Source) PageCount() int { return len(s.pages) }

// PageSize returns the size of page i (0-based) as a reader sees it, after
// the page's rotation, in points.
func (s *Source) PageSize(i int) (w, h float64) {
	p := s.pages[i]
	w, h = p.box.width(), p.box.height()
	if p.rotate == 90 || p.rotate == 270 {
		w, h = h, w
	}
	return w, h
}

// inherited holds the page attributes a page tree node passes to its kids.
type inherited struct {
	resources types.Object
	media     *box
	crop      *box
	rotate    int
}

func (s *Source) walk(ref types.Object, in inherited, onPath map[int]bool, depth int) error {
	if depth > maxTreeDepth {
		return limitError(fmt.Sprintf("the page tree is nested more than %d levels deep", maxTreeDepth))
	}
	if len(s.pages) >= maxPages {
		return limitError(fmt.Sprintf("the PDF has more than %d pages", maxPages))
	}
	o, err := s.xref.Dereference(ref)
	if err != nil {
		return err
	}
	d, ok := o.(types.Dict)
	if !ok {
		return errors.New("page tree node is not a dictionary")
	}
	if r, ok := d["Resources"]; ok {
		in.resources = r
	}
	if b, ok := s.box(d["MediaBox"]); ok {
		in.media = &b
	}
	if b, ok := s.box(d["CropBox"]); ok {
		in.crop = &b
	}
	if r, ok := s.integer(d["Rotate"]); ok {
		in.rotate = normRotate(r)
	}
	kids, isNode := d["Kids"]
	if t := d.NameEntry("Type"); (t != nil && *t == "Page") || !isNode {
		s.pages = append(s.pages, s.page(d, in))
		return nil
	}
	// A node on the path from the root may not appear again below itself; a
	// page listed twice is shown twice, as viewers do.
	if ir, ok := ref.(types.IndirectRef); ok {
		nr := ir.ObjectNumber.Value()
		if onPath[nr] {
			return errors.New("the page tree refers to itself")
		}
		onPath[nr] = true
		defer delete(onPath, nr)
	}
	ko, err := s.xref.Dereference(kids)
	if err != nil {
		return err
	}
	arr, _ := ko.(types.Array)
	for _, kid := range arr {
		if err := s.walk(kid, in, onPath, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (s *Source) page(d types.Dict, in inherited) sourcePage {
	media := letterBox
	if in.media != nil {
		media = *in.media
	}
	visible := media
	if in.crop != nil {
		if c, ok := in.crop.intersect(media); ok {
			visible = c
		}
	}
	return sourcePage{dict: d, resources: in.resources, box: visible, rotate: in.rotate}
}

func (s *Source) box(o types.Object) (box, bool) {
	if o == nil {
		return box{}, false
	}
	o, err := s.xref.Dereference(o)
	if err != nil {
		return box{}, false
	}
	a, ok := o.(types.Array)
	if !ok || len(a) != 4 {
		return box{}, false
	}
	var v [4]float64
	for i, e := range a {
		f, ok := s.number(e)
		if !ok {
			return box{}, false
		}
		v[i] = f
	}
	b := box{min(v[0], v[2]), min(v[1], v[3]), max(v[0], v[2]), max(v[1], v[3])}
	if b.width() < 1 || b.height() < 1 {
		return box{}, false
	}
	return b, true
}

func (s *Source) number(o types.Object) (float64, bool) {
	o, err := s.xref.Dereference(o)
	if err != nil {
		return 0, false
	}
	switch v := o.(type) {
	case types.Integer:
		return float64(v), true
	case types.Float:
		return float64(v), true
	}
	return 0, false
}

func (s *Source) integer(o types.Object) (int, bool) {
	f, ok := s.number(o)
	return int(f), ok
}

// filter returns the single filter a stream's /Filter names, or "" for
// none; a chain of several is reported as "chain".
func (s *Source) filter(o types.Object) string {
	o, err := s.xref.Dereference(o)
	if err != nil || o == nil {
		return ""
	}
	switch f := o.(type) {
	case types.Name:
		return string(f)
	case types.Array:
		switch len(f) {
		case 0:
			return ""
		case 1:
			return s.filter(f[0])
		}
	}
	return "chain"
}
