//go:build windows

package data

import (
	"syscall"

	"golang.org/x/sys/windows"
)

// Windows' error numbers for a full disk, a write-protected medium and a
// failing disk; the crash harness injects the POSIX numbers, which Go
// defines on Windows too.
var (
	diskFullErrnos = []syscall.Errno{windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL, syscall.ENOSPC}
	readOnlyErrnos = []syscall.Errno{windows.ERROR_WRITE_PROTECT, syscall.EROFS}
	ioErrnos       = []syscall.Errno{windows.ERROR_CRC, windows.ERROR_READ_FAULT, windows.ERROR_WRITE_FAULT, syscall.EIO}
)
