package exhibits

// HasText reports whether page i (0-based) carries text that can be
// searched; a picture's pages never do, and a scan inside a PDF does not
// unless it was recognised.
func (f *File) HasText(i int) bool {
	if f.doc != nil {
		return f.doc.HasText(i)
	}
	return false
}
