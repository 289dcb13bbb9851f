package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"baulu/data/atomicfile"
	"baulu/data/crashpoint"
)

// Restore replaces the database at dbPath with the backup. Both files must
// be closed (close the Store, keep the Lock). The steps are ordered so that
// a crash at any of them leaves a sound database under dbPath — the old one
// until the last step, the restored one after it — and nothing is lost:
//
//  1. the backup passes CheckBackup (integrity_check, a Baulu schema);
//  2. it is copied to a temporary file beside dbPath (0600), flushed, its
//     backup marker removed, and the copy is verified again (quick_check,
//     schema): what is renamed in is what was checked;
//  3. the current database, its -wal folded in first, is kept as
//     "<db>.before-restore-YYYYMMDD-HHMMSS" — a hard link, or a copy where
//     the file system has none — while it stays under dbPath;
//  4. the copy is renamed over dbPath in one step.
//
// keptAside names the kept file ("" when there was no database). A failure
// before step 4 removes the temporary file and the kept link, and dbPath is
// as it was. Leftovers of a crash are removed or named by Tidy at the next
// start.
func Restore(dbPath, backupPath string) (keptAside string, err error) {
	ctx := context.Background()
	if same(dbPath, backupPath) {
		return "", fmt.Errorf("restore %s onto itself: %w", backupPath, ErrInvalid)
	}
	if _, err := CheckBackup(backupPath); err != nil {
		return "", err
	}
	tmp, err := copyForRestore(ctx, dbPath, backupPath)
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			removeDB(tmp)
		}
	}()
	if _, err := os.Lstat(dbPath); err == nil {
		if keptAside, err = keepAside(ctx, dbPath, "before-restore", time.Now()); err != nil {
			return "", err
		}
	}
	if err := swapIn(tmp, dbPath, keptAside); err != nil {
		if keptAside != "" {
			removeDB(keptAside)
		}
		return "", err
	}
	crashpoint.Pass("restore.done")
	return keptAside, nil
}

// copyForRestore is step 2 of Restore: the verified, unmarked copy of the
// backup beside dbPath.
func copyForRestore(ctx context.Context, dbPath, backupPath string) (tmp string, err error) {
	src, err := os.Open(backupPath)
	if err != nil {
		return "", err
	}
	defer src.Close()
	if tmp, err = tempBeside(dbPath, "restore"); err != nil {
		return "", &fs.PathError{Op: "restore", Path: dbPath, Err: err}
	}
	f, err := os.OpenFile(tmp, os.O_WRONLY, 0)
	if err != nil {
		removeDB(tmp)
		return "", &fs.PathError{Op: "restore", Path: dbPath, Err: unwrapPath(err)}
	}
	fail := func(e error) (string, error) {
		f.Close()
		removeDB(tmp)
		return "", &fs.PathError{Op: "restore", Path: dbPath, Err: unwrapPath(e)}
	}
	if err := crashpoint.Hit("restore.copy"); err != nil {
		return fail(err)
	}
	if _, err := io.Copy(f, src); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := unmarkBackup(ctx, tmp); err != nil {
		return fail(err)
	}
	if err := crashpoint.Hit("restore.verify"); err != nil {
		return fail(err)
	}
	if err := verifyCopy(ctx, tmp); err != nil {
		return fail(err)
	}
	if err := atomicfile.SyncFile(tmp); err != nil {
		return fail(err)
	}
	return tmp, nil
}

// unmarkBackup drops the backup marker from a copy that becomes the
// database again.
func unmarkBackup(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", dsn(path, dsnPlain))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, `DROP TABLE IF EXISTS `+backupMarkTable); err != nil {
		return mapErr(err)
	}
	return mapErr(db.Close())
}

// keepAside is step 3 of Restore: the WAL is folded into the database when
// it can be (a damaged database may refuse), and the database — with what
// is left of its -wal — gets a second name "<db>.<label>-STAMP" beside the
// first, never overwriting anything.
func keepAside(ctx context.Context, dbPath, label string, now time.Time) (string, error) {
	if _, err := os.Lstat(dbPath + "-wal"); err == nil {
		foldWAL(ctx, dbPath)
	}
	target := freeAsideName(dbPath, label, now)
	if err := crashpoint.Hit("restore.aside"); err != nil {
		return "", &fs.PathError{Op: "keep aside", Path: dbPath, Err: err}
	}
	if err := linkOrCopy(dbPath, target); err != nil {
		return "", err
	}
	if _, err := os.Lstat(dbPath + "-wal"); err == nil {
		if err := linkOrCopy(dbPath+"-wal", target+"-wal"); err != nil {
			removeDB(target)
			return "", err
		}
	}
	return target, nil
}

