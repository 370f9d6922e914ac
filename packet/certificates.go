package packet

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/asylumpacket/packet/exhibits"
	"github.com/asylumpacket/packet/internal/layout"
	"github.com/asylumpacket/packet/templates"
)

// certificates draws the translators' certificates and certificates of
// interpretation of the exhibits in this packet, all in one PDF, and
// returns the pages that end each exhibit. A translator who asked for one
// combined certificate gets it at the end of the last exhibit they
// translated.
func (c *Case) certificates(ctx context.Context) (map[*Exhibit][]pageRef, error) {
	var owners []*Exhibit
	var certs []layout.Certificate
	add := func(e *Exhibit, cert layout.Certificate) {
		owners = append(owners, e)
		certs = append(certs, cert)
	}
	all := c.allExhibits()
	for _, e := range all {
		if t := e.Translation; t != nil {
			covered := []*Exhibit{e}
			if t.Translator.Combined {
				covered = c.translatedBy(all, e)
				if covered[len(covered)-1] != e {
					covered = nil // certified at the end of the last one
				}
			}
			if len(covered) > 0 {
				cert, err := c.translationCertificate(t.Translator, covered)
				if err != nil {
					return nil, err
				}
				add(e, cert)
			}
		}
		if in := e.Interpretation; in != nil {
			cert, err := c.interpretationCertificate(e)
			if err != nil {
				return nil, err
			}
			add(e, cert)
		}
	}
	if len(certs) == 0 {
		return nil, nil
	}
	data, first, count, err := layout.Certificates(certs, c.fontSet())
	if err != nil {
		return nil, err
	}
	file, err := exhibits.Read(ctx, data)
	if err != nil {
		return nil, fmt.Errorf("packet: reading the generated certificates: %w", err)
	}
	out := map[*Exhibit][]pageRef{}
	for k, e := range owners {
		for i := first[k]; i < first[k]+count[k]; i++ {
			out[e] = append(out[e], pageRef{file: file, index: i, generated: true})
		}
	}
	return out, nil
}

// allExhibits returns every exhibit of the case, in order.
func (c *Case) allExhibits() []*Exhibit {
	var out []*Exhibit
	for si := range c.Sections {
		for ei := range c.Sections[si].Exhibits {
			out = append(out, &c.Sections[si].Exhibits[ei])
		}
	}
	return out
}

// translatedBy returns the exhibits of all that one combined certificate
// covers with e: those that e's translator translated, filed together with
// e (in this packet, or in the same earlier filing, whose pages are
// checked as they were filed).
func (c *Case) translatedBy(all []*Exhibit, e *Exhibit) []*Exhibit {
	var out []*Exhibit
	for _, o := range all {
		if o.Translation != nil && o.Translation.Translator == e.Translation.Translator && c.filedWith(o) == c.filedWith(e) {
			out = append(out, o)
		}
	}
	return out
}

// filedWith names the filing an exhibit belongs to: "" for this packet,
// else the date it was filed.
func (c *Case) filedWith(e *Exhibit) string {
	if e.filed == nil {
		return ""
	}
	return cmp.Or(e.filed.Filed, c.Supplement.record.Date)
}

// matter names the case on a certificate, so that a page separated from
// the packet can be put back.
func (c *Case) matter() string {
	m := "In the matter of " + c.Applicant.Name
	if c.Applicant.ANumber != "" {
		m += ", " + c.Applicant.ANumber.String()
	}
	return m
}

func (c *Case) translationCertificate(t *Translator, covered []*Exhibit) (layout.Certificate, error) {
	var langs, docs []string
	for _, e := range covered {
		if l := strings.TrimSpace(e.Language); !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	for _, e := range covered {
		doc := e.named()
		if len(langs) > 1 {
			doc += " (from " + e.Language + ")"
		}
		docs = append(docs, doc)
	}
	text, err := templates.Certificate("translation", map[string]any{"Name": t.Name, "Languages": andList(langs), "Documents": docs})
	if err != nil {
		return layout.Certificate{}, fmt.Errorf("packet: the translator's certificate: %w", err)
	}
	return layout.Certificate{Heading: "CERTIFICATE OF TRANSLATION", Matter: c.matter(), Body: certificateBlocks(text), Signer: signer(t)}, nil
}

func (c *Case) interpretationCertificate(e *Exhibit) (layout.Certificate, error) {
	in := e.Interpretation
	declarant := in.Declarant
	if declarant == "" {
		declarant = c.Applicant.Name
	}
	text, err := templates.Certificate("interpretation", map[string]any{
		"Name": in.Interpreter.Name, "Language": in.Language, "Declarant": declarant,
		"Document": e.named(),
	})
	if err != nil {
		return layout.Certificate{}, fmt.Errorf("packet: the certificate of interpretation: %w", err)
	}
	return layout.Certificate{Heading: "CERTIFICATE OF INTERPRETATION", Matter: c.matter(), Body: certificateBlocks(text), Signer: signer(in.Interpreter)}, nil
}

func signer(t *Translator) layout.Signer {
	s := layout.Signer{Name: t.Name, Address: t.Address, Phone: t.Phone}
	if !t.Date.IsZero() {
		s.Date = t.Date.Long()
	}
	return s
}

// certificateBlocks splits a certificate's text into paragraphs (at blank
// lines) and list items (lines starting with "- ").
func certificateBlocks(text string) []layout.Block {
	var out []layout.Block
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, layout.Block{Text: strings.Join(para, " ")})
			para = nil
		}
	}
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "- "):
			flush()
			out = append(out, layout.Block{Text: strings.TrimSpace(l[2:]), Item: true})
		default:
			para = append(para, l)
		}
	}
	flush()
	return out
}
