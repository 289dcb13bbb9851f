package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"baulu/reports/xlsxio"
)

func runTemplate(args []string) error {
	fs, db := flags("template")
	kg := fs.Int("kindergarten", 0, "seed number of the kindergarten (required)")
	round := fs.String("round", "baseline", "round (code or id)")
	group := fs.String("group", "", "one group, by code (E1) or id (default: a sheet for every group)")
	out := fs.String("out", "", "file or folder to write (default: a suggested name in the current folder)")
	lang := fs.String("lang", "", "language of the messages (default: the database's)")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return exitCode(2)
	}
	l := msgLang(*lang, *db)
	if *kg == 0 {
		tell(os.Stderr, l, "cli.template.kindergarten")
		return exitCode(2)
	}
	store, err := openExisting(*db, l)
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
	if err := xlsxio.SaveTemplate(ctx, store, path, *kg, rid, gid); err != nil {
		return err
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
	store, err := openExisting(*db, l)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	p, err := xlsxio.ImportFile(ctx, store, fs.Arg(0), xlsxio.Options{})
	if err != nil {
		return fail(os.Stderr, l, err)
	}
	fmt.Print(xlsxio.FormatPreview(p, l))
	if !p.OK() {
		return exitCode(1)
	}
	if *dry {
		return nil
	}
	if err := p.Apply(ctx); err != nil {
		return fail(os.Stderr, l, err)
	}
	tell(os.Stdout, l, "cli.import.written", "new", p.New, "changed", p.Changed)
	return nil
}
