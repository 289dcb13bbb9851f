package main

import (
	"context"
	"fmt"

	"baulu/data"
	"baulu/data/demo"
)

// runDemo writes demo data all or nothing: on a copy of the database that
// replaces it only when every region is written (data.Rebuild), so a kill
// half-way leaves the database as it was and the command can simply run
// again.
func runDemo(args []string) error {
	fs, db := flags("demo")
	region := fs.String("region", "", "region code (default: the database's region, or the first region of the order)")
	all := fs.Bool("all", false, "all twenty regions (about 5,000 children)")
	seed := fs.Int64("seed", 1, "random seed; the same seed gives the same data")
	scale := fs.Int("scale", 1, "N times the pilot's children: N sets of groups in every kindergarten (synthetic ones beyond the first)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	lang := data.StoredLanguage(*db)
	if err := lockDB("demo", *db); err != nil {
		return err
	}
	if *scale < 1 || *scale > 100 {
		return refuse("cli.error.demo_scale", "scale", *scale)
	}
	opts := demo.Options{Seed: *seed, Scale: *scale}
	switch {
	case *all:
		opts.Regions = demo.AllRegions()
	case *region != "":
		opts.Regions = []string{*region}
	}
	var sum demo.Summary
	ctx := context.Background()
	err := data.Rebuild(ctx, *db, data.Options{BeforeMigrate: data.BackupBeforeMigrate("")}, func(s *data.Store) (err error) {
		sum, err = demo.Generate(ctx, s, opts)
		return err
	})
	if err != nil {
		return failAt(err, lang, *db, *db)
	}
	fmt.Printf("demo data written to %s: %s\n", *db, sum)
	return nil
}
