package kit

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// The pieces every activity list shares: the Add / Edit / Delete buttons,
// date and number columns, the layout of a list with its filters.

// CrudButtons are the Add, Edit and Delete buttons under a list; Edit and
// Delete act on the selected row, and say so on the status line when none
// is selected.
type CrudButtons struct{ Add, Edit, Del *widget.Button }

// NewCrudButtons makes the buttons of rt.
func NewCrudButtons[T any](status func(string), rt *RecordTable[T], onAdd func(), onEdit, onDelete func(T)) CrudButtons {
	rt.canAdd = true
	rt.apply()
	withRow := func(f func(T)) func() {
		return func() {
			if r, ok := rt.Current(); ok {
				f(r)
				return
			}
			status(i18n.T("list.pick_row"))
		}
	}
	b := CrudButtons{
		Add:  widget.NewButtonWithIcon(i18n.T("button.add"), theme.ContentAddIcon(), onAdd),
		Edit: widget.NewButtonWithIcon(i18n.T("button.edit"), theme.DocumentCreateIcon(), withRow(onEdit)),
		Del:  widget.NewButtonWithIcon(i18n.T("button.delete"), theme.DeleteIcon(), withRow(onDelete)),
	}
	b.Add.Importance = widget.HighImportance
	return b
}

// Row lays the buttons out, with more of the screen's own between Edit and
// Delete.
func (b CrudButtons) Row(more ...fyne.CanvasObject) *fyne.Container {
	objs := append([]fyne.CanvasObject{b.Add, b.Edit}, more...)
	return ButtonRow(append(objs, b.Del)...)
}

// DateColumn shows a date as dd.mm.yyyy and sorts by the date itself.
func DateColumn[T any](title string, get func(T) data.Date) Column[T] {
	return Column[T]{Title: title, Width: 115, Text: func(r T) string { return get(r).DMY() },
		Less: func(a, b T) bool { return get(a).Before(get(b)) }}
}

// IntColumn shows a count and sorts numerically.
func IntColumn[T any](title string, width float32, get func(T) int) Column[T] {
	return Column[T]{Title: title, Width: width, Text: func(r T) string { return strconv.Itoa(get(r)) },
		Less: func(a, b T) bool { return get(a) < get(b) }}
}

// ListPane is the layout of every list: filters on top (may be nil), the
// search box and table, the buttons below.
func ListPane[T any](filters fyne.CanvasObject, rt *RecordTable[T], buttons fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(filters, buttons, nil, nil, rt.Content())
}
