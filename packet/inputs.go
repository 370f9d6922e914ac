package packet

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/asylumpacket/packet/sidecar"
	"github.com/asylumpacket/packet/templates"
)

// templatesDigest identifies what packet prints with: its fonts.
var templatesDigest = sync.OnceValue(func() string {
	h := sha256.New()
	h.Write(templates.Regular())
	h.Write(templates.Bold())
	for _, f := range templates.Fallbacks {
		for _, name := range []string{f.Regular, f.Bold} {
			if name != "" {
				h.Write(templates.Font(name))
			}
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil))
})

// inputs identifies everything a build of c reads: the tool, its templates,
// the options, the case file and every evidence file.
func (c *Case) inputs(ps []*prepared, opts *Options) sidecar.Inputs {
	files := []sidecar.File{c.self}
	if st, err := fs.Stat(c.FS, path.Join(c.Dir, c.self.Path)); err == nil {
		files[0].ModTime = stamp(st.ModTime())
	}
	if s := c.Supplement; s != nil && s.record != nil {
		f := s.file
		if st, err := fs.Stat(c.FS, c.evidenceName(f.Path)); err == nil {
			f.ModTime = stamp(st.ModTime())
		}
		files = append(files, f)
	}
	seen := map[string]bool{}
	for _, p := range ps {
		for i, f := range p.files {
			name := p.sources[i].Path
			if seen[name] {
				continue
			}
			seen[name] = true
			files = append(files, sidecar.File{Path: name, SHA256: fmt.Sprintf("%x", f.SHA256), Size: f.Size, ModTime: stamp(p.modTimes[i])})
		}
	}
	for _, name := range c.extraInputs() {
		if f, ok := c.fileNow(name, sidecar.File{}, time.Time{}); ok && !seen[name] {
			seen[name] = true
			files = append(files, f)
		}
	}
	return sidecar.Inputs{Digest: inputsDigest(files, opts, c), Files: files}
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// inputsDigest combines what decides a packet's bytes.
func inputsDigest(files []sidecar.File, opts *Options, c *Case) string {
	h := sha256.New()
	fmt.Fprintf(h, "packet %s\ntemplates %s\ndate %s\n", Version, templatesDigest(), stamp(c.creationDate(opts)))
	for _, f := range files {
		fmt.Fprintf(h, "%s %s\n", f.SHA256, f.Path)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// UpToDate reports whether the packet at out was built from exactly what a
// build of c would read now, so that building again would only make the
// same bytes. It reads the sidecar and looks at each input file's size and
// modification time; only a file whose size or time changed is read and
// hashed again. Any doubt (no sidecar, a missing file) answers false.
func UpToDate(c *Case, out string, opts *Options) bool {
	if opts == nil {
		opts = &Options{}
	}
	if pendingCommit(out) {
		return false // a killed build's files are half in place; the build finishes them
	}
	old, err := sidecar.Read(sidecar.PathFor(out))
	if err != nil || len(old.Inputs.Files) == 0 {
		return false
	}
	st, err := os.Stat(sidecar.PathFor(out))
	if err != nil {
		return false
	}
	written := st.ModTime()
	for _, f := range c.outputs(out, old) {
		if _, err := os.Stat(f); err != nil {
			return false
		}
	}
	known := map[string]sidecar.File{}
	for _, f := range old.Inputs.Files[1:] {
		known[f.Path] = f
	}
	files := []sidecar.File{c.self}
	if s := c.Supplement; s != nil && s.record != nil {
		files = append(files, s.file)
	}
	seen := map[string]bool{}
	for _, s := range c.Sections {
		for _, e := range s.Exhibits {
			for _, f := range e.evidence() {
				if seen[f.Path] {
					continue
				}
				seen[f.Path] = true
				cur, ok := c.fileNow(f.Path, known[f.Path], written)
				if !ok {
					return false
				}
				files = append(files, cur)
			}
		}
	}
	for _, name := range c.extraInputs() {
		if !seen[name] {
			seen[name] = true
			cur, ok := c.fileNow(name, known[name], written)
			if !ok {
				return false
			}
			files = append(files, cur)
		}
	}
	return inputsDigest(files, opts, c) == old.Inputs.Digest
}

// extraInputs lists the user's Word templates and font files, inputs
// of the build besides the evidence.
func (c *Case) extraInputs() []string {
	out := slices.Clone(c.fontFiles)
	if c.Word != nil {
		for _, name := range []string{c.Word.Letter, c.Word.Index} {
			if name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// fileNow identifies an evidence file as it is now: from what was recorded
// when its size and modification time are the same, else by reading it. A
// file changed within two seconds of the sidecar being written is read
// anyway: a coarse clock could give a second change the same time.
func (c *Case) fileNow(name string, recorded sidecar.File, written time.Time) (sidecar.File, bool) {
	full := c.evidenceName(name)
	st, err := fs.Stat(c.FS, full)
	if err != nil {
		return sidecar.File{}, false
	}
	racy := written.Sub(st.ModTime()) < 2*time.Second
	if !racy && recorded.SHA256 != "" && recorded.Size == st.Size() && recorded.ModTime == stamp(st.ModTime()) {
		return recorded, true
	}
	f, err := c.FS.Open(full)
	if err != nil {
		return sidecar.File{}, false
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return sidecar.File{}, false
	}
	return sidecar.File{Path: name, SHA256: fmt.Sprintf("%x", h.Sum(nil)), Size: n, ModTime: stamp(st.ModTime())}, true
}

// outputs lists the files a build of c at out writes but the sidecar:
// the packet's, and the Word documents when the case asks for them.
func (c *Case) outputs(out string, s *sidecar.Sidecar) []string {
	files := packetFiles(out, s)
	if c.Word != nil {
		letter, index := WordPaths(out)
		if c.wordLetter() {
			files = append(files, letter)
		}
		files = append(files, index)
	}
	return files
}

// packetFiles lists the files of the packet at out as its sidecar records
// them: out itself, or its parts when it was split.
func packetFiles(out string, s *sidecar.Sidecar) []string {
	if len(s.Parts) == 0 {
		return []string{out}
	}
	var files []string
	for _, p := range s.Parts {
		files = append(files, filepath.Join(filepath.Dir(out), p.File))
	}
	return files
}
