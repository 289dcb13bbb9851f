//go:build !windows

package data

import "syscall"

// The system's error numbers for a full disk, a read-only file system and
// a failing disk.
var (
	diskFullErrnos = []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT}
	readOnlyErrnos = []syscall.Errno{syscall.EROFS}
	ioErrnos       = []syscall.Errno{syscall.EIO}
)
