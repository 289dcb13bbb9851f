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
	quarter := fs.Int("quarter", 0, "quarter 1–4 of the pilot period (quarterly report)")
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
		return fmt.Errorf("unknown report kind %q: use regional, quarterly or national", *kind)
	}
	store, err := openStore(*db)
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
		st, err := store.Settings(ctx)
		if err != nil {
			return err
		}
		r, err := store.Region(ctx, st.RegionCode)
		if err != nil {
			return fmt.Errorf("the database has no region yet: run `baulu demo` or choose a region in the window")
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
		return fmt.Errorf("report language %q: use kk or ru", lang)
	}
	store, err := openStore(db)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	period, err := store.Period(ctx)
	if err != nil {
		return err
	}
	opts.Period = period
	path := out
	if path == "" {
		path = national.FileName(lang, period)
	}
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
	group := fs.Int64("group", 0, "group id")
	dir := fs.String("direction", "", "direction code (jewellery, cooking, sewing, engineering, construction, greenhouse, garden, decorative)")
	lang := fs.String("lang", "kk", "language: kk or ru")
	quarter := fs.Int("quarter", 0, "quarter 1–4 of the pilot period (default: the current one)")
	out := fs.String("out", "", "PDF file to write (default: the suggested name in the current folder)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if *group == 0 || *dir == "" {
		return fmt.Errorf("--group and --direction are required")
	}
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	opts := handout.Options{GroupID: *group, Direction: *dir, Lang: *lang, Quarter: *quarter}
	path := *out
	if path == "" {
		g, err := store.Group(ctx, *group)
		if err != nil {
			return fmt.Errorf("group %d: %w", *group, err)
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
			return fmt.Errorf("no direction %q", *dir)
		}
	}
	err = atomicfile.WriteFile(path, func(f io.Writer) error { return handout.Generate(ctx, store, f, opts) })
	if err != nil {
		return err
	}
	fmt.Println(path)
	return nil
}
