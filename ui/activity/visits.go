package activity

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// visitsScreen is the log of the centre's support visits to kindergartens
// (order item 4.4.2). A planned follow-up past its date is shown in red with
// the days it is overdue, and can be listed alone.
type visitsScreen struct {
	h           shell
	refs        kit.Refs
	today       data.Date
	all         []data.Visit
	kg          *kit.Choice
	overdueOnly *widget.Check
	table       *kit.RecordTable[data.Visit]
	buttons     kit.CrudButtons
	ready       bool
	form        *kit.FormDialog // the form last opened (tests)
}

func newVisitsScreen(h shell) *visitsScreen {
	s := &visitsScreen{h: h, refs: kit.LoadRefs(h), today: h.Store().Today()}
	overdue := func(v data.Visit) int {
		if !v.Overdue(s.today) {
			return 0
		}
		return data.DaysBetween(v.FollowupOn, s.today)
	}
	s.table = kit.NewRecordTable([]kit.Column[data.Visit]{
		kit.DateColumn(i18n.T("list.date"), func(v data.Visit) data.Date { return v.VisitedOn }),
		{Title: i18n.T("field.kindergarten"), Width: 190, Text: func(v data.Visit) string { return s.refs.KgName(v.KindergartenID) }},
		{Title: i18n.T("field.purpose"), Width: 180, Text: func(v data.Visit) string { return kit.Label("visit.purpose.", v.Purpose) }},
		{Title: i18n.T("field.direction"), Width: 150, Text: func(v data.Visit) string { return s.refs.DirName(v.DirectionID) }},
		kit.DateColumn(i18n.T("visits.col.followup"), func(v data.Visit) data.Date { return v.FollowupOn }).WithWidth(135),
		{Title: i18n.T("field.status"), Width: 140, Text: func(v data.Visit) string { return kit.Label("followup.", v.FollowupStatus) }},
		{Title: i18n.T("visits.col.overdue"), Width: 120,
			Text: func(v data.Visit) string {
				if n := overdue(v); n > 0 {
					return "⚠ " + kit.DaysText(n)
				}
				return ""
			},
			Less:       func(a, b data.Visit) bool { return overdue(a) < overdue(b) },
			Importance: func(data.Visit) widget.Importance { return widget.DangerImportance }},
	}, nil).SortInitially(0, true)
	s.table.Extra = func(v data.Visit) string { return v.Findings + "\n" + v.Recommendations }
	s.kg = s.refs.KindergartenChoice(i18n.T("filter.all_kindergartens"), func(int) { s.apply() })
	s.kg.SetID(0)
	s.overdueOnly = widget.NewCheck(i18n.T("visits.overdue_only"), func(bool) { s.apply() })
	s.buttons = kit.NewCrudButtons(h.Status, s.table, func() { s.edit(data.Visit{VisitedOn: s.today}) }, s.edit, s.onDelete)
	s.ready = true
	s.reload()
	return s
}

func (s *visitsScreen) Content() fyne.CanvasObject {
	return kit.ListPane(kit.FilterRow(s.kg, s.overdueOnly), s.table, s.buttons.Row())
}

// reload reads the region's visits.
func (s *visitsScreen) reload() {
	all, err := s.h.Store().Visits(s.h.Context(), s.h.Settings().RegionCode)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	s.all = all
	s.apply()
}

// apply shows the visits the filters let through.
func (s *visitsScreen) apply() {
	if !s.ready {
		return
	}
	kg := int(s.kg.ID())
	var shown []data.Visit
	for _, v := range s.all {
		if (kg == 0 || v.KindergartenID == kg) && (!s.overdueOnly.Checked || v.Overdue(s.today)) {
			shown = append(shown, v)
		}
	}
	s.table.SetRows(shown)
}

// focus selects a visit, clearing the filters so it is listed.
// Focus selects the record t.ID (the dashboard's warnings open it so).
func (s *visitsScreen) Focus(t kit.Target) { s.focus(t.ID) }

func (s *visitsScreen) focus(id int64) {
	s.kg.SetID(0)
	s.overdueOnly.SetChecked(false)
	s.table.Search.SetText("")
	s.table.SelectWhere(func(v data.Visit) bool { return v.ID == id })
}

func (s *visitsScreen) edit(v data.Visit) {
	kg := s.refs.KindergartenChoice("", nil)
	kg.SetID(int64(v.KindergartenID))
	purpose := kit.KeyChoice(data.VisitPurposes(), "visit.purpose.", "", nil)
	purpose.SetKey(v.Purpose)
	status := kit.KeyChoice(data.FollowupStatuses(), "followup.", "", nil)
	status.SetKey(v.FollowupStatus)
	direction := s.refs.DirectionChoice(v.DirectionID)
	form := kit.NewForm(
		kit.Date("visited_on", v.VisitedOn, true),
		kit.Pick("kindergarten", kg),
		kit.Pick("purpose", purpose),
		kit.Pick("direction", direction),
		kit.TextArea("findings", v.Findings, 4),
		kit.TextArea("recommendations", v.Recommendations, 4),
		kit.Date("followup_on", v.FollowupOn, false),
		kit.Pick("followup_status", status).WithHint(i18n.T("visits.status.hint")),
	)
	title := i18n.T("visits.add")
	if v.ID != 0 {
		title = i18n.T("visits.edit")
	}
	s.form = s.h.Dialogs().NewFormDialog(title, form, func() error {
		var err error
		if v.VisitedOn, err = form.DateOf("visited_on"); err != nil {
			return err
		}
		if v.FollowupOn, err = form.DateOf("followup_on"); err != nil {
			return err
		}
		v.KindergartenID, v.DirectionID = int(kg.ID()), direction.ID()
		v.Purpose, v.FollowupStatus = purpose.Key(), status.Key()
		v.Findings, v.Recommendations = form.Text("findings"), form.Text("recommendations")
		if err := s.h.Store().SaveVisit(s.h.Context(), &v); err != nil {
			return err
		}
		s.reload()
		s.table.SelectWhere(func(x data.Visit) bool { return x.ID == v.ID })
		s.h.Status(savedText(s.h, v.VisitedOn, v.FollowupOn))
		return nil
	}).SubmitOnEnter().Resize(720, 620)
	s.form.Show()
}

func (s *visitsScreen) onDelete(v data.Visit) {
	s.h.Dialogs().ConfirmDelete(i18n.T("visits.what", "date", v.VisitedOn.DMY(), "kindergarten", s.refs.KgName(v.KindergartenID)), func() {
		if err := s.h.Store().DeleteVisit(s.h.Context(), v.ID); err != nil {
			s.h.ShowError(err)
			return
		}
		s.reload()
		s.h.Status(i18n.T("status.deleted"))
	})
}