// foldWAL checkpoints the database's -wal into it and lets SQLite delete
// it (the last connection closing does).
func foldWAL(ctx context.Context, path string) {
	db, err := sql.Open("sqlite", dsn(path, dsnPlain))
	if err != nil {
		return
	}
	db.SetMaxOpenConns(1)
	db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	db.Close()
}

// swapIn is step 4 of Restore: the stale -shm and -wal of the old database
// go (the kept copy has the -wal, which would otherwise be replayed onto
// the new file), and tmp is renamed over dbPath.
func swapIn(tmp, dbPath, keptAside string) error {
	if err := crashpoint.Hit("restore.swap"); err != nil {
		return &fs.PathError{Op: "restore", Path: dbPath, Err: err}
	}
	os.Remove(dbPath + "-shm")
	walGone := false
	if _, err := os.Lstat(dbPath + "-wal"); err == nil {
		if keptAside == "" {
			return fmt.Errorf("restore %s: its -wal is not kept", dbPath)
		}
		if err := os.Remove(dbPath + "-wal"); err != nil {
			return err
		}
		walGone = true
	}
	if err := atomicfile.Replace(tmp, dbPath); err != nil {
		if walGone {
			linkOrCopy(keptAside+"-wal", dbPath+"-wal")
		}
		return err
	}
	return nil
}

// linkOrCopy gives the file src the second name dst: a hard link, or a
// flushed copy through a temporary file where links are not supported
// (FAT, some network shares).
func linkOrCopy(src, dst string) error {
	if err := os.Link(src, dst); err == nil {
		atomicfile.SyncDir(filepath.Dir(dst))
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return atomicfile.WriteFile(dst, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// freeAsideName is "<path>.<label>-YYYYMMDD-HHMMSS", with "-2", "-3" …
// when that name or one of its sidecars is taken.
func freeAsideName(path, label string, now time.Time) string {
	base := fmt.Sprintf("%s.%s-%s", path, label, now.Format("20060102-150405"))
	target := base
	for n := 2; taken(target); n++ {
		target = fmt.Sprintf("%s-%d", base, n)
	}
	return target
}

// same reports whether two paths name one file.
func same(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// Leftovers is what Tidy found beside a database at start.
type Leftovers struct {
	Removed   []string // temporary files of interrupted writes, deleted
	KeptAside []string // databases kept aside by a restore or after damage
}

// Tidy runs at every start, under the database's lock: it removes Baulu's
// temporary files older than age from the database's folder and its backups
// folder (a crash's leftovers; younger ones may belong to another Baulu
// working on another database there), and lists the databases kept aside
// ("<db>.before-restore-…", "<db>.damaged-…"), so the start can name them.
func Tidy(dbPath string, age time.Duration) Leftovers {
	var l Leftovers
	for _, dir := range []string{filepath.Dir(dbPath), BackupDir(dbPath)} {
		l.Removed = append(l.Removed, atomicfile.Sweep(dir, age)...)
	}
	l.KeptAside = keptAsideFiles(dbPath, "before-restore-", "damaged-")
	return l
}

// keptAsideFiles lists "<db>.<label>…" files beside dbPath (not their
// sidecars), sorted by name — by the time in it.
func keptAsideFiles(dbPath string, labels ...string) []string {
	entries, _ := os.ReadDir(filepath.Dir(dbPath))
	prefix := filepath.Base(dbPath) + "."
	var out []string
	for _, e := range entries {
		name, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() || strings.HasSuffix(name, "-wal") || strings.HasSuffix(name, "-shm") {
			continue
		}
		for _, l := range labels {
			if strings.HasPrefix(name, l) {
				out = append(out, filepath.Join(filepath.Dir(dbPath), e.Name()))
			}
		}
	}
	return out
}

// DamagedAside is the newest "<db>.damaged-…" file when dbPath itself does
// not exist: the damaged database was moved aside and the user has not yet
// chosen between the backup and an empty database, so the start offers the
// choice again. "" otherwise.
func DamagedAside(dbPath string) string {
	if _, err := os.Lstat(dbPath); !errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	files := keptAsideFiles(dbPath, "damaged-")
	if len(files) == 0 {
		return ""
	}
	return files[len(files)-1]
}
