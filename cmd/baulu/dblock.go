package main

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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
		fmt.Fprintln(os.Stderr, data.ExplainReliability(err, dbLanguage(path)))
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

// dbLanguage reads the UI language stored in a database without changing
// it (another Baulu may have it open, or it may be damaged); Kazakh when it
// cannot be read. The reliability layer has no reader of its own for this,
// and a read-only query is all it takes.
func dbLanguage(path string) string {
	if _, err := os.Stat(path); err != nil {
		return "kk"
	}
	uri := "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path)) +
		"?mode=ro&_pragma=busy_timeout(2000)"
	db, err := sql.Open("sqlite", uri)
	if err != nil {
		return "kk"
	}
	defer db.Close()
	var lang string
	if err := db.QueryRow(`SELECT language FROM settings WHERE id = 1`).Scan(&lang); err != nil {
		return "kk"
	}
	switch lang {
	case "ru", "en":
		return lang
	}
	return "kk"
}
