package data

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// ErrLocked means another running Baulu has the database open.
var ErrLocked = errors.New("database is open in another Baulu")

// LockError tells who holds the lock: the other process's ID and when it
// started, as written in the lock file (zero when it could not be read).
type LockError struct {
	Path  string // the lock file
	PID   int
	Since time.Time
}

func (e *LockError) Error() string {
	if e.PID == 0 {
		return fmt.Sprintf("%s: %v", e.Path, ErrLocked)
	}
	return fmt.Sprintf("%s: %v (process %d, since %s)", e.Path, ErrLocked, e.PID, e.Since.Format("2006-01-02 15:04:05"))
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockError) Is(target error) bool { return target == ErrLocked }

// LockPath is the lock file of a database.
func LockPath(dbPath string) string { return dbPath + ".lock" }

// Lock makes sure only one Baulu works on dbPath. It takes an operating
// system lock on "<db>.lock" (flock on Unix, LockFileEx on Windows) and
// writes this process's ID and start time into it. The OS drops the lock
// when the process ends in any way, a crash or a kill included, so a stale
// lock file never blocks the next start. A second Lock — from another
// process or from this one — fails with a *LockError (ErrLocked).
//
// release unlocks; the file itself stays (emptied), because deleting it
// would let two processes lock two different files of the same name.
func Lock(dbPath string) (release func(), err error) {
	path := LockPath(dbPath)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	held, err := tryLock(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !held {
		f.Close()
		le := &LockError{Path: path}
		if b, err := os.ReadFile(path); err == nil {
			le.PID, le.Since = parseLockFile(string(b))
		}
		return nil, le
	}
	if err := writeLockFile(f, os.Getpid(), time.Now()); err != nil {
		unlock(f)
		f.Close()
		return nil, fmt.Errorf("write lock file: %w", err)
	}
	return func() {
		f.Truncate(0)
		unlock(f)
		f.Close()
	}, nil
}

func writeLockFile(f *os.File, pid int, since time.Time) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	content := fmt.Sprintf("pid %d\nsince %s\n", pid, since.UTC().Format(time.RFC3339))
	if _, err := f.WriteAt([]byte(content), 0); err != nil {
		return err
	}
	return f.Sync()
}

// parseLockFile reads what writeLockFile wrote; anything else gives zeros.
func parseLockFile(s string) (pid int, since time.Time) {
	for _, line := range strings.Split(s, "\n") {
		key, val, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch key {
		case "pid":
			pid, _ = strconv.Atoi(val)
		case "since":
			since, _ = time.Parse(time.RFC3339, val)
		}
	}
	return pid, since
}
