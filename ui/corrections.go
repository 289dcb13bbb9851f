package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// correctionsTab lists the corrections of the methods: what was changed,
// when, which feedback prompted it, and the effect seen later.
type correctionsTab struct {
	s       *feedbackScreen
	table   *recordTable[data.Correction]
	buttons crudButtons
	form    *correctionForm // the form last opened (tests)
}

func newCorrectionsTab(s *feedbackScreen) *correctionsTab {
	t := &correctionsTab{s: s}
	t.table = newRecordTable([]column[data.Correction]{
		dateColumn(i18n.T("list.date"), func(c data.Correction) data.Date { return c.ChangedOn }),
		{title: i18n.T("field.change"), width: 290, text: func(c data.Correction) string { return c.Change }},
		{title: i18n.T("field.feedback"), width: 230, text: func(c data.Correction) string { return s.feedbackLabel(c.FeedbackID) }},
		{title: i18n.T("field.effect"), width: 230, text: func(c data.Correction) string { return c.Effect }},
		dateColumn(i18n.T("corrections.col.effect_on"), func(c data.Correction) data.Date { return c.EffectOn }).withWidth(140),
	}, nil).sortInitially(0, true)
	t.buttons = newCrudButtons(s.u, t.table, func() {
		t.edit(data.Correction{RegionCode: s.u.settings.RegionCode, ChangedOn: s.u.store.Today()})
	}, t.edit, t.onDelete)
	return t
}

func (t *correctionsTab) content() fyne.CanvasObject {
	return listPane(nil, t.table, t.buttons.row())
}

// focus shows a correction on the second tab.
func (t *correctionsTab) focus(id int64) {
	t.s.tabs.SelectIndex(1)
	t.table.search.SetText("")
	t.table.selectWhere(func(c data.Correction) bool { return c.ID == id })
}

func (t *correctionsTab) onDelete(c data.Correction) {
	u := t.s.u
	u.confirmDelete(i18n.T("corrections.what", "date", c.ChangedOn.DMY(), "change", cut(c.Change, 80)), func() {
		if err := u.store.DeleteCorrection(u.ctx, c.ID); err != nil {
			u.showError(err)
			return
		}
		t.s.reload()
		u.status(i18n.T("status.deleted"))
	})
}

// correctionForm is the dialog that adds or edits a correction.
type correctionForm struct {
	fd                *formDialog
	changed, effectOn *dateEntry
	feedback          *choice
	change, effect    *widget.Entry
}

func (t *correctionsTab) edit(c data.Correction) {
	u := t.s.u
	var ids []int64
	for _, f := range t.s.feedback {
		ids = append(ids, f.ID)
	}
	f := &correctionForm{
		changed:  newDateEntry("changed_on", true),
		effectOn: newDateEntry("effect_on", false),
		feedback: newIDChoice(ids, t.s.feedbackLabel, i18n.T("corrections.no_feedback"), nil),
		change:   multiline(c.Change, 4),
		effect:   multiline(c.Effect, 3),
	}
	f.changed.setDate(c.ChangedOn)
	f.effectOn.setDate(c.EffectOn)
	f.feedback.setID(c.FeedbackID)
	t.form = f
	title := i18n.T("corrections.add")
	if c.ID != 0 {
		title = i18n.T("corrections.edit")
	}
	f.fd = u.newFormDialog(title, []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.feedback"), f.feedback),
		widget.NewFormItem(i18n.T("field.changed_on"), f.changed),
		widget.NewFormItem(i18n.T("field.change"), f.change),
		widget.NewFormItem(i18n.T("field.effect"), f.effect),
		widget.NewFormItem(i18n.T("field.effect_on"), f.effectOn),
	}, func() error {
		var err error
		if c.ChangedOn, err = f.changed.date(); err != nil {
			return err
		}
		if c.EffectOn, err = f.effectOn.date(); err != nil {
			return err
		}
		c.FeedbackID, c.Change, c.Effect = f.feedback.id(), f.change.Text, f.effect.Text
		if err := u.store.SaveCorrection(u.ctx, &c); err != nil {
			return err
		}
		t.s.reload()
		t.focus(c.ID)
		u.status(i18n.T("status.saved"))
		return nil
	})
	f.fd.submitOnEnter()
	f.fd.dlg.Resize(fyne.NewSize(760, 480))
	f.fd.show()
}
