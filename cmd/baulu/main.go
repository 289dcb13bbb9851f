package main

import (
	_ "codeberg.org/go-fonts/dejavu/dejavusans"
	_ "codeberg.org/go-fonts/liberation/liberationserifregular"
	_ "filippo.io/age"
	"fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/test"
	_ "github.com/jung-kurt/gofpdf"
	_ "github.com/xuri/excelize/v2"
	_ "gonum.org/v1/gonum/stat/distuv"
	_ "gonum.org/v1/plot"
	_ "modernc.org/sqlite"
)

func main() { _ = app.New() }
