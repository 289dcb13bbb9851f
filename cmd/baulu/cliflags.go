package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/national"
	"baulu/reports/regional"
	"baulu/reports/regionpkg"
	"baulu/reports/roster"
)

// flagSet is every command's flag set: Parse takes flags before, between
// or after the positional arguments (`baulu import FILE.xlsx --dry-run`, the
// order the usage lines show, as well as `--dry-run FILE.xlsx`), and
// everything after a lone "--" as positional. Args, NArg and Arg give the
// positional arguments.
type flagSet struct {
	*flag.FlagSet
	pos []string
}

func newFlagSet(name string) *flagSet {
	return &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
}

// Parse parses args; see flagSet.
func (f *flagSet) Parse(args []string) error {
	head, tail := args, []string(nil)
	if i := slices.Index(args, "--"); i >= 0 {
		head, tail = args[:i], args[i+1:]
	}
	pos, err := parseArgs(f.FlagSet, head)
	f.pos = append(pos, tail...)
	return err
}

// Args are the positional arguments.
func (f *flagSet) Args() []string { return f.pos }

// NArg is the number of positional arguments.
func (f *flagSet) NArg() int { return len(f.pos) }

// Arg is the i-th positional argument ("" when there is none).
func (f *flagSet) Arg(i int) string {
	if i < len(f.pos) {
		return f.pos[i]
	}
	return ""
}

// openExisting opens the database of a command that reads or changes what
// is there: a --db that does not exist gets one sentence, and nothing is
// created (only setup and demo create a database).
func openExisting(db, lang string) (*data.Store, error) {
	if err := dbExists(db, lang); err != nil {
		return nil, err
	}
	return openStore(db)
}

// argLang is the language of a command's messages, from its arguments
// alone: --lang when given, else the language of its --db (or of the
// default database). run uses it for an error no command explained.
func argLang(args []string) string {
	lang, db := "", defaultDB()
	for i, a := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || (name != "lang" && name != "db") {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		if name == "lang" {
			lang = value
		} else {
			db = value
		}
	}
	return msgLang(lang, db)
}

// explain is the one sentence for an error of any layer, in lang: the
// reliability layer's, a region package's, a file's or a refused value's;
// only an error nothing knows keeps its own text inside a sentence.
func explain(lang string, err error) string {
	var pe *os.PathError
	var ce cliError
	switch {
	case errors.As(err, &ce):
		return text.T(lang, ce.key, ce.args...)
	case data.ExplainReliability(err, lang) != "":
		return data.ExplainReliability(err, lang)
	case regionpkg.Message(err, lang) != "":
		return regionpkg.Message(err, lang)
	case errors.Is(err, regional.ErrOptions) || errors.Is(err, national.ErrOptions):
		return text.T(lang, "cli.error.report_options")
	case roster.Known(err):
		return roster.ErrorMessage(err, lang)
	case errors.As(err, &pe):
		why := text.T(lang, "cli.error.io")
		switch {
		case errors.Is(pe.Err, os.ErrNotExist):
			why = text.T(lang, "cli.error.no_file")
		case errors.Is(pe.Err, os.ErrPermission):
			why = text.T(lang, "cli.error.permission")
		}
		return text.T(lang, "cli.file_refused", "file", pe.Path, "why", why)
	}
	return errSentence(lang, err)
}

// fail prints explain's sentence on w and ends the command with status 1.
func fail(w io.Writer, lang string, err error) error {
	fmt.Fprintln(w, explain(lang, err))
	return exitCode(1)
}

// cliError is a refusal of the command line with its sentence: the
// catalogue key and its name/value pairs.
type cliError struct {
	key  string
	args []any
}

func (e cliError) Error() string { return text.T("en", e.key, e.args...) }

func refuse(key string, args ...any) error { return cliError{key, args} }

// configuredRegion is the database's region; a database whose first run
// has not been made is refused.
func configuredRegion(ctx context.Context, s *data.Store) (string, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return "", err
	}
	if !st.Configured() {
		return "", refuse("cli.not_configured", "db", s.Path())
	}
	return st.RegionCode, nil
}

// groupID resolves --group as the user gives it: its id or its code (E1)
// within kindergarten kg (0 = any; a code must then be the only one).
func groupID(ctx context.Context, s *data.Store, kg int, ref string) (int64, error) {
	if ref == "" || ref == "0" {
		return 0, nil
	}
	g, err := s.FindGroup(ctx, kg, ref)
	return g.ID, err
}
