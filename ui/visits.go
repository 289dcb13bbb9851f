package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// visitsScreen is the log of the centre's support visits to kindergartens
// (order item 4.4.2). A planned follow-up past its date is shown in red with
// the days it is overdue, and can be listed alone.
type visitsScreen struct {
	u           *UI
	refs        regionRefs
	today       data.Date
	all         []data.Visit
	kg          *choice
	overdueOnly *widget.Check
	table       *recordTable[data.Visit]
	buttons     crudButtons
	ready       bool
	form        *visitForm // the form last opened (tests)
}

func newVisitsScreen(u *UI) *visitsScreen {
	s := &visitsScreen{u: u, refs: u.loadRefs(), today: u.store.Today()}
	overdue := func(v data.Visit) int {
		if !v.Overdue(s.today) {
			return 0
		}
		return data.DaysBetween(v.FollowupOn, s.today)
	}
	s.table = newRecordTable([]column[data.Visit]{
		dateColumn(i18n.T("list.date"), func(v data.Visit) data.Date { return v.VisitedOn }),
		{title: i18n.T("field.kindergarten"), width: 190, text: func(v data.Visit) string { return s.refs.kgName(v.KindergartenID) }},
		{title: i18n.T("field.purpose"), width: 180, text: func(v data.Visit) string { return label("visit.purpose.", v.Purpose) }},
		{title: i18n.T("field.direction"), width: 150, text: func(v data.Visit) string { return s.refs.dirName(v.DirectionID) }},
		dateColumn(i18n.T("visits.col.followup"), func(v data.Visit) data.Date { return v.FollowupOn }).withWidth(135),
		{title: i18n.T("field.status"), width: 140, text: func(v data.Visit) string { return label("followup.", v.FollowupStatus) }},
		{title: i18n.T("visits.col.overdue"), width: 120,
			text: func(v data.Visit) string {
				if n := overdue(v); n > 0 {
					return "⚠ " + daysText(n)
				}
				return ""
			},
			less:       func(a, b data.Visit) bool { return overdue(a) < overdue(b) },
			importance: func(data.Visit) widget.Importance { return widget.DangerImportance }},
	}, nil).sortInitially(0, true)
	s.table.extra = func(v data.Visit) string { return v.Findings + "\n" + v.Recommendations }
	s.kg = s.refs.kindergartenChoice(i18n.T("filter.all_kindergartens"), func(int) { s.apply() })
	s.kg.setID(0)
	s.overdueOnly = widget.NewCheck(i18n.T("visits.overdue_only"), func(bool) { s.apply() })
	s.buttons = newCrudButtons(u, s.table, func() { s.edit(data.Visit{VisitedOn: s.today}) }, s.edit, s.onDelete)
	s.ready = true
	s.reload()
	return s
}

func (s *visitsScreen) content() fyne.CanvasObject {
	return listPane(filterRow(s.kg, s.overdueOnly), s.table, s.buttons.row())
}

// reload reads the region's visits.
func (s *visitsScreen) reload() {
	all, err := s.u.store.Visits(s.u.ctx, s.u.settings.RegionCode)
	if err != nil {
		s.u.showError(err)
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
	kg := int(s.kg.id())
	var shown []data.Visit
	for _, v := range s.all {
		if (kg == 0 || v.KindergartenID == kg) && (!s.overdueOnly.Checked || v.Overdue(s.today)) {
			shown = append(shown, v)
		}
	}
	s.table.setRows(shown)
}

// focus selects a visit, clearing the filters so it is listed.
func (s *visitsScreen) focus(id int64) {
	s.kg.setID(0)
	s.overdueOnly.SetChecked(false)
	s.table.search.SetText("")
	s.table.selectWhere(func(v data.Visit) bool { return v.ID == id })
}

// visitForm is the dialog that adds or edits a visit.
type visitForm struct {
	fd                        *formDialog
	visited, followup         *dateEntry
	kg, direction             *choice
	purpose, status           *choice
	findings, recommendations *widget.Entry
}

func (s *visitsScreen) edit(v data.Visit) {
	f := &visitForm{
		visited:         newDateEntry("visited_on", true),
		followup:        newDateEntry("followup_on", false),
		kg:              s.refs.kindergartenChoice("", nil),
		direction:       s.refs.directionChoice(v.DirectionID),
		purpose:         keyChoice(data.VisitPurposes(), "visit.purpose.", "", nil),
		status:          keyChoice(data.FollowupStatuses(), "followup.", "", nil),
		findings:        multiline(v.Findings, 4),
		recommendations: multiline(v.Recommendations, 4),
	}
	f.visited.setDate(v.VisitedOn)
	f.followup.setDate(v.FollowupOn)
	f.kg.setID(int64(v.KindergartenID))
	f.purpose.setKey(v.Purpose)
	f.status.setKey(v.FollowupStatus)
	s.form = f
	title := i18n.T("visits.add")
	if v.ID != 0 {
		title = i18n.T("visits.edit")
	}
	status := widget.NewFormItem(i18n.T("field.followup_status"), f.status)
	status.HintText = i18n.T("visits.status.hint")
	f.fd = s.u.newFormDialog(title, []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.visited_on"), f.visited),
		widget.NewFormItem(i18n.T("field.kindergarten"), f.kg),
		widget.NewFormItem(i18n.T("field.purpose"), f.purpose),
		widget.NewFormItem(i18n.T("field.direction"), f.direction),
		widget.NewFormItem(i18n.T("field.findings"), f.findings),
		widget.NewFormItem(i18n.T("field.recommendations"), f.recommendations),
		widget.NewFormItem(i18n.T("field.followup_on"), f.followup),
		status,
	}, func() error {
		var err error
		if v.VisitedOn, err = f.visited.date(); err != nil {
			return err
		}
		if v.FollowupOn, err = f.followup.date(); err != nil {
			return err
		}
		v.KindergartenID, v.DirectionID = int(f.kg.id()), f.direction.id()
		v.Purpose, v.FollowupStatus = f.purpose.key(), f.status.key()
		v.Findings, v.Recommendations = f.findings.Text, f.recommendations.Text
		if err := s.u.store.SaveVisit(s.u.ctx, &v); err != nil {
			return err
		}
		s.reload()
		s.table.selectWhere(func(x data.Visit) bool { return x.ID == v.ID })
		s.u.status(i18n.T("status.saved"))
		return nil
	})
	f.fd.submitOnEnter()
	f.fd.dlg.Resize(fyne.NewSize(720, 620))
	f.fd.show()
}

func (s *visitsScreen) onDelete(v data.Visit) {
	s.u.confirmDelete(i18n.T("visits.what", "date", v.VisitedOn.DMY(), "kindergarten", s.refs.kgName(v.KindergartenID)), func() {
		if err := s.u.store.DeleteVisit(s.u.ctx, v.ID); err != nil {
			s.u.showError(err)
			return
		}
		s.reload()
		s.u.status(i18n.T("status.deleted"))
	})
}
