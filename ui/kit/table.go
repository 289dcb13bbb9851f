package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TableStyle is how a small Table draws.
type TableStyle int

const (
	// Figures: a bold header, the first column left-aligned, the figures
	// right-aligned, a padding between columns (totals, completeness).
	Figures TableStyle = iota
	// Shaded: a bold header on a tinted row, every other row shaded, every
	// cell left-aligned (the comparison's levels and tests).
	Shaded
)

// Table is a small read-only table of a few rows whose columns are as wide
// as their widest cell, so figures are never cut or wrapped; long lists
// use RecordTable instead. Tests read its cells.
type Table struct {
	box   *fyne.Container
	cells [][]*widget.Label // [row][col]; row 0 is the header
}

// NewTable lays out header and rows in style.
func NewTable(style TableStyle, header []string, rows [][]string) *Table {
	t := &Table{}
	var objs []fyne.CanvasObject
	if style == Shaded {
		for i := 0; i <= len(rows); i++ {
			var fill color.Color = color.Transparent
			switch {
			case i == 0:
				fill = theme.Color(theme.ColorNameInputBackground)
			case i%2 == 0:
				fill = theme.Color(theme.ColorNameHover)
			}
			objs = append(objs, canvas.NewRectangle(fill))
		}
	}
	add := func(texts []string, bold bool) {
		var row []*widget.Label
		for c := range header {
			s := ""
			if c < len(texts) {
				s = texts[c]
			}
			align := fyne.TextAlignLeading
			if style == Figures && c > 0 {
				align = fyne.TextAlignTrailing
			}
			l := widget.NewLabelWithStyle(s, align, fyne.TextStyle{Bold: bold})
			row = append(row, l)
			objs = append(objs, l)
		}
		t.cells = append(t.cells, row)
	}
	add(header, true)
	for _, r := range rows {
		add(r, false)
	}
	t.box = container.New(&Grid{Cols: len(header), Shaded: style == Shaded}, objs...)
	return t
}

// Object is the table to put on screen.
func (t *Table) Object() fyne.CanvasObject { return t.box }

// Rows counts the rows, the header included.
func (t *Table) Rows() int { return len(t.cells) }

// Cell is the label of a cell (row 0 = header), to style it.
func (t *Table) Cell(row, col int) *widget.Label { return t.cells[row][col] }

// Text is the shown text of a cell (row 0 = header).
func (t *Table) Text(row, col int) string { return t.cells[row][col].Text }

// Grid lays cells out row by row as a table: each column as wide as its
// widest cell (or MinWidth), each row as tall as its tallest cell. Small
// summaries (totals, a form's participation grid, the risk matrix) read
// better this way than in a scrolling widget.Table.
type Grid struct {
	Cols     int
	MinWidth []float32 // per column; missing or 0 = the cells' own width
	Stretch  bool      // the first column takes any width beyond the minimum
	// Shaded: the first objects are the rows' backgrounds, one per row, as
	// wide as the table; the columns touch so the shading is unbroken.
	Shaded bool
}

func (g *Grid) split(objs []fyne.CanvasObject) (bgs, cells []fyne.CanvasObject) {
	if !g.Shaded {
		return nil, objs
	}
	n := len(objs) / (g.Cols + 1)
	return objs[:n], objs[n:]
}

func (g *Grid) gap() float32 {
	if g.Shaded {
		return 0
	}
	return theme.Padding()
}

func (g *Grid) sizes(cells []fyne.CanvasObject) (ws, hs []float32) {
	ws = make([]float32, g.Cols)
	copy(ws, g.MinWidth)
	hs = make([]float32, (len(cells)+g.Cols-1)/g.Cols)
	for i, o := range cells {
		m := o.MinSize()
		c, r := i%g.Cols, i/g.Cols
		ws[c] = max(ws[c], m.Width)
		hs[r] = max(hs[r], m.Height)
	}
	return ws, hs
}

// Layout places the cells (and the rows' backgrounds).
func (g *Grid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	bgs, cells := g.split(objs)
	ws, hs := g.sizes(cells)
	if extra := size.Width - g.MinSize(objs).Width; g.Stretch && extra > 0 {
		ws[0] += extra
	}
	total := g.width(ws)
	y := float32(0)
	for r := range hs {
		if r < len(bgs) {
			bgs[r].Move(fyne.NewPos(0, y))
			bgs[r].Resize(fyne.NewSize(total, hs[r]))
		}
		x := float32(0)
		for c := 0; c < g.Cols && r*g.Cols+c < len(cells); c++ {
			o := cells[r*g.Cols+c]
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(ws[c], hs[r]))
			x += ws[c] + g.gap()
		}
		y += hs[r]
	}
}

func (g *Grid) width(ws []float32) float32 {
	var w float32
	for _, x := range ws {
		w += x
	}
	return w + g.gap()*float32(max(len(ws)-1, 0))
}

// MinSize is the columns' widths and the rows' heights together.
func (g *Grid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	_, cells := g.split(objs)
	ws, hs := g.sizes(cells)
	var h float32
	for _, y := range hs {
		h += y
	}
	return fyne.NewSize(g.width(ws), h)
}
