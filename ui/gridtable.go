package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// staticTable lays out a small fixed table of figures (a few rows): a bold
// header row, then text cells, every other row shaded. Each column is as
// wide as its widest cell, so figures are never cut or wrapped. Long lists
// use recordTable instead.
func staticTable(header []string, rows [][]string) fyne.CanvasObject {
	n := len(rows) + 1
	objs := make([]fyne.CanvasObject, 0, n+n*len(header))
	for i := 0; i < n; i++ {
		var fill color.Color = color.Transparent
		switch {
		case i == 0:
			fill = theme.Color(theme.ColorNameInputBackground)
		case i%2 == 0:
			fill = theme.Color(theme.ColorNameHover)
		}
		objs = append(objs, canvas.NewRectangle(fill))
	}
	for _, h := range header {
		objs = append(objs, widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, r := range rows {
		for i := range header {
			text := ""
			if i < len(r) {
				text = r[i]
			}
			objs = append(objs, widget.NewLabel(text))
		}
	}
	return container.New(&tableLayout{cols: len(header), rows: n}, objs...)
}

// tableLayout places the row backgrounds (the first rows objects), then
// rows × cols cells, left-aligned at their natural widths.
type tableLayout struct{ cols, rows int }

func (t *tableLayout) measure(objs []fyne.CanvasObject) (widths, heights []float32) {
	widths, heights = make([]float32, t.cols), make([]float32, t.rows)
	for i, o := range objs[t.rows:] {
		r, c := i/t.cols, i%t.cols
		m := o.MinSize()
		widths[c] = max(widths[c], m.Width)
		heights[r] = max(heights[r], m.Height)
	}
	return widths, heights
}

func (t *tableLayout) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	widths, heights := t.measure(objs)
	total := float32(0)
	for _, w := range widths {
		total += w
	}
	y := float32(0)
	for r := 0; r < t.rows; r++ {
		objs[r].Move(fyne.NewPos(0, y))
		objs[r].Resize(fyne.NewSize(total, heights[r]))
		x := float32(0)
		for c := 0; c < t.cols; c++ {
			o := objs[t.rows+r*t.cols+c]
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(widths[c], heights[r]))
			x += widths[c]
		}
		y += heights[r]
	}
}

func (t *tableLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	widths, heights := t.measure(objs)
	var s fyne.Size
	for _, w := range widths {
		s.Width += w
	}
	for _, h := range heights {
		s.Height += h
	}
	return s
}
