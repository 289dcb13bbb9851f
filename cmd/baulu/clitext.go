package main

import (
	"flag"
	"fmt"
	"os"

	"baulu/data"
	"baulu/data/text"
)

// say prints the catalogue's sentence key in lang, filled from the name/value
// pairs args, so the command line and the window tell the user the same
// thing.
func say(lang, key string, args ...any) {
	fmt.Println(text.T(lang, key, args...))
}

// complain is say on standard error.
func complain(lang, key string, args ...any) {
	fmt.Fprintln(os.Stderr, text.T(lang, key, args...))
}

// failAt prints the reliability layer's sentence for err — what failed and
// where (where: the file worked on, when err names none) — and ends the
// command with status 1; an error without a sentence goes up as it is (and
// run explains it). SQLite's or the system's own words go to baulu.log,
// not to the user.
func failAt(err error, lang, db, where string) error {
	msg := data.Explain(err, lang, where)
	if msg == "" {
		return err
	}
	fmt.Fprintln(os.Stderr, msg)
	logLine(db, "error: %v", err)
	return exitCode(1)
}

// parseArgs parses flags placed before, between or after the positional
// arguments (`baulu restore FILE --db X` as well as `--db X FILE`), which
// the flag package alone stops at the first positional one.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// dbExists refuses to work on a database that is not there (rather than
// creating an empty one to back up, check or export).
func dbExists(path, lang string) error {
	if _, err := os.Stat(path); err != nil {
		complain(lang, "reliability.no_database", "path", path)
		return exitCode(1)
	}
	return nil
}

// checkOut refuses an output file that would replace the database (or its
// working files, lock or backups), or that is a folder, before anything is
// written (data.CheckOutput): the sentence says which file and why.
func checkOut(db, out, lang string) error {
	if err := data.CheckOutput(db, out); err != nil {
		fmt.Fprintln(os.Stderr, data.Explain(err, lang, out))
		return exitCode(1)
	}
	return nil
}
