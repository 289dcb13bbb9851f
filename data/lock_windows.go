//go:build windows

package data

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/windows"
)

// Where the locked byte lies. Windows locks are mandatory: in the lock file
// it is far beyond the content, which a second Baulu must read to say who
// holds it; in the database far beyond SQLite's own lock bytes (from 1 GiB
// on) and any page it reads.
const (
	lockFileOffset = 1 << 30
	identityOffset = 1 << 46
)

// openFile opens path without following a reparse point (a symbolic link
// or junction), sharing delete so that the database can still be renamed
// (moved aside, replaced by a restore) while its identity lock is held.
func openFile(path string, access, create uint32) (*os.File, error) {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return nil, err
	}
	h, err := windows.CreateFile(p, access,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE, nil, create,
		windows.FILE_ATTRIBUTE_NORMAL|windows.FILE_FLAG_OPEN_REPARSE_POINT, 0)
	if err != nil {
		return nil, err
	}
	var fi windows.ByHandleFileInformation
	if err := windows.GetFileInformationByHandle(h, &fi); err != nil {
		windows.CloseHandle(h)
		return nil, err
	}
	if fi.FileAttributes&(windows.FILE_ATTRIBUTE_REPARSE_POINT|windows.FILE_ATTRIBUTE_DIRECTORY) != 0 {
		windows.CloseHandle(h)
		return nil, ErrLockSymlink
	}
	return os.NewFile(uintptr(h), path), nil
}

func openLockFile(path string) (*os.File, error) {
	f, err := openFile(path, windows.GENERIC_READ|windows.GENERIC_WRITE, windows.OPEN_ALWAYS)
	if err != nil {
		return nil, &fs.PathError{Op: "open lock file", Path: path, Err: err}
	}
	return f, nil
}

func openIdentity(path string) (*os.File, error) {
	return openFile(path, windows.GENERIC_READ, windows.OPEN_EXISTING)
}

// tryLock takes an exclusive LockFileEx lock of one byte at off without
// waiting. Windows locks belong to the handle, so a second Lock in the
// same process fails too.
func tryLock(f *os.File, off int64) (bool, error) {
	ol := &windows.Overlapped{Offset: uint32(off), OffsetHigh: uint32(off >> 32)}
	err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, windows.ERROR_LOCK_VIOLATION), errors.Is(err, windows.ERROR_IO_PENDING):
		return false, nil
	default:
		return false, err
	}
}

func unlock(f *os.File, off int64) {
	windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &windows.Overlapped{Offset: uint32(off), OffsetHigh: uint32(off >> 32)})
}
