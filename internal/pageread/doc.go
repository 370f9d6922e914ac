// Package pageread reads what a page shows: its characters with their
// boxes, and its picture. It runs PDFium compiled to WebAssembly inside the
// process (no cgo, no files, no network: the module sees an empty
// filesystem), started on first use only, so that a case that needs no
// reading pays nothing for it.
package pageread
