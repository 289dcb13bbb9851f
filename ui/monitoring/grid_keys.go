package monitoring

// The grid's keyboard: scoring by key name in any layout, moving the
// cursor, and the one-line hint for a key that cannot score.
import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// moveTo puts the cursor on row, col (clamped to the scores) and scrolls
// it into view. The cursor is set before Table.Select, whose scrolling
// redraws every visible cell (with the cursor, its row's code and its
// column's header): one redraw per key, as Table.RefreshItem would lay out
// all visible cells too.
func (sg *scoreGrid) moveTo(row, col int) {
	rows, n := len(sg.rows), len(sg.g.Indicators)
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
	if i < 0 || i >= len(sg.rows)*n {
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
	if fix := sg.fix(sg.cursor.Row); fix != "" {
		sg.hint(fix)
		return false
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

// TypedRune scores the cursor's cell with 1, 2 or 3 and moves on, unless
// TypedKey has scored with the key that typed it. Any other rune says
// which keys score.
func (sg *scoreGrid) TypedRune(r rune) {
	if sg.keyed {
		sg.keyed = false
		return
	}
	if r < '1' || r > '3' {
		if r != ' ' {
			sg.hint(i18n.T("mon.grid.bad_key", "key", string(r)))
		}
		return
	}
	sg.score(int(r - '0'))
}

// score enters v and moves on.
func (sg *scoreGrid) score(v int) {
	sg.hint("")
	at := sg.cursor
	if !sg.enter(v, false) {
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

// TypedKey scores with the physical keys 1, 2 and 3 (number row or keypad,
// whatever the layout types on them), moves the cursor or clears a cell.
func (sg *scoreGrid) TypedKey(ev *fyne.KeyEvent) {
	r, c := sg.cursor.Row, sg.cursor.Col
	sg.keyed = false
	if ev.Name >= fyne.Key0 && ev.Name <= fyne.Key9 && len(ev.Name) == 1 {
		sg.keyed = true
		if ev.Name < fyne.Key1 || ev.Name > fyne.Key3 {
			sg.hint(i18n.T("mon.grid.bad_key", "key", string(ev.Name)))
			return
		}
		sg.score(int(ev.Name[0] - '0'))
		return
	}
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
		sg.hint("")
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
