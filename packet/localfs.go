package packet

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
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

	mu    sync.Mutex
	plain map[string]bool // folders below the case's known to be no links
}

func newLocalFS(dir string, extra []string) (*localFS, error) {
	l := &localFS{dir: dir, plain: map[string]bool{}}
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
// For a file reached without links it also returns its Lstat.
func (l *localFS) resolve(name string) (string, fs.FileInfo, error) {
	full := filepath.FromSlash(name)
	if !filepath.IsAbs(full) {
		// The case folder's real path is known: when no part of name is
		// a link there is nothing to follow, and a file costs one Lstat
		// (EvalSymlinks would look at every folder up to the root).
		if st := l.linkFree(full); st != nil {
			return filepath.Join(l.roots[0], full), st, nil
		}
		full = filepath.Join(l.dir, full)
	}
	real, err := realPath(full)
	if err != nil {
		return "", nil, err
	}
	for _, r := range l.roots {
		if within(real, r) {
			return real, nil, nil
		}
	}
	return "", nil, &outsideError{name, real}
}

// linkFree returns the Lstat of the file at the relative path rel in the
// case's folder when it and every folder on the way exist and none is a
// symbolic link; nil otherwise, and for paths with "..".
func (l *localFS) linkFree(rel string) fs.FileInfo {
	parts := strings.Split(rel, string(filepath.Separator))
	at := l.roots[0]
	for i, part := range parts {
		if part == ".." || part == "." || part == "" {
			return nil // left to EvalSymlinks, which resolves them in order
		}
		at = filepath.Join(at, part)
		last := i == len(parts)-1
		if !last && l.knownPlain(at) {
			continue
		}
		st, err := os.Lstat(at)
		if err != nil || st.Mode()&os.ModeSymlink != 0 {
			return nil
		}
		if last {
			return st
		}
		l.mu.Lock()
		l.plain[at] = true
		l.mu.Unlock()
	}
	return nil
}

func (l *localFS) knownPlain(dir string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.plain[dir]
}

func within(name, root string) bool {
	rel, err := filepath.Rel(root, name)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func (l *localFS) Open(name string) (fs.File, error) {
	real, _, err := l.resolve(name)
	if err != nil {
		return nil, err
	}
	return os.Open(real)
}

func (l *localFS) Stat(name string) (fs.FileInfo, error) {
	real, st, err := l.resolve(name)
	if err != nil || st != nil {
		return st, err
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
	l, ok := c.FS.(*localFS)
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
