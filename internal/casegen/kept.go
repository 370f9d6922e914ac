package casegen

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// KeptCase returns the case file of the case spec describes, written under
// root by an earlier call or now. Its folder is named by the generator's
// Version and the spec, so large benchmark cases are written once and a
// changed generator writes new ones. The files are dated an hour back, as
// evidence is older than its packet.
func KeptCase(root string, spec Spec) (string, error) {
	sum := sha256.Sum256(fmt.Appendf(nil, "%d %+v", Version, spec))
	name := fmt.Sprintf("%dp-%dx-%x", spec.Pages, spec.Exhibits, sum[:6])
	dir := filepath.Join(root, name)
	caseFile := filepath.Join(dir, "case.yaml")
	if _, err := os.Stat(caseFile); err == nil {
		return caseFile, nil
	}
	tmp := dir + ".tmp"
	os.RemoveAll(tmp)
	if _, err := WriteCase(tmp, spec); err != nil {
		return "", err
	}
	old := time.Now().Add(-time.Hour)
	filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if err == nil {
			os.Chtimes(p, old, old)
		}
		return nil
	})
	return caseFile, os.Rename(tmp, dir)
}

// KeptRoot is where benchmark cases are kept unless told otherwise:
// $PACKET_BENCH_DIR, or packetbench in the temporary directory.
func KeptRoot() string {
	if dir := os.Getenv("PACKET_BENCH_DIR"); dir != "" {
		return dir
	}
	return filepath.Join(os.TempDir(), "packetbench")
}

// TypicalExhibits is the number of exhibits of a realistic case of pages
// evidence pages: 35 per 486 pages, as in the typical case.
func TypicalExhibits(pages int) int {
	return max(1, (pages*35+243)/486)
}

// Inputs returns the total size of a case's evidence and its PDF files,
// sorted: what qpdf can merge for a comparison.
func Inputs(caseDir string) (size int64, pdfs []string) {
	filepath.WalkDir(filepath.Join(caseDir, "evidence"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
			if strings.HasSuffix(p, ".pdf") {
				pdfs = append(pdfs, p)
			}
		}
		return nil
	})
	slices.Sort(pdfs)
	return size, pdfs
}
