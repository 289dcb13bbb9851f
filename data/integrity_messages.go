package data

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"strconv"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"baulu/data/text"
)

// The reliability layer's sentences (lock, integrity, backup, restore, disk
// and output errors) live in the catalogue as the domain "reliability", one
// sentence each in kk, ru and en; placeholders are filled from the error
// (ExplainReliability) or by the caller (ReliabilityText). The UI and the
// CLI print them as they are.
//
//go:embed reltexts
var relTexts embed.FS

func init() { text.MustRegister("reliability", relTexts, "reltexts") }

// More sentinels of the reliability layer.
var (
	// ErrEmptyFile: a database file of 0 bytes. It is damage (a copy cut
	// short, a disk that lost it), never a new database.
	ErrEmptyFile = &emptyFileError{}
	// ErrBackupUnverified: a backup just written did not pass its check and
	// was not kept.
	ErrBackupUnverified = errors.New("the new backup did not pass quick_check")
	// ErrBackupOfDamaged: the database is damaged, so it was not backed up.
	ErrBackupOfDamaged = errors.New("the database is damaged; no backup taken")
	// ErrLockSymlink: the lock file is a symbolic link, which Lock never
	// follows.
	ErrLockSymlink = errors.New("the lock file is a symbolic link")
)

// emptyFileError matches ErrCorrupt too: an empty database is a damaged one.
type emptyFileError struct{}

func (*emptyFileError) Error() string { return "the database file is empty (0 bytes)" }

func (*emptyFileError) Is(target error) bool { return target == ErrCorrupt }

// ReliabilityCode names the message for an error of this layer, with the
// values for its placeholders; "" when err is none of them. where is the
// file the caller was working on, used when the error does not name one.
func ReliabilityCode(err error, where string) (code string, args map[string]string) {
	path := where
	if p := pathOf(err); p != "" {
		path = p
	}
	withPath := func(code string) (string, map[string]string) {
		if path == "" {
			return code + "_any", nil
		}
		return code, map[string]string{"path": path}
	}
	var le *LockError
	var ve *VersionError
	var oe *OutputError
	switch {
	case err == nil:
		return "", nil
	case errors.As(err, &oe):
		return "output_" + oe.Reason, map[string]string{"path": oe.Path}
	case errors.Is(err, errIsFolder):
		return "output_is_folder", map[string]string{"path": path}
	case errors.Is(err, ErrLockSymlink):
		return "lock_symlink", map[string]string{"path": path}
	case errors.As(err, &le) && le.PID != 0:
		args := map[string]string{"pid": strconv.Itoa(le.PID), "since": le.Since.Local().Format("02.01.2006 15:04")}
		if cmd, ok := le.Command(); ok {
			args["command"] = cmd
			return "locked_command", args
		}
		return "locked_window", args
	case errors.Is(err, ErrLocked):
		return "locked_unknown", nil
	case errors.As(err, &ve):
		return "too_new_versions", map[string]string{"found": strconv.Itoa(ve.Found), "max": strconv.Itoa(ve.Max)}
	case errors.Is(err, ErrTooNew):
		return "too_new", nil
	case errors.Is(err, ErrBackupUnverified):
		return "backup_unverified", map[string]string{"path": path}
	case errors.Is(err, ErrBackupOfDamaged):
		return "backup_of_damaged", nil
	case errors.Is(err, ErrEmptyFile) && path != "":
		return "empty_file", map[string]string{"path": path}
	case isDiskFull(err):
		return withPath("disk_full")
	case isReadOnly(err):
		return withPath("read_only")
	case errors.Is(err, ErrCorrupt) && path != "":
		return "corrupt_at", map[string]string{"path": path}
	case errors.Is(err, ErrCorrupt):
		return "corrupt", nil
	case errors.Is(err, ErrNotDatabase) && path != "":
		return "foreign_file", map[string]string{"path": path}
	case errors.Is(err, ErrNotDatabase):
		return "not_database", nil
	case errors.Is(err, ErrNoBackup):
		return "no_backup", nil
	case isIOError(err):
		return withPath("io_error")
	}
	return "", nil
}

// PathOf is the file an error names, "" when none.
func PathOf(err error) string { return pathOf(err) }

func pathOf(err error) string {
	path, _ := splitPath(err)
	return path
}

// splitPath is the file a file-system error in err names (the target of a
// rename) and its cause; "" and nil when err holds none.
func splitPath(err error) (string, error) {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Path, pe.Err
	case errors.As(err, &le):
		return le.New, le.Err
	}
	return "", nil
}

// sqliteCode is the primary result code of a SQLite error in err, 0 when
// there is none.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

func isDiskFull(err error) bool {
	return sqliteCode(err) == sqlite3.SQLITE_FULL || isErrno(err, diskFullErrnos)
}

func isReadOnly(err error) bool {
	switch sqliteCode(err) {
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
		return true
	}
	return errors.Is(err, fs.ErrPermission) || isErrno(err, readOnlyErrnos)
}

func isIOError(err error) bool {
	switch sqliteCode(err) {
	case sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN:
		return true
	}
	return isErrno(err, ioErrnos)
}

// ReliabilityText gives the message code in lang (kk, ru, en; Kazakh for
// anything else) with its placeholders filled from args. An unknown code
// gives "".
func ReliabilityText(code, lang string, args map[string]string) string {
	key := "reliability." + code
	if code == "" || !text.Has(key) {
		return ""
	}
	pairs := make([]any, 0, 2*len(args))
	for k, v := range args {
		pairs = append(pairs, k, v)
	}
	return text.T(lang, key, pairs...)
}

// ExplainReliability is the one sentence to show for err in lang, or ""
// when err is not an error of the reliability layer.
func ExplainReliability(err error, lang string) string {
	return Explain(err, lang, "")
}

// Explain is ExplainReliability for an operation on the file where: the
// sentence names where when the error itself names no file (a full disk
// reported by SQLite says no path).
func Explain(err error, lang, where string) string {
	code, args := ReliabilityCode(err, where)
	return ReliabilityText(code, lang, args)
}
