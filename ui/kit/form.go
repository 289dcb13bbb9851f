package kit

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// Field is one row of a Form: the key of what it edits (the one a
// validation error names, and the one code and tests find it by), its
// label and its widget. The constructors label a field with the text
// field.<key>.
type Field struct {
	Key    string
	Label  string
	Hint   string
	Widget fyne.CanvasObject
}

// Text is a one-line entry holding value.
func Text(key, value string) Field { return Custom(key, EntryWith(value)) }

// Password is an entry whose text is hidden.
func Password(key string) Field {
	e := newEntry()
	e.Password = true
	return Custom(key, e)
}

// TextArea is a word-wrapping entry of rows lines holding value.
func TextArea(key, value string, rows int) Field { return Custom(key, Multiline(value, rows)) }

// Date is a dd.mm.yyyy entry holding d.
func Date(key string, d data.Date, required bool) Field {
	e := NewDateEntry(key, required)
	e.SetDate(d)
	return Custom(key, e)
}

// Pick is a row with a choice.
func Pick(key string, c *Choice) Field { return Custom(key, c) }

// Check is a check box whose own text is the label (the row has none).
func Check(key string, checked bool) Field {
	c := widget.NewCheck(i18n.T("field."+key), nil)
	c.SetChecked(checked)
	return Field{Key: key, Widget: c}
}

// Custom is a row with any widget.
func Custom(key string, w fyne.CanvasObject) Field {
	return Field{Key: key, Label: i18n.T("field." + key), Widget: w}
}

// Note is a row of wrapped text without a label or a key.
func Note(text string) Field { return Field{Widget: Wrapped(text)} }

// Labelled gives the row another label.
func (f Field) Labelled(label string) Field {
	f.Label = label
	return f
}

// WithHint puts a hint under the row's widget.
func (f Field) WithHint(hint string) Field {
	f.Hint = hint
	return f
}

// Placeholder shows p in an empty entry.
func (f Field) Placeholder(p string) Field {
	switch e := f.Widget.(type) {
	case *widget.Entry:
		e.SetPlaceHolder(p)
	case *Entry:
		e.SetPlaceHolder(p)
	}
	return f
}

// Form is a form declared as a list of fields, whose widgets are found by
// key. Asking for a key the form lacks, or for the wrong kind of widget, is
// a programming error and panics.
type Form struct {
	Widget *widget.Form
	keys   []string
	byKey  map[string]fyne.CanvasObject
	scroll *container.Scroll // the form's own scroll container (Scrolled)
}

// Scrolled is the form in a vertical scroll container, in which the field
// FocusField points at is scrolled into view.
func (f *Form) Scrolled() *container.Scroll {
	f.scroll = container.NewVScroll(f.Widget)
	return f.scroll
}

// longHint is the length past which a field's hint wraps in a row of its
// own under the field instead of Fyne's one-line hint.
const longHint = 48

// NewForm lays fields out one per row, in order.
func NewForm(fields ...Field) *Form {
	f := &Form{byKey: map[string]fyne.CanvasObject{}}
	var items []*widget.FormItem
	rows := make([]*widget.FormItem, len(fields)) // each field's own row
	for i, fl := range fields {
		if _, ok := fl.Widget.(*DateEntry); ok && fl.Hint == "" {
			// A date's row has a line under it from the start, saying how
			// to write it: the place its message appears when it is wrong.
			fl.Hint = i18n.T("date.hint")
			fields[i] = fl
		}
		it := widget.NewFormItem(fl.Label, fl.Widget)
		rows[i] = it
		items = append(items, it)
		if utf8.RuneCountInString(fl.Hint) > longHint {
			// Fyne draws a row's hint on one line: a sentence would widen
			// the form past a small screen, so it wraps in a row of its own.
			hint := Wrapped(fl.Hint)
			hint.Importance = widget.LowImportance
			items = append(items, widget.NewFormItem("", hint))
		} else {
			it.HintText = fl.Hint
		}
		if fl.Key != "" {
			if _, dup := f.byKey[fl.Key]; dup {
				panic(fmt.Sprintf("kit: form field %q twice", fl.Key))
			}
			f.keys = append(f.keys, fl.Key)
			f.byKey[fl.Key] = fl.Widget
		}
	}
	f.Widget = widget.NewForm(items...)
	for i, fl := range fields {
		if de, ok := fl.Widget.(*DateEntry); ok {
			it, hint := rows[i], fl.Hint
			de.onLeave = func(err error) {
				it.HintText = hint
				if err != nil {
					it.HintText = ErrorText(err)
				}
				f.Widget.Refresh()
			}
		}
	}
	return f
}

