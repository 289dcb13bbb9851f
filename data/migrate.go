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
// Versions are unique and increasing but may have gaps: branches developed
// side by side each take their number, and a branch lacks the others' until
// they are merged. A database records every version applied to it, so
// migrate applies whatever it lacks, in order.
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
		if m.version < 1 || i > 0 && m.version == ms[i-1].version {
			return nil, fmt.Errorf("migration %s: version %d is not new", m.name, m.version)
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
	return ms[len(ms)-1].version
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
	newest := ms[len(ms)-1].version
	if cur > newest {
		return fmt.Errorf("schema %d > %d: %w", cur, newest, ErrTooNew)
	}
	applied := map[int]bool{}
	if tables > 0 {
		if applied, err = appliedVersions(ctx, s.db); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
	}
	var todo []migration
	for _, m := range ms {
		if !applied[m.version] {
			todo = append(todo, m)
		}
	}
	if len(todo) == 0 {
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
		if err := before(s.path, cur, newest); err != nil {
			return fmt.Errorf("before migrating: %w", err)
		}
	}
	for _, m := range todo {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			// A migration that stamps rows reads the store's clock from
			// temp.migration_clock, not SQLite's 'now': tests fix the clock,
			// and two databases migrated a second apart stay equal.
			if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS migration_clock(at TEXT NOT NULL)`); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM migration_clock`); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO migration_clock(at) VALUES (?)`, s.stamp()); err != nil {
				return err
			}
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

// appliedVersions reads the versions a database has applied.
func appliedVersions(ctx context.Context, q queryer) (map[int]bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT version FROM schema_version`)
	vs, err := collect(rows, err, func(sc interface{ Scan(...any) error }) (int, error) {
		var v int
		return v, sc.Scan(&v)
	})
	out := map[int]bool{}
	for _, v := range vs {
		out[v] = true
	}
	return out, err
}
