package main

import (
	"fmt"
	"os"
	"strings"

	"baulu/data"
	"baulu/ui"
)

func runScreenshots(args []string) error {
	fs, db := flags("screenshots")
	out := fs.String("out", "screens", "folder for the PNG files")
	lang := fs.String("lang", "kk,ru", "languages, comma-separated (kk, ru, en)")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	if err := data.CheckOutputFolder(*db, *out); err != nil {
		fmt.Fprintln(os.Stderr, data.Explain(err, data.StoredLanguage(*db), *out))
		return exitCode(1)
	}
	store, err := openStore("screenshots", *db, "")
	if err != nil {
		return err
	}
	defer store.Close()
	files, err := ui.Screenshots(store, *out, strings.Split(*lang, ","))
	if err != nil {
		return err
	}
	fmt.Printf("%d screenshots written to %s\n", len(files), *out)
	return nil
}
