package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"baulu/data"
)

// exitLocked is the status when another Baulu has the database open (3 is
// "no display").
const exitLocked = 5

// heldLocks are the database locks the running command took, by absolute
// path; run releases them when the command ends.
var heldLocks = map[string]func(){}

// lockDB takes the database's lock for the rest of the command. When
// another Baulu holds it, the sentence saying so is printed (in the
// database's language) and the command stops with exitLocked.
func lockDB(path string) error {
	key, _ := filepath.Abs(path)
	if heldLocks[key] != nil {
		return nil // already ours: a second Lock would refuse this very process
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create data folder: %w", err)
	}
	release, err := data.Lock(path)
	if errors.Is(err, data.ErrLocked) {
		fmt.Fprintln(os.Stderr, data.ExplainReliability(err, data.StoredLanguage(path)))
		return exitCode(exitLocked)
	}
	if err != nil {
		return err
	}
	heldLocks[key] = release
	return nil
}

// releaseLocks drops every lock the command took.
func releaseLocks() {
	for key, release := range heldLocks {
		release()
		delete(heldLocks, key)
	}
}
