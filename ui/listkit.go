package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// This file holds the pieces every activity list shares: the Add / Edit /
// Delete buttons, date and number columns, the default sort, finding a row
// by its record, and the layout of a list with its filters.

// crudButtons are the Add, Edit and Delete buttons under a list; Edit and
// Delete act on the selected row, and say so when none is selected.
type crudButtons struct{ add, edit, del *widget.Button }

func newCrudButtons[T any](u *UI, rt *recordTable[T], onAdd func(), onEdit, onDelete func(T)) crudButtons {
	withRow := func(f func(T)) func() {
		return func() {
			if r, ok := rt.current(); ok {
				f(r)
				return
			}
			u.status(i18n.T("list.pick_row"))
		}
	}
	b := crudButtons{
		add:  widget.NewButtonWithIcon(i18n.T("button.add"), theme.ContentAddIcon(), onAdd),
		edit: widget.NewButtonWithIcon(i18n.T("button.edit"), theme.DocumentCreateIcon(), withRow(onEdit)),
		del:  widget.NewButtonWithIcon(i18n.T("button.delete"), theme.DeleteIcon(), withRow(onDelete)),
	}
	b.add.Importance = widget.HighImportance
	return b
}

// row lays the buttons out, with more of the screen's own between Edit and Delete.
func (b crudButtons) row(more ...fyne.CanvasObject) *fyne.Container {
	objs := append([]fyne.CanvasObject{b.add, b.edit}, more...)
	return container.NewHBox(append(objs, b.del)...)
}

// dateColumn shows a date as dd.mm.yyyy and sorts by the date itself.
func dateColumn[T any](title string, get func(T) data.Date) column[T] {
	return column[T]{title: title, width: 115, text: func(r T) string { return get(r).DMY() },
		less: func(a, b T) bool { return get(a).Before(get(b)) }}
}

// withWidth gives a column another width (a date column with a long title).
func (c column[T]) withWidth(w float32) column[T] {
	c.width = w
	return c
}

// intColumn shows a count and sorts numerically.
func intColumn[T any](title string, width float32, get func(T) int) column[T] {
	return column[T]{title: title, width: width, text: func(r T) string { return strconv.Itoa(get(r)) },
		less: func(a, b T) bool { return get(a) < get(b) }}
}

// sortInitially sets the order shown before the user taps a header (the
// activity logs open newest first).
func (rt *recordTable[T]) sortInitially(col int, desc bool) *recordTable[T] {
	rt.sortCol, rt.sortDesc = col, desc
	return rt
}

// selectWhere selects (and scrolls to) the first shown row that matches;
// false when none does.
func (rt *recordTable[T]) selectWhere(match func(T) bool) bool {
	for i, r := range rt.shown {
		if match(r) {
			rt.selectRow(i)
			return true
		}
	}
	return false
}

// listPane is the layout of every list: filters on top (may be nil), the
// search box and table, the buttons below.
func listPane[T any](filters fyne.CanvasObject, rt *recordTable[T], buttons fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(filters, buttons, nil, nil, rt.content())
}

// filterRow puts a list's filters side by side in equal widths.
func filterRow(objs ...fyne.CanvasObject) *fyne.Container {
	return container.NewGridWithColumns(len(objs), objs...)
}

// multiline is a word-wrapping text area.
func multiline(text string, rows int) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	e.SetText(text)
	return e
}

// entryWith is a one-line entry holding text.
func entryWith(text string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	return e
}

// submitOnEnter lets Enter in any one-line field save the form.
func (fd *formDialog) submitOnEnter() {
	for _, it := range fd.form.Items {
		switch w := it.Widget.(type) {
		case *dateEntry:
			w.OnSubmitted = func(string) { fd.onSave() }
		case *widget.Entry:
			if !w.MultiLine {
				w.OnSubmitted = func(string) { fd.onSave() }
			}
		}
	}
}

// cut shortens a long text for a list or a picker, on a letter boundary.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// itoa writes a count.
func itoa(n int) string { return strconv.Itoa(n) }

// daysText is "N days" in the UI language.
func daysText(n int) string { return i18n.N("days.n", n) }
