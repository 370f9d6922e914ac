package exhibits

import (
	"io/fs"
	"syscall"
)

// localFileSystems are the file systems whose inode numbers are stable and
// whose change times the local kernel keeps: network, FUSE and FAT file
// systems may make them up, so files there are always read.
var localFileSystems = map[int64]bool{
	0xEF53:     true, // ext2, ext3, ext4
	0x58465342: true, // xfs
	0x9123683E: true, // btrfs
	0x01021994: true, // tmpfs
	0x2FC12FC1: true, // zfs
	0xF2F52010: true, // f2fs
	0x794C7630: true, // overlayfs
}

// identityOf returns the identity of an open file on a local file system.
func identityOf(fh fs.File, info fs.FileInfo) (identity, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return identity{}, false
	}
	f, ok := fh.(interface{ Fd() uintptr })
	if !ok {
		return identity{}, false
	}
	var sfs syscall.Statfs_t
	if syscall.Fstatfs(int(f.Fd()), &sfs) != nil || !localFileSystems[int64(sfs.Type)] {
		return identity{}, false
	}
	return identity{
		dev: uint64(st.Dev), ino: uint64(st.Ino),
		size:  info.Size(),
		mtime: info.ModTime().UnixNano(),
		ctime: int64(st.Ctim.Sec)*1e9 + int64(st.Ctim.Nsec),
	}, true
}
