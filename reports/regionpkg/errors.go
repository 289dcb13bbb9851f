package regionpkg

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors; every error Inspect and Import return for a bad package
// is an *Error wrapping one of them (test with errors.Is), and Message
// turns it into one sentence in the user's language.
var (
	ErrEmpty          = errors.New("the file is empty")
	ErrTooLarge       = errors.New("the file is too large for a region package")
	ErrNotPackage     = errors.New("not a Baulu region package")
	ErrDamaged        = errors.New("the package is damaged or incomplete")
	ErrTampered       = errors.New("the package was changed after it was made")
	ErrNewerFormat    = errors.New("the package format is newer than this Baulu")
	ErrNewerSchema    = errors.New("the package comes from a newer Baulu database")
	ErrNeedPassphrase = errors.New("the package is encrypted and needs its passphrase")
	ErrPassphrase     = errors.New("wrong passphrase")
	ErrInvalidData    = errors.New("the package holds invalid data")
	ErrWrongRegion    = errors.New("a kindergarten of another region")
	ErrUnknownCode    = errors.New("a code this database does not know")
	ErrConflict       = errors.New("a child code already used in another region")
	ErrOlderPackage   = errors.New("older than the package already imported")
	ErrOwnRegion      = errors.New("the package is of this database's own region")
)

// Error is a refused package: Err is the sentinel, Code the key of its
// message, Args the values for the message's placeholders, Detail what a
// developer needs in the log.
type Error struct {
	Err    error
	Code   string
	Args   map[string]string
	Detail string
}

func (e *Error) Error() string {
	if e.Detail == "" {
		return e.Err.Error()
	}
	return e.Err.Error() + ": " + e.Detail
}

// Unwrap gives the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// codes names each sentinel's message.
var codes = map[error]string{
	ErrEmpty: "empty", ErrTooLarge: "too_large", ErrNotPackage: "not_package", ErrDamaged: "damaged",
	ErrTampered: "tampered", ErrNewerFormat: "newer_format", ErrNewerSchema: "newer_schema",
	ErrNeedPassphrase: "need_passphrase", ErrPassphrase: "passphrase", ErrWrongRegion: "wrong_region",
	ErrUnknownCode: "unknown_code", ErrConflict: "conflict", ErrOlderPackage: "older_package",
	ErrOwnRegion: "own_region",
}

// fail builds an *Error; args are name, value pairs.
func fail(sentinel error, detail string, args ...string) *Error {
	e := &Error{Err: sentinel, Code: codes[sentinel], Detail: detail}
	if len(args) > 0 {
		e.Args = map[string]string{}
		for i := 0; i+1 < len(args); i += 2 {
			e.Args[args[i]] = args[i+1]
		}
	}
	return e
}

// Reasons a record is invalid; each has its own message.
const (
	reasonDuplicate = "invalid_duplicate" // the same key twice
	reasonReference = "invalid_reference" // points at something not in the package
	reasonValue     = "invalid_value"     // a field out of range, a bad date …
)

// invalid reports a bad record: item is its kind (a key of itemNames), key
// what identifies it (a code, a seed number, a date), field the field.
func invalid(reason, item, key, field string) *Error {
	return &Error{Err: ErrInvalidData, Code: reason,
		Args:   map[string]string{"item": item, "key": key, "field": field},
		Detail: fmt.Sprintf("%s %s %q field %s", reason, item, key, field)}
}

func itoa(n int) string { return strconv.Itoa(n) }
