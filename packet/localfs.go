package packet

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// LoadOptions are what the person running packet, and never the case file,
// decides about reading a case.
type LoadOptions struct {
	// Roots are folders outside the case's own from which its evidence may
	// also come (a firm's library of country reports). Without them, an
	// evidence path that leaves the case folder — absolute, through "..",
	// or through a symbolic link — is refused: a case file from anyone must
	// not make packet read, and file, a document from elsewhere on the disk.
	Roots []string
}

// localFS reads a case's evidence from disk, only from inside the case's
// folder or an allowed root once every symbolic link is followed.
type localFS struct {
	dir   string   // the case's folder
	roots []string // real paths: the case's folder first, then the allowed roots
}

func newLocalFS(dir string, extra []string) (localFS, error) {
	l := localFS{dir: dir}
	for i, r := range append([]string{dir}, extra...) {
		real, err := realPath(r)
		if err != nil {
			if i == 0 {
				real = filepath.Clean(r) // reported when the files are looked up
			} else {
				return l, fmt.Errorf("allowed root %s: %w", r, err)
			}
		}
		l.roots = append(l.roots, real)
	}
	return l, nil
}

func realPath(name string) (string, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

// outsideError is an evidence path that leads out of the allowed folders.
type outsideError struct{ name, real string }

func (e *outsideError) Error() string {
	return fmt.Sprintf("%s leads outside the case folder (to %s); packet reads evidence only from the case folder, or from a folder allowed with -allow-root", e.name, e.real)
}

// resolve returns the real path of name (a slash path relative to the
// case's folder, or absolute), refusing one outside every allowed folder.
func (l localFS) resolve(name string) (string, error) {
	full := filepath.FromSlash(name)
	if !filepath.IsAbs(full) {
		full = filepath.Join(l.dir, full)
	}
	real, err := realPath(full)
	if err != nil {
		return "", err
	}
	for _, r := range l.roots {
		if within(real, r) {
			return real, nil
		}
	}
	return "", &outsideError{name, real}
}

func within(name, root string) bool {
	rel, err := filepath.Rel(root, name)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func (l localFS) Open(name string) (fs.File, error) {
	real, err := l.resolve(name)
	if err != nil {
		return nil, err
	}
	return os.Open(real)
}

func (l localFS) Stat(name string) (fs.FileInfo, error) {
	real, err := l.resolve(name)
	if err != nil {
		return nil, err
	}
	return os.Stat(real)
}

// leaves reports whether the evidence path p leaves the case folder as
// written (absolute, or through "..").
func leaves(p string) bool {
	return path.IsAbs(p) || p == ".." || strings.HasPrefix(p, "../") || strings.Contains(p, "/../")
}

// evidenceName is the name of the evidence path p in c.FS.
func (c *Case) evidenceName(p string) string {
	if path.IsAbs(p) {
		return p
	}
	return path.Join(c.Dir, p)
}

// extraRoots reports whether the person running packet allowed evidence
// from outside the case folder.
func (c *Case) extraRoots() bool {
	l, ok := c.FS.(localFS)
	return ok && len(l.roots) > 1
}

// isOutside reports whether err is a path leading out of the allowed
// folders.
func isOutside(err error) bool { return outsideTarget(err) != "" }

// outsideTarget is where a path leading out of the allowed folders leads,
// "" for another error.
func outsideTarget(err error) string {
	var o *outsideError
	if errors.As(err, &o) {
		return o.real
	}
	return ""
}
