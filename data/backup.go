package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"time"

	"baulu/data/atomicfile"
	"baulu/data/crashpoint"
)

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

// BackupTo writes a verified copy of the database to path (see backupFile):
// path is then a sound Baulu database, or untouched and an error says why —
// ErrBackupOfDamaged when the database itself is damaged, ErrBackupUnverified
// when the copy failed its check.
func (s *Store) BackupTo(ctx context.Context, path string) error {
	if err := s.checkSource(ctx); err != nil {
		return err
	}
	return backupFile(ctx, s.db, s.path, path)
}

// checkSource runs PRAGMA quick_check on the open database: a damaged
// database is not backed up, since its copy would count among the good
// ones and push one of them out.
func (s *Store) checkSource(ctx context.Context) error {
	problems, err := pragmaLines(ctx, s.db, "quick_check")
	if err == nil && len(problems) > 0 {
		err = fmt.Errorf("%w: %s", ErrCorrupt, summary(problems))
	}
	if err != nil {
		return &fs.PathError{Op: "back up", Path: s.path, Err: fmt.Errorf("%w: %w", ErrBackupOfDamaged, err)}
	}
	return nil
}

// backupFile writes a consistent copy of the database open on db (the file
// source) to path:
//
//  1. VACUUM INTO a temporary file beside path, created 0600 (a compact
//     file with no -wal, readable by any SQLite);
//  2. the copy is marked as Baulu's backup of source (a row in its table
//     baulu_backup, which pruning reads before it deletes anything);
//  3. it is verified: PRAGMA quick_check and a Baulu schema version;
//  4. flushed, and renamed to path.
//
// Any failure removes the temporary file (with SQLite's -journal) and
// leaves path as it was.
func backupFile(ctx context.Context, db *sql.DB, source, path string) (err error) {
	tmp, err := tempBeside(path, "backup")
	if err != nil {
		return &fs.PathError{Op: "back up", Path: path, Err: err}
	}
	defer func() {
		if err != nil {
			removeDB(tmp)
		}
	}()
	if err := crashpoint.Hit("backup.vacuum"); err != nil {
		return &fs.PathError{Op: "back up", Path: path, Err: err}
	}
	// VACUUM INTO accepts an empty file and keeps its 0600.
	if _, err := db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		return &fs.PathError{Op: "back up", Path: path, Err: mapErr(err)}
	}
	if err := markBackup(ctx, tmp, source); err != nil {
		return &fs.PathError{Op: "back up", Path: path, Err: err}
	}
	if err := crashpoint.Hit("backup.verify"); err != nil {
		return &fs.PathError{Op: "back up", Path: path, Err: err}
	}
	if err := verifyCopy(ctx, tmp); err != nil {
		return &fs.PathError{Op: "back up", Path: path, Err: fmt.Errorf("%w: %w", ErrBackupUnverified, err)}
	}
	if err := atomicfile.SyncFile(tmp); err != nil {
		return &fs.PathError{Op: "back up", Path: path, Err: unwrapPath(err)}
	}
	if err := atomicfile.Replace(tmp, path); err != nil {
		return &fs.PathError{Op: "back up", Path: path, Err: unwrapPath(err)}
	}
	return nil
}

// tempBeside creates an empty temporary database file (0600), named
// "baulu-<kind>-N.tmp" so Tidy knows it, in the folder of path — for
// SQLite to fill (VACUUM INTO accepts an empty file and keeps its mode), or
// to copy into. The error is the cause, without the temporary name.
func tempBeside(path, kind string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), atomicfile.TempPrefix+kind+"-*.tmp")
	if err != nil {
		return "", unwrapPath(err)
	}
	f.Close()
	return f.Name(), nil
}

// unwrapPath is the cause of a file-system error without its (temporary)
// path, so that the error can name the file the user knows.
func unwrapPath(err error) error {
	if _, cause := splitPath(err); cause != nil {
		return cause
	}
	return err
}

// verifyCopy checks a copy just written: PRAGMA quick_check passes and it
// has a Baulu schema version this build knows. The read-only connections
// of the check leave an empty -wal and a -shm beside a WAL-mode file; they
// go, so that nothing is left behind when the copy is renamed.
func verifyCopy(ctx context.Context, path string) error {
	err := checkFile(ctx, path, "quick_check")
	if err == nil {
		_, err = schemaOf(ctx, path)
	}
	if fi, serr := os.Lstat(path + "-wal"); serr == nil && fi.Size() == 0 {
		os.Remove(path + "-wal")
	}
	os.Remove(path + "-shm")
	return err
}

