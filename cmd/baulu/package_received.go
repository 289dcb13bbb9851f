package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"baulu/data"
)

// runPackageReceived records a regional analytical report the Institute
// received (`baulu package received`), as National → Submissions does.
func runPackageReceived(args []string) error {
	fs, db := flags("package received")
	region := fs.String("region", "", "region code of the report")
	on := fs.String("date", "", "the day it was received, dd.mm.yyyy (default: today)")
	file := fs.String("file", "", "the file's name as received (empty: a paper copy)")
	lang := fs.String("lang", "kk", "language of the messages (kk, ru, en)")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 || *region == "" {
		fmt.Fprintln(os.Stderr, packageUsage)
		return exitCode(2)
	}
	code := strings.ToUpper(*region)
	if err := knownRegion(code, *lang); err != nil {
		return err
	}
	store, err := openExisting("package", *db, *lang)
	if err != nil {
		return err
	}
	defer store.Close()
	day := store.Today()
	if *on != "" {
		if day, err = data.ParseDMY(*on); err != nil {
			return err
		}
	}
	r, err := store.RecordRegionReport(context.Background(), code, day, *file)
	if err != nil {
		return err
	}
	say(*lang, "pkg.received", "region", code, "date", r.ReceivedOn.DMY())
	return nil
}
