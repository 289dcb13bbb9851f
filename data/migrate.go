package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded files "NNNN_name.sql" in version order.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %q: name must start with a number", e.Name())
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected version %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the newest schema this build knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		panic(err) // our own embedded files; a test guards them
	}
	return len(ms)
}

// Version reports the schema version of the open database.
func (s *Store) Version(ctx context.Context) (int, error) {
	return currentVersion(ctx, s.db)
}

func currentVersion(ctx context.Context, q queryer) (int, error) {
	var v sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v)
	return int(v.Int64), mapErr(err)
}

// migrate applies every missing migration, each in one transaction together
// with its version row, so a crash leaves the database at a known version.
func (s *Store) migrate(ctx context.Context, beforeWrite func() error, before func(path string, from, to int) error) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	// Reading first: a database at the current version is not written to.
	var tables, cur int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).Scan(&tables); err != nil {
		return fmt.Errorf("read schema version: %w", mapErr(err))
	}
	if tables > 0 {
		if cur, err = currentVersion(ctx, s.db); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
	}
	if cur > len(ms) {
		return fmt.Errorf("schema %d > %d: %w", cur, len(ms), ErrTooNew)
	}
	if cur == len(ms) {
		return nil
	}
	if beforeWrite != nil {
		if err := beforeWrite(); err != nil {
			return err
		}
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("prepare migrations: %w", mapErr(err))
	}
	if cur > 0 && before != nil {
		if err := before(s.path, cur, len(ms)); err != nil {
			return fmt.Errorf("before migrating: %w", err)
		}
	}
	for _, m := range ms[cur:] {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_version(version, applied_at) VALUES (?, ?)`, m.version, s.stamp())
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}
