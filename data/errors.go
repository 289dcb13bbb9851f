package data

import (
	"errors"
	"fmt"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Sentinel errors; test with errors.Is.
var (
	ErrNotFound  = errors.New("not found")
	ErrInvalid   = errors.New("invalid input")
	ErrDuplicate = errors.New("already exists")
	ErrInUse     = errors.New("still in use")
	ErrCorrupt   = errors.New("database is damaged")
	ErrTooNew    = errors.New("database was written by a newer Baulu")
)

// ValidationError says which field is wrong and why, in words the UI can
// translate: Field is the field's key ("name", "birth_date"), Reason one of
// the Reason* constants.
type ValidationError struct {
	Field  string
	Reason string
}

// Reasons a field is rejected.
const (
	ReasonRequired  = "required"
	ReasonRange     = "range"
	ReasonDate      = "date"
	ReasonOrder     = "order"  // an end before its start
	ReasonFormat    = "format" // e.g. e-mail
	ReasonDuplicate = "duplicate"
)

func (e *ValidationError) Error() string {
	return fmt.Sprintf("%s: %s", e.Field, e.Reason)
}

// Is makes errors.Is(err, ErrInvalid) true for every validation error, and
// errors.Is(err, ErrDuplicate) for a duplicate.
func (e *ValidationError) Is(target error) bool {
	return target == ErrInvalid || (target == ErrDuplicate && e.Reason == ReasonDuplicate)
}

func invalid(field, reason string) error { return &ValidationError{Field: field, Reason: reason} }

// mapErr turns SQLite constraint failures into the sentinels above, keeping
// the original text for the log.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return fmt.Errorf("%w: %v", ErrDuplicate, err)
	case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY, sqlite3.SQLITE_CONSTRAINT_TRIGGER:
		return fmt.Errorf("%w: %v", ErrInUse, err)
	case sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL:
		return fmt.Errorf("%w: %v", ErrInvalid, err)
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return err
}
