package packet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// outputSet is what one build puts in place of the previous build's files:
// each new file complete in a temporary file beside its name, and the old
// files that must go. commit applies it under a journal, so that a build
// killed at any moment leaves, once the next build has looked, either every
// previous file as it was or every new one — never a packet beside another
// build's sidecar or parts.
type outputSet struct {
	out     string      // the packet; the journal lies beside it
	renames [][2]string // temporary file → its name
	removes []string    // old files that the new ones do not replace
}

// journal is the commit record: written (atomically) once every temporary
// file is complete, removed once all is in place. Names are base names in
// the packet's folder.
type journal struct {
	Renames [][2]string `json:"renames"`
	Removes []string    `json:"removes"`
}

func journalPath(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".commit")
}

// add puts the complete temporary file tmp in place of name at commit.
func (o *outputSet) add(tmp, name string) {
	o.renames = append(o.renames, [2]string{tmp, name})
}

// remove takes name away at commit, if it exists then.
func (o *outputSet) remove(name string) {
	o.removes = append(o.removes, name)
}

// discard removes the temporary files of a build that will not commit.
func (o *outputSet) discard() {
	for _, r := range o.renames {
		os.Remove(r[0])
	}
	o.renames = nil
}

// commit writes the journal, then renames and removes.
func (o *outputSet) commit() error {
	dir := filepath.Dir(o.out)
	var j journal
	for _, r := range o.renames {
		if filepath.Dir(r[0]) != dir || filepath.Dir(r[1]) != dir {
			return fmt.Errorf("packet: internal error: %s is not beside %s", r[1], o.out)
		}
		j.Renames = append(j.Renames, [2]string{filepath.Base(r[0]), filepath.Base(r[1])})
	}
	for _, name := range o.removes {
		j.Removes = append(j.Removes, filepath.Base(name))
	}
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	tmp, err := writeTemp(journalPath(o.out), func(w io.Writer) error { _, err := w.Write(data); return err })
	if err != nil {
		o.discard()
		return err
	}
	if err := os.Rename(tmp, journalPath(o.out)); err != nil {
		os.Remove(tmp)
		o.discard()
		return err
	}
	syncDir(dir)
	o.renames = nil // the journal owns them now
	return finish(o.out, j)
}

// interruptCommit, when set, runs after the first rename of a commit: a
// test kills the build there.
var interruptCommit func()

// finish carries out a journal and removes it. It can run again after an
// interruption: what was already renamed or removed is passed over.
func finish(out string, j journal) error {
	dir := filepath.Dir(out)
	for i, r := range j.Renames {
		err := os.Rename(filepath.Join(dir, r[0]), filepath.Join(dir, r[1]))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("putting %s in place: %w", r[1], err)
		}
		if i == 0 && interruptCommit != nil {
			interruptCommit()
		}
	}
	for _, name := range j.Removes {
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("removing the earlier %s: %w", name, err)
		}
	}
	syncDir(dir)
	if err := os.Remove(journalPath(out)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	syncDir(dir)
	return nil
}

// recoverOutputs finishes a commit that an interrupted build left, and
// removes the temporary files that interrupted builds of out left behind.
func recoverOutputs(out string) error {
	data, err := os.ReadFile(journalPath(out))
	switch {
	case err == nil:
		var j journal
		if err := json.Unmarshal(data, &j); err != nil {
			return fmt.Errorf("%s: unreadable (%v); remove it and build again", journalPath(out), err)
		}
		if err := finish(out, j); err != nil {
			return err
		}
	case !errors.Is(err, os.ErrNotExist):
		return err
	}
	removeStaleTemps(out)
	return nil
}

// pendingCommit reports whether an interrupted build left a commit that
// the next build must finish.
func pendingCommit(out string) bool {
	_, err := os.Stat(journalPath(out))
	return err == nil
}

// syncDir makes renames in dir durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
