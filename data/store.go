package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"baulu/data/atomicfile"
	"baulu/data/crashpoint"
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

// dsnKind says what a connection is for.
type dsnKind int

const (
	dsnStore    dsnKind = iota // the Store's one writer: WAL, FULL sync, foreign keys
	dsnReadOnly                // checks and probes: never writes, never creates
	dsnPlain                   // a backup file being finished: read-write, its own journal mode kept
)

// fileURI turns a path into the file: URI SQLite expects. '%', '?' and '#'
// are escaped (unescaped, "Baulu #2/baulu.db" would open «Baulu »), and an
// absolute path gets an empty authority ("file:///C:/…", "file:////server/
// share/…"), so a Windows drive or network path is never read as a host.
func fileURI(path string) string {
	p := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
	if !filepath.IsAbs(path) {
		return "file:" + p
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return "file://" + p
}

// dsn is the one place connection strings are built: the escaped file URI
// of path with the options of kind. modernc applies _pragma options to
// every connection it opens (an Exec'd PRAGMA would reach only one pooled
// connection). mode=rw never creates a file: Open creates new databases
// itself (see create), so a file that vanished is an error, not a new
// empty database.
func dsn(path string, kind dsnKind) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)") // wait for a backup or a checkpoint instead of failing
	switch kind {
	case dsnReadOnly:
		q.Set("mode", "ro")
	case dsnPlain:
		q.Set("mode", "rw")
		q.Add("_pragma", "synchronous(FULL)")
	case dsnStore:
		q.Set("mode", "rw")
		q.Add("_pragma", "foreign_keys(1)")   // enforce the REFERENCES of the schema
		q.Add("_pragma", "journal_mode(WAL)") // readers never block the writer; crash-safe
		// FULL: a committed score survives a power cut, which rural offices
		// have; the cost is one fsync per commit, invisible at typing speed.
		q.Add("_pragma", "synchronous(FULL)")
		q.Add("_txlock", "immediate")   // take the write lock at BEGIN: no upgrade deadlocks
		q.Add("_time_format", "sqlite") // time.Time stored as sortable text
	}
	return fileURI(path) + "?" + q.Encode()
}

// errIsFolder: the database path names a folder.
var errIsFolder = errors.New("is a folder")

// Open opens the database at path, migrates it to the latest schema and
// makes sure the reference data of the order is there.
//
// Only a file that does not exist is a new database: it is built under a
// temporary name beside path and renamed when complete, so a crash during
// the first start leaves no half database. An existing file is never
// initialised: an empty one (0 bytes) is damage (ErrEmptyFile, which
// matches ErrCorrupt) and a file that is not a Baulu database
// (ErrNotDatabase) is refused before anything is written to it; both come
// as *fs.PathError naming path.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if opt.BeforeWrite != nil {
			if err := opt.BeforeWrite(); err != nil {
				return nil, err
			}
		}
		if err := create(ctx, path, opt); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	case fi.IsDir():
		return nil, &fs.PathError{Op: "open", Path: path, Err: errIsFolder}
	case fi.Size() == 0:
		return nil, &fs.PathError{Op: "open", Path: path, Err: ErrEmptyFile}
	default:
		if err := probeBaulu(ctx, path); err != nil {
			return nil, err
		}
		tightenMode(path)
	}
	s, err := connect(ctx, path, opt)
	if err != nil {
		return nil, err
	}
	if err := s.migrate(ctx, opt.BeforeWrite, opt.BeforeMigrate); err != nil {
		s.db.Close()
		return nil, err
	}
	if err := s.ensureSeeds(ctx, opt.BeforeWrite); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("load reference data: %w", err)
	}
	return s, nil
}

// connect opens the Store's connection to the existing file path.
func connect(ctx context.Context, path string, opt Options) (*Store, error) {
	db, err := sql.Open("sqlite", dsn(path, dsnStore))
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	s := &Store{db: db, path: path, now: time.Now}
	if opt.Now != nil {
		s.now = opt.Now
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, &fs.PathError{Op: "open", Path: path, Err: mapErr(err)}
	}
	return s, nil
}

// probeBaulu reads, without writing, whether the existing file path is a
// Baulu database: SQLite can read it and it has Baulu's schema_version
// table (every Baulu database has had it from its first write).
func probeBaulu(ctx context.Context, path string) error {
	db, err := openReadOnly(path)
	if err != nil {
		return &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer db.Close()
	var n int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).Scan(&n)
	if err != nil {
		return &fs.PathError{Op: "open", Path: path, Err: mapErr(err)}
	}
	if n == 0 {
		return &fs.PathError{Op: "open", Path: path, Err: ErrNotDatabase}
	}
	return nil
}

// create builds a new database for path: in a temporary file beside it
// (created 0600 in a folder created 0700), migrated and seeded, closed —
// which folds SQLite's -wal into the file — and only then renamed to path.
func create(ctx context.Context, path string, opt Options) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := tempBeside(path, "new")
	if err != nil {
		return &fs.PathError{Op: "create", Path: path, Err: err}
	}
	fail := func(err error) error {
		removeDB(tmp)
		return err
	}
	s, err := connect(ctx, tmp, opt)
	if err != nil {
		return fail(err)
	}
	s.path = path // what hooks and messages see
	err = s.migrate(ctx, nil, nil)
	if err == nil {
		err = s.ensureSeeds(ctx, nil)
	}
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = crashpoint.Hit("create.rename")
	}
	if err != nil {
		return fail(fmt.Errorf("create %s: %w", path, err))
	}
	if _, err := os.Lstat(tmp + "-wal"); err == nil {
		return fail(fmt.Errorf("create %s: the new database kept its -wal file", path))
	}
	if err := os.Rename(tmp, path); err != nil {
		return fail(err)
	}
	os.Remove(tmp + "-shm")
	atomicfile.SyncDir(dir)
	return nil
}

// removeDB deletes a database file of Baulu's own with its SQLite sidecars.
func removeDB(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		os.Remove(p)
	}
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
	if err := crashpoint.Hit("tx.commit"); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return mapErr(err)
	}
	crashpoint.Pass("tx.committed")
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
