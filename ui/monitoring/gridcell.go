package monitoring

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// newGridCell is the template of every grid cell and header: a background,
// a focus frame (hidden unless the cell has the cursor) and a text. Three
// canvas objects and no widget keep scrolling and refreshes cheap.
func newGridCell() fyne.CanvasObject {
	bg := canvas.NewRectangle(color.Transparent)
	focus := canvas.NewRectangle(color.Transparent)
	focus.StrokeColor = theme.Color(theme.ColorNamePrimary)
	focus.StrokeWidth = 2
	focus.Hide()
	txt := canvas.NewText("", theme.Color(theme.ColorNameForeground))
	txt.TextSize = theme.TextSize()
	return &fyne.Container{Layout: gridCellLayout{}, Objects: []fyne.CanvasObject{bg, focus, txt}}
}

// gridCellLayout fills the cell with the rectangles and the text, inset by
// the padding; canvas.Text aligns itself within its width and is drawn
// centred vertically, so an update never needs a new layout.
type gridCellLayout struct{}

func (gridCellLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs[:2] {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	pad := theme.Padding()
	objs[2].Move(fyne.NewPos(pad, 0))
	objs[2].Resize(fyne.NewSize(size.Width-2*pad, size.Height))
}

func (gridCellLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	h := fyne.MeasureText("Ж", theme.TextSize(), fyne.TextStyle{Bold: true}).Height
	return fyne.NewSize(gridScoreWidth, h+2*theme.Padding())
}

// refreshCell redraws a cell's objects after an update, without the
// container's layout pass (which would measure the text again).
func refreshCell(c *fyne.Container) {
	for _, o := range c.Objects {
		if o.Visible() {
			o.Refresh()
		}
	}
}

// fitText cuts s with an ellipsis so it fits width: canvas.Text does not
// truncate, and a long name would spill into the score columns.
func fitText(s string, width float32, style fyne.TextStyle) string {
	size := theme.TextSize()
	if fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 0 {
		r = r[:len(r)-1]
		t := strings.TrimRight(string(r), " ") + "…"
		if fyne.MeasureText(t, size, style).Width <= width {
			return t
		}
	}
	return ""
}
