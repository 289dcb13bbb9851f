package activity

import (
	"fyne.io/fyne/v2"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// correctionsTab lists the corrections of the methods: what was changed,
// when, which feedback prompted it, and the effect seen later.
type correctionsTab struct {
	s       *feedbackScreen
	table   *kit.RecordTable[data.Correction]
	buttons kit.CrudButtons
	form    *kit.FormDialog // the form last opened (tests)
}

func newCorrectionsTab(s *feedbackScreen) *correctionsTab {
	t := &correctionsTab{s: s}
	t.table = kit.NewRecordTable([]kit.Column[data.Correction]{
		kit.DateColumn(i18n.T("list.date"), func(c data.Correction) data.Date { return c.ChangedOn }),
		{Title: i18n.T("field.change"), Width: 290, Text: func(c data.Correction) string { return c.Change }},
		{Title: i18n.T("field.feedback"), Width: 230, Text: func(c data.Correction) string { return s.feedbackLabel(c.FeedbackID) }},
		{Title: i18n.T("field.effect"), Width: 230, Text: func(c data.Correction) string { return c.Effect }},
		kit.DateColumn(i18n.T("corrections.col.effect_on"), func(c data.Correction) data.Date { return c.EffectOn }).WithWidth(140),
	}, nil).SortInitially(0, true)
	t.buttons = kit.NewCrudButtons(s.h.Status, t.table, func() {
		t.edit(data.Correction{RegionCode: s.h.Settings().RegionCode, ChangedOn: s.h.Store().Today()})
	}, t.edit, t.onDelete)
	return t
}

func (t *correctionsTab) content() fyne.CanvasObject {
	return kit.ListPane(nil, t.table, t.buttons.Row())
}

// focus shows a correction on the second tab.
func (t *correctionsTab) focus(id int64) {
	t.s.tabs.SelectIndex(1)
	t.table.Search.SetText("")
	t.table.SelectWhere(func(c data.Correction) bool { return c.ID == id })
}

func (t *correctionsTab) onDelete(c data.Correction) {
	h := t.s.h
	h.Dialogs().ConfirmDelete(i18n.T("corrections.what", "date", c.ChangedOn.DMY(), "change", kit.Cut(c.Change, 80)), func() {
		if err := h.Store().DeleteCorrection(h.Context(), c.ID); err != nil {
			h.ShowError(err)
			return
		}
		t.s.reload()
		h.Status(i18n.T("status.deleted"))
	})
}

func (t *correctionsTab) edit(c data.Correction) {
	h := t.s.h
	var ids []int64
	for _, f := range t.s.feedback {
		ids = append(ids, f.ID)
	}
	feedback := kit.IDChoice(ids, t.s.feedbackLabel, i18n.T("corrections.no_feedback"), nil)
	feedback.SetID(c.FeedbackID)
	form := kit.NewForm(
		kit.Pick("feedback", feedback),
		kit.Date("changed_on", c.ChangedOn, true),
		kit.TextArea("change", c.Change, 4),
		kit.TextArea("effect", c.Effect, 3),
		kit.Date("effect_on", c.EffectOn, false),
	)
	title := i18n.T("corrections.add")
	if c.ID != 0 {
		title = i18n.T("corrections.edit")
	}
	t.form = h.Dialogs().NewFormDialog(title, form, func() error {
		var err error
		if c.ChangedOn, err = form.DateOf("changed_on"); err != nil {
			return err
		}
		if c.EffectOn, err = form.DateOf("effect_on"); err != nil {
			return err
		}
		c.FeedbackID, c.Change, c.Effect = form.Choice("feedback").ID(), form.Text("change"), form.Text("effect")
		if err := h.Store().SaveCorrection(h.Context(), &c); err != nil {
			return err
		}
		t.s.reload()
		t.focus(c.ID)
		h.Status(savedText(h, c.ChangedOn, c.EffectOn))
		return nil
	}).SubmitOnEnter().Resize(760, 480)
	t.form.Show()
}
