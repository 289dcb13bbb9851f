package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"baulu/data"
	"baulu/data/crashpoint"
	"baulu/reports/xlsxio"
)

func runTemplate(args []string) error {
	fs, db := flags("template")
	kg := fs.Int("kindergarten", 0, "seed number of the kindergarten (required)")
	round := fs.String("round", "baseline", "round (code or id)")
	group := fs.Int64("group", 0, "one group's id (0 = a sheet for every group)")
	out := fs.String("out", "", "file or folder to write (default: a suggested name in the current folder)")
	langFlag := fs.String("lang", "", "language of the messages (kk, ru, en; default: the database's)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if *kg == 0 {
		fmt.Fprintln(os.Stderr, "baulu template: --kindergarten N is required")
		return exitCode(2)
	}
	lang := *langFlag
	if lang == "" {
		lang = data.StoredLanguage(*db)
	}
	store, err := openStore("template", *db, lang)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	rid, err := roundID(ctx, store, *round)
	if err != nil {
		return err
	}
	name, err := xlsxio.TemplateFileName(ctx, store, *kg, rid, *group)
	if err != nil {
		return err
	}
	path := *out
	if st, err := os.Stat(path); path == "" || (err == nil && st.IsDir()) {
		path = filepath.Join(path, name)
	}
	if err := checkOut(*db, path, lang); err != nil {
		return err
	}
	if err := xlsxio.SaveTemplate(ctx, store, path, *kg, rid, *group); err != nil {
		return fail(err, lang, *db, path)
	}
	fmt.Println(path)
	return nil
}

func runImport(args []string) error {
	fs, db := flags("import")
	dry := fs.Bool("dry-run", false, "check and show the preview without writing")
	lang := fs.String("lang", "kk", "language of the messages (kk, ru, en)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return exitCode(2)
	}
	if len(pos) != 1 {
		fmt.Fprintln(os.Stderr, "usage: baulu import FILE.xlsx [--dry-run] [--db PATH]")
		return exitCode(2)
	}
	store, err := openStore("import", *db, *lang)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	file := pos[0]
	p, err := xlsxio.ImportFile(ctx, store, file, xlsxio.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, xlsxio.ImportErrorMessage(err, *lang, *db, file))
		logLine(*db, "import of %s refused: %v", file, err)
		return exitCode(1)
	}
	fmt.Print(xlsxio.FormatPreview(p, *lang))
	if !p.OK() {
		return exitCode(1)
	}
	if *dry {
		return nil
	}
	if err := crashpoint.Hit("import.apply"); err != nil {
		return fail(err, *lang, *db, *db)
	}
	if err := p.Apply(ctx); err != nil {
		fmt.Fprintln(os.Stderr, xlsxio.ImportErrorMessage(err, *lang, *db, file))
		logLine(*db, "import of %s failed, nothing written: %v", file, err)
		return exitCode(1)
	}
	return nil
}
