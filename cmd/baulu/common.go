package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"baulu/data"
)

// defaultDB is baulu.db in the user's config folder (%AppData%\Baulu on
// Windows, ~/.config/Baulu on Linux).
func defaultDB() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "."
	}
	return filepath.Join(dir, "Baulu", "baulu.db")
}

// flags makes a flag set with the --db flag every command shares; its
// flags may come before or after the positional arguments (flagSet).
func flags(name string) (*flagSet, *string) {
	fs := newFlagSet(name)
	db := fs.String("db", defaultDB(), "database file")
	return fs, db
}

// openStore opens the database for a command, holding its lock until the
// command ends (another Baulu on it makes the command refuse with one
// sentence); an existing database is backed up before a migration.
func openStore(path string) (*data.Store, error) {
	if err := lockDB(path); err != nil {
		return nil, err
	}
	s, err := data.Open(context.Background(), path, data.Options{BeforeMigrate: data.BackupBeforeMigrate("")})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}
