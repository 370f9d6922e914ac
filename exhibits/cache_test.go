package exhibits

import (
	"context"
	"crypto/sha256"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// countingFS counts the bytes read from its files.
type countingFS struct {
	fs.FS
	read *int64
}

func (c countingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err != nil {
		return nil, err
	}
	return &countingFile{f.(*os.File), c.read}, nil
}

type countingFile struct {
	*os.File
	read *int64
}

func (f *countingFile) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	*f.read += int64(n)
	return n, err
}

func (f *countingFile) WriteTo(w io.Writer) (int64, error) { return io.Copy(w, struct{ io.Reader }{f}) }

func TestCacheKnowsUnchangedFiles(t *testing.T) {
	defer func(w time.Duration) { racyWindow = w }(racyWindow)
	racyWindow = -time.Hour // every stamp counts as settled

	dir := t.TempDir()
	name := filepath.Join(dir, "a.pdf")
	original := samplePDF(t)
	if err := os.WriteFile(name, original, 0o644); err != nil {
		t.Fatal(err)
	}
	if fh, err := os.Open(name); err == nil {
		info, _ := fh.Stat()
		_, ok := identityOf(fh, info)
		fh.Close()
		if !ok {
			t.Skip("files here are not known by identity (not Linux, or not a local file system)")
		}
	}
	var read int64
	fsys := countingFS{os.DirFS(dir), &read}
	cache := new(Cache)
	ctx := context.Background()

	f, err := cache.Open(ctx, fsys, "a.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	if f.SHA256 != sha256.Sum256(original) {
		t.Fatal("wrong digest")
	}
	cache.Release(f)
	read = 0
	if g, err := cache.Open(ctx, fsys, "a.pdf", ""); err != nil || g != f {
		t.Fatalf("unchanged file not taken from the cache: %v", err)
	}
	if read != 0 {
		t.Errorf("an unchanged file known by its digest was still read: %d bytes", read)
	}
	cache.Release(f)

	// Same size, same modification time, other content: the change time tells.
	info, _ := os.Stat(name)
	changed := append([]byte{}, original...)
	changed[len(changed)-10] ^= 1
	time.Sleep(10 * time.Millisecond)
	if err := os.WriteFile(name, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(name, info.ModTime(), info.ModTime())
	g, err := cache.Open(ctx, fsys, "a.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	if g.SHA256 != sha256.Sum256(changed) {
		t.Error("a file rewritten with its old size and time kept its old digest")
	}
}

func TestCacheDoesNotTrustFreshStamps(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.pdf"), samplePDF(t), 0o644); err != nil {
		t.Fatal(err)
	}
	var read int64
	fsys := countingFS{os.DirFS(dir), &read}
	cache := new(Cache)
	f, err := cache.Open(context.Background(), fsys, "a.pdf", "")
	if err != nil {
		t.Fatal(err)
	}
	cache.Release(f)
	read = 0
	if _, err := cache.Open(context.Background(), fsys, "a.pdf", ""); err != nil {
		t.Fatal(err)
	}
	if read == 0 {
		t.Error("a file changed within the last two seconds was trusted by its stamp")
	}
}
