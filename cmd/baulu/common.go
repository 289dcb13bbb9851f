package main

import (
	"context"
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

// openStore opens the database for the command name, holding its lock
// until the command ends (another Baulu on it makes the command refuse with
// one sentence); an existing database is backed up before a migration. A
// damaged, empty or foreign file is refused with its sentence in lang ("":
// the database's language), untouched.
func openStore(name, path, lang string) (*data.Store, error) {
	if lang == "" {
		lang = data.StoredLanguage(path)
	}
	if err := lockDB(name, path); err != nil {
		return nil, err
	}
	s, err := data.Open(context.Background(), path, data.Options{BeforeMigrate: data.BackupBeforeMigrate("")})
	if err != nil {
		return nil, failAt(err, lang, path, path)
	}
	return s, nil
}
