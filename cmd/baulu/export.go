package main

import (
	"context"
	"io"
	"strings"

	"baulu/reports/xlsxexport"
	"baulu/seeds"
)

func runExport(args []string) error {
	fs, db := flags("export")
	out := fs.String("out", "baulu.xlsx", "Excel file to write")
	lang := fs.String("lang", "kk", "language of the sheet names and headers: kk or ru")
	region := fs.String("region", "", "region code (default: the database's region)")
	nat := fs.Bool("national", false, "every region in the database: the national report's figures per region, per kindergarten and pooled")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if err := checkOut(*db, *out, *lang); err != nil {
		return err
	}
	if err := knownRegion(*region, *lang); err != nil {
		return err
	}
	store, err := openExisting("export", *db, msgLang(*lang, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	return writeOutput(*db, *out, *lang, func(w io.Writer) error {
		if *nat {
			return xlsxexport.ExportNational(context.Background(), store, w, *lang)
		}
		return xlsxexport.Export(context.Background(), store, *region, w, *lang)
	})
}

// knownRegion refuses a region code the order does not have, before any
// file is written (an export of "XXX" used to write an empty workbook); ""
// (the database's own region) passes.
func knownRegion(code, lang string) error {
	if _, ok := seeds.RegionByCode(strings.ToUpper(code)); ok || code == "" {
		return nil
	}
	var codes []string
	for _, r := range seeds.Regions() {
		codes = append(codes, r.Code)
	}
	complain(lang, "cli.unknown_region", "code", code, "codes", strings.Join(codes, ", "))
	return exitCode(1)
}
