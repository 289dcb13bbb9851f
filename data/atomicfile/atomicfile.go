// Package atomicfile writes files so that a crash, a power cut or a failing
// writer never leaves half a file behind: the content goes to a temporary
// file in the same folder, is flushed to disk, and only then renamed over
// the target. Every file Baulu writes (PDF, xlsx, region package, backup,
// restored database) goes through here, and the package owns the names of
// Baulu's temporary files, so that leftovers of a crash can be recognised
// and swept (Sweep).
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"time"

	"baulu/data/crashpoint"
)

// TempPrefix starts every temporary file Baulu makes. There is no leading
// dot: Wine and Samba shares mark dot files Hidden, and the attribute would
// survive the rename into the user's PDF or restored database.
const TempPrefix = "baulu-"

// TempPattern is os.CreateTemp's pattern of the temporary files.
const TempPattern = TempPrefix + "*.tmp"

// tempName matches Baulu's temporary files — "baulu-…tmp", the dotted
// ".baulu-…tmp" of earlier versions, and SQLite's -journal, -wal and -shm
// of either — and nothing a user would name a file.
var tempName = regexp.MustCompile(`^\.?baulu-[a-z]*-?[0-9]+\.tmp(-journal|-wal|-shm)?$`)

// IsTemp reports whether a file name is one of Baulu's temporary files.
func IsTemp(name string) bool { return tempName.MatchString(name) }

// StaleAfter is the age from which a temporary file found in an output
// folder is a leftover of a crash: no write of Baulu takes that long.
const StaleAfter = time.Hour

// WriteFile writes path through write. The previous content of path, if
// any, is replaced only when write and the flush succeed; on any error the
// temporary file is removed and path is left as it was. The file is
// private, 0600 (a package, a copy of the database: children's data), and
// its mode is never changed afterwards — on Windows a chmod writes the
// attributes back. Leftovers of earlier crashes in the folder (older than
// StaleAfter) are removed first.
func WriteFile(path string, write func(w io.Writer) error) error {
	return writeFile(path, 0o600, write)
}

// WriteShared is WriteFile for a document meant to be passed on (a report,
// a handout, a workbook, a template): created 0666 less the user's umask,
// like any file the user saves, rather than 0600.
func WriteShared(path string, write func(w io.Writer) error) error {
	return writeFile(path, 0o666, write)
}

func writeFile(path string, perm os.FileMode, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	Sweep(dir, StaleAfter)
	f, err := createTemp(dir, perm)
	if err != nil {
		return retarget(err, path)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close() // a second Close only returns an error we ignore
			os.Remove(tmp)
			err = retarget(err, path)
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	if err := crashpoint.Hit("atomic.written"); err != nil {
		return err
	}
	// Sync before rename: otherwise the rename can reach the disk before the
	// data, and a power cut leaves an empty file under the final name.
	if err := f.Sync(); err != nil {
		return &os.PathError{Op: "flush", Path: path, Err: err}
	}
	if err := f.Close(); err != nil {
		return &os.PathError{Op: "close", Path: path, Err: err}
	}
	return Replace(tmp, path)
}

// createTemp is os.CreateTemp(dir, TempPattern) with the mode perm (the
// umask applies): the mode is set at creation, never by a chmod.
func createTemp(dir string, perm os.FileMode) (*os.File, error) {
	for i := 0; ; i++ {
		name := filepath.Join(dir, TempPrefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) && i < 100 {
			continue
		}
		return f, err
	}
}

// retarget names path instead of the temporary file in an error of the
// file system, so that a message tells the user the file they asked for.
// A bare error number (an injected fault) gets path too.
func retarget(err error, path string) error {
	var pe *os.PathError
	var le *os.LinkError
	var no syscall.Errno
	switch {
	case errors.As(err, &pe):
		if pe.Path != path && IsTemp(filepath.Base(pe.Path)) {
			return &os.PathError{Op: pe.Op, Path: path, Err: pe.Err}
		}
	case !errors.As(err, &le) && errors.As(err, &no):
		return &os.PathError{Op: "write", Path: path, Err: err}
	}
	return err
}

// Replace renames a complete, flushed file tmp over path (used directly for
// files another writer produced, such as SQLite's VACUUM INTO). On failure
// tmp is removed and path keeps its old content.
func Replace(tmp, path string) error {
	err := crashpoint.Hit("atomic.rename")
	if err == nil {
		err = rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	crashpoint.Pass("atomic.renamed")
	SyncDir(filepath.Dir(path))
	return nil
}

// SyncFile flushes a file written by someone else (e.g. SQLite) to disk.
func SyncFile(path string) error {
	if err := crashpoint.Hit("atomic.sync"); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Sweep removes Baulu's temporary files older than age from dir and
// returns their names. Only regular files matching IsTemp are touched —
// never a link, a folder or a file of the user's — and a missing or
// unreadable folder is no error: sweeping is tidying, not a promise.
func Sweep(dir string, age time.Duration) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, e := range entries {
		if !IsTemp(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil || time.Since(fi.ModTime()) < age {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if os.Remove(p) == nil {
			removed = append(removed, p)
		}
	}
	return removed
}

// osRename is os.Rename; tests replace it to take the Windows path.
var osRename = os.Rename

// rename moves tmp over path. On Windows a rename over an existing file can
// fail (the target open in a viewer, or older file systems); then the old
// file is moved out of the way first and restored if the second try fails,
// so the user never ends up with neither version.
func rename(tmp, path string) error {
	err := osRename(tmp, path)
	if err == nil {
		return nil
	}
	if fi, statErr := os.Lstat(path); statErr != nil || !fi.Mode().IsRegular() {
		return err // no existing file: the failure is not about replacing
	}
	old, ferr := os.CreateTemp(filepath.Dir(path), TempPrefix+"old-*.tmp")
	if ferr != nil {
		return err
	}
	oldName := old.Name()
	old.Close()
	os.Remove(oldName)
	if err2 := osRename(path, oldName); err2 != nil {
		return errors.Join(err, err2)
	}
	if err2 := osRename(tmp, path); err2 != nil {
		if err3 := osRename(oldName, path); err3 != nil {
			return errors.Join(err, err2, fmt.Errorf("the previous file is kept as %s: %w", oldName, err3))
		}
		return errors.Join(err, err2)
	}
	os.Remove(oldName)
	return nil
}
