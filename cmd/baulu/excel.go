package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"baulu/data/crashpoint"
	"baulu/reports/xlsxio"
)

func runTemplate(args []string) error {
	fs, db := flags("template")
	kg := fs.Int("kindergarten", 0, "seed number of the kindergarten (required)")
	round := fs.String("round", "baseline", "round (code or id)")
	group := fs.String("group", "", "one group, by code (E1) or id (default: a sheet for every group)")
	out := fs.String("out", "", "file or folder to write (default: a suggested name in the current folder)")
	lang := fs.String("lang", "", "language of the messages: kk, ru, en (default: the database's)")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return exitCode(2)
	}
	l := msgLang(*lang, *db)
	if *kg == 0 {
		tell(os.Stderr, l, "cli.template.kindergarten")
		return exitCode(2)
	}
	store, err := openExisting("template", *db, l)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	rid, err := roundID(ctx, store, *round)
	if err != nil {
		return err
	}
	gid, err := groupID(ctx, store, *kg, *group)
	if err != nil {
		return err
	}
	name, err := xlsxio.TemplateFileName(ctx, store, *kg, rid, gid)
	if err != nil {
		return err
	}
	path := *out
	if st, err := os.Stat(path); path == "" || (err == nil && st.IsDir()) {
		path = filepath.Join(path, name)
	}
	if err := checkOut(*db, path, l); err != nil {
		return err
	}
	if err := xlsxio.SaveTemplate(ctx, store, path, *kg, rid, gid); err != nil {
		return failAt(err, l, *db, path)
	}
	fmt.Println(path)
	return nil
}

func runImport(args []string) error {
	fs, db := flags("import")
	dry := fs.Bool("dry-run", false, "check and show the preview without writing")
	lang := fs.String("lang", "", "language of the messages: kk, ru, en (default: the database's)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: baulu import FILE.xlsx [--dry-run] [--db PATH] [--lang kk|ru|en]")
		return exitCode(2)
	}
	l := msgLang(*lang, *db)
	store, err := openExisting("import", *db, l)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	file := fs.Arg(0)
	p, err := xlsxio.ImportFile(ctx, store, file, xlsxio.Options{})
	if err != nil {
		logLine(*db, "import of %s refused: %v", file, err)
		return importFailure(err, l, *db, file)
	}
	fmt.Print(xlsxio.FormatPreview(p, l))
	if !p.OK() {
		return exitCode(1)
	}
	if *dry {
		return nil
	}
	if err := crashpoint.Hit("import.apply"); err != nil {
		return failAt(err, l, *db, *db)
	}
	if err := p.Apply(ctx); err != nil {
		logLine(*db, "import of %s failed, nothing written: %v", file, err)
		return importFailure(err, l, *db, file)
	}
	tell(os.Stdout, l, "cli.import.written", "new", p.New, "changed", p.Changed)
	return nil
}

// importFailure says why the import of file stopped: a problem of the
// database or its disk names the database (xlsxio.DatabaseProblem: it is
// never blamed on the Excel file), anything else gets explain's sentence.
func importFailure(err error, lang, db, file string) error {
	if msg := xlsxio.DatabaseProblem(err, lang, db, file); msg != "" {
		fmt.Fprintln(os.Stderr, msg)
		return exitCode(1)
	}
	return fail(os.Stderr, lang, err)
}
