package main

import (
	"flag"
	"fmt"
	"os"

	"baulu/data/text"
)

// say prints the UI's sentence key in lang, its placeholders filled from
// the name/value pairs args, so the command line and the window tell the
// user the same thing.
func say(lang, key string, args ...any) {
	fmt.Println(text.T(lang, key, args...))
}

// complain is say on standard error.
func complain(lang, key string, args ...any) {
	fmt.Fprintln(os.Stderr, text.T(lang, key, args...))
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
		complain(lang, "rel.no_database", "path", path)
		return exitCode(1)
	}
	return nil
}
