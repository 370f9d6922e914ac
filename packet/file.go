package packet

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/asylumpacket/packet/sidecar"
)

// OutputPath returns the default packet path for a case file: case.yaml →
// case.pdf beside it.
func OutputPath(caseFile string) string {
	return strings.TrimSuffix(caseFile, filepath.Ext(caseFile)) + ".pdf"
}

// BuildFile builds c into the file out and writes its sidecar beside it.
// Every file is written to a temporary file in out's folder and all are put
// in place together only when complete (see outputSet), so a failed or
// interrupted build leaves the previous packet and its sidecar as they were.
// A build that was killed is finished or cleaned up by the next one.
func BuildFile(ctx context.Context, c *Case, out string, opts *Options) (*Result, error) {
	if err := c.checkOutput(out); err != nil {
		return nil, err
	}
	if err := recoverOutputs(out); err != nil {
		return nil, err
	}
	doc, res, ps, release, err := c.compose(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer release()
	set := &outputSet{out: out}
	defer set.discard()
	parts, err := writeParts(ctx, doc, res, out, c.Filing.Split, set)
	if err != nil {
		return nil, err
	}
	if len(parts) > 1 {
		res.Parts = parts
	}
	if c.Word != nil {
		letter, index, err := c.wordDocuments(ps, res)
		if err != nil {
			return nil, err
		}
		if err := stageWord(set, out, letter, index); err != nil {
			return nil, err
		}
	}
	if err := stage(set, sidecar.PathFor(out), func(w io.Writer) error { return res.WriteSidecar(w, c) }); err != nil {
		return nil, err
	}
	if err := set.commit(); err != nil {
		return nil, err
	}
	return res, nil
}

// stage writes name's new content to a temporary file that set puts in
// place at commit.
func stage(set *outputSet, name string, write func(io.Writer) error) error {
	tmp, err := writeTemp(name, write)
	if err != nil {
		return err
	}
	set.add(tmp, name)
	return nil
}

// writeTemp writes a complete temporary file beside name and returns its
// path; on failure nothing is left behind.
func writeTemp(name string, write func(io.Writer) error) (path string, err error) {
	// The build's process number in the name tells a later build whether
	// the file is a killed build's leftover (see removeStaleTemps).
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+"."+strconv.Itoa(os.Getpid())+"-*.tmp")
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
				inputs = append(inputs, c.localPath(f.Path))
			}
		}
	}
	for _, name := range c.extraInputs() {
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

// localPath is where the evidence path p is on disk.
func (c *Case) localPath(p string) string {
	if filepath.IsAbs(filepath.FromSlash(p)) {
		return filepath.FromSlash(p)
	}
	return filepath.Join(c.localDir, filepath.FromSlash(p))
}

func sameFile(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// stageWord stages the Word documents beside the packet out; a nil one is
// not written.
func stageWord(set *outputSet, out string, letter, index []byte) error {
	letterPath, indexPath := WordPaths(out)
	for _, f := range []struct {
		path string
		data []byte
	}{{letterPath, letter}, {indexPath, index}} {
		if f.data == nil {
			continue
		}
		if err := stage(set, f.path, func(w io.Writer) error { _, err := w.Write(f.data); return err }); err != nil {
			return err
		}
	}
	return nil
}
