package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"baulu/data"
	"baulu/data/atomicfile"
	"baulu/reports/roster"
)

const rosterUsage = "usage: baulu roster template --kindergarten N [--out FILE|DIR] [--db PATH]\n" +
	"       baulu roster export [--kindergarten N] [--out DIR|FILE] [--db PATH]   (every kindergarten with groups when none is given)\n" +
	"       baulu roster import FILE.xlsx [--kindergarten N] [--dry-run] [--db PATH] [--lang kk|ru|en]"

func runRoster(args []string) error { return rosterCmd(os.Stdout, os.Stderr, args) }

// rosterCmd writes a kindergarten's children's list to Excel or imports
// one back (see reports/roster).
func rosterCmd(stdout, stderr io.Writer, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "template", "export":
			return rosterWrite(stdout, stderr, args[0], args[1:])
		case "import":
			return rosterImport(stdout, stderr, args[1:])
		}
	}
	tell(stderr, "kk", "cli.usage", "usage", rosterUsage)
	return exitCode(2)
}

// rosterWrite is roster template and roster export: the same file, the
// current list without names (export without a kindergarten writes one
// file per kindergarten that has groups).
func rosterWrite(stdout, stderr io.Writer, sub string, args []string) error {
	fs, db := flags("roster " + sub)
	kg := fs.Int("kindergarten", 0, "seed number of the kindergarten")
	out := fs.String("out", "", "file or folder to write (default: a suggested name in the current folder)")
	lang := fs.String("lang", "", "language of the messages (default: the database's)")
	store, l, err := startCmd(fs, db, lang, args, 0, rosterUsage, stderr)
	if err != nil {
		return err
	}
	defer store.Close()
	if sub == "template" && *kg == 0 {
		tell(stderr, l, "cli.template.kindergarten")
		return exitCode(2)
	}
	ctx := context.Background()
	kgs := []int{*kg}
	if *kg == 0 {
		if kgs, err = kindergartensWithGroups(ctx, store); err != nil {
			return err
		}
	}
	for _, id := range kgs {
		name, err := roster.FileName(ctx, store, id)
		if err != nil {
			tell(stderr, l, "cli.refused", "why", errSentence(l, err))
			return exitCode(1)
		}
		path := *out
		if st, err := os.Stat(path); path == "" || (err == nil && st.IsDir()) || len(kgs) > 1 {
			path = filepath.Join(path, name)
		}
		if err := roster.SaveTemplate(ctx, store, id, path); err != nil {
			tell(stderr, l, "cli.refused", "why", roster.ErrorMessage(err, l))
			return exitCode(1)
		}
		fmt.Fprintln(stdout, path)
	}
	return nil
}

func kindergartensWithGroups(ctx context.Context, s *data.Store) ([]int, error) {
	groups, err := s.Groups(ctx, 0)
	if err != nil {
		return nil, err
	}
	var ids []int
	for _, g := range groups {
		if len(ids) == 0 || ids[len(ids)-1] != g.KindergartenID {
			ids = append(ids, g.KindergartenID)
		}
	}
	return ids, nil
}

// rosterImport previews a filled roster and writes it unless --dry-run,
// ending with what it wrote.
func rosterImport(stdout, stderr io.Writer, args []string) error {
	fs, db := flags("roster import")
	kg := fs.Int("kindergarten", 0, "the kindergarten, for a list that does not say it itself")
	dry := fs.Bool("dry-run", false, "check and show the preview without writing")
	lang := fs.String("lang", "", "language of the messages (default: the database's)")
	store, l, err := startCmd(fs, db, lang, args, 1, rosterUsage, stderr)
	if err != nil {
		return err
	}
	defer store.Close()
	pos := fs.Args()
	ctx := context.Background()
	p, err := roster.ImportFile(ctx, store, pos[0], roster.Options{KindergartenID: *kg})
	if err != nil {
		tell(stderr, l, "cli.file_refused", "file", pos[0], "why", roster.ErrorMessage(err, l))
		return exitCode(1)
	}
	fmt.Fprint(stdout, roster.FormatPreview(p, l))
	if !p.OK() {
		return exitCode(1)
	}
	if *dry {
		return nil
	}
	n, err := p.Apply(ctx)
	if err != nil {
		tell(stderr, l, "cli.refused", "why", roster.ErrorMessage(err, l))
		return exitCode(1)
	}
	fmt.Fprintln(stdout, roster.Written(l, n.New, n.Changed))
	// The new children's codes go into the file itself, so that importing
	// it again finds them (and it lists which code is which child).
	if k := p.CodesToWrite(); k > 0 {
		if err := atomicfile.WriteFile(pos[0], p.WriteCodes); err != nil {
			tell(stderr, l, "cli.roster.codes_not_written", "file", pos[0], "why", explain(l, err))
			return nil
		}
		tell(stdout, l, "cli.roster.codes_written", "file", pos[0], "n", k)
	}
	return nil
}
