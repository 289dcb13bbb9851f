package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"baulu/reports/regional"
)

func runReport(args []string) error {
	fs, db := flags("report")
	kind := fs.String("kind", "regional", "regional (final analytical report) or quarterly")
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
	default:
		return fmt.Errorf("unknown report kind %q: use regional or quarterly", *kind)
	}
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
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
	err = writeAtomic(path, func(f *os.File) error {
		return regional.Generate(ctx, store, io.Writer(f), opts)
	})
	if err != nil {
		return err
	}
	fmt.Println(path)
	return nil
}
