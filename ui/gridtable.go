package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// staticTable lays out a small fixed table of figures (a few rows): a bold
// header row and text cells in a grid. Long lists use recordTable instead.
func staticTable(header []string, rows [][]string) fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, 0, (len(rows)+1)*len(header))
	for _, h := range header {
		l := widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		cells = append(cells, l)
	}
	for _, r := range rows {
		for i := range header {
			text := ""
			if i < len(r) {
				text = r[i]
			}
			l := widget.NewLabel(text)
			l.Wrapping = fyne.TextWrapWord
			cells = append(cells, l)
		}
	}
	return container.New(layout.NewGridLayoutWithColumns(len(header)), cells...)
}
