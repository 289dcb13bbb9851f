package data

import (
	"context"
	"errors"
	"io/fs"
	"os"

	"baulu/data/atomicfile"
	"baulu/data/crashpoint"
)

// Rebuild runs fn on a copy of the database at dbPath and puts the copy in
// its place only when fn succeeded, so a long job of many transactions —
// demo data for all twenty regions — is all or nothing: a kill or an error
// at any moment leaves dbPath as it was (the copy is a temporary file
// beside it, which Tidy sweeps at the next start). A missing dbPath is
// built new the same way. The caller holds the Lock; no Store may be open
// on dbPath. opt is Open's, for both the database and the copy.
func Rebuild(ctx context.Context, dbPath string, opt Options, fn func(*Store) error) (err error) {
	tmp, err := tempBeside(dbPath, "rebuild")
	if err != nil {
		return &fs.PathError{Op: "rebuild", Path: dbPath, Err: err}
	}
	defer func() {
		if err != nil {
			removeDB(tmp)
		}
	}()
	if _, serr := os.Stat(dbPath); serr == nil {
		src, err := Open(ctx, dbPath, opt)
		if err != nil {
			return err
		}
		_, err = src.db.ExecContext(ctx, `VACUUM INTO ?`, tmp)
		if cerr := src.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return &fs.PathError{Op: "rebuild", Path: dbPath, Err: mapErr(err)}
		}
	} else if errors.Is(serr, fs.ErrNotExist) {
		os.Remove(tmp) // Open builds a new database where nothing is
	} else {
		return serr
	}
	s, err := Open(ctx, tmp, Options{Now: opt.Now})
	if err != nil {
		return err
	}
	err = fn(s)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := crashpoint.Hit("rebuild.swap"); err != nil {
		return &fs.PathError{Op: "rebuild", Path: dbPath, Err: err}
	}
	if err := verifyCopy(ctx, tmp); err != nil {
		return &fs.PathError{Op: "rebuild", Path: dbPath, Err: err}
	}
	if err := atomicfile.SyncFile(tmp); err != nil {
		return &fs.PathError{Op: "rebuild", Path: dbPath, Err: unwrapPath(err)}
	}
	return swapIn(tmp, dbPath, "")
}
