package kit

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/i18n"
)

// Column describes one column of a RecordTable.
type Column[T any] struct {
	Title string
	Width float32
	Text  func(T) string
	Less  func(a, b T) bool // nil: sort by Text
	// Importance colours a cell (overdue in red, a risk's level); nil: plain.
	Importance func(T) widget.Importance
}

// WithWidth gives a column another width (a date column with a long title).
func (c Column[T]) WithWidth(w float32) Column[T] {
	c.Width = w
	return c
}

// RecordTable is the list every screen uses, declared by its columns: a
// search box, a table whose header buttons sort (tap again to reverse), a
// selected row and a counter. Search folds case in Go, because SQLite's
// lower() knows only ASCII.
type RecordTable[T any] struct {
	Search *widget.Entry
	Table  *widget.Table
	Count  *widget.Label
	// Extra is more searchable text of a row (fields not shown).
	Extra func(T) string

	cols     []Column[T]
	all      []T
	shown    []T
	sortCol  int
	sortDesc bool
	selected int
	onSelect func(T)
	canAdd   bool // the list has an Add button (its empty text says so)
}

func (rt *RecordTable[T]) emptyKey() string {
	if rt.canAdd {
		return "table.empty_add"
	}
	return "table.empty"
}

// NewRecordTable declares a list by its columns; onSelect (may be nil) is
// told the row the user picks.
func NewRecordTable[T any](cols []Column[T], onSelect func(T)) *RecordTable[T] {
	rt := &RecordTable[T]{cols: cols, sortCol: -1, selected: -1, onSelect: onSelect}
	rt.Search = widget.NewEntry()
	rt.Search.SetPlaceHolder(i18n.T("search.placeholder"))
	rt.Search.OnChanged = func(string) { rt.apply() }
	rt.Count = widget.NewLabel("")
	rt.Table = widget.NewTable(
		func() (int, int) { return len(rt.shown), len(rt.cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(rt.shown) {
				l, c, r := o.(*widget.Label), rt.cols[id.Col], rt.shown[id.Row]
				l.Importance = widget.MediumImportance
				if c.Importance != nil {
					l.Importance = c.Importance(r)
				}
				l.Text = c.Text(r)
				l.Refresh()
			}
		})
	rt.Table.ShowHeaderRow = true
	if len(cols) > 2 {
		rt.Table.StickyColumnCount = 1 // the key column stays while a wide table scrolls sideways
	}
	rt.Table.CreateHeader = func() fyne.CanvasObject { return newHeaderCell() }
	rt.Table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		h := o.(*headerCell)
		if id.Col < 0 {
			return
		}
		var icon fyne.Resource
		if id.Col == rt.sortCol {
			icon = theme.MoveUpIcon()
			if rt.sortDesc {
				icon = theme.MoveDownIcon()
			}
		}
		col := id.Col
		h.set(rt.cols[id.Col].Title, icon, func() { rt.SortBy(col) })
	}
	for i, c := range cols {
		rt.Table.SetColumnWidth(i, headerWidth(c))
	}
	rt.Table.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 || id.Row >= len(rt.shown) {
			return
		}
		rt.selected = id.Row
		if rt.onSelect != nil {
			rt.onSelect(rt.shown[id.Row])
		}
	}
	return rt
}

