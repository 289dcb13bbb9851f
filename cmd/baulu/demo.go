package main

import (
	"context"
	"fmt"

	"baulu/data/demo"
)

func runDemo(args []string) error {
	fs, db := flags("demo")
	region := fs.String("region", "", "region code (default: the database's region, or the first region of the order)")
	all := fs.Bool("all", false, "all twenty regions (about 5,000 children)")
	seed := fs.Int64("seed", 1, "random seed; the same seed gives the same data")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	store, err := openStore(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	opts := demo.Options{Seed: *seed}
	switch {
	case *all:
		opts.Regions = demo.AllRegions()
	case *region != "":
		opts.Regions = []string{*region}
	}
	sum, err := demo.Generate(context.Background(), store, opts)
	if err != nil {
		return err
	}
	fmt.Printf("demo data written to %s: %s\n", *db, sum)
	return nil
}