// schemaOf reads the schema version of a closed file; not a Baulu database
// (no version, or 0) is ErrNotDatabase, a newer one a *VersionError.
func schemaOf(ctx context.Context, path string) (int, error) {
	db, err := openReadOnly(path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	v, err := currentVersion(ctx, db)
	if err != nil || v < 1 {
		return 0, ErrNotDatabase
	}
	if v > SchemaVersion() {
		return v, &VersionError{Found: v, Max: SchemaVersion()}
	}
	return v, nil
}

// The marker of a backup: one row naming the database it is a copy of (its
// file name, so moving the folder keeps it) and when it was taken.
const backupMarkTable = "baulu_backup"

// markBackup writes the marker into the copy at path.
func markBackup(ctx context.Context, path, source string) error {
	db, err := sql.Open("sqlite", dsn(path, dsnPlain))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		`CREATE TABLE IF NOT EXISTS ` + backupMarkTable + ` (source TEXT NOT NULL, taken_at TEXT NOT NULL)`,
		`DELETE FROM ` + backupMarkTable,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return mapErr(err)
		}
	}
	_, err = db.ExecContext(ctx, `INSERT INTO `+backupMarkTable+`(source, taken_at) VALUES (?, ?)`,
		filepath.Base(source), time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return mapErr(err)
	}
	return mapErr(db.Close())
}

// backupSource reads the marker of a backup: the file name of the database
// it copies, and whether it has a marker at all (backups of earlier Baulu
// versions have none, and are never pruned).
func backupSource(ctx context.Context, path string) (string, bool) {
	db, err := openReadOnly(path)
	if err != nil {
		return "", false
	}
	defer db.Close()
	var source string
	if err := db.QueryRowContext(ctx, `SELECT source FROM `+backupMarkTable+` LIMIT 1`).Scan(&source); err != nil {
		return "", false
	}
	return source, true
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

// Retention says which automatic backups are kept: the Last newest, and the
// newest of each of the last Daily days, Weekly weeks and Monthly months
// that have backups — a spread over a year rather than the last few starts.
type Retention struct {
	Last, Daily, Weekly, Monthly int
}

// DefaultRetention keeps at most 26 automatic backups reaching a year back.
var DefaultRetention = Retention{Last: 3, Daily: 7, Weekly: 4, Monthly: 12}

// AutoBackup writes "baulu-YYYYMMDD-HHMMSS.db" into dir (BackupDir when
// empty), verified as BackupTo does, and then prunes the automatic backups
// of this database to r (DefaultRetention when zero); see prune.
func (s *Store) AutoBackup(ctx context.Context, dir string, r Retention) (string, error) {
	if dir == "" {
		dir = BackupDir(s.path)
	}
	if r == (Retention{}) {
		r = DefaultRetention
	}
	if err := s.checkSource(ctx); err != nil {
		return "", err
	}
	path, err := newBackupPath(dir, s.now(), "")
	if err != nil {
		return "", err
	}
	if err := backupFile(ctx, s.db, s.path, path); err != nil {
		return "", err
	}
	return path, prune(ctx, dir, s.path, r, path)
}

// newBackupPath picks a free name in dir for a backup taken at t; the
// folder is created 0700 (tightened to it when it exists: it holds
// children's data).
func newBackupPath(dir string, t time.Time, suffix string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", &fs.PathError{Op: "create backups folder", Path: dir, Err: unwrapPath(err)}
	}
	tightenDirMode(dir)
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

// ListBackups lists the backups in dir, newest first. Other files are
// ignored; a missing folder gives an empty list.
func ListBackups(dir string) ([]BackupInfo, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &fs.PathError{Op: "list backups", Path: dir, Err: unwrapPath(err)}
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
	v, err := schemaOf(ctx, path)
	if err != nil {
		return v, &fs.PathError{Op: "check", Path: path, Err: err}
	}
	return v, nil
}

// NewestGoodBackup returns the newest backup in dir that passes CheckBackup
// (what the start screen offers after finding a damaged database), or
// ErrNoBackup.
func NewestGoodBackup(dir string) (BackupInfo, error) {
	return newestGood(dir, "")
}

// NewestGoodBackupFor is NewestGoodBackup of the database dbPath: backups
// marked as copies of another database sharing the folder are passed over.
func NewestGoodBackupFor(dbPath string) (BackupInfo, error) {
	return newestGood(BackupDir(dbPath), filepath.Base(dbPath))
}

func newestGood(dir, source string) (BackupInfo, error) {
	list, err := ListBackups(dir)
	if err != nil {
		return BackupInfo{}, err
	}
	for _, b := range list {
		if src, marked := backupSource(context.Background(), b.Path); source != "" && marked && src != source {
			continue
		}
		if _, err := CheckBackup(b.Path); err == nil {
			return b, nil
		}
	}
	return BackupInfo{}, fmt.Errorf("%s: %w", dir, ErrNoBackup)
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
		if err := backupFile(context.Background(), db, path, dest); err != nil {
			return fmt.Errorf("back up before migrating %d → %d: %w", from, to, err)
		}
		return nil
	}
}
