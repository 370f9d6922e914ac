package exhibits

import (
	"context"
	"io/fs"
	"sync"
	"sync/atomic"
)

// Cache keeps opened evidence files by content, so that rebuilding a case
// (or another case with the same country report) parses each file once.
// A file is lent to one build at a time: parsed documents are not safe for
// concurrent use. The zero value is ready; a nil *Cache caches nothing.
type Cache struct {
	// Limit bounds the evidence bytes kept; zero means 256 MiB. A file
	// counts its size, or what it holds when that differs (a converted
	// document, a TIFF's pages). The files released longest ago go first.
	Limit int64

	mu    sync.Mutex
	free  map[[32]byte][]*File
	order []*File // free files, oldest first
	bytes int64

	digests map[[2]uint64]digest // by device and inode

	hits, misses atomic.Int64
}

// digest is a file's content digest, valid while the file has identity id.
type digest struct {
	id  identity
	sum [32]byte
}

// maxDigests bounds the remembered digests; past it they are forgotten
// and files are read again.
const maxDigests = 1 << 16

// digestOf returns the digest remembered for a file that still has
// identity id.
func (c *Cache) digestOf(id identity) ([32]byte, bool) {
	if c == nil {
		return [32]byte{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.digests[[2]uint64{id.dev, id.ino}]
	return d.sum, ok && d.id == id
}

// remember keeps a file's digest for the next open, so that an unchanged
// file need not be read to know its content.
func (c *Cache) remember(id identity, sum [32]byte) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.digests == nil || len(c.digests) >= maxDigests {
		c.digests = map[[2]uint64]digest{}
	}
	c.digests[[2]uint64{id.dev, id.ino}] = digest{id, sum}
}

// Open reads the evidence file name from fsys and returns it parsed, from
// the cache when a file with the same content is free there. A file whose
// identity and times are as when it was last read, and were already old
// then, is known by its remembered digest without being read.
func (c *Cache) Open(ctx context.Context, fsys fs.FS, name, password string) (*File, error) {
	return open(ctx, fsys, name, password, c)
}

// take lends out a free file with the digest sum, or counts a miss.
func (c *Cache) take(sum [32]byte) *File {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if list := c.free[sum]; len(list) > 0 {
		f := list[len(list)-1]
		c.free[sum] = list[:len(list)-1]
		c.forget(f)
		c.hits.Add(1)
		return f
	}
	c.misses.Add(1)
	return nil
}

// Release gives files back for later builds to reuse.
func (c *Cache) Release(files ...*File) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.free == nil {
		c.free = map[[32]byte][]*File{}
	}
	for _, f := range files {
		c.free[f.SHA256] = append(c.free[f.SHA256], f)
		c.order = append(c.order, f)
		c.bytes += f.weight()
	}
	limit := c.Limit
	if limit == 0 {
		limit = 256 << 20
	}
	for c.bytes > limit && len(c.order) > 0 {
		old := c.order[0]
		list := c.free[old.SHA256]
		for i, f := range list {
			if f == old {
				c.free[old.SHA256] = append(list[:i], list[i+1:]...)
				break
			}
		}
		c.forget(old)
	}
}

// forget drops f from the eviction order.
func (c *Cache) forget(f *File) {
	for i, g := range c.order {
		if g == f {
			c.order = append(c.order[:i], c.order[i+1:]...)
			c.bytes -= f.weight()
			return
		}
	}
}

// Stats returns how many opens the cache answered and how many it parsed.
func (c *Cache) Stats() (hits, misses int64) {
	if c == nil {
		return 0, 0
	}
	return c.hits.Load(), c.misses.Load()
}
