package main

import (
	"context"
	"fmt"
	"io"

	"baulu/data/atomicfile"
	"baulu/reports/handout"
	"baulu/reports/national"
	"baulu/reports/pdfdoc"
	"baulu/reports/regional"
)

func runReport(args []string) error {
	fs, db := flags("report")
	kind := fs.String("kind", "regional", "regional (final analytical report), quarterly, national (every region in the database), or national-quarterly (the Institute's note to the Ministry for --quarter)")
	quarter := fs.Int("quarter", 0, "quarter 1–4 of the pilot period (quarterly report)")
	lang := fs.String("lang", "kk", "language of the report: kk or ru")
	format := fs.String("format", "pdf", "pdf, or docx for an editable Word file (the same content)")
	out := fs.String("out", "", "file to write (default: the suggested name in the current folder)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if *format != "pdf" && *format != "docx" {
		return refuse("cli.error.report_format", "format", *format)
	}
	docx := *format == "docx"
	opts := regional.Options{Quarter: *quarter, Lang: *lang}
	switch *kind {
	case "regional":
		opts.Kind = regional.Regional
	case "quarterly":
		opts.Kind = regional.Quarterly
	case "national":
		return runNationalReport(*db, *lang, *out, docx, 0)
	case "national-quarterly":
		if *quarter == 0 {
			return refuse("cli.error.report_quarter")
		}
		return runNationalReport(*db, *lang, *out, docx, *quarter)
	default:
		return refuse("cli.error.report_kind", "kind", *kind)
	}
	if *out != "" {
		if err := checkOut(*db, *out, *lang); err != nil {
			return err
		}
	}
	store, err := openExisting("report", *db, msgLang(*lang, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	if opts, err = regional.WithPeriod(ctx, store, opts); err != nil {
		return err
	}
	path := *out
	if path == "" {
		code, err := configuredRegion(ctx, store)
		if err != nil {
			return err
		}
		r, err := store.Region(ctx, code)
		if err != nil {
			return err
		}
		path = pdfdoc.NameFor(regional.FileName(r, opts), docx)
	}
	generate := regional.Generate
	if docx {
		generate = regional.GenerateDOCX
	}
	return writeOutput(*db, path, *lang, func(w io.Writer) error { return generate(ctx, store, w, opts) })
}

// writeOutput writes a document the user asked for (a report, handout or
// workbook, shared with others: the umask's mode) through atomicfile, after
// the check that it is not the database (checkOut), and prints its path;
// a failure to write says what and where in lang.
func writeOutput(db, path, lang string, write func(w io.Writer) error) error {
	if err := checkOut(db, path, lang); err != nil {
		return err
	}
	if err := atomicfile.WriteShared(path, write); err != nil {
		return failAt(err, lang, db, path)
	}
	fmt.Println(path)
	return nil
}

// runNationalReport writes the national report of every region in the
// database (the Institute's copy), or with quarter 1–4 the Institute's
// quarterly note to the Ministry.
func runNationalReport(db, lang, out string, docx bool, quarter int) error {
	opts := national.Options{Lang: lang, Quarter: quarter}
	if lang != "kk" && lang != "ru" {
		return refuse("cli.error.report_lang", "lang", lang)
	}
	store, err := openExisting("report", db, msgLang(lang, db))
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	if opts.Period, err = store.Period(ctx); err != nil {
		return err
	}
	opts.Now = store.Today().Time()
	name, generate := national.FileName(lang, opts.Period), national.Generate
	if docx {
		generate = national.GenerateDOCX
	}
	if quarter != 0 {
		if quarter < 1 || quarter > opts.Period.Quarters() {
			return refuse("cli.error.report_quarter")
		}
		name, generate = national.QuarterFileName(lang, opts.Period, quarter), national.GenerateQuarter
		if docx {
			generate = national.GenerateQuarterDOCX
		}
	}
	path := out
	if path == "" {
		path = pdfdoc.NameFor(name, docx)
	}
	return writeOutput(db, path, lang, func(w io.Writer) error { return generate(ctx, store, w, opts) })
}

func runHandout(args []string) error {
	fs, db := flags("handout")
	group := fs.String("group", "", "the group, by code (E1) or id")
	kg := fs.Int("kindergarten", 0, "the group's kindergarten, when its code is not unique")
	dir := fs.String("direction", "", "direction code (jewellery, cooking, sewing, engineering, construction, greenhouse, garden, decorative)")
	lang := fs.String("lang", "kk", "language: kk or ru")
	quarter := fs.Int("quarter", 0, "quarter 1–4 of the pilot period (default: the current one)")
	out := fs.String("out", "", "PDF file to write (default: the suggested name in the current folder)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if *group == "" || *dir == "" {
		return refuse("cli.handout.required")
	}
	if *out != "" {
		if err := checkOut(*db, *out, *lang); err != nil {
			return err
		}
	}
	store, err := openExisting("handout", *db, msgLang(*lang, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	gid, err := groupID(ctx, store, *kg, *group)
	if err != nil {
		return err
	}
	opts := handout.Options{GroupID: gid, Direction: *dir, Lang: *lang, Quarter: *quarter}
	path := *out
	if path == "" {
		g, err := store.Group(ctx, gid)
		if err != nil {
			return err
		}
		dirs, err := store.Directions(ctx, true)
		if err != nil {
			return err
		}
		for _, d := range dirs {
			if d.Code == *dir {
				path = handout.FileName(g, d, opts)
			}
		}
		if path == "" {
			return refuse("cli.error.no_direction", "direction", *dir)
		}
	}
	return writeOutput(*db, path, *lang, func(w io.Writer) error { return handout.Generate(ctx, store, w, opts) })
}
