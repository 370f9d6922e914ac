package exhibits

import "time"

// identity names a file on its device and tells, by its size and times,
// whether it is still as it was. The change time cannot be set back by
// copying tools, so a file rewritten with its old modification time still
// shows as changed.
type identity struct {
	dev, ino     uint64
	size         int64
	mtime, ctime int64 // nanoseconds
}

// racyWindow is how long after its last change a file's stamp is not
// trusted: a write within the file system's time granularity of the read
// would leave the stamp unchanged.
var racyWindow = 2 * time.Second

// settled reports whether the file's stamp was already old when the file
// was read at start, so that a later read with the same stamp reads the
// same bytes.
func (id identity) settled(start time.Time) bool {
	last := max(id.mtime, id.ctime)
	return start.UnixNano()-last > int64(racyWindow)
}
