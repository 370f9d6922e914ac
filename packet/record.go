package packet

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/asylumpacket/packet/sidecar"
)

// FiledDir is the folder, beside a case file, that keeps what was filed:
// filed/2026-12-01/case.pdf and case.json for a filing of that date.
const FiledDir = "filed"

// Record keeps a copy of the packet built from c at out, and its sidecar,
// under filed/DATE beside the case file (DATE is the filing date), so that
// a later supplement can point at what was filed. A record is never
// overwritten, and only an up-to-date packet is recorded. It returns the
// path of the recorded sidecar.
func Record(c *Case, out string) (string, error) {
	if c.localDir == "" {
		return "", errors.New("only a case read from a file on disk can be recorded")
	}
	if !UpToDate(c, out, nil) {
		return "", fmt.Errorf("%s is not up to date with its case: build it before recording it as filed", out)
	}
	dir := filepath.Join(c.localDir, FiledDir, c.Filing.Date.String())
	rec, err := sidecar.Read(sidecar.PathFor(out))
	if err != nil {
		return "", err
	}
	files := append(packetFiles(out, rec), sidecar.PathFor(out))
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, filepath.Base(f))); err == nil {
			return "", fmt.Errorf("%s already holds a filing of %s: a record is never overwritten", dir, c.Filing.Date.Long())
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	for _, f := range files {
		if err := copyFile(f, filepath.Join(dir, filepath.Base(f))); err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, filepath.Base(sidecar.PathFor(out))), nil
}

// copyFile copies src to a new file dst, through a temporary file renamed
// when complete.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := writeTemp(dst, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
	if err != nil {
		return err
	}
	return os.Rename(tmp, dst)
}
