//go:build !linux

package exhibits

import "io/fs"

// Elsewhere files are not known by identity: every open reads them whole.
func identityOf(fs.File, fs.FileInfo) (identity, bool) { return identity{}, false }
