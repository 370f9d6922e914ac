package packet

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/asylumpacket/packet/sidecar"
)

// tempName is how writeTemp names its files: ".NAME.PID-RANDOM.tmp", so
// that a later build knows whose they are.
var tempName = regexp.MustCompile(`^\.(.+)\.(\d+)-\d+\.tmp$`)

// staleAfter is how old a temporary file must be before it is taken for
// stray where the system cannot tell whether its writer still runs.
const staleAfter = 24 * time.Hour

// removeStaleTemps removes the temporary files of out's outputs (packet,
// sidecar, parts, Word documents, journal) whose build is no longer
// running: a build killed midway leaves them.
func removeStaleTemps(out string) {
	dir := filepath.Dir(out)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		m := tempName.FindStringSubmatch(e.Name())
		if m == nil || !isOutputName(out, m[1]) {
			continue
		}
		pid, err := strconv.Atoi(m[2])
		if err != nil || pid == os.Getpid() {
			continue
		}
		if info, err := e.Info(); err == nil && !running(pid, info.ModTime()) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// isOutputName reports whether base names one of the files a build of out
// writes.
func isOutputName(out, base string) bool {
	letter, index := WordPaths(out)
	for _, name := range []string{out, sidecar.PathFor(out), letter, index, journalPath(out)} {
		if base == filepath.Base(name) {
			return true
		}
	}
	stem := strings.TrimSuffix(filepath.Base(out), filepath.Ext(out)) + "_Part"
	k, ok := strings.CutPrefix(base, stem)
	if !ok {
		return false
	}
	k, ok = strings.CutSuffix(k, filepath.Ext(out))
	_, err := strconv.Atoi(k)
	return ok && err == nil
}
