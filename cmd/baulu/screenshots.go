package main

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"

	"baulu/data"
	"baulu/ui"
)

func runScreenshots(args []string) error {
	fs, db := flags("screenshots")
	out := fs.String("out", "screens", "folder for the PNG files")
	lang := fs.String("lang", "kk,ru", "languages, comma-separated (kk, ru, en)")
	size := fs.String("size", "1280x800", "window size WIDTHxHEIGHT, e.g. 1024x768")
	if err := fs.Parse(args); err != nil {
		return exitCode(2)
	}
	var w, h float32
	if n, err := fmt.Sscanf(*size, "%gx%g", &w, &h); err != nil || n != 2 || w < 320 || h < 240 {
		fmt.Fprintf(os.Stderr, "screenshots: --size %q: give WIDTHxHEIGHT, e.g. 1024x768\n", *size)
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
	files, err := ui.Screenshots(store, *out, strings.Split(*lang, ","), fyne.NewSize(w, h))
	if err != nil {
		return err
	}
	fmt.Printf("%d screenshots written to %s\n", len(files), *out)
	return nil
}
