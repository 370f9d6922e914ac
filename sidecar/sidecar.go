// Package sidecar is the machine-readable record written beside every
// packet (case.pdf → case.json): where each exhibit landed and what its
// files were, by content. Rebuilds read it to skip unchanged cases,
// supplements to continue a filing, and diff to say what changed.
package sidecar

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Sidecar describes one built packet.
type Sidecar struct {
	Tool    string  `json:"tool"`
	Version string  `json:"version"`
	Title   string  `json:"title"`
	Forum   string  `json:"forum"`
	Date    string  `json:"date"` // the filing date, YYYY-MM-DD
	Pages   int     `json:"pages"`
	Numbers Numbers `json:"numbers"`
	// Inputs identifies everything the packet was made from, so that a
	// rebuild can tell it would make the same packet.
	Inputs   Inputs    `json:"inputs"`
	Exhibits []Exhibit `json:"exhibits"`
	// Previous lists the exhibits of earlier filings that this packet
	// supplements, as they were filed; empty for a first filing.
	Previous []Exhibit `json:"previous,omitempty"`
	Parts    []Part    `json:"parts,omitempty"`
}

// Numbers says how the pages are numbered.
type Numbers struct {
	Style      string `json:"style"`
	Prefix     string `json:"prefix,omitempty"`
	Digits     int    `json:"digits,omitempty"`
	CoverPages int    `json:"cover_pages"`
	First      int    `json:"first"`
	Last       int    `json:"last"`
}

// Inputs identifies what a packet was made from.
type Inputs struct {
	// Digest is a SHA-256 over the tool's version, its templates and fonts,
	// the options, the case file and every evidence file's content.
	Digest string `json:"digest"`
	// Files are the case file and every evidence file, with the size and
	// modification time they had, so that an unchanged file need not be
	// read again to know it is unchanged.
	Files []File `json:"files"`
}

// Exhibit is where one exhibit landed.
type Exhibit struct {
	ID        string `json:"id"`
	Label     string `json:"label"`
	Title     string `json:"title"`
	Section   string `json:"section"`
	FirstPage int    `json:"first_page"` // packet number of the divider
	LastPage  int    `json:"last_page"`
	PageCount int    `json:"page_count"` // the exhibit's own pages, divider excluded
	PDFPage   int    `json:"pdf_page"`   // physical page of the divider, 1-based
	Files     []File `json:"files"`
	// Filed is the date (YYYY-MM-DD) of the filing that held the exhibit,
	// set on the earlier exhibits a supplement lists in Previous.
	Filed string `json:"filed,omitempty"`
	// Selection names the pages shown, file by file ("1:1-3,7 2:1"), so
	// that a changed page selection is a change even at the same count.
	Selection string `json:"selection,omitempty"`
	// Packet numbers of the pages with highlights, of the pages rebuilt
	// with redactions, and of those whose text was recognised by OCR.
	Highlighted []int `json:"highlighted,omitempty"`
	Redacted    []int `json:"redacted,omitempty"`
	Recognised  []int `json:"recognised,omitempty"`
}

// File is an input file identified by content.
type File struct {
	Path    string `json:"path"`
	SHA256  string `json:"sha256"`
	Size    int64  `json:"size"`
	ModTime string `json:"mod_time,omitempty"` // RFC 3339 with nanoseconds
}

// Part is one file of a packet split for electronic filing.
type Part struct {
	File      string   `json:"file"`
	Size      int64    `json:"size"`
	FirstPage int      `json:"first_page"` // packet numbers
	LastPage  int      `json:"last_page"`
	Exhibits  []string `json:"exhibits"` // labels
}

// Digest returns the combined digest of the exhibit's files, which tells
// whether its content changed.
func (e Exhibit) Digest() string {
	parts := make([]string, len(e.Files))
	for i, f := range e.Files {
		parts[i] = f.SHA256
	}
	return strings.Join(parts, "+")
}

// PathFor returns the sidecar's path for a packet: p.pdf → p.json.
func PathFor(pdfPath string) string {
	return strings.TrimSuffix(pdfPath, filepath.Ext(pdfPath)) + ".json"
}

// Write writes s as indented JSON.
func (s *Sidecar) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(s)
}

// Decode reads a sidecar.
func Decode(r io.Reader) (*Sidecar, error) {
	var s Sidecar
	dec := json.NewDecoder(r)
	if err := dec.Decode(&s); err != nil {
		return nil, err
	}
	if s.Tool != "packet" {
		return nil, fmt.Errorf("not a packet sidecar (tool %q)", s.Tool)
	}
	return &s, nil
}

// Read reads the sidecar file name.
func Read(name string) (*Sidecar, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}
