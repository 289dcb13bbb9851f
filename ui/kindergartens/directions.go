package kindergartens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// kgDirections chooses the pilot directions of a kindergarten and opens the
// editor of the directions list itself.
type kgDirections struct {
	h      shell
	kgID   int
	dirs   []data.Direction
	checks *widget.CheckGroup
	box    *fyne.Container
	save   *widget.Button
}

func newKgDirections(h shell, kgID int) *kgDirections {
	d := &kgDirections{h: h, kgID: kgID, box: container.NewStack()}
	d.save = widget.NewButtonWithIcon(i18n.T("button.save"), theme.DocumentSaveIcon(), d.onSave)
	d.save.Importance = widget.HighImportance
	d.reload()
	return d
}

// reload reads the directions and the kindergarten's choice.
func (d *kgDirections) reload() {
	dirs, err := d.h.Store().Directions(d.h.Context(), false)
	if err != nil {
		d.h.ShowError(err)
		return
	}
	chosen, err := d.h.Store().KindergartenDirections(d.h.Context(), d.kgID)
	if err != nil {
		d.h.ShowError(err)
		return
	}
	d.dirs = dirs
	var names, selected []string
	for _, dir := range dirs {
		names = append(names, dir.Name(i18n.Current()))
		for _, id := range chosen {
			if id == dir.ID {
				selected = append(selected, dir.Name(i18n.Current()))
			}
		}
	}
	d.checks = widget.NewCheckGroup(names, nil)
	d.checks.SetSelected(selected)
	d.box.Objects = []fyne.CanvasObject{container.NewVScroll(d.checks)}
	d.box.Refresh()
}

func (d *kgDirections) content() fyne.CanvasObject {
	hint := widget.NewLabel(i18n.T("kg.directions.hint"))
	hint.Wrapping = fyne.TextWrapWord
	manage := widget.NewButtonWithIcon(i18n.T("kg.directions.manage"), theme.SettingsIcon(), func() {
		newDirectionsEditor(d.h, d.reload).show()
	})
	return container.NewBorder(hint, container.NewHBox(d.save, manage), nil, nil, d.box)
}

func (d *kgDirections) onSave() {
	var ids []int64
	for _, dir := range d.dirs {
		for _, s := range d.checks.Selected {
			if s == dir.Name(i18n.Current()) {
				ids = append(ids, dir.ID)
			}
		}
	}
	if err := d.h.Store().SetKindergartenDirections(d.h.Context(), d.kgID, ids); err != nil {
		d.h.ShowError(err)
		return
	}
	d.h.Status(i18n.T("status.saved"))
}

// directionsEditor edits the list of pilot directions (add, rename, retire,
// delete when no kindergarten chose it).
type directionsEditor struct {
	h       shell
	table   *kit.RecordTable[data.Direction]
	dlg     dialog.Dialog
	changed func()
}

func newDirectionsEditor(h shell, changed func()) *directionsEditor {
	e := &directionsEditor{h: h, changed: changed}
	yesNo := func(b bool) string {
		if b {
			return i18n.T("word.yes")
		}
		return ""
	}
	e.table = kit.NewRecordTable([]kit.Column[data.Direction]{
		{Title: i18n.T("field.name_kk"), Width: 260, Text: func(d data.Direction) string { return d.NameKK }},
		{Title: i18n.T("field.name_ru"), Width: 260, Text: func(d data.Direction) string { return d.NameRU }},
		{Title: i18n.T("field.retired"), Width: 110, Text: func(d data.Direction) string { return yesNo(d.Retired) }},
	}, nil)
	e.reload()
	return e
}

func (e *directionsEditor) reload() {
	dirs, err := e.h.Store().Directions(e.h.Context(), true)
	if err != nil {
		e.h.ShowError(err)
		return
	}
	e.table.SetRows(dirs)
}

func (e *directionsEditor) show() {
	add := widget.NewButtonWithIcon(i18n.T("button.add"), theme.ContentAddIcon(), func() { e.edit(data.Direction{}) })
	edit := widget.NewButtonWithIcon(i18n.T("button.edit"), theme.DocumentCreateIcon(), func() {
		if d, ok := e.table.Current(); ok {
			e.edit(d)
		}
	})
	del := widget.NewButtonWithIcon(i18n.T("button.delete"), theme.DeleteIcon(), e.onDelete)
	body := container.NewBorder(nil, container.NewHBox(add, edit, del), nil, nil, e.table.Content())
	e.dlg = dialog.NewCustom(i18n.T("kg.directions.manage"), i18n.T("button.close"), body, e.h.Dialogs().Window())
	e.dlg.SetOnClosed(e.changed)
	e.dlg.Resize(fyne.NewSize(760, 520))
	e.dlg.Show()
}

func (e *directionsEditor) edit(d data.Direction) {
	form := kit.NewForm(
		kit.Text("name_kk", d.NameKK),
		kit.Text("name_ru", d.NameRU),
		kit.Text("name_en", d.NameEN),
		kit.Check("retired", d.Retired),
	)
	title := i18n.T("kg.directions.add")
	if d.ID != 0 {
		title = i18n.T("kg.directions.edit")
	}
	e.h.Dialogs().NewFormDialog(title, form, func() error {
		d.NameKK, d.NameRU, d.NameEN, d.Retired = form.Text("name_kk"), form.Text("name_ru"), form.Text("name_en"), form.Check("retired").Checked
		if err := e.h.Store().SaveDirection(e.h.Context(), &d); err != nil {
			return err
		}
		e.reload()
		return nil
	}).Show()
}

func (e *directionsEditor) onDelete() {
	d, ok := e.table.Current()
	if !ok {
		return
	}
	n, err := e.h.Store().DirectionInUse(e.h.Context(), d.ID)
	if err != nil {
		e.h.ShowError(err)
		return
	}
	if n > 0 {
		e.h.Dialogs().ShowMessage(i18n.T("error.title"), i18n.N("kg.directions.in_use", n))
		return
	}
	e.h.Dialogs().ConfirmDelete(d.Name(i18n.Current()), func() {
		if err := e.h.Store().DeleteDirection(e.h.Context(), d.ID); err != nil {
			e.h.ShowError(err)
			return
		}
		e.reload()
	})
}
