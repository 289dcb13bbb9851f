package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"

	"baulu/data/atomicfile"
)

// KeepBackups is how many automatic backups are kept (one per start).
const KeepBackups = 14

// More sentinels of the backup layer.
var (
	ErrNotDatabase = errors.New("not a Baulu database")
	ErrNoBackup    = errors.New("no usable backup")
)

// VersionError says which schema a file has and which this Baulu knows. It
// matches ErrTooNew.
type VersionError struct{ Found, Max int }

func (e *VersionError) Error() string {
	return fmt.Sprintf("schema %d, this Baulu knows up to %d: %v", e.Found, e.Max, ErrTooNew)
}

// Is makes errors.Is(err, ErrTooNew) true.
func (e *VersionError) Is(target error) bool { return target == ErrTooNew }

// BackupDir is the default backups folder: "backups" beside the database.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }

// BackupTo writes a consistent copy of the database to path with VACUUM
// INTO (a compact file with no -wal, readable by any SQLite). The copy goes
// to a temporary name first, so path is complete or untouched.
func (s *Store) BackupTo(ctx context.Context, path string) error {
	return vacuumInto(ctx, s.db, path)
}

func vacuumInto(ctx context.Context, db *sql.DB, path string) error {
	var rnd [6]byte
	rand.Read(rnd[:])
	// VACUUM INTO refuses an existing file, so the temp name is only chosen
	// here and created by SQLite.
	tmp := filepath.Join(filepath.Dir(path), ".baulu-backup-"+hex.EncodeToString(rnd[:])+".tmp")
	if _, err := db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("back up to %s: %w", path, mapErr(err))
	}
	if err := atomicfile.SyncFile(tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	return atomicfile.Replace(tmp, path)
}

// Backup file names: baulu-YYYYMMDD-HHMMSS[-N].db for the automatic ones,
// with "-schemaV" before ".db" for the copy taken before a migration.
var backupName = regexp.MustCompile(`^baulu-(\d{8}-\d{6})(?:-(\d+))?(-schema\d+)?\.db$`)

const stampLayout = "20060102-150405"

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path            string
	Time            time.Time // when it was taken (from its name)
	Size            int64
	BeforeMigration bool // taken before a schema upgrade; never pruned
	seq             int
}

// AutoBackup writes "baulu-YYYYMMDD-HHMMSS.db" into dir (BackupDir when
// empty) and deletes the oldest automatic backups beyond keep (KeepBackups
// when keep ≤ 0). Backups taken before a migration are kept.
func (s *Store) AutoBackup(ctx context.Context, dir string, keep int) (string, error) {
	if dir == "" {
		dir = BackupDir(s.path)
	}
	if keep <= 0 {
		keep = KeepBackups
	}
	path, err := newBackupPath(dir, s.now(), "")
	if err != nil {
		return "", err
	}
	if err := s.BackupTo(ctx, path); err != nil {
		return "", err
	}
	return path, pruneBackups(dir, keep)
}

// newBackupPath picks a free name in dir for a backup taken at t.
func newBackupPath(dir string, t time.Time, suffix string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create backups folder: %w", err)
	}
	stamp := t.Local().Format(stampLayout)
	for n := 1; ; n++ {
		name := "baulu-" + stamp + suffix + ".db"
		if n > 1 {
			name = "baulu-" + stamp + "-" + strconv.Itoa(n) + suffix + ".db"
		}
		p := filepath.Join(dir, name)
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p, nil
		}
	}
}

func pruneBackups(dir string, keep int) error {
	list, err := ListBackups(dir)
	if err != nil {
		return err
	}
	kept := 0
	var errs []error
	for _, b := range list {
		if b.BeforeMigration {
			continue
		}
		if kept++; kept > keep {
			if err := os.Remove(b.Path); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("remove old backups: %w", errors.Join(errs...))
	}
	return nil
}

// ListBackups lists the backups in dir, newest first. Other files are
// ignored; a missing folder gives an empty list.
func ListBackups(dir string) ([]BackupInfo, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups: %w", err)
	}
	var out []BackupInfo
	for _, e := range entries {
		m := backupName.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		t, err := time.ParseInLocation(stampLayout, m[1], time.Local)
		if err != nil {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		seq := 1
		if m[2] != "" {
			seq, _ = strconv.Atoi(m[2])
		}
		out = append(out, BackupInfo{Path: filepath.Join(dir, e.Name()), Time: t, Size: fi.Size(), BeforeMigration: m[3] != "", seq: seq})
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return out[i].seq > out[j].seq
	})
	return out, nil
}

