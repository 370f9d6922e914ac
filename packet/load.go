package packet

import (
	"crypto/sha256"

	"errors"
	"fmt"
	"github.com/asylumpacket/packet/sidecar"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// MaxCaseFileSize bounds a case file; real ones are a few kilobytes.
const MaxCaseFileSize = 4 << 20

// Load reads the case file at name; evidence paths resolve against its
// folder. Every problem found is returned at once, as an ErrorList.
func Load(name string) (*Case, error) {
	return LoadWith(name, LoadOptions{})
}

// LoadWith is Load with options.
func LoadWith(name string, o LoadOptions) (*Case, error) {
	data, err := readCaseFile(name)(os.Open(name))
	if err != nil {
		return nil, err
	}
	return ParseWith(name, data, o)
}

// LoadFS reads the case file name from fsys; evidence paths resolve against
// its folder in fsys.
func LoadFS(fsys fs.FS, name string) (*Case, error) {
	data, err := readCaseFile(name)(fsys.Open(name))
	if err != nil {
		return nil, err
	}
	return parse(name, data, fsys, path.Dir(name))
}

// Parse reads a case file from data; name is used in messages and evidence
// paths resolve against name's folder on the local file system.
func Parse(name string, data []byte) (*Case, error) {
	return ParseWith(name, data, LoadOptions{})
}

// ParseWith is Parse with options.
func ParseWith(name string, data []byte, o LoadOptions) (*Case, error) {
	fsys, err := newLocalFS(filepath.Dir(name), o.Roots)
	if err != nil {
		return nil, err
	}
	c, err := parse(name, data, fsys, ".")
	if c != nil {
		c.localDir = filepath.Dir(name)
	}
	return c, err
}

// readCaseFile returns a reader of the opened case file name that refuses
// a file too large to be a case file before reading it all.
func readCaseFile(name string) func(io.ReadCloser, error) ([]byte, error) {
	return func(f io.ReadCloser, err error) ([]byte, error) {
		if err != nil {
			return nil, err
		}
		defer f.Close()
		data, err := io.ReadAll(io.LimitReader(f, MaxCaseFileSize+1))
		if err != nil {
			return nil, err
		}
		if len(data) > MaxCaseFileSize {
			return nil, fmt.Errorf("%s: larger than %d MiB; a case file is a short text", name, MaxCaseFileSize>>20)
		}
		return data, nil
	}
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// parse decodes and checks a case file. On problems it returns the case as
// far as it was read (for tools that want to show it) and an ErrorList.
func parse(name string, data []byte, fsys fs.FS, dir string) (*Case, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		e := &Error{File: name, Msg: "not valid YAML: " + err.Error(), Err: err}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
			e.Col = 1
		}
		return nil, ErrorList{e}
	}
	if len(root.Content) == 0 {
		return nil, ErrorList{{File: name, Line: 1, Col: 1, Msg: "the case file is empty"}}
	}
	d := &decoder{file: name, pos: positions{"": {1, 1}}, src: data}
	c := d.decodeCase(root.Content[0])
	c.Name, c.FS, c.Dir = name, fsys, dir
	c.self = sidecar.File{Path: path.Base(filepath.ToSlash(name)), SHA256: fmt.Sprintf("%x", sha256.Sum256(data)), Size: int64(len(data))}
	c.pos, c.places = d.pos, d.places
	if !d.stopped {
		c.check(d)
	}
	c.Warnings.Sort()
	if err := d.errs.Err(); err != nil {
		return c, err
	}
	return c, nil
}

// errorAt makes a problem placed where path stands in the case file.
func (c *Case) errorAt(path, format string, args ...any) *Error {
	p := c.pos.at(path)
	return &Error{File: c.Name, Line: p.line, Col: p.col, Field: path, Msg: fmt.Sprintf(format, args...)}
}

// AsErrorList returns err's problems when it is an ErrorList or Error.
func AsErrorList(err error) (ErrorList, bool) {
	var l ErrorList
	if errors.As(err, &l) {
		return l, true
	}
	var e *Error
	if errors.As(err, &e) {
		return ErrorList{e}, true
	}
	return nil, false
}
