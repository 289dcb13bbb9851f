package monitoring

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// scoreGrid is the grid entry table: one row per child, one column per
// active indicator, then the child's mean and level. It extends
// widget.Table, whose cells are recycled as the grid scrolls; every cell is
// a rectangle and a canvas.Text (no entries), so a 60 × 15 grid stays
// smooth. The keyboard drives it: 1/2/3 score and move on, arrows, Tab,
// Enter, Home/End and PageUp/PageDown move, Delete or Backspace clears,
// Escape leaves the grid.
type scoreGrid struct {
	widget.Table

	g      *data.Grid
	names  []string // children's names cut to the column, "" when none
	first  int      // table column of the first indicator (1, or 2 with names)
	cursor widget.TableCellID
	down   bool // after a score move down instead of right
	shift  bool // a Shift key is held (Shift+Tab goes back)

	// save writes a score and reports whether it was written; the grid
	// changes only then.
	save func(data.Score) bool
	// onMove and onChange tell the screen the cursor moved or a score changed.
	onMove, onChange func()
}

// Column widths; the code column is measured.
const (
	gridNameWidth  = 200
	gridScoreWidth = 52
	gridMeanWidth  = 92
	gridLevelWidth = 80
)

// Cell tints by score or level (I, II, III), light enough for black text.
var scoreTints = [4]color.Color{
	color.Transparent,
	color.NRGBA{R: 0xfa, G: 0xd4, B: 0xd1, A: 0xff},
	color.NRGBA{R: 0xfc, G: 0xeb, B: 0xb6, A: 0xff},
	color.NRGBA{R: 0xcf, G: 0xec, B: 0xd4, A: 0xff},
}

var levelRoman = [4]string{"", "I", "II", "III"}

func newScoreGrid(save func(data.Score) bool) *scoreGrid {
	sg := &scoreGrid{save: save, g: &data.Grid{}}
	sg.Length = sg.size
	sg.CreateCell = newGridCell
	sg.UpdateCell = sg.updateCell
	sg.ShowHeaderRow = true
	sg.CreateHeader = newGridCell
	sg.UpdateHeader = sg.updateHeader
	sg.OnSelected = sg.onSelected
	sg.ExtendBaseWidget(sg)
	return sg
}

