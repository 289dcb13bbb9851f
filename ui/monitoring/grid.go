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
	rows   []data.Child // g.Children, then g.Others (greyed, not scored)
	names  []string     // children's names cut to the column, "" when none
	widths []float32    // the columns' widths
	first  int          // table column of the first indicator (1, or 2 with names)
	cursor widget.TableCellID
	down   bool // after a score move down instead of right
	shift  bool // a Shift key is held (Shift+Tab goes back)
	// keyed: TypedKey has just handled a digit key, so the rune the window
	// sends after it (a digit, or «ә», «і»… on the Kazakh layout) is not
	// handled again.
	keyed bool

	// save writes a score and reports whether it was written; the grid
	// changes only then.
	save func(data.Score) bool
	// onMove and onChange tell the screen the cursor moved or a score changed.
	onMove, onChange func()
	// onHint shows a one-line hint (a key that cannot score), "" clears it.
	onHint func(string)
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
	sg.rows = append(append([]data.Child{}, g.Children...), g.Others...)
	sg.first = 1
	sg.names = make([]string, len(sg.rows))
	hasNames := false
	for _, c := range sg.rows {
		hasNames = hasNames || c.FullName != ""
	}
	pad := theme.Padding()
	codeWidth := fyne.MeasureText("ULY-00-E0-000", theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 3*pad
	for _, c := range sg.rows {
		if w := fyne.MeasureText(c.Code, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 3*pad; w > codeWidth {
			codeWidth = w
		}
	}
	widths := []float32{codeWidth}
	if hasNames {
		sg.first = 2
		for i, c := range sg.rows {
			sg.names[i] = fitText(c.FullName, gridNameWidth-3*pad, fyne.TextStyle{})
		}
		widths = append(widths, gridNameWidth)
	}
	n := len(g.Indicators)
	for j := 0; j < n; j++ {
		widths = append(widths, gridScoreWidth)
	}
	sg.widths = append(widths, gridMeanWidth, gridLevelWidth)
	for i, w := range sg.widths {
		sg.SetColumnWidth(i, w)
	}
	sg.StickyColumnCount = sg.first
	row, col := sg.cursor.Row, sg.cursor.Col
	if row >= len(sg.rows) {
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
	return len(sg.rows), sg.first + len(sg.g.Indicators) + 2
}

// at is the child and indicator of a cell; ok is false outside the scores.
// The child may be one of the greyed rows (see greyed).
func (sg *scoreGrid) at(id widget.TableCellID) (data.Child, data.Indicator, bool) {
	j := id.Col - sg.first
	if id.Row < 0 || id.Row >= len(sg.rows) || j < 0 || j >= len(sg.g.Indicators) {
		return data.Child{}, data.Indicator{}, false
	}
	return sg.rows[id.Row], sg.g.Indicators[j], true
}

// greyed is the reason a row is not scored in the round ("consent",
// "left"), "" for the round's children.
func (sg *scoreGrid) greyed(row int) string {
	if row < len(sg.g.Children) || row >= len(sg.rows) {
		return ""
	}
	return sg.rows[row].Unmonitored(sg.g.Round)
}

// fix says how a greyed row's child comes into the round (tick the
// consent, correct the leaving date), "" for the round's children; the
// reason itself is shown above the grid.
func (sg *scoreGrid) fix(row int) string {
	if why := sg.greyed(row); why != "" {
		return i18n.T("mon.grid.fix." + why)
	}
	return ""
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
	if id.Row >= len(sg.rows) {
		txt.Text = ""
		refreshCell(c)
		return
	}
	child := sg.rows[id.Row]
	if sg.greyed(id.Row) != "" {
		txt.Color = theme.Color(theme.ColorNamePlaceHolder)
		bg.FillColor = theme.Color(theme.ColorNameDisabledButton)
	}
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
			bg.FillColor = scoreTints[v]
		}
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
		sg.takeFocus()
	}
	sg.hint(sg.fix(id.Row))
	if sg.onMove != nil {
		sg.onMove()
	}
}

// takeFocus gives the grid the keyboard after a click on a cell, so the
// next key scores it.
func (sg *scoreGrid) takeFocus() {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(sg); cv != nil && cv.Focused() != sg {
		cv.Focus(sg)
	}
}

func (sg *scoreGrid) hint(s string) {
	if sg.onHint != nil {
		sg.onHint(s)
	}
}

var (
	_ fyne.Focusable  = (*scoreGrid)(nil)
	_ fyne.Tabbable   = (*scoreGrid)(nil)
	_ desktop.Keyable = (*scoreGrid)(nil)
)
