// Package applog owns Baulu's log file: a size-rotated file in the data
// folder that support staff can ask for, a tee that sends the standard log
// to that file and to stderr, and a watch that notices given lines (the GL
// failure Fyne reports only through the log).
package applog

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

// Rotator is an io.Writer that appends to path and, before a write would
// take the file past MaxSize bytes, renames path to path.1 (path.1 to
// path.2, …) so that at most Keep files exist: path and Keep-1 old ones.
// It is safe for concurrent use.
type Rotator struct {
	path    string
	maxSize int64
	keep    int

	mu     sync.Mutex
	f      *os.File // nil after a failed reopen: the next Write tries again
	size   int64
	closed bool
}

// Open opens (or creates) the log file path for appending. maxSize must be
// positive and keep at least 1.
func Open(path string, maxSize int64, keep int) (*Rotator, error) {
	if maxSize <= 0 || keep < 1 {
		return nil, fmt.Errorf("applog: bad limits %d bytes × %d files", maxSize, keep)
	}
	r := &Rotator{path: path, maxSize: maxSize, keep: keep}
	if err := r.open(); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Rotator) open() error {
	f, err := os.OpenFile(r.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("applog: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("applog: %w", err)
	}
	r.f, r.size = f, st.Size()
	return nil
}

// Write appends p, rotating first if p would not fit in the current file.
// A single write larger than MaxSize still goes whole into a fresh file.
func (r *Rotator) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return 0, os.ErrClosed
	}
	if r.f != nil && r.size > 0 && r.size+int64(len(p)) > r.maxSize {
		r.rotate()
	}
	if r.f == nil {
		if err := r.open(); err != nil {
			return 0, err
		}
	}
	n, err := r.f.Write(p)
	r.size += int64(n)
	return n, err
}

// rotate shifts the files up by one. The file is closed first because
// Windows cannot rename an open file. If a rename still fails (another
// Baulu holds the file open), logging goes on in the same file and the next
// attempt waits for another MaxSize bytes, so a log line is never lost.
func (r *Rotator) rotate() {
	r.f.Close()
	r.f = nil
	var err error
	if r.keep == 1 {
		err = os.Remove(r.path)
	} else {
		os.Remove(r.name(r.keep - 1))
		for i := r.keep - 2; i >= 1; i-- {
			os.Rename(r.name(i), r.name(i+1))
		}
		err = os.Rename(r.path, r.name(1))
	}
	if r.open() == nil && err != nil {
		r.size = 0
	}
}

// name is the path of the i-th old file (0 is the current one).
func (r *Rotator) name(i int) string {
	if i == 0 {
		return r.path
	}
	return r.path + "." + strconv.Itoa(i)
}

// Path is the current log file.
func (r *Rotator) Path() string { return r.path }

// Close closes the current file; later writes fail with os.ErrClosed.
func (r *Rotator) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	if r.f == nil {
		return nil
	}
	err := r.f.Close()
	r.f = nil
	return err
}
