package data

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sqlOpenTest opens a plain connection (no migrations) for building old
// databases; a missing file is created empty first (dsn never creates).
func sqlOpenTest(t *testing.T, path string) *sql.DB {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	db, err := sql.Open("sqlite", dsn(path, dsnPlain))
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	return db
}

// Every schema version from the first: a database left at version v by an
// older Baulu, with data in it, is backed up and migrated to the newest
// version, keeping the data; the backup holds version v.
func TestMigrateFromEveryOlderVersionWithBackup(t *testing.T) {
	ctx := context.Background()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	newest := SchemaVersion()
	for n := 1; n < len(ms); n++ {
		v := ms[n-1].version // the database has the first n migrations
		dir := t.TempDir()
		path := filepath.Join(dir, "baulu.db")
		db := sqlOpenTest(t, path)
		if _, err := db.Exec(`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
			t.Fatal(err)
		}
		// Migrations stamp rows with the store's clock (migrate.go).
		if _, err := db.Exec(`CREATE TEMP TABLE migration_clock(at TEXT NOT NULL); INSERT INTO migration_clock VALUES ('2026-01-01 00:00:00')`); err != nil {
			t.Fatal(err)
		}
		for _, m := range ms[:n] {
			if _, err := db.Exec(m.sql); err != nil {
				t.Fatalf("%s: %v", m.name, err)
			}
			db.Exec(`INSERT INTO schema_version VALUES (?, 'x')`, m.version)
		}
		db.Exec(`INSERT INTO region(code, ord, name_kk, name_ru, name_en) VALUES ('ULY', 16, 'Ұлытау', 'Улытау', 'Ulytau')`)
		db.Exec(`INSERT INTO settings(id, region_code, centre_name, created_at, updated_at) VALUES (1, 'ULY', 'Орталық', 'x', 'x')`)
		if _, err := db.Exec(`INSERT INTO kindergarten(id, region_code, position, name, short_name, form, created_at, updated_at)
			VALUES (76, 'ULY', 1, 'Балапан КМҚК', 'Балапан', 'КМҚК', 'x', 'x')`); err != nil {
			t.Fatal(err)
		}
		db.Close()

		var calls []string
		hook := BackupBeforeMigrate("")
		s, err := Open(ctx, path, Options{BeforeMigrate: func(p string, from, to int) error {
			calls = append(calls, p)
			if from != v || to != newest {
				t.Errorf("hook called %d → %d, want %d → %d", from, to, v, newest)
			}
			return hook(p, from, to)
		}})
		if err != nil {
			t.Fatalf("from version %d: %v", v, err)
		}
		got, _ := s.Version(ctx)
		k, kerr := s.Kindergarten(ctx, 76)
		s.Close()
		if got != newest || len(calls) != 1 || kerr != nil || k.ShortName != "Балапан" {
			t.Fatalf("from %d: version %d, hook calls %d, kindergarten %+v %v", v, got, len(calls), k, kerr)
		}
		list, err := ListBackups(BackupDir(path))
		if err != nil || len(list) != 1 || !list[0].BeforeMigration || !strings.Contains(list[0].Path, "-schema") {
			t.Fatalf("backups %+v, %v", list, err)
		}
		if bv, err := CheckBackup(list[0].Path); err != nil || bv != v {
			t.Fatalf("backup at version %d (%v), want %d", bv, err, v)
		}
		// Opening again migrates nothing and takes no backup.
		calls = nil
		s, err = Open(ctx, path, Options{BeforeMigrate: func(p string, from, to int) error { calls = append(calls, p); return nil }})
		if err != nil || len(calls) != 0 {
			t.Fatalf("reopen: %v, hook calls %d", err, len(calls))
		}
		s.Close()
	}
}

// BeforeWrite gates every write of Open: a database at the current version
// with its reference data is opened without calling it (the start checks
// the file meanwhile); a new one or an old one calls it first, and its
// error stops Open with nothing written.
func TestOpenWritesNothingBeforeBeforeWrite(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "baulu.db")
	refuse := errors.New("not checked yet")
	if _, err := Open(ctx, path, Options{BeforeWrite: func() error { return refuse }}); !errors.Is(err, refuse) {
		t.Fatalf("new database: %v, want the hook's error", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a file was written before the hook allowed it: %v", err)
	}

	calls := 0
	count := func() error { calls++; return nil }
	s, err := Open(ctx, path, Options{BeforeWrite: count})
	if err != nil || calls == 0 {
		t.Fatalf("new database: %v, hook calls %d", err, calls)
	}
	if v, _ := s.Version(ctx); v != SchemaVersion() {
		t.Fatalf("version %d", v)
	}
	s.Close()

	calls = 0
	s, err = Open(ctx, path, Options{BeforeWrite: func() error { calls++; return refuse }})
	if err != nil || calls != 0 {
		t.Fatalf("current database: %v, hook calls %d", err, calls)
	}
	s.Close()
}
