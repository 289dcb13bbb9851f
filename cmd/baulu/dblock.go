package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"baulu/data"
)

// exitLocked is the status when another Baulu has the database open (3 is
// "no display").
const exitLocked = 5

// heldLocks are the database locks the running command took, by absolute
// path; run releases them when the command ends.
var heldLocks = map[string]func(){}

// lockDB takes the database's lock for the rest of the command name. When
// another Baulu holds it, the sentence saying so — a window or which
// command — is printed (in the database's language) and the command stops
// with exitLocked. Then the leftovers of earlier crashes are tidied.
func lockDB(name, path string) error {
	key, _ := filepath.Abs(path)
	if heldLocks[key] != nil {
		return nil // already ours: a second Lock would refuse this very process
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return failAt(err, data.StoredLanguage(path), path, filepath.Dir(path))
	}
	release, err := data.Lock(path, data.HolderCommand(name))
	if errors.Is(err, data.ErrLocked) {
		fmt.Fprintln(os.Stderr, data.ExplainReliability(err, data.StoredLanguage(path)))
		return exitCode(exitLocked)
	}
	if err != nil {
		return failAt(err, data.StoredLanguage(path), path, path)
	}
	heldLocks[key] = release
	tidy(path, staleTemp)
	return nil
}

// staleTemp is the age from which a temporary file beside the database is
// a crash's leftover; a younger one may be another Baulu's at work on
// another database in the same folder.
const staleTemp = 10 * time.Minute

// tidy removes the leftovers of interrupted writes beside the database and
// names the databases kept aside, one line each in baulu.log.
func tidy(db string, age time.Duration) {
	l := data.Tidy(db, age)
	for _, p := range l.Removed {
		logLine(db, "removed the leftover of an interrupted write: %s", p)
	}
	for _, p := range l.KeptAside {
		logLine(db, "kept aside (not deleted): %s", p)
	}
}

// releaseLocks drops every lock the command took.
func releaseLocks() {
	for key, release := range heldLocks {
		release()
		delete(heldLocks, key)
	}
}
