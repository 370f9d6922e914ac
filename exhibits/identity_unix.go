//go:build linux || darwin || freebsd || netbsd || openbsd

package exhibits

import (
	"io/fs"
	"syscall"
)

func systemIdentity(info fs.FileInfo) (identity, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return identity{}, false
	}
	ctimeSec, ctimeNsec := statCtime(st)
	return identity{
		dev: uint64(st.Dev), ino: uint64(st.Ino),
		size:  info.Size(),
		mtime: info.ModTime().UnixNano(),
		ctime: ctimeSec*1e9 + ctimeNsec,
	}, true
}
