package monitoring

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// The framework's dialogs: block and indicator forms, retirement, deletion.

// nameFields are the code and three name fields of a block or indicator.
func nameFields(code, kk, ru, en string) []kit.Field {
	return []kit.Field{
		kit.Text("code", code),
		kit.Text("name_kk", kk),
		kit.Text("name_ru", ru),
		kit.Text("name_en", en).Placeholder(i18n.T("mon.fw.en_optional")),
	}
}

// names reads the three names of a block, indicator or round.
func names(f *kit.Form) (kk, ru, en string) {
	return f.Text("name_kk"), f.Text("name_ru"), f.Text("name_en")
}

func (f *monFramework) editBlock(b data.Block) {
	form := kit.NewForm(nameFields(b.Code, b.NameKK, b.NameRU, b.NameEN)...)
	title := i18n.T("mon.fw.add_block")
	if b.ID != 0 {
		title = i18n.T("mon.fw.edit_block", "code", b.Code)
	}
	f.h.Dialogs().NewFormDialog(title, form, func() error {
		b.Code = form.Text("code")
		b.NameKK, b.NameRU, b.NameEN = names(form)
		if err := f.h.Store().SaveBlock(f.h.Context(), &b); err != nil {
			return err
		}
		f.current = "b" + strconv.FormatInt(b.ID, 10)
		f.reload()
		f.h.Status(i18n.T("status.saved"))
		return nil
	}).Show()
}

// onAddIndicator adds an indicator to the selected block (or the block of
// the selected indicator).
func (f *monFramework) onAddIndicator() {
	in := data.Indicator{}
	if b, _, ok := f.node(f.current); ok {
		in.BlockID = b.ID
	} else if len(f.blocks) > 0 {
		in.BlockID = f.blocks[0].ID
	}
	f.editIndicator(in)
}

func (f *monFramework) onEdit() {
	b, in, ok := f.node(f.current)
	switch {
	case !ok:
	case in == nil:
		f.editBlock(*b)
	default:
		f.editIndicator(*in)
	}
}

func (f *monFramework) editIndicator(in data.Indicator) {
	var keys []string
	labels := map[string]string{}
	for _, b := range f.blocks {
		k := strconv.FormatInt(b.ID, 10)
		keys = append(keys, k)
		labels[k] = b.Code + " — " + b.Name(i18n.Current())
	}
	block := kit.NewChoice(keys, func(k string) string { return labels[k] }, nil)
	block.SetKey(strconv.FormatInt(in.BlockID, 10))
	form := kit.NewForm(append([]kit.Field{kit.Pick("block", block)}, nameFields(in.Code, in.NameKK, in.NameRU, in.NameEN)...)...)
	title := i18n.T("mon.fw.add_indicator")
	if in.ID != 0 {
		title = i18n.T("mon.fw.edit_indicator", "code", in.Code)
	}
	f.h.Dialogs().NewFormDialog(title, form, func() error {
		in.BlockID, _ = strconv.ParseInt(block.Key(), 10, 64)
		in.Code = form.Text("code")
		in.NameKK, in.NameRU, in.NameEN = names(form)
		if err := f.h.Store().SaveIndicator(f.h.Context(), &in); err != nil {
			return err
		}
		f.current = "i" + strconv.FormatInt(in.ID, 10)
		f.reload()
		f.h.Status(i18n.T("status.saved"))
		return nil
	}).Show()
}

func (f *monFramework) onMove(up bool) {
	b, in, ok := f.node(f.current)
	if !ok {
		return
	}
	var err error
	if in == nil {
		err = f.h.Store().MoveBlock(f.h.Context(), b.ID, up)
	} else {
		err = f.h.Store().MoveIndicator(f.h.Context(), in.ID, up)
	}
	if err != nil {
		f.h.ShowError(err)
		return
	}
	f.reload()
}

// onRetire asks from which date a live indicator is retired, or restores a
// retired one.
func (f *monFramework) onRetire() {
	_, in, ok := f.node(f.current)
	if !ok || in == nil {
		return
	}
	if in.Retired() {
		if err := f.h.Store().RestoreIndicator(f.h.Context(), in.ID); err != nil {
			f.h.ShowError(err)
			return
		}
		f.reload()
		f.h.Status(i18n.T("mon.fw.restored", "code", in.Code))
		return
	}
	f.retireIndicator(*in)
}

func (f *monFramework) retireIndicator(in data.Indicator) {
	form := kit.NewForm(
		kit.Note(i18n.T("mon.fw.retire_hint")),
		kit.Date("retired_on", f.h.Store().Today(), true),
	)
	f.h.Dialogs().NewFormDialog(i18n.T("mon.fw.retire_title", "code", in.Code), form, func() error {
		d, err := form.DateOf("retired_on")
		if err != nil {
			return err
		}
		if err := f.h.Store().RetireIndicator(f.h.Context(), in.ID, d); err != nil {
			return err
		}
		f.reload()
		f.h.Status(i18n.T("mon.fw.retired", "code", in.Code))
		return nil
	}).Show()
}

// onDelete removes a block without indicators or an indicator never
// scored. A scored indicator cannot go (history would lose it): the user is
// told why and offered to retire it instead.
func (f *monFramework) onDelete() {
	b, in, ok := f.node(f.current)
	if !ok {
		return
	}
	if in == nil {
		if n := len(f.inds[b.ID]); n > 0 {
			f.h.Dialogs().ShowMessage(i18n.T("error.title"), i18n.T("mon.fw.block_in_use", "code", b.Code, "n", n))
			return
		}
		f.h.Dialogs().ConfirmDelete(i18n.T("mon.fw.what_block", "code", b.Code), func() {
			if err := f.h.Store().DeleteBlock(f.h.Context(), b.ID); err != nil {
				f.h.ShowError(err)
				return
			}
			f.current = ""
			f.reload()
			f.h.Status(i18n.T("status.deleted"))
		})
		return
	}
	n, err := f.h.Store().IndicatorScores(f.h.Context(), in.ID)
	if err != nil {
		f.h.ShowError(err)
		return
	}
	if n > 0 {
		f.offerRetire(*in, n)
		return
	}
	id := in.ID
	f.h.Dialogs().ConfirmDelete(i18n.T("mon.fw.what_indicator", "code", in.Code), func() {
		if err := f.h.Store().DeleteIndicator(f.h.Context(), id); err != nil {
			f.h.ShowError(err)
			return
		}
		f.current = ""
		f.reload()
		f.h.Status(i18n.T("status.deleted"))
	})
}

// offerRetire explains why a scored indicator stays and offers to retire it.
func (f *monFramework) offerRetire(in data.Indicator, scores int) {
	msg := i18n.T("mon.fw.delete_scored", "code", in.Code, "n", scores)
	f.h.Dialogs().Message = msg
	var d *dialog.CustomDialog
	cancel := widget.NewButtonWithIcon(i18n.T("button.cancel"), theme.CancelIcon(), func() { d.Hide() })
	retire := widget.NewButtonWithIcon(i18n.T("mon.fw.retire"), theme.VisibilityOffIcon(), func() {
		d.Hide()
		if !in.Retired() {
			f.retireIndicator(in)
		}
	})
	retire.Importance = widget.HighImportance
	if in.Retired() {
		retire.Disable()
	}
	d = dialog.NewCustomWithoutButtons(i18n.T("mon.fw.delete_title"), container.NewPadded(kit.FixedColumn(440, kit.Wrapped(msg))), f.h.Dialogs().Window())
	d.SetButtons([]fyne.CanvasObject{cancel, retire})
	f.offer = retire
	d.Show()
}
