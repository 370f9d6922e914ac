package casegen

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
