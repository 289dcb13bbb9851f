package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"baulu/data/internal/rawdb"
)

// Store is the only way into a Baulu database. It holds a single connection:
// SQLite allows one writer, and one connection means no "database is locked"
// between our own goroutines.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
	// view is the period the screens and reports show (ViewPeriod); 0 is
	// the current one.
	view atomic.Int64
}

// Options tune Open. The zero value is fine.
type Options struct {
	// BeforeMigrate runs when an existing database needs migrations, before
	// any is applied (the reliability layer takes a backup there).
	BeforeMigrate func(path string, from, to int) error
	// BeforeWrite runs before Open writes anything to the file (migrations,
	// reference data); its error is Open's. Open of a database that needs
	// neither writes nothing, so the start can check the file's integrity
	// while the screens read it, and wait for the check only here. It may
	// be called twice.
	BeforeWrite func() error
	// Now replaces the clock (tests).
	Now func() time.Time
}

// dsn builds the connection string. modernc applies _pragma options to every
// connection it opens (an Exec'd PRAGMA would reach only one pooled connection).
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")    // enforce the REFERENCES of the schema
	q.Add("_pragma", "journal_mode(WAL)")  // readers never block the writer; crash-safe
	q.Add("_pragma", "busy_timeout(5000)") // wait for a backup or a checkpoint instead of failing
	// FULL: a committed score survives a power cut, which rural offices have;
	// the cost is one fsync per commit, invisible at typing speed.
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_txlock", "immediate")   // take the write lock at BEGIN: no upgrade deadlocks
	q.Add("_time_format", "sqlite") // time.Time stored as sortable text
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode()
}

// Open opens (creating if needed) the database at path, migrates it to the
// latest schema and makes sure the reference data of the order is there.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create data folder: %w", err)
		}
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	s := &Store{db: db, path: path, now: time.Now}
	if opt.Now != nil {
		s.now = opt.Now
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, mapErr(err))
	}
	if err := s.migrate(ctx, opt.BeforeWrite, opt.BeforeMigrate); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.ensureSeeds(ctx, opt.BeforeWrite); err != nil {
		db.Close()
		return nil, fmt.Errorf("load reference data: %w", err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Raw is the connection, for data's test helpers (data/datatest) only: its
// key's package is internal to data, so no package above data can call it
// (SQL stays in data; every other way in is a method of Store).
func (s *Store) Raw(rawdb.Key) *sql.DB { return s.db }

// stamp is the timestamp written into created_at / updated_at.
func (s *Store) stamp() string { return s.now().UTC().Format("2006-01-02 15:04:05") }

// Today is the store clock's current date (tests fix it).
func (s *Store) Today() Date { return DateOf(s.now()) }

// tx runs fn in one immediate transaction: all of it or none of it.
func (s *Store) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return mapErr(err)
	}
	if err := tx.Commit(); err != nil {
		return mapErr(err)
	}
	return nil
}

// queryer is what both *sql.DB and *sql.Tx offer.
type queryer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// notFound maps sql.ErrNoRows to ErrNotFound with context.
func notFound(err error, what string, id any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s %v: %w", what, id, ErrNotFound)
	}
	return mapErr(err)
}