// headerWidth is a column's width, widened so a short title is read whole
// (with room for the sort arrow): «Коды», not «Ко…». Long titles may still
// be cut at 240 — the table scrolls sideways, but one column should not
// take the screen.
func headerWidth[T any](c Column[T]) float32 {
	pad := theme.Padding()
	w := fyne.MeasureText(c.Title, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 4*pad + theme.IconInlineSize()
	return max(c.Width, min(w, 240))
}

// Content is the search box, the table and the counter.
func (rt *RecordTable[T]) Content() fyne.CanvasObject {
	return container.NewBorder(rt.Search, rt.Count, nil, nil, rt.Table)
}

// Column is column i's declaration.
func (rt *RecordTable[T]) Column(i int) Column[T] { return rt.cols[i] }

// Columns counts the columns.
func (rt *RecordTable[T]) Columns() int { return len(rt.cols) }

// SetRows replaces the data, keeping search and sort.
func (rt *RecordTable[T]) SetRows(rows []T) {
	rt.all = rows
	rt.apply()
}

// Refresh replaces the data by the same rows with new figures (a count
// that changed), keeping the selected row.
func (rt *RecordTable[T]) Refresh(rows []T) {
	sel := rt.selected
	rt.SetRows(rows)
	if sel >= 0 && sel < len(rt.shown) {
		rt.selected = sel
	}
}

// Rows are all the rows, Shown those the search lets through, in order.
func (rt *RecordTable[T]) Rows() []T  { return rt.all }
func (rt *RecordTable[T]) Shown() []T { return rt.shown }

// SortBy sorts by column col; the same column again reverses the order.
func (rt *RecordTable[T]) SortBy(col int) {
	if rt.sortCol == col {
		rt.sortDesc = !rt.sortDesc
	} else {
		rt.sortCol, rt.sortDesc = col, false
	}
	rt.apply()
}

// SortInitially sets the order shown before the user taps a header (the
// activity logs open newest first).
func (rt *RecordTable[T]) SortInitially(col int, desc bool) *RecordTable[T] {
	rt.sortCol, rt.sortDesc = col, desc
	return rt
}

func (rt *RecordTable[T]) apply() {
	q := strings.ToLower(strings.TrimSpace(rt.Search.Text))
	rt.shown = rt.shown[:0]
	for _, r := range rt.all {
		if q == "" || strings.Contains(rt.haystack(r), q) {
			rt.shown = append(rt.shown, r)
		}
	}
	if rt.sortCol >= 0 {
		c := rt.cols[rt.sortCol]
		less := c.Less
		if less == nil {
			less = func(a, b T) bool { return strings.ToLower(c.Text(a)) < strings.ToLower(c.Text(b)) }
		}
		sort.SliceStable(rt.shown, func(i, j int) bool {
			if rt.sortDesc {
				return less(rt.shown[j], rt.shown[i])
			}
			return less(rt.shown[i], rt.shown[j])
		})
	}
	rt.selected = -1
	rt.Table.UnselectAll()
	if len(rt.all) == 0 {
		rt.Count.SetText(i18n.T(rt.emptyKey())) // not a bare header: what to do
	} else {
		rt.Count.SetText(i18n.T("table.count", "shown", len(rt.shown), "all", len(rt.all)))
	}
	rt.Table.Refresh()
}

func (rt *RecordTable[T]) haystack(r T) string {
	var b strings.Builder
	for _, c := range rt.cols {
		b.WriteString(c.Text(r))
		b.WriteByte('\n')
	}
	if rt.Extra != nil {
		b.WriteString(rt.Extra(r))
	}
	return strings.ToLower(b.String())
}

// Current is the selected row, if any.
func (rt *RecordTable[T]) Current() (T, bool) {
	var zero T
	if rt.selected < 0 || rt.selected >= len(rt.shown) {
		return zero, false
	}
	return rt.shown[rt.selected], true
}

// First is the first shown row, if any.
func (rt *RecordTable[T]) First() (T, bool) {
	var zero T
	if len(rt.shown) == 0 {
		return zero, false
	}
	return rt.shown[0], true
}

// SelectRow selects the shown row i (tests and keyboard users).
func (rt *RecordTable[T]) SelectRow(i int) {
	rt.Table.Select(widget.TableCellID{Row: i, Col: 0})
}

// Unselect forgets the selected row.
func (rt *RecordTable[T]) Unselect() {
	rt.Table.UnselectAll()
	rt.selected = -1
}

// SelectWhere selects (and scrolls to) the first shown row that matches;
// false when none does.
func (rt *RecordTable[T]) SelectWhere(match func(T) bool) bool {
	for i, r := range rt.shown {
		if match(r) {
			rt.SelectRow(i)
			return true
		}
	}
	return false
}

// headerCell is a column title that sorts when tapped; long titles are cut
// with an ellipsis instead of spilling into the next column.
type headerCell struct {
	widget.BaseWidget
	label *widget.Label
	icon  *widget.Icon
	onTap func()
}

func newHeaderCell() *headerCell {
	h := &headerCell{label: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), icon: widget.NewIcon(nil)}
	h.label.Truncation = fyne.TextTruncateEllipsis
	h.ExtendBaseWidget(h)
	return h
}

func (h *headerCell) set(title string, icon fyne.Resource, onTap func()) {
	h.label.SetText(title)
	h.icon.SetResource(icon)
	if icon == nil {
		h.icon.Hide()
	} else {
		h.icon.Show()
	}
	h.onTap = onTap
}

// Tapped sorts by this column.
func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.onTap != nil {
		h.onTap()
	}
}

func (h *headerCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, h.icon, h.label))
}
