package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/i18n"
)

// column describes one column of a recordTable.
type column[T any] struct {
	title string
	width float32
	text  func(T) string
	less  func(a, b T) bool // nil: sort by text
	// importance colours a cell (overdue in red, a risk's level); nil: plain.
	importance func(T) widget.Importance
}

// recordTable is the list every screen uses: a search box, a table whose
// header buttons sort (tap again to reverse), a selected row and a counter.
// Search folds case in Go, because SQLite's lower() knows only ASCII.
type recordTable[T any] struct {
	cols     []column[T]
	all      []T
	shown    []T
	search   *widget.Entry
	table    *widget.Table
	count    *widget.Label
	sortCol  int
	sortDesc bool
	selected int
	onSelect func(T)
	extra    func(T) string // more searchable text (hidden fields)
}

func newRecordTable[T any](cols []column[T], onSelect func(T)) *recordTable[T] {
	rt := &recordTable[T]{cols: cols, sortCol: -1, selected: -1, onSelect: onSelect}
	rt.search = widget.NewEntry()
	rt.search.SetPlaceHolder(i18n.T("search.placeholder"))
	rt.search.OnChanged = func(string) { rt.apply() }
	rt.count = widget.NewLabel("")
	rt.table = widget.NewTable(
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
				if c.importance != nil {
					l.Importance = c.importance(r)
				}
				l.Text = c.text(r)
				l.Refresh()
			}
		})
	rt.table.ShowHeaderRow = true
	rt.table.CreateHeader = func() fyne.CanvasObject { return newHeaderCell() }
	rt.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
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
		h.set(rt.cols[id.Col].title, icon, func() { rt.sortBy(col) })
	}
	for i, c := range cols {
		rt.table.SetColumnWidth(i, c.width)
	}
	rt.table.OnSelected = func(id widget.TableCellID) {
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

// content is the search box, the table and the counter.
func (rt *recordTable[T]) content() fyne.CanvasObject {
	return container.NewBorder(rt.search, rt.count, nil, nil, rt.table)
}

// setRows replaces the data, keeping search and sort.
func (rt *recordTable[T]) setRows(rows []T) {
	rt.all = rows
	rt.apply()
}

// sortBy sorts by column col; the same column again reverses the order.
func (rt *recordTable[T]) sortBy(col int) {
	if rt.sortCol == col {
		rt.sortDesc = !rt.sortDesc
	} else {
		rt.sortCol, rt.sortDesc = col, false
	}
	rt.apply()
}

func (rt *recordTable[T]) apply() {
	q := strings.ToLower(strings.TrimSpace(rt.search.Text))
	rt.shown = rt.shown[:0]
	for _, r := range rt.all {
		if q == "" || strings.Contains(rt.haystack(r), q) {
			rt.shown = append(rt.shown, r)
		}
	}
	if rt.sortCol >= 0 {
		c := rt.cols[rt.sortCol]
		less := c.less
		if less == nil {
			less = func(a, b T) bool { return strings.ToLower(c.text(a)) < strings.ToLower(c.text(b)) }
		}
		sort.SliceStable(rt.shown, func(i, j int) bool {
			if rt.sortDesc {
				return less(rt.shown[j], rt.shown[i])
			}
			return less(rt.shown[i], rt.shown[j])
		})
	}
	rt.selected = -1
	rt.table.UnselectAll()
	rt.count.SetText(i18n.T("table.count", "shown", len(rt.shown), "all", len(rt.all)))
	rt.table.Refresh()
}

func (rt *recordTable[T]) haystack(r T) string {
	var b strings.Builder
	for _, c := range rt.cols {
		b.WriteString(c.text(r))
		b.WriteByte('\n')
	}
	if rt.extra != nil {
		b.WriteString(rt.extra(r))
	}
	return strings.ToLower(b.String())
}

// current is the selected row, if any.
func (rt *recordTable[T]) current() (T, bool) {
	var zero T
	if rt.selected < 0 || rt.selected >= len(rt.shown) {
		return zero, false
	}
	return rt.shown[rt.selected], true
}

// selectRow selects the shown row i (tests and keyboard users).
func (rt *recordTable[T]) selectRow(i int) {
	rt.table.Select(widget.TableCellID{Row: i, Col: 0})
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