// setGrid shows g, keeping the cursor where it was when it still fits.
func (sg *scoreGrid) setGrid(g *data.Grid) {
	sg.g = g
	sg.first = 1
	sg.names = make([]string, len(g.Children))
	hasNames := false
	for _, c := range g.Children {
		hasNames = hasNames || c.FullName != ""
	}
	pad := theme.Padding()
	codeWidth := fyne.MeasureText("ULY-00-E0-000", theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 3*pad
	for _, c := range g.Children {
		if w := fyne.MeasureText(c.Code, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 3*pad; w > codeWidth {
			codeWidth = w
		}
	}
	sg.SetColumnWidth(0, codeWidth)
	if hasNames {
		sg.first = 2
		for i, c := range g.Children {
			sg.names[i] = fitText(c.FullName, gridNameWidth-3*pad, fyne.TextStyle{})
		}
		sg.SetColumnWidth(1, gridNameWidth)
	}
	n := len(g.Indicators)
	for j := 0; j < n; j++ {
		sg.SetColumnWidth(sg.first+j, gridScoreWidth)
	}
	sg.SetColumnWidth(sg.first+n, gridMeanWidth)
	sg.SetColumnWidth(sg.first+n+1, gridLevelWidth)
	sg.StickyColumnCount = sg.first
	row, col := sg.cursor.Row, sg.cursor.Col
	if row >= len(g.Children) {
		row = 0
	}
	if col < sg.first || col >= sg.first+n {
		col = sg.first
	}
	sg.cursor = widget.TableCellID{Row: row, Col: col}
	sg.Refresh()
	if sg.onMove != nil {
		sg.onMove()
	}
}

func (sg *scoreGrid) size() (int, int) {
	if len(sg.g.Children) == 0 || len(sg.g.Indicators) == 0 {
		return 0, 0
	}
	return len(sg.g.Children), sg.first + len(sg.g.Indicators) + 2
}

// at is the child and indicator of a cell; ok is false outside the scores.
func (sg *scoreGrid) at(id widget.TableCellID) (data.Child, data.Indicator, bool) {
	j := id.Col - sg.first
	if id.Row < 0 || id.Row >= len(sg.g.Children) || j < 0 || j >= len(sg.g.Indicators) {
		return data.Child{}, data.Indicator{}, false
	}
	return sg.g.Children[id.Row], sg.g.Indicators[j], true
}

// current is the cursor's child and indicator.
func (sg *scoreGrid) current() (data.Child, data.Indicator, bool) { return sg.at(sg.cursor) }

func (sg *scoreGrid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	bg, focus, txt := c.Objects[0].(*canvas.Rectangle), c.Objects[1].(*canvas.Rectangle), c.Objects[2].(*canvas.Text)
	txt.TextStyle = fyne.TextStyle{}
	txt.Alignment = fyne.TextAlignCenter
	txt.Color = theme.Color(theme.ColorNameForeground)
	bg.FillColor = color.Transparent
	focus.Hide()
	if id.Row >= len(sg.g.Children) {
		txt.Text = ""
		refreshCell(c)
		return
	}
	child := sg.g.Children[id.Row]
	n := len(sg.g.Indicators)
	switch j := id.Col - sg.first; {
	case id.Col == 0:
		txt.Text, txt.Alignment = child.Code, fyne.TextAlignLeading
		txt.TextStyle.Bold = id.Row == sg.cursor.Row
	case id.Col < sg.first:
		txt.Text, txt.Alignment = sg.names[id.Row], fyne.TextAlignLeading
	case j < n:
		v := sg.g.Score(child.ID, sg.g.Indicators[j].ID)
		txt.Text = ""
		if v > 0 {
			txt.Text = string(rune('0' + v))
		}
		bg.FillColor = scoreTints[v]
		if id == sg.cursor {
			focus.Show()
			txt.TextStyle.Bold = true
		}
	case j == n:
		txt.Text = ""
		if m, k := sg.g.Mean(child.ID); k > 0 {
			txt.Text = kit.FormatFloat(m, 2)
		}
	default:
		lvl := sg.g.Level(child.ID)
		txt.Text, txt.TextStyle.Bold = levelRoman[lvl], true
		bg.FillColor = scoreTints[lvl]
	}
	refreshCell(c)
}

func (sg *scoreGrid) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	bg, focus, txt := c.Objects[0].(*canvas.Rectangle), c.Objects[1].(*canvas.Rectangle), c.Objects[2].(*canvas.Text)
	focus.Hide()
	bg.FillColor = color.Transparent
	txt.TextStyle = fyne.TextStyle{Bold: true}
	txt.Alignment = fyne.TextAlignCenter
	txt.Color = theme.Color(theme.ColorNameForeground)
	n := len(sg.g.Indicators)
	switch j := id.Col - sg.first; {
	case id.Col < 0:
		txt.Text = ""
	case id.Col == 0:
		txt.Text, txt.Alignment = i18n.T("field.code"), fyne.TextAlignLeading
	case id.Col < sg.first:
		txt.Text, txt.Alignment = i18n.T("mon.grid.name"), fyne.TextAlignLeading
	case j < n:
		txt.Text = sg.g.Indicators[j].Code
		if id.Col == sg.cursor.Col {
			bg.FillColor = theme.Color(theme.ColorNamePrimary)
			txt.Color = theme.Color(theme.ColorNameForegroundOnPrimary)
		}
	case j == n:
		txt.Text = i18n.T("mon.grid.mean")
	default:
		txt.Text = i18n.T("mon.grid.level")
	}
	refreshCell(c)
}

// onSelected follows a click (or a keyboard move, which selects too): the
// cursor goes there, kept inside the score columns. The table's own
// selection is dropped at once, so the next click always registers and only
// the cursor is drawn.
func (sg *scoreGrid) onSelected(id widget.TableCellID) {
	sg.UnselectAll()
	n := len(sg.g.Indicators)
	col := id.Col
	if col < sg.first {
		col = sg.cursor.Col
	}
	col = max(sg.first, min(col, sg.first+n-1))
	if col != id.Col {
		sg.moveTo(id.Row, col) // comes back here
		return
	}
	if id != sg.cursor { // a click: keyboard moves set the cursor first
		sg.cursor = id
		sg.Refresh()
	}
	if sg.onMove != nil {
		sg.onMove()
	}
}

// moveTo puts the cursor on row, col (clamped to the scores) and scrolls
// it into view. The cursor is set before Table.Select, whose scrolling
// redraws every visible cell (with the cursor, its row's code and its
// column's header): one redraw per key, as Table.RefreshItem would lay out
// all visible cells too.
func (sg *scoreGrid) moveTo(row, col int) {
	rows, n := len(sg.g.Children), len(sg.g.Indicators)
	if rows == 0 || n == 0 {
		return
	}
	sg.cursor = widget.TableCellID{Row: max(0, min(row, rows-1)), Col: max(sg.first, min(col, sg.first+n-1))}
	sg.Select(sg.cursor)
}

// step moves to the next (or previous) score cell in reading order,
// wrapping to the next row; it stays put at either end of the grid.
func (sg *scoreGrid) step(forward bool) {
	n := len(sg.g.Indicators)
	i := sg.cursor.Row*n + sg.cursor.Col - sg.first
	if forward {
		i++
	} else {
		i--
	}
	if i < 0 || i >= len(sg.g.Children)*n {
		return
	}
	sg.moveTo(i/n, sg.first+i%n)
}

// enter writes v (1–3, or 0 to clear) into the cursor's cell. The cell
// changes only when the score was saved; otherwise it keeps its old value.
// The grid is redrawn unless a move follows (redraw false), which redraws.
func (sg *scoreGrid) enter(v int, redraw bool) bool {
	child, ind, ok := sg.current()
	if !ok {
		return false
	}
	if sg.g.Score(child.ID, ind.ID) == v {
		return true
	}
	sc := data.Score{ChildID: child.ID, RoundID: sg.g.Round.ID, IndicatorID: ind.ID, Value: v}
	if sg.save == nil || !sg.save(sc) {
		sg.Refresh()
		return false
	}
	sg.g.Put(sc)
	if redraw {
		sg.Refresh()
	}
	if sg.onChange != nil {
		sg.onChange()
	}
	return true
}

// TypedRune scores the cursor's cell with 1, 2 or 3 and moves on.
func (sg *scoreGrid) TypedRune(r rune) {
	if r < '1' || r > '3' {
		return
	}
	at := sg.cursor
	if !sg.enter(int(r-'0'), false) {
		return
	}
	if sg.down {
		sg.moveTo(sg.cursor.Row+1, sg.cursor.Col)
	} else {
		sg.step(true)
	}
	if sg.cursor == at { // the last cell: nothing moved, so nothing was redrawn
		sg.Refresh()
	}
}

// TypedKey moves the cursor or clears a cell.
func (sg *scoreGrid) TypedKey(ev *fyne.KeyEvent) {
	r, c := sg.cursor.Row, sg.cursor.Col
	switch ev.Name {
	case fyne.KeyUp:
		sg.moveTo(r-1, c)
	case fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		sg.moveTo(r+1, c)
	case fyne.KeyLeft:
		sg.moveTo(r, c-1)
	case fyne.KeyRight:
		sg.moveTo(r, c+1)
	case fyne.KeyTab:
		sg.step(!sg.shift)
	case fyne.KeyHome:
		sg.moveTo(r, sg.first)
	case fyne.KeyEnd:
		sg.moveTo(r, sg.first+len(sg.g.Indicators)-1)
	case fyne.KeyPageUp:
		sg.moveTo(r-10, c)
	case fyne.KeyPageDown:
		sg.moveTo(r+10, c)
	case fyne.KeyDelete, fyne.KeyBackspace:
		sg.enter(0, true)
	case fyne.KeyEscape:
		if cv := fyne.CurrentApp().Driver().CanvasForObject(sg); cv != nil {
			cv.Unfocus()
		}
	}
}

// AcceptsTab keeps Tab inside the grid: it moves to the next cell.
func (sg *scoreGrid) AcceptsTab() bool { return true }

// KeyDown and KeyUp track Shift for Shift+Tab.
func (sg *scoreGrid) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		sg.shift = true
	}
}

// KeyUp: see KeyDown.
func (sg *scoreGrid) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		sg.shift = false
	}
}

// FocusLost forgets Shift, whose release may go to another widget.
func (sg *scoreGrid) FocusLost() {
	sg.shift = false
	sg.Table.FocusLost()
}

var (
	_ fyne.Focusable  = (*scoreGrid)(nil)
	_ fyne.Tabbable   = (*scoreGrid)(nil)
	_ desktop.Keyable = (*scoreGrid)(nil)
)
