package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// ErrLocked means another running Baulu has the database open.
var ErrLocked = errors.New("database is open in another Baulu")

// Holders of a lock, as written into the lock file: the window, or a
// command of the CLI ("command backup").
const (
	HolderWindow  = "window"
	holderCommand = "command "
)

// HolderCommand is the holder name of the CLI command name.
func HolderCommand(name string) string { return holderCommand + name }

// LockError tells who holds the lock: the other process's ID, when it
// started and whether it is a window or a command, as written in the lock
// file (zero when it could not be read: a holder through another name of
// the same file writes its own lock file).
type LockError struct {
	Path   string // the lock file
	PID    int
	Since  time.Time
	Holder string // HolderWindow or HolderCommand(name); "" when unknown
}

func (e *LockError) Error() string {
	if e.PID == 0 {
		return fmt.Sprintf("%s: %v", e.Path, ErrLocked)
	}
	return fmt.Sprintf("%s: %v (process %d, %s, since %s)", e.Path, ErrLocked, e.PID, e.Holder, e.Since.Format("2006-01-02 15:04:05"))
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockError) Is(target error) bool { return target == ErrLocked }

// Command is the CLI command holding the lock, and whether it is one.
func (e *LockError) Command() (string, bool) {
	return strings.CutPrefix(e.Holder, holderCommand)
}

// LockPath is the lock file of a database reached by the path dbPath with
// no symbolic link in it; Lock resolves links first (see canonicalPath).
func LockPath(dbPath string) string { return dbPath + ".lock" }

// Lock makes sure only one Baulu works on the database at dbPath, whatever
// name it is reached by. It takes two operating-system locks (flock on
// Unix, LockFileEx on Windows), which the OS drops when the process ends in
// any way, a kill included, so a stale lock never blocks the next start:
//
//   - on "<db>.lock" beside the database's real path (symbolic links in the
//     path resolved), which also covers a database that does not exist yet;
//     this process's ID, start time and holder go into it for the message
//     of a second Baulu;
//   - on the database file itself when it exists, so that a hard link or
//     any other name of the same file is refused too.
//
// The lock file is never followed when it is a symbolic link (an error
// matching ErrLockSymlink; nothing is truncated) and is created 0600. A
// second Lock — from another process or from this one — fails with a
// *LockError (ErrLocked). holder is HolderWindow or HolderCommand(name).
//
// Closing any descriptor of a database file drops the POSIX locks SQLite
// holds on it, so Lock must not be called while this process has a Store
// open on the same file.
//
// release unlocks; the lock file stays (emptied), because deleting it
// would let two processes lock two different files of the same name.
func Lock(dbPath, holder string) (release func(), err error) {
	real := canonicalPath(dbPath)
	path := LockPath(real)
	f, err := openLockFile(path)
	if err != nil {
		return nil, err
	}
	held, err := tryLock(f, lockFileOffset)
	if err != nil {
		f.Close()
		return nil, &fs.PathError{Op: "lock", Path: path, Err: err}
	}
	if !held {
		le := &LockError{Path: path}
		if b, err := readAll(f); err == nil {
			le.PID, le.Since, le.Holder = parseLockFile(string(b))
		}
		f.Close()
		return nil, le
	}
	unlockAll := func(files ...*os.File) {
		for _, g := range files {
			unlock(g, lockOffsetOf(g, f))
			g.Close()
		}
	}
	files := []*os.File{f}
	if db, err := openIdentity(real); err == nil {
		held, err := tryLock(db, identityOffset)
		if err != nil || !held {
			db.Close()
			unlockAll(files...)
			if err != nil {
				return nil, &fs.PathError{Op: "lock", Path: real, Err: err}
			}
			return nil, &LockError{Path: real}
		}
		files = append(files, db)
	}
	if err := writeLockFile(f, os.Getpid(), time.Now(), holder); err != nil {
		unlockAll(files...)
		return nil, &fs.PathError{Op: "write lock file", Path: path, Err: err}
	}
	return func() {
		f.Truncate(0)
		unlockAll(files...)
	}, nil
}

// lockOffsetOf is where g was locked: the lock file at lockFileOffset, the
// database at identityOffset.
func lockOffsetOf(g, lockFile *os.File) int64 {
	if g == lockFile {
		return lockFileOffset
	}
	return identityOffset
}

// canonicalPath is dbPath absolute, with every symbolic link resolved —
// of the file itself when it exists, else of its folder — so every name of
// one database leads to one lock file.
func canonicalPath(dbPath string) string {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		abs = dbPath
	}
	if p, err := filepath.EvalSymlinks(abs); err == nil {
		return p
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

func readAll(f *os.File) ([]byte, error) {
	buf := make([]byte, 256)
	n, err := f.ReadAt(buf, 0)
	if n > 0 {
		return buf[:n], nil
	}
	return nil, err
}

func writeLockFile(f *os.File, pid int, since time.Time, holder string) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	content := fmt.Sprintf("pid %d\nsince %s\nholder %s\n", pid, since.UTC().Format(time.RFC3339), holder)
	if _, err := f.WriteAt([]byte(content), 0); err != nil {
		return err
	}
	return f.Sync()
}

// parseLockFile reads what writeLockFile wrote; anything else gives zeros.
func parseLockFile(s string) (pid int, since time.Time, holder string) {
	for _, line := range strings.Split(s, "\n") {
		key, val, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch key {
		case "pid":
			pid, _ = strconv.Atoi(val)
		case "since":
			since, _ = time.Parse(time.RFC3339, val)
		case "holder":
			holder = val
		}
	}
	return pid, since, holder
}
