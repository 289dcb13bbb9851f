package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/i18n"
)

// dialogs remembers the dialogs last shown, so tests can press their buttons
// and read their messages like a user would.
type dialogs struct {
	form    *formDialog
	confirm *confirmDialog
	message string
	// early is the first message of the window's build, before the window
	// exists; New shows it when the window is made.
	early func()
}

// showMessage shows an information dialog with wrapped text.
func (u *UI) showMessage(title, msg string) {
	u.dialogs.message = msg
	if u.win == nil {
		if u.dialogs.early == nil {
			u.dialogs.early = func() { u.showMessage(title, msg) }
		}
		return
	}
	d := dialog.NewCustom(title, i18n.T("button.close"), container.NewPadded(wrapped(msg)), u.win)
	d.Resize(fyne.NewSize(480, 220))
	d.Show()
}

// confirmDialog asks before anything is deleted.
type confirmDialog struct {
	dlg     *dialog.CustomDialog
	yes, no *widget.Button
}

// confirmDelete asks before deleting; what names the record.
func (u *UI) confirmDelete(what string, onYes func()) {
	c := &confirmDialog{}
	c.yes = widget.NewButtonWithIcon(i18n.T("button.delete"), theme.DeleteIcon(), func() {
		c.dlg.Hide()
		onYes()
	})
	c.yes.Importance = widget.DangerImportance
	c.no = widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), func() { c.dlg.Hide() })
	c.dlg = dialog.NewCustomWithoutButtons(i18n.T("confirm.delete.title"),
		fixedColumn(440, wrapped(i18n.T("confirm.delete.body", "what", what))), u.win)
	c.dlg.SetButtons([]fyne.CanvasObject{c.no, c.yes})
	u.dialogs.confirm = c
	c.dlg.Show()
}

// formDialog edits a record in a modal dialog that stays open while the input
// is wrong: save returns an error, which is shown inside the dialog, and
// nothing is written; on success the dialog closes.
type formDialog struct {
	dlg     *dialog.CustomDialog
	form    *widget.Form
	errText *widget.Label
	saveBtn *widget.Button
	save    func() error
}

func (u *UI) newFormDialog(title string, items []*widget.FormItem, save func() error) *formDialog {
	fd := &formDialog{form: widget.NewForm(items...), save: save}
	fd.errText = wrapped("")
	fd.errText.TextStyle.Bold = true
	fd.errText.Importance = widget.DangerImportance
	fd.errText.Hide()
	fd.saveBtn = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), fd.onSave)
	fd.saveBtn.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), func() { fd.dlg.Hide() })
	body := container.NewVBox(fd.form, fd.errText)
	fd.dlg = dialog.NewCustomWithoutButtons(title, container.NewVScroll(body), u.win)
	fd.dlg.SetButtons([]fyne.CanvasObject{cancel, fd.saveBtn})
	fd.dlg.Resize(fyne.NewSize(640, 540))
	u.dialogs.form = fd
	return fd
}

func (fd *formDialog) show() { fd.dlg.Show() }

// onSave checks the widgets, then calls save; errors stay in the dialog.
func (fd *formDialog) onSave() {
	if err := fd.form.Validate(); err != nil {
		fd.fail(err)
		return
	}
	if err := fd.save(); err != nil {
		fd.fail(err)
		return
	}
	fd.dlg.Hide()
}

func (fd *formDialog) fail(err error) {
	fd.errText.SetText(errorText(err))
	fd.errText.Show()
}

// entryAt and choiceAt reach the form's widgets by row (tests).
func (fd *formDialog) entryAt(i int) *widget.Entry {
	switch w := fd.form.Items[i].Widget.(type) {
	case *widget.Entry:
		return w
	case *dateEntry:
		return &w.Entry
	}
	return nil
}