// Verify reads every date field as Save will: the first wrong one gets the
// keyboard and its error is returned (nil when all can be read).
func (f *Form) Verify() error {
	var first error
	for _, k := range f.keys {
		if de, ok := f.byKey[k].(*DateEntry); ok {
			_, err := de.Date()
			if de.onLeave != nil {
				de.onLeave(err) // every field's message as it stands now
			}
			if first == nil {
				first = err
			}
		}
	}
	f.FocusField(first)
	return first
}

// FocusField gives the keyboard to the field a validation error names, when
// the form has it, and scrolls it into view: the first wrong field is where
// the user goes next.
func (f *Form) FocusField(err error) {
	var ve *data.ValidationError
	if !errors.As(err, &ve) {
		return
	}
	o, ok := f.byKey[ve.Field]
	if !ok {
		return
	}
	f.reveal(o)
	w, ok := o.(fyne.Focusable)
	if !ok {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(f.Widget); c != nil {
		c.Focus(w)
	}
}

// Refuse tells, in a message over a screen's form (not a form dialog),
// why Save refused it, with the field it names scrolled into view behind.
func (f *Form) Refuse(h interface{ ShowError(error) }, err error) {
	f.FocusField(err)
	h.ShowError(err)
}

// reveal scrolls the form's scroll container (if it has one) the least that
// shows o and the line under it, where the field's message is.
func (f *Form) reveal(o fyne.CanvasObject) {
	s := f.scroll
	if s == nil || !o.Visible() || s.Size().Height <= 0 {
		return
	}
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	bottom := top + o.Size().Height + 2*theme.TextSize()
	off := s.Offset
	if bottom > off.Y+s.Size().Height {
		off.Y = bottom - s.Size().Height
	}
	if top < off.Y {
		off.Y = top
	}
	s.ScrollToOffset(off) // Fyne keeps the offset within the content
}

// Object is the widget of the field key.
func (f *Form) Object(key string) fyne.CanvasObject {
	w, ok := f.byKey[key]
	if !ok {
		panic(fmt.Sprintf("kit: the form has no field %q (it has %v)", key, f.keys))
	}
	return w
}

// Entry is the text entry of the field key (a date field's too).
func (f *Form) Entry(key string) *widget.Entry {
	switch w := f.Object(key).(type) {
	case *widget.Entry:
		return w
	case *Entry:
		return &w.Entry
	case *DateEntry:
		return &w.Entry
	}
	panic(fmt.Sprintf("kit: form field %q is a %T, not an entry", key, f.Object(key)))
}

// Date is the date entry of the field key.
func (f *Form) Date(key string) *DateEntry { return as[*DateEntry](f, key) }

// Choice is the choice of the field key.
func (f *Form) Choice(key string) *Choice { return as[*Choice](f, key) }

// Check is the check box of the field key.
func (f *Form) Check(key string) *widget.Check { return as[*widget.Check](f, key) }

// CheckGroup is the check group of the field key.
func (f *Form) CheckGroup(key string) *widget.CheckGroup { return as[*widget.CheckGroup](f, key) }

// Text is the text of the entry key.
func (f *Form) Text(key string) string { return f.Entry(key).Text }

// DateOf is the date of the date entry key, or the error naming it.
func (f *Form) DateOf(key string) (data.Date, error) { return f.Date(key).Date() }

func as[W any](f *Form, key string) W {
	w, ok := f.Object(key).(W)
	if !ok {
		panic(fmt.Sprintf("kit: form field %q is a %T", key, f.Object(key)))
	}
	return w
}

// FormDialog edits a record in a modal dialog that stays open while the
// input is wrong: save returns an error, which is shown inside the dialog,
// and nothing is written; on success the dialog closes.
type FormDialog struct {
	Form    *Form
	Dlg     *dialog.CustomDialog
	ErrText *widget.Label
	Save    *widget.Button
	save    func() error
	win     fyne.Window
}

// NewFormDialog shows form titled title (call Show); Save calls save.
func (d *Dialogs) NewFormDialog(title string, form *Form, save func() error) *FormDialog {
	fd := &FormDialog{Form: form, save: save, win: d.win}
	fd.ErrText = Wrapped("")
	fd.ErrText.TextStyle.Bold = true
	fd.ErrText.Importance = widget.DangerImportance
	fd.ErrText.Hide()
	fd.Save = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), fd.onSave)
	fd.Save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), func() { fd.Dlg.Hide() })
	// The message stays in sight under the scrolling form, above the
	// buttons: on a small screen it would otherwise be below the fold and
	// Save would seem to do nothing.
	body := container.NewBorder(nil, fd.ErrText, nil, nil, form.Scrolled())
	fd.Dlg = dialog.NewCustomWithoutButtons(title, body, d.win)
	fd.Dlg.SetButtons([]fyne.CanvasObject{cancel, fd.Save})
	fd.Dlg.Resize(fyne.NewSize(640, 540))
	d.Form = fd
	fd.SubmitOnEnter()
	fd.fields(func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *Entry:
			w.onEscape = fd.Dlg.Hide
		case *DateEntry:
			w.onEscape = fd.Dlg.Hide
		}
	})
	return fd
}

