package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/ui/i18n"
)

// newDialog is an information dialog closed with one button.
func newDialog(title string, content fyne.CanvasObject, w fyne.Window) dialog.Dialog {
	return dialog.NewCustom(title, i18n.T("button.close"), content, w)
}

// confirmDelete asks before anything is deleted; what names the record.
func confirmDelete(w fyne.Window, what string, onYes func()) {
	d := dialog.NewConfirm(i18n.T("confirm.delete.title"), i18n.Tf("confirm.delete.body", what), func(ok bool) {
		if ok {
			onYes()
		}
	}, w)
	d.SetConfirmText(i18n.T("button.delete"))
	d.SetDismissText(i18n.T("button.cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
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

func newFormDialog(w fyne.Window, title string, items []*widget.FormItem, save func() error) *formDialog {
	fd := &formDialog{form: widget.NewForm(items...), save: save}
	fd.errText = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	fd.errText.Wrapping = fyne.TextWrapWord
	fd.errText.Importance = widget.DangerImportance
	fd.errText.Hide()
	fd.saveBtn = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), fd.onSave)
	fd.saveBtn.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), func() { fd.dlg.Hide() })
	body := container.NewVBox(fd.form, fd.errText)
	fd.dlg = dialog.NewCustomWithoutButtons(title, container.NewVScroll(body), w)
	fd.dlg.SetButtons([]fyne.CanvasObject{cancel, fd.saveBtn})
	fd.dlg.Resize(fyne.NewSize(620, 520))
	return fd
}

func (fd *formDialog) show() { fd.dlg.Show() }

// onSave validates the widgets, then calls save; errors stay in the dialog.
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
