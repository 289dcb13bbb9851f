package kit

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/data/text"
	"baulu/ui/i18n"
)

// Dialogs shows a window's dialogs and remembers the last ones shown, so
// tests press their buttons and read their messages like a user would.
type Dialogs struct {
	win fyne.Window
	// early is the first message asked for before the window exists (while
	// the window's content is built); SetWindow shows it.
	early func()

	Form    *FormDialog    // the form dialog last shown
	Confirm *ConfirmDialog // the confirmation last shown
	Message string         // the message last shown
	lastDir string         // the folder of the last file chosen (file dialogs start there)
}

// SetWindow gives the dialogs their window and shows a message asked for
// before it existed.
func (d *Dialogs) SetWindow(w fyne.Window) {
	d.win = w
	if early := d.early; early != nil {
		d.early = nil
		early()
	}
}

// Window is the window the dialogs show in (nil before SetWindow).
func (d *Dialogs) Window() fyne.Window { return d.win }

// ShowMessage shows an information dialog with wrapped text.
func (d *Dialogs) ShowMessage(title, msg string) {
	d.Message = msg
	if d.win == nil {
		if d.early == nil {
			d.early = func() { d.ShowMessage(title, msg) }
		}
		return
	}
	dlg := dialog.NewCustom(title, i18n.T("button.close"), container.NewPadded(Wrapped(msg)), d.win)
	dlg.Resize(fyne.NewSize(480, 220))
	dlg.Show()
	d.keys(dlg, dlg.Hide, dlg.Hide)
}

// ShowError logs err and tells the user in one sentence what went wrong.
func (d *Dialogs) ShowError(err error) {
	if err == nil {
		return
	}
	fyne.LogError("baulu", err)
	d.ShowMessage(i18n.T("error.title"), ErrorText(err))
}

// ConfirmDialog asks before something that cannot be taken back.
type ConfirmDialog struct {
	Dlg     *dialog.CustomDialog
	Yes, No *widget.Button
	Alt     *widget.Button // the usual alternative, when there is one
	Body    string         // what it says
}

// ConfirmDelete asks before deleting; what names the record.
func (d *Dialogs) ConfirmDelete(what string, onYes func()) {
	d.confirm(i18n.T("confirm.delete.title"), i18n.T("confirm.delete.body", "what", what), 440,
		i18n.T("button.delete"), theme.DeleteIcon(), widget.DangerImportance, onYes)
}

// ConfirmDeleteOr asks before deleting, saying note (what else goes), and
// offers the usual alternative first (a child who left the pilot is marked
// so, not deleted with its scores): alt names it on its button.
func (d *Dialogs) ConfirmDeleteOr(what, note, alt string, onAlt, onYes func()) {
	d.confirm(i18n.T("confirm.delete.title"), i18n.T("confirm.delete.body_note", "what", what, "note", note), 480,
		i18n.T("button.delete"), theme.DeleteIcon(), widget.DangerImportance, onYes)
	c := d.Confirm
	c.Alt = widget.NewButtonWithIcon(alt, theme.ConfirmIcon(), func() {
		c.Dlg.Hide()
		onAlt()
	})
	c.Alt.Importance = widget.HighImportance
	c.Yes.Importance = widget.DangerImportance
	c.Dlg.SetButtons([]fyne.CanvasObject{c.No, c.Yes, c.Alt})
}

// ConfirmAction asks before an action that cannot be taken back in the UI;
// yes names the action on its button.
func (d *Dialogs) ConfirmAction(title, body, yes string, icon fyne.Resource, onYes func()) {
	d.confirm(title, body, 480, yes, icon, widget.HighImportance, onYes)
}

func (d *Dialogs) confirm(title, body string, width float32, yes string, icon fyne.Resource, imp widget.Importance, onYes func()) {
	c := &ConfirmDialog{Body: body}
	c.Yes = widget.NewButtonWithIcon(yes, icon, func() {
		c.Dlg.Hide()
		onYes()
	})
	c.Yes.Importance = imp
	c.No = widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), func() { c.Dlg.Hide() })
	c.Dlg = dialog.NewCustomWithoutButtons(title, FixedColumn(width, Wrapped(body)), d.win)
	c.Dlg.SetButtons([]fyne.CanvasObject{c.No, c.Yes})
	d.Confirm = c
	c.Dlg.Show()
	d.keys(c.Dlg, func() { c.press() }, c.Dlg.Hide)
}

// press is what Enter does: the alternative when there is one (the usual
// choice), otherwise the action.
func (c *ConfirmDialog) press() {
	if c.Alt != nil {
		c.Alt.OnTapped()
		return
	}
	c.Yes.OnTapped()
}

// keys lets Enter and Escape answer a dialog that has no field: the window
// gets the keys while nothing has the focus, and its handler comes back
// when the dialog closes.
func (d *Dialogs) keys(dlg dialog.Dialog, enter, escape func()) {
	cv := d.win.Canvas()
	prev := cv.OnTypedKey()
	cv.Unfocus()
	cv.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			enter()
		case fyne.KeyEscape:
			escape()
		default:
			if prev != nil {
				prev(ev)
			}
		}
	})
	dlg.SetOnClosed(func() { cv.SetOnTypedKey(prev) })
}

// ErrorText turns an error into a sentence in the UI language: which field
// and why for bad input, a plain sentence otherwise.
func ErrorText(err error) string { return ErrorTextIn(i18n.Current(), err) }

// ErrorTextIn is ErrorText in lang (the command line speaks the database's
// language, not the window's).
func ErrorTextIn(lang string, err error) string {
	var ve *data.ValidationError
	var sentence interface{ Message(lang string) string } // an error that words itself (data.ApprovedError)
	switch {
	case errors.As(err, &sentence):
		return sentence.Message(i18n.Current())
	case errors.As(err, &ve):
		return text.T(lang, "error.field", "field", FieldLabelIn(lang, ve.Field), "reason", text.T(lang, "reason."+ve.Reason))
	case errors.Is(err, data.ErrDuplicate):
		return text.T(lang, "error.duplicate")
	case errors.Is(err, data.ErrInUse):
		return text.T(lang, "error.in_use")
	case errors.Is(err, data.ErrNotFound):
		return text.T(lang, "error.not_found")
	case errors.Is(err, data.ErrInvalid):
		return text.T(lang, "error.invalid")
	}
	return text.T(lang, "error.other", "error", err.Error())
}

// FieldLabel names a field for messages (the text field.<key>).
func FieldLabel(key string) string { return FieldLabelIn(i18n.Current(), key) }

// FieldLabelIn is FieldLabel in lang.
func FieldLabelIn(lang, key string) string {
	if v, ok := text.Lookup(lang, "field."+key); ok {
		return v
	}
	return text.T(lang, "field.unknown")
}

// RenameField gives a validation error a more precise field name for the
// message (a round's "kind" is not an event's kind).
func RenameField(err error, from, to string) error {
	var ve *data.ValidationError
	if errors.As(err, &ve) && ve.Field == from {
		ve.Field = to
	}
	return err
}
