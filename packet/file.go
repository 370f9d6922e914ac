package packet

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// SidecarPath returns the sidecar's path for a packet: p.pdf → p.json.
func SidecarPath(pdfPath string) string {
	return strings.TrimSuffix(pdfPath, filepath.Ext(pdfPath)) + ".json"
}

// OutputPath returns the default packet path for a case file: case.yaml →
// case.pdf beside it.
func OutputPath(caseFile string) string {
	return strings.TrimSuffix(caseFile, filepath.Ext(caseFile)) + ".pdf"
}

// BuildFile builds c into the file out and writes its sidecar beside it.
// Both are written to temporary files in out's folder and renamed into place
// only when complete (the packet first), so a failed or interrupted build
// leaves any previous packet as it was.
func BuildFile(ctx context.Context, c *Case, out string, opts *Options) (*Result, error) {
	var res *Result
	pdfTmp, err := writeTemp(out, func(w io.Writer) (err error) {
		res, err = Build(ctx, c, w, opts)
		return err
	})
	if err != nil {
		return nil, err
	}
	defer os.Remove(pdfTmp) // a no-op once renamed
	jsonTmp, err := writeTemp(SidecarPath(out), func(w io.Writer) error { return res.WriteSidecar(w, c) })
	if err != nil {
		return nil, err
	}
	defer os.Remove(jsonTmp)
	if err := os.Rename(pdfTmp, out); err != nil {
		return nil, err
	}
	if err := os.Rename(jsonTmp, SidecarPath(out)); err != nil {
		return nil, err
	}
	return res, nil
}

// writeTemp writes a complete temporary file beside name and returns its
// path; on failure nothing is left behind.
func writeTemp(name string, write func(io.Writer) error) (path string, err error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", fmt.Errorf("writing %s: %w", name, err)
	}
	if err = tmp.Close(); err != nil {
		return "", fmt.Errorf("writing %s: %w", name, err)
	}
	return tmp.Name(), os.Chmod(tmp.Name(), 0o644)
}
