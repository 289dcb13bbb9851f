package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"baulu/data/atomicfile"
)

// openReadOnly opens a database file without migrating, seeding or ever
// writing to it, on one connection.
func openReadOnly(path string) (*sql.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path, dsnReadOnly))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// maxCheckLines bounds the problems reported: the first few say enough.
const maxCheckLines = 20

// pragmaLines runs an integrity pragma and returns its lines, nil for "ok".
func pragmaLines(ctx context.Context, db *sql.DB, pragma string) ([]string, error) {
	rows, err := db.QueryContext(ctx, fmt.Sprintf("PRAGMA %s(%d)", pragma, maxCheckLines))
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, mapErr(err)
		}
		if line != "ok" {
			out = append(out, line)
		}
	}
	return out, mapErr(rows.Err())
}

// CheckFile checks a closed database file, as at start before Open: it opens
// it read-only and runs PRAGMA quick_check (seconds even on a large file).
// A damaged file gives an error wrapping ErrCorrupt with SQLite's findings
// — an empty one (0 bytes) ErrEmptyFile, which matches ErrCorrupt; a sound
// SQLite file that is not a Baulu database ErrNotDatabase; a missing file
// fs.ErrNotExist (a first start, not damage). The errors are
// *fs.PathError naming path.
func CheckFile(path string) error {
	return checkFile(context.Background(), path, "quick_check")
}

func checkFile(ctx context.Context, path, pragma string) error {
	fail := func(err error) error { return &fs.PathError{Op: "check", Path: path, Err: err} }
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return err
	case fi.IsDir():
		return fail(errIsFolder)
	case fi.Size() == 0:
		return fail(ErrEmptyFile)
	}
	db, err := openReadOnly(path)
	if err != nil {
		return fail(err)
	}
	defer db.Close()
	problems, err := pragmaLines(ctx, db, pragma)
	if err != nil {
		return fail(err)
	}
	if len(problems) > 0 {
		return fail(fmt.Errorf("%w: %s", ErrCorrupt, summary(problems)))
	}
	var n int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).Scan(&n)
	if err != nil {
		return fail(mapErr(err))
	}
	if n == 0 {
		return fail(ErrNotDatabase)
	}
	return nil
}

// summary shortens SQLite's findings to the first few lines for a log.
func summary(problems []string) string {
	lines := strings.Split(strings.Join(problems, "\n"), "\n")
	if len(lines) > 5 {
		lines = append(lines[:5], fmt.Sprintf("… %d more", len(lines)-5))
	}
	return strings.Join(lines, "; ")
}

// CheckReport is what Check found; both lists are empty for a sound database.
type CheckReport struct {
	Integrity   []string // lines of PRAGMA integrity_check other than "ok"
	ForeignKeys []string // "table row N → parent" for every broken reference
}

// OK reports whether nothing was found.
func (r CheckReport) OK() bool { return len(r.Integrity) == 0 && len(r.ForeignKeys) == 0 }

// Check runs the full PRAGMA integrity_check and PRAGMA foreign_key_check on
// the open database (the CLI's `baulu check`). When anything is found the
// error wraps ErrCorrupt and the report lists it.
func (s *Store) Check(ctx context.Context) (CheckReport, error) {
	var rep CheckReport
	var err error
	if rep.Integrity, err = pragmaLines(ctx, s.db, "integrity_check"); err != nil {
		return rep, fmt.Errorf("integrity check: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return rep, fmt.Errorf("foreign key check: %w", mapErr(err))
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			return rep, fmt.Errorf("foreign key check: %w", err)
		}
		rep.ForeignKeys = append(rep.ForeignKeys, fmt.Sprintf("%s row %d → %s", table, rowid.Int64, parent))
	}
	if err := rows.Err(); err != nil {
		return rep, fmt.Errorf("foreign key check: %w", mapErr(err))
	}
	if !rep.OK() {
		return rep, fmt.Errorf("%w: %d integrity problems, %d broken references", ErrCorrupt, len(rep.Integrity), len(rep.ForeignKeys))
	}
	return rep, nil
}

// sidecars are the files SQLite keeps beside a database in WAL mode; they
// belong to it and move with it.
var sidecars = []string{"-wal", "-shm"}

// DiscardNew removes a database that this start created and nothing has
// used (the window could not open): the file and its -wal and -shm, so the
// next start is a first start again instead of finding an empty database.
// The caller must hold the lock and have closed its Store.
func DiscardNew(path string) error {
	var first error
	for _, suffix := range append([]string{""}, sidecars...) {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) && first == nil {
			first = err
		}
	}
	return first
}

// MoveAside renames a (damaged) database with its -wal and -shm files to
// "<path>.damaged-YYYYMMDD-HHMMSS" and returns the new name. It never
// overwrites anything: when the name is taken, "-2", "-3" … is added.
func MoveAside(path string) (string, error) {
	return moveAside(path, "damaged", time.Now())
}

func moveAside(path, label string, now time.Time) (string, error) {
	if _, err := os.Lstat(path); err != nil {
		return "", err
	}
	target := freeAsideName(path, label, now)
	if err := os.Rename(path, target); err != nil {
		return "", err
	}
	for _, sc := range sidecars {
		if _, err := os.Lstat(path + sc); err == nil {
			if err := os.Rename(path+sc, target+sc); err != nil {
				return target, err
			}
		}
	}
	atomicfile.SyncDir(filepath.Dir(path))
	return target, nil
}

// taken reports whether name or one of its sidecars exists (or cannot be
// checked, which counts as taken: never risk an overwrite).
func taken(name string) bool {
	for _, n := range append([]string{name}, name+sidecars[0], name+sidecars[1]) {
		if _, err := os.Lstat(n); !errors.Is(err, fs.ErrNotExist) {
			return true
		}
	}
	return false
}
