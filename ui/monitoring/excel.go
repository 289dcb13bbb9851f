package monitoring

import (
	"errors"
	"io/fs"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/reports/xlsxio"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// monExcel makes data-collection templates and imports them once teachers
// have filled them in. An import accepts a file of any kindergarten and
// round of the region: the file says which in its hidden metadata, and the
// preview names both before anything is written.
type monExcel struct {
	h          shell
	picker     *monPicker
	template   *widget.Button
	open       *widget.Button
	afterApply func() // the grid shows imported scores at once
	lastDir    string // where the last file was saved or opened
	preview    *importPreview
}

func newMonExcel(h shell, afterApply func()) *monExcel {
	x := &monExcel{h: h, afterApply: afterApply}
	x.picker = newMonPicker(h, true, nil)
	x.template = widget.NewButtonWithIcon(i18n.T("mon.excel.template"), theme.DocumentSaveIcon(), x.onTemplate)
	x.template.Importance = widget.HighImportance
	x.open = widget.NewButtonWithIcon(i18n.T("mon.excel.import"), theme.FolderOpenIcon(), x.onImport)
	x.open.Importance = widget.HighImportance
	return x
}

func (x *monExcel) content() fyne.CanvasObject {
	heading := func(key string) *widget.Label {
		return widget.NewLabelWithStyle(i18n.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	body := container.NewVBox(
		heading("mon.excel.template_title"),
		kit.Wrapped(i18n.T("mon.excel.template_hint")),
		x.picker.content(),
		container.NewHBox(x.template),
		widget.NewSeparator(),
		heading("mon.excel.import_title"),
		kit.Wrapped(i18n.T("mon.excel.import_hint")),
		container.NewHBox(x.open),
	)
	return container.NewVScroll(container.NewPadded(body))
}

// fileDialog prepares a file dialog for .xlsx in the last folder used.

func (x *monExcel) onTemplate() {
	kg, round, group := x.picker.kgID(), x.picker.roundID(), x.picker.groupID()
	if kg == 0 || round == 0 {
		x.h.Dialogs().ShowMessage(i18n.T("error.title"), i18n.T("mon.excel.pick"))
		return
	}
	name, err := xlsxio.TemplateFileName(x.h.Context(), x.h.Store(), kg, round, group)
	if err != nil {
		x.h.ShowError(err)
		return
	}
	x.h.Dialogs().SaveAs(name, ".xlsx", x.saveTemplateTo, x.lastDir)
}

// saveTemplateTo writes the chosen template to path (the file dialog's
// choice; tests call it directly).
func (x *monExcel) saveTemplateTo(path string) {
	x.lastDir = filepath.Dir(path)
	kg, round, group := x.picker.kgID(), x.picker.roundID(), x.picker.groupID()
	kit.WriteChosen(x.h.Runner(), path, ".xlsx", i18n.T("mon.excel.writing"), func(path string) error {
		return xlsxio.SaveTemplate(x.h.Context(), x.h.Store(), path, kg, round, group)
	}, func(path string, err error) {
		if err != nil {
			x.fileError(err)
			return
		}
		x.h.Status(i18n.T("mon.excel.saved", "path", path))
		x.h.Dialogs().ShowMessage(i18n.T("mon.excel.template_title"), i18n.T("mon.excel.saved", "path", path))
	})
}

func (x *monExcel) onImport() {
	x.h.Dialogs().OpenAs(".xlsx", x.importFrom, x.lastDir)
}

// importFrom reads a filled template off the UI goroutine and shows what it
// would change; nothing is written before «Apply».
func (x *monExcel) importFrom(path string) {
	x.lastDir = filepath.Dir(path)
	var p *xlsxio.Preview
	x.h.Runner().Busy(i18n.T("mon.excel.reading"), func() (err error) {
		p, err = xlsxio.ImportFile(x.h.Context(), x.h.Store(), path, xlsxio.Options{})
		return err
	}, func(err error) {
		if err != nil {
			x.fileError(err)
			return
		}
		x.preview = newImportPreview(x, filepath.Base(path), p)
		x.preview.dlg.Show()
	})
}

// fileError says in one sentence why a file was refused or not written.
func (x *monExcel) fileError(err error) {
	fyne.LogError("baulu: excel", err)
	msg := xlsxio.ErrorMessage(err, i18n.Current())
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = i18n.T("mon.excel.file_error", "path", pe.Path)
	}
	x.h.Dialogs().ShowMessage(i18n.T("error.title"), msg)
}
