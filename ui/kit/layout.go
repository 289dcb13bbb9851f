package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Wrapped is a word-wrapping label.
func Wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Heading is a bold label.
func Heading(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// FixedColumn stacks objects in a fixed width. Unlike a VBox inside a
// sized container, it measures wrapped text at its real width, so
// paragraphs never overlap what follows them.
func FixedColumn(width float32, objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(&columnLayout{width: width}, objs...)
}

type columnLayout struct{ width float32 }

func (c *columnLayout) heights(objs []fyne.CanvasObject) (hs []float32, total float32) {
	pad := theme.Padding()
	for _, o := range objs {
		if !o.Visible() {
			hs = append(hs, 0)
			continue
		}
		o.Resize(fyne.NewSize(c.width, o.MinSize().Height))
		h := o.MinSize().Height
		hs = append(hs, h)
		total += h + pad
	}
	return hs, total
}

func (c *columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	hs, _ := c.heights(objs)
	y := float32(0)
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		o.Move(fyne.NewPos((size.Width-c.width)/2, y))
		o.Resize(fyne.NewSize(c.width, hs[i]))
		y += hs[i] + theme.Padding()
	}
}

func (c *columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	_, total := c.heights(objs)
	return fyne.NewSize(c.width, total)
}

// Weights places objects in a row, sharing the width by weight.
type Weights []float32

// Layout places the objects side by side.
func (w Weights) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	var total float32
	for _, x := range w {
		total += x
	}
	free := size.Width - pad*float32(len(objs)-1)
	x := float32(0)
	for i, o := range objs {
		width := free * w[i] / total
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(width, size.Height))
		x += width + pad
	}
}

// MinSize is the objects' widths together, the tallest's height.
func (w Weights) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var width, height float32
	for _, o := range objs {
		m := o.MinSize()
		width += m.Width + theme.Padding()
		height = max(height, m.Height)
	}
	return fyne.NewSize(width, height)
}

// FilterRow puts a list's filters side by side in equal widths.
func FilterRow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.NewGridWithColumns(len(objs), objs...)
}

// ButtonRow lays buttons (or other parts) out side by side and wraps them
// onto the next line when the window is too narrow, so a toolbar never
// makes a screen wider than a small screen.
func ButtonRow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewRowWrapLayout(), objs...)
}
