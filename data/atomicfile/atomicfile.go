// Package atomicfile writes files so that a crash, a power cut or a failing
// writer never leaves half a file behind: the content goes to a temporary
// file in the same folder, is flushed to disk, and only then renamed over
// the target. Every file Baulu writes (PDF, xlsx, region package, backup)
// goes through here.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// TempPattern is the name pattern of the temporary files, so that a folder
// listing can recognise (and a cleanup can remove) leftovers of a crash.
const TempPattern = ".baulu-*.tmp"

// WriteFile writes path through write. The previous content of path, if
// any, is replaced only when write and the flush succeed; on any error the
// temporary file is removed and path is left as it was.
func WriteFile(path string, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, TempPattern)
	if err != nil {
		return fmt.Errorf("create temporary file beside %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close() // a second Close only returns an error we ignore
			os.Remove(tmp)
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	// Sync before rename: otherwise the rename can reach the disk before the
	// data, and a power cut leaves an empty file under the final name.
	if err := f.Sync(); err != nil {
		return fmt.Errorf("flush %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	// CreateTemp makes the file 0600; a document the user saves should have
	// the usual permissions (the umask still applies on Unix).
	if err := os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("set permissions of %s: %w", path, err)
	}
	return Replace(tmp, path)
}

// Replace renames a complete, flushed file tmp over path (used directly for
// files another writer produced, such as SQLite's VACUUM INTO). On failure
// tmp is removed and path keeps its old content.
func Replace(tmp, path string) error {
	if err := rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("replace %s: %w", path, err)
	}
	syncDir(filepath.Dir(path))
	return nil
}

// SyncFile flushes a file written by someone else (e.g. SQLite) to disk.
func SyncFile(path string) error {
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
	old, ferr := os.CreateTemp(filepath.Dir(path), ".baulu-old-*.tmp")
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