// fields calls fn with every field's widget and, inside a field made of
// containers (an event's participation grid), with every object in them.
func (fd *FormDialog) fields(fn func(fyne.CanvasObject)) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		fn(o)
		if c, ok := o.(*fyne.Container); ok {
			for _, in := range c.Objects {
				walk(in)
			}
		}
	}
	for _, it := range fd.Form.Widget.Items {
		walk(it.Widget)
	}
}

// Show shows the dialog with the keyboard in its first field.
func (fd *FormDialog) Show() {
	fd.Dlg.Show()
	for _, it := range fd.Form.Widget.Items {
		if w, ok := it.Widget.(fyne.Focusable); ok && it.Widget.Visible() {
			if dis, ok := it.Widget.(fyne.Disableable); ok && dis.Disabled() {
				continue
			}
			// The window's canvas: a dialog just shown is not drawn yet, so
			// the driver cannot tell which canvas its fields are on.
			if fd.win != nil {
				fd.win.Canvas().Focus(w)
			}
			return
		}
	}
}

// Resize sizes the dialog.
func (fd *FormDialog) Resize(w, h float32) *FormDialog {
	fd.Dlg.Resize(fyne.NewSize(w, h))
	return fd
}

// onSave checks the widgets, then calls save; errors stay in the dialog.
func (fd *FormDialog) onSave() {
	if err := fd.Form.Verify(); err != nil {
		fd.fail(err)
		return
	}
	if err := fd.Form.Widget.Validate(); err != nil {
		fd.fail(err)
		return
	}
	if err := fd.save(); err != nil {
		fd.fail(err)
		return
	}
	fd.Dlg.Hide()
}

func (fd *FormDialog) fail(err error) {
	fd.ErrText.SetText(ErrorText(err))
	fd.ErrText.Show()
	fd.Form.FocusField(err)
}

// SubmitOnEnter lets Enter in any one-line field save the form (every
// form dialog does from the start; kept for the screens that say so).
func (fd *FormDialog) SubmitOnEnter() *FormDialog {
	fd.fields(func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *DateEntry:
			w.OnSubmitted = func(string) { fd.onSave() }
		case *Entry:
			if !w.MultiLine {
				w.OnSubmitted = func(string) { fd.onSave() }
			}
		case *widget.Entry:
			if !w.MultiLine {
				w.OnSubmitted = func(string) { fd.onSave() }
			}
		}
	})
	return fd
}

// HideForm closes the form dialog last shown (screenshots).
func (d *Dialogs) HideForm() {
	if d.Form != nil {
		d.Form.Dlg.Hide()
	}
}
