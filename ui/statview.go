package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
)

// gridTable lays cells out row by row as a table: each column as wide as
// its widest cell (or minWidth), each row as tall as its tallest cell. Small
// summaries (totals, completeness, a form's participation grid) read better
// this way than in a scrolling widget.Table.
type gridTable struct {
	cols     int
	minWidth []float32 // per column; missing or 0 = the cells' own width
	stretch  bool      // the first column takes any width beyond the minimum
}

func (g *gridTable) sizes(objs []fyne.CanvasObject) (ws, hs []float32) {
	ws = make([]float32, g.cols)
	copy(ws, g.minWidth)
	hs = make([]float32, (len(objs)+g.cols-1)/g.cols)
	for i, o := range objs {
		m := o.MinSize()
		c, r := i%g.cols, i/g.cols
		ws[c] = max(ws[c], m.Width)
		hs[r] = max(hs[r], m.Height)
	}
	return ws, hs
}

func (g *gridTable) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	ws, hs := g.sizes(objs)
	pad := theme.Padding()
	if extra := size.Width - g.MinSize(objs).Width; g.stretch && extra > 0 {
		ws[0] += extra
	}
	y := float32(0)
	for r := range hs {
		x := float32(0)
		for c := 0; c < g.cols && r*g.cols+c < len(objs); c++ {
			o := objs[r*g.cols+c]
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(ws[c], hs[r]))
			x += ws[c] + pad
		}
		y += hs[r]
	}
}

func (g *gridTable) MinSize(objs []fyne.CanvasObject) fyne.Size {
	ws, hs := g.sizes(objs)
	var w, h float32
	for _, x := range ws {
		w += x
	}
	for _, y := range hs {
		h += y
	}
	return fyne.NewSize(w+theme.Padding()*float32(max(len(ws)-1, 0)), h)
}

// statTable is a small read-only table: a bold header row, the first
// column left-aligned, numbers right-aligned. Tests read its cells.
type statTable struct {
	box   *fyne.Container
	cells [][]*widget.Label // [row][col]; row 0 is the header
}

func newStatTable(header []string, rows [][]string) *statTable {
	t := &statTable{}
	var objs []fyne.CanvasObject
	add := func(texts []string, bold bool) {
		var row []*widget.Label
		for c, s := range texts {
			align := fyne.TextAlignTrailing
			if c == 0 {
				align = fyne.TextAlignLeading
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
	t.box = container.New(&gridTable{cols: len(header)}, objs...)
	return t
}

// text is the shown text of a cell (row 0 = header).
func (t *statTable) text(row, col int) string { return t.cells[row][col].Text }

// Colours of a risk's level; fixed, so they match the printed matrix.
var (
	colourLow    = color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff}
	colourMedium = color.NRGBA{R: 0xf9, G: 0xa8, B: 0x25, A: 0xff}
	colourHigh   = color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}
)

// levelColours gives the background and text colours of a level ("":
// grey, not scored yet).
func levelColours(level string) (bg, fg color.Color) {
	switch level {
	case data.RiskHigh:
		return colourHigh, color.White
	case data.RiskMedium:
		return colourMedium, color.Black
	case data.RiskLow:
		return colourLow, color.White
	}
	return color.NRGBA{R: 0xe0, G: 0xe0, B: 0xe0, A: 0xff}, color.Black // not yet scored
}

// levelImportance colours a level's text in lists.
func levelImportance(level string) widget.Importance {
	switch level {
	case data.RiskHigh:
		return widget.DangerImportance
	case data.RiskMedium:
		return widget.WarningImportance
	}
	return widget.SuccessImportance
}

// levelBadge is a coloured box with a short bold text, such as a risk's
// score: green, amber or red by level.
type levelBadge struct {
	widget.BaseWidget
	bg   *canvas.Rectangle
	text *canvas.Text
}

func newLevelBadge() *levelBadge {
	b := &levelBadge{bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Black)}
	b.bg.CornerRadius = theme.InputRadiusSize()
	b.text.TextStyle.Bold = true
	b.text.Alignment = fyne.TextAlignCenter
	b.ExtendBaseWidget(b)
	return b
}

// set shows text in the colours of level.
func (b *levelBadge) set(text, level string) {
	bg, fg := levelColours(level)
	b.bg.FillColor, b.text.Color, b.text.Text = bg, fg, text
	b.Refresh()
}

func (b *levelBadge) CreateRenderer() fyne.WidgetRenderer {
	return &badgeRenderer{b: b}
}

type badgeRenderer struct{ b *levelBadge }

func (r *badgeRenderer) Layout(s fyne.Size) {
	r.b.bg.Resize(s)
	ts := r.b.text.MinSize()
	r.b.text.Move(fyne.NewPos(0, (s.Height-ts.Height)/2))
	r.b.text.Resize(fyne.NewSize(s.Width, ts.Height))
}

func (r *badgeRenderer) MinSize() fyne.Size {
	ts := r.b.text.MinSize()
	p := theme.InnerPadding()
	return fyne.NewSize(max(ts.Width+2*p, 120), ts.Height+p)
}

func (r *badgeRenderer) Refresh() {
	r.b.bg.Refresh()
	r.b.text.Refresh()
}

func (r *badgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.b.bg, r.b.text} }
func (r *badgeRenderer) Destroy()                     {}
