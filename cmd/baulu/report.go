package main

import (
	"context"
	"fmt"
	"io"

	"baulu/data/atomicfile"
	"baulu/reports/handout"
	"baulu/reports/national"
	"baulu/reports/regional"
)

func runReport(args []string) error {
	fs, db := flags("report")
	kind := fs.String("kind", "regional", "regional (final analytical report), quarterly, or national (every region in the database)")
	quarter := fs.Int("quarter", 0, "quarter 1–4 of 2026 (quarterly report)")
	lang := fs.String("lang", "kk", "language of the report: kk or ru")
	out := fs.String("out", "", "PDF file to write (default: the suggested name in the current folder)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	opts := regional.Options{Quarter: *quarter, Lang: *lang}
	switch *kind {
	case "regional":
		opts.Kind = regional.Regional
	case "quarterly":
		opts.Kind = regional.Quarterly
	case "national":
		return runNationalReport(*db, *lang, *out)
	default:
		return refuse("cli.error.report_kind", "kind", *kind)
	}
	store, err := openExisting(*db, msgLang(*lang, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
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
		path = regional.FileName(r, opts)
	}
	err = atomicfile.WriteFile(path, func(f io.Writer) error {
		return regional.Generate(ctx, store, io.Writer(f), opts)
	})
	if err != nil {
		return err
	}
	fmt.Println(path)
	return nil
}

// runNationalReport writes the national report of every region in the
// database (the Institute's copy).
func runNationalReport(db, lang, out string) error {
	opts := national.Options{Lang: lang}
	if lang != "kk" && lang != "ru" {
		return refuse("cli.error.report_lang", "lang", lang)
	}
	store, err := openExisting(db, msgLang(lang, db))
	if err != nil {
		return err
	}
	defer store.Close()
	path := out
	if path == "" {
		path = national.FileName(lang)
	}
	ctx := context.Background()
	err = atomicfile.WriteFile(path, func(f io.Writer) error {
		return national.Generate(ctx, store, f, opts)
	})
	if err != nil {
		return err
	}
	fmt.Println(path)
	return nil
}

func runHandout(args []string) error {
	fs, db := flags("handout")
	group := fs.String("group", "", "the group, by code (E1) or id")
	kg := fs.Int("kindergarten", 0, "the group's kindergarten, when its code is not unique")
	dir := fs.String("direction", "", "direction code (jewellery, cooking, sewing, engineering, construction, greenhouse, garden, decorative)")
	lang := fs.String("lang", "kk", "language: kk or ru")
	quarter := fs.Int("quarter", 0, "quarter 1–4 of 2026 (default: the current one)")
	out := fs.String("out", "", "PDF file to write (default: the suggested name in the current folder)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if *group == "" || *dir == "" {
		return refuse("cli.handout.required")
	}
	store, err := openExisting(*db, msgLang(*lang, *db))
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
	err = atomicfile.WriteFile(path, func(f io.Writer) error { return handout.Generate(ctx, store, f, opts) })
	if err != nil {
		return err
	}
	fmt.Println(path)
	return nil
}
