package main

import (
	"context"
	"fmt"
	"os"

	"baulu/reports/comparison"
	"baulu/reports/national"
)

// runNationalStats prints the national report's figures: every region in
// the database and all of them pooled (`stats --national`), as JSON
// (reports/comparison/NATIONAL-JSON.md) or the pooled verdict's sentences.
func runNationalStats(db, lang string, asJSON bool) error {
	store, err := openExisting("stats", db, lang)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx := context.Background()
	figs, err := national.LoadFigures(ctx, store, national.Options{Now: store.Today().Time()})
	if err != nil {
		return err
	}
	if asJSON {
		return comparison.WriteJSON(os.Stdout, figs)
	}
	verdict := figs.Verdict[lang]
	if verdict == nil {
		verdict = comparison.Verdict(figs.Pooled, lang)
	}
	for _, line := range verdict {
		fmt.Println(line)
	}
	return nil
}
