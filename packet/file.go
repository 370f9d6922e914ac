package packet

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/asylumpacket/packet/sidecar"
)

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
	if err := c.checkOutput(out); err != nil {
		return nil, err
	}
	doc, res, ps, release, err := c.compose(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer release()
	// The Word documents are filled before anything is replaced, so that a
	// template that cannot be filled leaves the previous packet whole.
	var letter, index []byte
	if c.Word != nil {
		if letter, index, err = c.wordDocuments(ps, res); err != nil {
			return nil, err
		}
	}
	// The old sidecar goes once the new packet is complete, just before it
	// replaces the old one: a packet may lack its sidecar for a moment (and
	// a rebuild then redoes it), but never stands beside another's.
	removeSidecar := func() error {
		if err := os.Remove(sidecar.PathFor(out)); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	parts, err := writeParts(ctx, doc, res, out, c.Filing.Split, removeSidecar)
	if err != nil {
		return nil, err
	}
	if len(parts) > 1 {
		res.Parts = parts
	}
	if c.Word != nil {
		if err := writeWord(out, letter, index); err != nil {
			return nil, err
		}
	}
	jsonTmp, err := writeTemp(sidecar.PathFor(out), func(w io.Writer) error { return res.WriteSidecar(w, c) })
	if err != nil {
		return nil, err
	}
	if err := os.Rename(jsonTmp, sidecar.PathFor(out)); err != nil {
		os.Remove(jsonTmp)
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

// checkOutput refuses a packet path that would overwrite an input (the case
// file or an evidence file), or whose sidecar would overwrite the packet.
func (c *Case) checkOutput(out string) error {
	if !strings.EqualFold(filepath.Ext(out), ".pdf") {
		return fmt.Errorf("%s: a packet's name must end in .pdf (its sidecar takes the same name with .json)", out)
	}
	if c.localDir == "" {
		return nil
	}
	inputs := []string{c.Name}
	for _, s := range c.Sections {
		for _, e := range s.Exhibits {
			for _, f := range e.evidence() {
				inputs = append(inputs, filepath.Join(c.localDir, filepath.FromSlash(f.Path)))
			}
		}
	}
	for _, name := range c.wordTemplates() {
		inputs = append(inputs, filepath.Join(c.localDir, filepath.FromSlash(name)))
	}
	targets := []string{out, sidecar.PathFor(out)}
	if c.Word != nil {
		letter, index := WordPaths(out)
		targets = append(targets, letter, index)
	}
	if c.Filing.Split > 0 {
		for k := 1; k <= 99; k++ {
			targets = append(targets, partName(out, k))
		}
	}
	for _, target := range targets {
		for _, in := range inputs {
			if sameFile(target, in) {
				return fmt.Errorf("%s would overwrite the input %s; choose another name with -o", target, in)
			}
		}
	}
	return nil
}

func sameFile(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// writeWord writes the Word documents beside the packet out, each
// replacing the previous one only when complete; a nil one is not written.
func writeWord(out string, letter, index []byte) error {
	letterPath, indexPath := WordPaths(out)
	for _, f := range []struct {
		path string
		data []byte
	}{{letterPath, letter}, {indexPath, index}} {
		if f.data == nil {
			continue
		}
		tmp, err := writeTemp(f.path, func(w io.Writer) error { _, err := w.Write(f.data); return err })
		if err != nil {
			return err
		}
		if err := os.Rename(tmp, f.path); err != nil {
			os.Remove(tmp)
			return err
		}
	}
	return nil
}
