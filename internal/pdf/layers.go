package pdf

import (
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// layers returns the catalog's /OCProperties entry for the optional content
// (layers) that the copied pages use, keeping each source's choice of which
// layers are off: without it a viewer would show hidden layers. It returns
// "" when no copied page uses a layer.
func (w *writer) layers() string {
	var all, off []string
	for _, s := range w.sources {
		cat, err := s.xref.Catalog()
		if err != nil {
			continue
		}
		props, ok := s.deref(cat["OCProperties"]).(types.Dict)
		if !ok {
			continue
		}
		groups, _ := s.deref(props["OCGs"]).(types.Array)
		config, _ := s.deref(props["D"]).(types.Dict)
		baseOff := false
		if n, ok := s.deref(config["BaseState"]).(types.Name); ok && n == "OFF" {
			baseOff = true
		}
		on, offList := s.refSet(config["ON"]), s.refSet(config["OFF"])
		for _, g := range groups {
			ir, ok := g.(types.IndirectRef)
			if !ok {
				continue
			}
			nr, copied := w.copied[srcKey{s, ir.ObjectNumber.Value()}]
			if !copied {
				continue // a layer of pages the packet does not use
			}
			all = append(all, ref(nr))
			if k := ir.ObjectNumber.Value(); offList[k] || (baseOff && !on[k]) {
				off = append(off, ref(nr))
			}
		}
	}
	if len(all) == 0 {
		return ""
	}
	groups := "[" + strings.Join(all, " ") + "]"
	return "/OCProperties<</OCGs" + groups + "/D<</Order" + groups + "/OFF[" + strings.Join(off, " ") + "]>>>>"
}

func (s *Source) deref(o types.Object) types.Object {
	o, err := s.xref.Dereference(o)
	if err != nil {
		return nil
	}
	return o
}

// refSet returns the object numbers an array of references names.
func (s *Source) refSet(o types.Object) map[int]bool {
	set := map[int]bool{}
	arr, _ := s.deref(o).(types.Array)
	for _, e := range arr {
		if ir, ok := e.(types.IndirectRef); ok {
			set[ir.ObjectNumber.Value()] = true
		}
	}
	return set
}
