package main

import (
	"context"
	"strings"

	"baulu/data"
	"baulu/data/demo"
	"baulu/data/text"
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
	// The database's language now: a new database has the demo's.
	lang = data.StoredLanguage(*db)
	say(lang, "cli.demo.done", "db", *db, "summary", demoSummary(lang, sum))
	return nil
}

// demoSummary counts what the demo wrote, each count with its noun in the
// plural form the number takes in lang: «1 өңір, 5 балабақша, …».
func demoSummary(lang string, s demo.Summary) string {
	return strings.Join([]string{
		text.N(lang, "cli.demo.regions", s.Regions), text.N(lang, "cli.demo.kindergartens", s.Kindergartens),
		text.N(lang, "cli.demo.groups", s.Groups), text.N(lang, "cli.demo.children", s.Children),
		text.N(lang, "cli.demo.scores", s.Scores), text.N(lang, "cli.demo.env_ratings", s.EnvRatings),
		text.N(lang, "cli.demo.events", s.Events), text.N(lang, "cli.demo.visits", s.Visits),
		text.N(lang, "cli.demo.practices", s.Practices), text.N(lang, "cli.demo.risks", s.Risks),
		text.N(lang, "cli.demo.feedback", s.Feedback), text.N(lang, "cli.demo.corrections", s.Corrections),
	}, ", ")
}
