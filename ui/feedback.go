package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// feedbackScreen holds what teachers, parents and directors told the centre
// and the corrections of the methods it led to (order item 4.4.5), on two
// tabs that share their data.
type feedbackScreen struct {
	u           *UI
	refs        regionRefs
	feedback    []data.Feedback
	corrections []data.Correction
	tabs        *container.AppTabs
	fb          *feedbackTab
	corr        *correctionsTab
}

func newFeedbackScreen(u *UI) *feedbackScreen {
	s := &feedbackScreen{u: u, refs: u.loadRefs()}
	s.fb = newFeedbackTab(s)
	s.corr = newCorrectionsTab(s)
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(i18n.T("feedback.tab.feedback"), theme.MailComposeIcon(), s.fb.content()),
		container.NewTabItemWithIcon(i18n.T("feedback.tab.corrections"), theme.DocumentCreateIcon(), s.corr.content()),
	)
	s.reload()
	return s
}

func (s *feedbackScreen) content() fyne.CanvasObject { return s.tabs }

// reload reads both logs and refreshes both tabs.
func (s *feedbackScreen) reload() {
	region := s.u.settings.RegionCode
	fb, err := s.u.store.Feedbacks(s.u.ctx, region)
	if err != nil {
		s.u.showError(err)
		return
	}
	corr, err := s.u.store.Corrections(s.u.ctx, region)
	if err != nil {
		s.u.showError(err)
		return
	}
	s.feedback, s.corrections = fb, corr
	s.fb.apply()
	s.corr.table.setRows(corr)
}

// feedbackLabel names a piece of feedback in a list or picker.
func (s *feedbackScreen) feedbackLabel(id int64) string {
	for _, f := range s.feedback {
		if f.ID == id {
			return f.ReceivedOn.DMY() + " — " + label("source.", f.Source) + ": " + cut(f.Text, 60)
		}
	}
	return ""
}

// focus shows a piece of feedback on the first tab.
func (s *feedbackScreen) focus(id int64) {
	s.tabs.SelectIndex(0)
	s.fb.source.setKey("")
	s.fb.table.search.SetText("")
	s.fb.table.selectWhere(func(f data.Feedback) bool { return f.ID == id })
}

// feedbackTab lists the feedback, filterable by source.
type feedbackTab struct {
	s       *feedbackScreen
	source  *choice
	table   *recordTable[data.Feedback]
	buttons crudButtons
	correct *widget.Button
	form    *feedbackForm // the form last opened (tests)
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
	t.table = newRecordTable([]column[data.Feedback]{
		dateColumn(i18n.T("list.date"), func(f data.Feedback) data.Date { return f.ReceivedOn }),
		{title: i18n.T("field.source"), width: 120, text: func(f data.Feedback) string { return label("source.", f.Source) }},
		{title: i18n.T("field.kindergarten"), width: 190, text: func(f data.Feedback) string { return s.refs.kgName(f.KindergartenID) }},
		{title: i18n.T("field.text"), width: 450, text: func(f data.Feedback) string { return f.Text }},
		intColumn(i18n.T("feedback.col.corrections"), 140, corrections),
	}, nil).sortInitially(0, true)
	t.source = keyChoice(data.FeedbackSources(), "source.", i18n.T("source.all"), func(string) { t.apply() })
	t.source.setKey("")
	t.buttons = newCrudButtons(s.u, t.table, func() {
		t.edit(data.Feedback{RegionCode: s.u.settings.RegionCode, ReceivedOn: s.u.store.Today()})
	}, t.edit, t.onDelete)
	t.correct = widget.NewButtonWithIcon(i18n.T("feedback.add_correction"), theme.DocumentCreateIcon(), func() {
		f, ok := t.table.current()
		if !ok {
			s.u.status(i18n.T("list.pick_row"))
			return
		}
		s.corr.edit(data.Correction{RegionCode: s.u.settings.RegionCode, FeedbackID: f.ID, ChangedOn: s.u.store.Today()})
	})
	return t
}

func (t *feedbackTab) content() fyne.CanvasObject {
	return listPane(filterRow(t.source, widget.NewLabel("")), t.table, t.buttons.row(t.correct))
}

func (t *feedbackTab) apply() {
	var shown []data.Feedback
	for _, f := range t.s.feedback {
		if src := t.source.key(); src == "" || f.Source == src {
			shown = append(shown, f)
		}
	}
	t.table.setRows(shown)
}

func (t *feedbackTab) onDelete(f data.Feedback) {
	u := t.s.u
	u.confirmDelete(i18n.T("feedback.what", "date", f.ReceivedOn.DMY(), "source", label("source.", f.Source)), func() {
		if err := u.store.DeleteFeedback(u.ctx, f.ID); err != nil {
			u.showError(err)
			return
		}
		t.s.reload()
		u.status(i18n.T("status.deleted"))
	})
}

// feedbackForm is the dialog that adds or edits feedback.
type feedbackForm struct {
	fd       *formDialog
	received *dateEntry
	source   *choice
	kg       *choice
	text     *widget.Entry
}

func (t *feedbackTab) edit(fb data.Feedback) {
	u := t.s.u
	f := &feedbackForm{
		received: newDateEntry("received_on", true),
		source:   keyChoice(data.FeedbackSources(), "source.", "", nil),
		kg:       t.s.refs.kindergartenChoice(i18n.T("feedback.no_kindergarten"), nil),
		text:     multiline(fb.Text, 6),
	}
	f.received.setDate(fb.ReceivedOn)
	f.source.setKey(fb.Source)
	f.kg.setID(int64(fb.KindergartenID))
	t.form = f
	title := i18n.T("feedback.add")
	if fb.ID != 0 {
		title = i18n.T("feedback.edit")
	}
	f.fd = u.newFormDialog(title, []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.received_on"), f.received),
		widget.NewFormItem(i18n.T("field.source"), f.source),
		widget.NewFormItem(i18n.T("field.kindergarten"), f.kg),
		widget.NewFormItem(i18n.T("field.text"), f.text),
	}, func() error {
		var err error
		if fb.ReceivedOn, err = f.received.date(); err != nil {
			return err
		}
		fb.Source, fb.KindergartenID, fb.Text = f.source.key(), int(f.kg.id()), f.text.Text
		if err := u.store.SaveFeedback(u.ctx, &fb); err != nil {
			return err
		}
		t.s.reload()
		t.s.focus(fb.ID)
		u.status(i18n.T("status.saved"))
		return nil
	})
	f.fd.submitOnEnter()
	f.fd.dlg.Resize(fyne.NewSize(680, 440))
	f.fd.show()
}