// CheckBackup verifies that path is a sound Baulu database this build can
// open: it opens read-only, passes the full PRAGMA integrity_check and has
// a schema version from 1 to SchemaVersion(). It returns that version.
func CheckBackup(path string) (int, error) {
	ctx := context.Background()
	if err := checkFile(ctx, path, "integrity_check"); err != nil {
		return 0, err
	}
	db, err := openReadOnly(path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	v, err := currentVersion(ctx, db)
	if err != nil || v < 1 {
		return 0, fmt.Errorf("%s: %w", path, ErrNotDatabase)
	}
	if v > SchemaVersion() {
		return v, fmt.Errorf("%s: %w", path, &VersionError{Found: v, Max: SchemaVersion()})
	}
	return v, nil
}

// NewestGoodBackup returns the newest backup in dir that passes CheckBackup
// (what the start screen offers after finding a damaged database), or
// ErrNoBackup.
func NewestGoodBackup(dir string) (BackupInfo, error) {
	list, err := ListBackups(dir)
	if err != nil {
		return BackupInfo{}, err
	}
	for _, b := range list {
		if _, err := CheckBackup(b.Path); err == nil {
			return b, nil
		}
	}
	return BackupInfo{}, fmt.Errorf("%s: %w", dir, ErrNoBackup)
}

// Restore replaces the database at dbPath with the backup. Both files must
// be closed (close the Store, keep the Lock). The backup is checked first
// (CheckBackup); the current database, with its -wal and -shm, is then
// renamed to "<db>.before-restore-YYYYMMDD-HHMMSS" (returned as keptAside,
// "" when there was none) and the backup copied in through a temporary
// file. If the copy fails, the kept-aside database is put back.
func Restore(dbPath, backupPath string) (keptAside string, err error) {
	if same(dbPath, backupPath) {
		return "", fmt.Errorf("restore %s onto itself: %w", backupPath, ErrInvalid)
	}
	if _, err := CheckBackup(backupPath); err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	src, err := os.Open(backupPath)
	if err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	defer src.Close()
	if _, err := os.Lstat(dbPath); err == nil {
		if keptAside, err = moveAside(dbPath, "before-restore", time.Now()); err != nil {
			return keptAside, fmt.Errorf("restore: %w", err)
		}
	}
	err = atomicfile.WriteFile(dbPath, func(w io.Writer) error {
		_, err := io.Copy(w, src)
		return err
	})
	if err != nil {
		if keptAside != "" {
			if err2 := os.Rename(keptAside, dbPath); err2 == nil {
				for _, sc := range sidecars {
					os.Rename(keptAside+sc, dbPath+sc)
				}
				keptAside = ""
			}
		}
		return keptAside, fmt.Errorf("restore: %w", err)
	}
	return keptAside, nil
}

// same reports whether two paths name one file.
func same(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// BackupBeforeMigrate returns the Options.BeforeMigrate hook: before an
// existing database is migrated it is copied to
// "baulu-YYYYMMDD-HHMMSS-schemaV.db" in dir (BackupDir when empty). If the
// copy fails the migration does not run.
func BackupBeforeMigrate(dir string) func(path string, from, to int) error {
	return func(path string, from, to int) error {
		d := dir
		if d == "" {
			d = BackupDir(path)
		}
		dest, err := newBackupPath(d, time.Now(), "-schema"+strconv.Itoa(from))
		if err != nil {
			return err
		}
		// A second, read-only connection: the Store's own is idle while the
		// hook runs, and a WAL database serves both.
		db, err := openReadOnly(path)
		if err != nil {
			return fmt.Errorf("back up before migrating: %w", err)
		}
		defer db.Close()
		if err := vacuumInto(context.Background(), db, dest); err != nil {
			return fmt.Errorf("back up before migrating %d → %d: %w", from, to, err)
		}
		return nil
	}
}
