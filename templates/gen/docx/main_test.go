package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestUpToDate checks that the committed templates are what this program
// writes now, so that an edit here cannot be forgotten by go generate.
func TestUpToDate(t *testing.T) {
	for _, f := range files() {
		old, err := os.ReadFile(filepath.Join("..", "..", f.name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(old, []byte(f.body)) {
			t.Errorf("templates/%s is stale: run go generate ./templates", f.name)
		}
	}
}

// TestWellFormed checks every part of both templates with encoding/xml.
func TestWellFormed(t *testing.T) {
	for _, f := range files() {
		zr, err := zip.NewReader(bytes.NewReader([]byte(f.body)), int64(len(f.body)))
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range zr.File {
			r, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			dec := xml.NewDecoder(r)
			for err == nil {
				_, err = dec.Token()
			}
			r.Close()
			if !errors.Is(err, io.EOF) {
				t.Errorf("%s: %s: %v", f.name, zf.Name, err)
			}
		}
	}
}

// TestStable checks that two runs give the same bytes.
func TestStable(t *testing.T) {
	a, b := files(), files()
	for i := range a {
		if a[i].body != b[i].body {
			t.Errorf("%s differs between two runs", a[i].name)
		}
	}
}
