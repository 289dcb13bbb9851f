package activity

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// feedbackScreen holds what teachers, parents and directors told the centre
// and the corrections of the methods it led to (order item 4.4.5), on two
// tabs that share their data.
type feedbackScreen struct {
	h           shell
	refs        kit.Refs
	feedback    []data.Feedback
	corrections []data.Correction
	tabs        *container.AppTabs
	fb          *feedbackTab
	corr        *correctionsTab
}

func newFeedbackScreen(h shell) *feedbackScreen {
	s := &feedbackScreen{h: h, refs: kit.LoadRefs(h)}
	s.fb = newFeedbackTab(s)
	s.corr = newCorrectionsTab(s)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("feedback.tab.feedback"), theme.MailComposeIcon(), s.fb.content()),
		container.NewTabItemWithIcon(i18n.T("feedback.tab.corrections"), theme.DocumentCreateIcon(), s.corr.content()),
	)
	s.reload()
	return s
}

func (s *feedbackScreen) Content() fyne.CanvasObject { return s.tabs }

// reload reads both logs and refreshes both tabs.
func (s *feedbackScreen) reload() {
	region := s.h.Settings().RegionCode
	fb, err := s.h.Store().Feedbacks(s.h.Context(), region)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	corr, err := s.h.Store().Corrections(s.h.Context(), region)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	s.feedback, s.corrections = fb, corr
	s.fb.apply()
	s.corr.table.SetRows(corr)
}

// feedbackLabel names a piece of feedback in a list or picker.
func (s *feedbackScreen) feedbackLabel(id int64) string {
	for _, f := range s.feedback {
		if f.ID == id {
			return f.ReceivedOn.DMY() + " — " + kit.Label("source.", f.Source) + ": " + kit.Cut(f.Text, 60)
		}
	}
	return ""
}

// focus shows a piece of feedback on the first tab.
// Focus selects the record t.ID (the dashboard's warnings open it so).
func (s *feedbackScreen) Focus(t kit.Target) { s.focus(t.ID) }

func (s *feedbackScreen) focus(id int64) {
	s.tabs.SelectIndex(0)
	s.fb.source.SetKey("")
	s.fb.table.Search.SetText("")
	s.fb.table.SelectWhere(func(f data.Feedback) bool { return f.ID == id })
}

// feedbackTab lists the feedback, filterable by source.
type feedbackTab struct {
	s       *feedbackScreen
	source  *kit.Choice
	table   *kit.RecordTable[data.Feedback]
	buttons kit.CrudButtons
	correct *widget.Button
	form    *kit.FormDialog // the form last opened (tests)
}

func newFeedbackTab(s *feedbackScreen) *feedbackTab {
	t := &feedbackTab{s: s}
	corrections := func(f data.Feedback) int {
		n := 0
		for _, c := range s.corrections {
			if c.FeedbackID == f.ID {
				n++
			}
		}
		return n
	}
	t.table = kit.NewRecordTable([]kit.Column[data.Feedback]{
		kit.DateColumn(i18n.T("list.date"), func(f data.Feedback) data.Date { return f.ReceivedOn }),
		{Title: i18n.T("field.source"), Width: 120, Text: func(f data.Feedback) string { return kit.Label("source.", f.Source) }},
		{Title: i18n.T("field.kindergarten"), Width: 190, Text: func(f data.Feedback) string { return s.refs.KgName(f.KindergartenID) }},
		{Title: i18n.T("field.text"), Width: 450, Text: func(f data.Feedback) string { return f.Text }},
		kit.IntColumn(i18n.T("feedback.col.corrections"), 140, corrections),
	}, nil).SortInitially(0, true)
	t.source = kit.KeyChoice(data.FeedbackSources(), "source.", i18n.T("source.all"), func(string) { t.apply() })
	t.source.SetKey("")
	t.buttons = kit.NewCrudButtons(s.h.Status, t.table, func() {
		t.edit(data.Feedback{RegionCode: s.h.Settings().RegionCode, ReceivedOn: s.h.Store().Today()})
	}, t.edit, t.onDelete)
	t.correct = widget.NewButtonWithIcon(i18n.T("feedback.add_correction"), theme.DocumentCreateIcon(), func() {
		f, ok := t.table.Current()
		if !ok {
			s.h.Status(i18n.T("list.pick_row"))
			return
		}
		s.corr.edit(data.Correction{RegionCode: s.h.Settings().RegionCode, FeedbackID: f.ID, ChangedOn: s.h.Store().Today()})
	})
	return t
}

func (t *feedbackTab) content() fyne.CanvasObject {
	return kit.ListPane(kit.FilterRow(t.source, widget.NewLabel("")), t.table, t.buttons.Row(t.correct))
}

func (t *feedbackTab) apply() {
	var shown []data.Feedback
	for _, f := range t.s.feedback {
		if src := t.source.Key(); src == "" || f.Source == src {
			shown = append(shown, f)
		}
	}
	t.table.SetRows(shown)
}

func (t *feedbackTab) onDelete(f data.Feedback) {
	h := t.s.h
	h.Dialogs().ConfirmDelete(i18n.T("feedback.what", "date", f.ReceivedOn.DMY(), "source", kit.Label("source.", f.Source)), func() {
		if err := h.Store().DeleteFeedback(h.Context(), f.ID); err != nil {
			h.ShowError(err)
			return
		}
		t.s.reload()
		h.Status(i18n.T("status.deleted"))
	})
}

func (t *feedbackTab) edit(fb data.Feedback) {
	h := t.s.h
	source := kit.KeyChoice(data.FeedbackSources(), "source.", "", nil)
	source.SetKey(fb.Source)
	kg := t.s.refs.KindergartenChoice(i18n.T("feedback.no_kindergarten"), nil)
	kg.SetID(int64(fb.KindergartenID))
	form := kit.NewForm(
		kit.Date("received_on", fb.ReceivedOn, true),
		kit.Pick("source", source),
		kit.Pick("kindergarten", kg),
		kit.TextArea("text", fb.Text, 6),
	)
	title := i18n.T("feedback.add")
	if fb.ID != 0 {
		title = i18n.T("feedback.edit")
	}
	t.form = h.Dialogs().NewFormDialog(title, form, func() error {
		var err error
		if fb.ReceivedOn, err = form.DateOf("received_on"); err != nil {
			return err
		}
		fb.Source, fb.KindergartenID, fb.Text = source.Key(), int(kg.ID()), form.Text("text")
		if err := h.Store().SaveFeedback(h.Context(), &fb); err != nil {
			return err
		}
		t.s.reload()
		t.s.focus(fb.ID)
		h.Status(savedText(h, fb.ReceivedOn))
		return nil
	}).SubmitOnEnter().Resize(680, 440)
	t.form.Show()
}
