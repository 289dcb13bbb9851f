package activity

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// riskMatrix is the 3 × 3 likelihood × impact grid: each cell coloured by
// its score's level and showing how many open risks are in it. Tapping a
// cell chooses it (onPick), tapping it again clears the choice.
type riskMatrix struct {
	cells  [3][3]*matrixCell // [likelihood-1][impact-1]
	onPick func(likelihood, impact int)
	picked [2]int // likelihood, impact; 0 = none
}

func newRiskMatrix(onPick func(l, i int)) *riskMatrix {
	m := &riskMatrix{onPick: onPick}
	for l := 1; l <= 3; l++ {
		for i := 1; i <= 3; i++ {
			l, i := l, i
			level := data.Risk{Likelihood: l, Impact: i}.Level()
			m.cells[l-1][i-1] = newMatrixCell(level, func() { m.tap(l, i) })
		}
	}
	return m
}

// tap chooses a cell, or clears the choice when it is chosen already.
func (m *riskMatrix) tap(l, i int) {
	if m.picked == [2]int{l, i} {
		l, i = 0, 0
	}
	m.pick(l, i)
	m.onPick(l, i)
}

// pick marks a cell as chosen (0, 0: none) without telling anyone.
func (m *riskMatrix) pick(l, i int) {
	m.picked = [2]int{l, i}
	for a := range m.cells {
		for b, c := range m.cells[a] {
			c.setPicked(a+1 == l && b+1 == i)
		}
	}
}

// setCounts shows the open risks per cell.
func (m *riskMatrix) setCounts(risks []data.Risk) {
	var n [3][3]int
	for _, r := range risks {
		if r.Open() && r.Likelihood >= 1 && r.Likelihood <= 3 && r.Impact >= 1 && r.Impact <= 3 {
			n[r.Likelihood-1][r.Impact-1]++
		}
	}
	for l := range m.cells {
		for i, c := range m.cells[l] {
			c.setCount(n[l][i])
		}
	}
}

// content draws the grid with likelihood rising upwards and impact to the right.
func (m *riskMatrix) content() fyne.CanvasObject {
	small := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignCenter, fyne.TextStyle{})
	}
	var objs []fyne.CanvasObject
	for l := 3; l >= 1; l-- {
		objs = append(objs, small(strconv.Itoa(l)))
		for i := 1; i <= 3; i++ {
			objs = append(objs, m.cells[l-1][i-1])
		}
	}
	objs = append(objs, widget.NewLabel(""))
	for i := 1; i <= 3; i++ {
		objs = append(objs, small(strconv.Itoa(i)))
	}
	grid := container.New(&kit.Grid{Cols: 4, MinWidth: []float32{20, 70, 70, 70}}, objs...)
	yAxis := widget.NewLabel(i18n.T("risks.matrix.likelihood") + " ↑")
	xAxis := widget.NewLabelWithStyle(i18n.T("risks.matrix.impact")+" →", fyne.TextAlignCenter, fyne.TextStyle{})
	return container.NewVBox(yAxis, container.NewHBox(grid), xAxis)
}

// matrixCell is one tappable square of the matrix.
type matrixCell struct {
	widget.BaseWidget
	bg     *canvas.Rectangle
	count  *canvas.Text
	onTap  func()
	n      int
	picked bool
}

func newMatrixCell(level string, onTap func()) *matrixCell {
	bg, fg := kit.LevelColours(level)
	c := &matrixCell{bg: canvas.NewRectangle(bg), count: canvas.NewText("0", fg), onTap: onTap}
	c.bg.StrokeColor = color.Black
	c.bg.CornerRadius = 4
	c.count.TextStyle.Bold = true
	c.count.TextSize = theme.TextSize() * 1.6
	c.count.Alignment = fyne.TextAlignCenter
	c.ExtendBaseWidget(c)
	return c
}

func (c *matrixCell) setCount(n int) {
	c.n = n
	c.count.Text = strconv.Itoa(n)
	c.count.Refresh()
}

func (c *matrixCell) setPicked(on bool) {
	c.picked = on
	c.bg.StrokeWidth = 0
	if on {
		c.bg.StrokeWidth = 4
	}
	c.bg.Refresh()
}

// Tapped chooses the cell.
func (c *matrixCell) Tapped(*fyne.PointEvent) {
	if c.onTap != nil {
		c.onTap()
	}
}

// Cursor shows a hand: the cell is a button.
func (c *matrixCell) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (c *matrixCell) CreateRenderer() fyne.WidgetRenderer { return &cellRenderer{c: c} }

type cellRenderer struct{ c *matrixCell }

func (r *cellRenderer) Layout(s fyne.Size) {
	r.c.bg.Resize(s)
	ts := r.c.count.MinSize()
	r.c.count.Move(fyne.NewPos(0, (s.Height-ts.Height)/2))
	r.c.count.Resize(fyne.NewSize(s.Width, ts.Height))
}

func (r *cellRenderer) MinSize() fyne.Size { return fyne.NewSize(70, 58) }
func (r *cellRenderer) Refresh() {
	r.c.bg.Refresh()
	r.c.count.Refresh()
}
func (r *cellRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.c.bg, r.c.count} }
func (r *cellRenderer) Destroy()                     {}
