//go:build !windows

package data

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// flock locks whole files; the offsets matter on Windows only.
const lockFileOffset, identityOffset = 0, 0

// openLockFile opens or creates the lock file (0600) without following a
// symbolic link, and refuses anything but a regular file.
func openLockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0o600)
	if errors.Is(err, syscall.ELOOP) {
		return nil, &fs.PathError{Op: "open lock file", Path: path, Err: ErrLockSymlink}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open lock file", Path: path, Err: err}
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, &fs.PathError{Op: "open lock file", Path: path, Err: ErrLockSymlink}
	}
	return f, nil
}

// openIdentity opens the database file itself for its identity lock; an
// error means there is no file to lock (yet).
func openIdentity(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, fs.ErrInvalid
	}
	return f, nil
}

// tryLock takes an exclusive flock without waiting. flock locks belong to
// the open file, so a second Lock in the same process fails too, and they
// are independent of the fcntl locks SQLite takes on the same file.
func tryLock(f *os.File, _ int64) (bool, error) {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return false, nil
		default:
			return false, err
		}
	}
}

func unlock(f *os.File, _ int64) { syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
