package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// OutputError refuses a file the user asked Baulu to write: Reason is
// "is_database" (the database, a working file of it, its lock, or another
// name of the same file), "in_backups" (the backups folder or a file in
// it), "is_folder", or "no_folder" (Path is then the missing folder).
type OutputError struct {
	Path   string
	Reason string
}

func (e *OutputError) Error() string {
	return "refusing to write " + e.Path + ": " + strings.ReplaceAll(e.Reason, "_", " ")
}

// CheckOutput is the one check before Baulu writes a file the user named —
// a report, an export, a package, a template, a handout, screenshots, a
// backup with --out — so that no output ever replaces the database at
// dbPath: out may not be the database, its -wal, -shm, -journal or lock
// file, another name of the same file (a link), the backups folder or
// anything in it, nor an existing folder. It reads only; the error is an
// *OutputError.
func CheckOutput(dbPath, out string) error {
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		if insideOrSame(canonicalPath(out), canonicalPath(BackupDir(dbPath))) {
			return &OutputError{Path: out, Reason: "in_backups"}
		}
		return &OutputError{Path: out, Reason: "is_folder"}
	}
	return checkOutputFile(dbPath, out)
}

// CheckOutputFolder is CheckOutput for a folder Baulu writes files into
// (screenshots): it may be new or existing, never the backups folder or
// the database.
func CheckOutputFolder(dbPath, dir string) error {
	if insideOrSame(canonicalPath(dir), canonicalPath(BackupDir(dbPath))) {
		return &OutputError{Path: dir, Reason: "in_backups"}
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return checkOutputFile(dbPath, dir)
	}
	return nil
}

func checkOutputFile(dbPath, out string) error {
	real, db := canonicalPath(out), canonicalPath(dbPath)
	for _, p := range append(protectedNames(db), protectedNames(absPath(dbPath))...) {
		if sameName(real, p) {
			return &OutputError{Path: out, Reason: "is_database"}
		}
	}
	if same(out, dbPath) {
		return &OutputError{Path: out, Reason: "is_database"}
	}
	if insideOrSame(filepath.Dir(real), canonicalPath(BackupDir(dbPath))) {
		return &OutputError{Path: out, Reason: "in_backups"}
	}
	if fi, err := os.Stat(filepath.Dir(absPath(out))); err != nil || !fi.IsDir() {
		return &OutputError{Path: filepath.Dir(absPath(out)), Reason: "no_folder"}
	}
	return nil
}

// protectedNames are the database's own files.
func protectedNames(db string) []string {
	return []string{db, db + "-wal", db + "-shm", db + "-journal", LockPath(db)}
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// sameName compares two cleaned absolute paths, ignoring case where the
// file system usually does (Windows, macOS).
func sameName(a, b string) bool {
	if caseInsensitiveFS {
		return strings.EqualFold(a, b)
	}
	return a == b
}

// insideOrSame reports whether p is dir or lies below it.
func insideOrSame(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	if err != nil {
		return false
	}
	if caseInsensitiveFS {
		if r2, err := filepath.Rel(strings.ToLower(dir), strings.ToLower(p)); err == nil {
			rel = r2
		}
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)))
}

// IsOutputError reports whether err is CheckOutput's refusal.
func IsOutputError(err error) bool {
	var oe *OutputError
	return errors.As(err, &oe)
}
