package main

import (
	"context"
	"flag"
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

// flags makes a flag set with the --db flag every command shares.
func flags(name string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
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
		return nil, fail(err, lang, path, path)
	}
	return s, nil
}
