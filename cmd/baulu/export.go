package main

import (
	"context"
	"fmt"
	"io"

	"baulu/data/atomicfile"
	"baulu/reports/xlsxexport"
)

func runExport(args []string) error {
	fs, db := flags("export")
	out := fs.String("out", "baulu.xlsx", "Excel file to write")
	lang := fs.String("lang", "kk", "language of the sheet names and headers: kk or ru")
	region := fs.String("region", "", "region code (default: the database's region)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	store, err := openExisting(*db, msgLang(*lang, *db))
	if err != nil {
		return err
	}
	defer store.Close()
	err = atomicfile.WriteFile(*out, func(f io.Writer) error {
		return xlsxexport.Export(context.Background(), store, *region, f, *lang)
	})
	if err != nil {
		return err
	}
	fmt.Println(*out)
	return nil
}
