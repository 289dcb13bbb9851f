package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// eventsScreen is the log of seminars, webinars, consultations … with
// filters by quarter, kind and kindergarten, and the year's totals per
// quarter and per kindergarten below (DESIGN.md §3, order item 4.4.6).
type eventsScreen struct {
	u       *UI
	refs    regionRefs
	quarter *choice
	kind    *choice
	kg      *choice
	table   *recordTable[data.Event]
	buttons crudButtons
	dup     *widget.Button
	totals  *fyne.Container
	ready   bool // the filters are built; their changes reload

	quarters *statTable // measures down; Q1–Q4 and the year across
	reach    *statTable // per kindergarten
	form     *eventForm // the form last opened (tests)
}

func newEventsScreen(u *UI) *eventsScreen {
	s := &eventsScreen{u: u, refs: u.loadRefs(), totals: container.NewStack()}
	s.table = newRecordTable([]column[data.Event]{
		dateColumn(i18n.T("list.date"), func(e data.Event) data.Date { return e.HeldOn }),
		{title: i18n.T("field.kind"), width: 150, text: func(e data.Event) string { return label("event.kind.", e.Kind) }},
		{title: i18n.T("field.topic"), width: 400, text: func(e data.Event) string { return e.Topic }},
		{title: i18n.T("events.col.format"), width: 90, text: func(e data.Event) string { return label("event.format.", e.Format) }},
		{title: i18n.T("events.col.hours"), width: 70, text: func(e data.Event) string { return formatFloat(e.Hours, 1) },
			less: func(a, b data.Event) bool { return a.Hours < b.Hours }},
		intColumn(i18n.T("field.participants"), 140, func(e data.Event) int {
			t, p, o := e.Participants()
			return t + p + o
		}),
	}, nil).sortInitially(0, true)
	s.table.extra = func(e data.Event) string { return e.Organiser + "\n" + e.Materials + "\n" + e.Notes }
	s.quarter = newQuarterChoice(func(int) { s.reload() })
	s.kind = keyChoice(data.EventKinds(), "event.kind.", i18n.T("event.kind.all"), func(string) { s.reload() })
	s.kg = s.refs.kindergartenChoice(i18n.T("filter.all_kindergartens"), func(int) { s.reload() })
	s.quarter.setKey("0")
	s.kind.setKey("")
	s.kg.setID(0)
	s.buttons = newCrudButtons(u, s.table, func() { s.edit(data.Event{RegionCode: u.settings.RegionCode, HeldOn: u.store.Today()}) },
		s.edit, s.onDelete)
	s.dup = widget.NewButtonWithIcon(i18n.T("events.duplicate"), theme.ContentCopyIcon(), func() {
		if e, ok := s.table.current(); ok {
			s.duplicate(e)
			return
		}
		u.status(i18n.T("list.pick_row"))
	})
	s.ready = true
	s.reload()
	return s
}

func (s *eventsScreen) content() fyne.CanvasObject {
	filters := filterRow(s.quarter, s.kind, s.kg)
	list := listPane(filters, s.table, s.buttons.row(s.dup))
	split := container.NewVSplit(list, container.NewScroll(s.totals))
	split.Offset = 0.65
	return split
}

// filter is what the Selects above the list ask for.
func (s *eventsScreen) filter() data.EventFilter {
	f := data.EventFilter{RegionCode: s.u.settings.RegionCode, Kind: s.kind.key(), KindergartenID: int(s.kg.id())}
	if q := s.quarter.SelectedIndex(); q > 0 {
		f.Quarter = q
	}
	return f
}

// reload reads the filtered list and the year's totals.
func (s *eventsScreen) reload() {
	if !s.ready {
		return
	}
	events, err := s.u.store.Events(s.u.ctx, s.filter())
	if err != nil {
		s.u.showError(err)
		return
	}
	s.table.setRows(events)
	s.showTotals()
}

// showTotals builds the totals of the pilot year: they do not follow the
// filters, so the quarter figures always match the quarterly report.
func (s *eventsScreen) showTotals() {
	region := s.u.settings.RegionCode
	qt, err := s.u.store.EventTotals(s.u.ctx, region, 0)
	if err != nil {
		s.u.showError(err)
		return
	}
	reach, err := s.u.store.TeacherReach(s.u.ctx, region)
	if err != nil {
		s.u.showError(err)
		return
	}
	// Quarters run across and measures down, as in the quarterly report's
	// table, so both tables fit beside each other.
	header := []string{""}
	var year data.QuarterTotals
	for _, q := range qt {
		header = append(header, romanQuarter[q.Quarter])
		year.Events, year.Hours = year.Events+q.Events, year.Hours+q.Hours
		year.Teachers, year.Parents, year.Others = year.Teachers+q.Teachers, year.Parents+q.Parents, year.Others+q.Others
	}
	header = append(header, i18n.T("events.total.year"))
	measures := []struct {
		key string
		val func(data.QuarterTotals) string
	}{
		{"events.col.events", func(q data.QuarterTotals) string { return itoa(q.Events) }},
		{"events.col.hours", func(q data.QuarterTotals) string { return formatFloat(q.Hours, 1) }},
		{"field.teachers", func(q data.QuarterTotals) string { return itoa(q.Teachers) }},
		{"field.parents", func(q data.QuarterTotals) string { return itoa(q.Parents) }},
		{"field.others", func(q data.QuarterTotals) string { return itoa(q.Others) }},
	}
	cols := append(qt[:len(qt):len(qt)], year)
	var rows [][]string
	for _, m := range measures {
		row := []string{i18n.T(m.key)}
		for _, q := range cols {
			row = append(row, m.val(q))
		}
		rows = append(rows, row)
	}
	s.quarters = newStatTable(header, rows)

	rows = nil
	for _, r := range reach {
		rows = append(rows, []string{s.refs.kgName(r.KindergartenID), itoa(r.Events), itoa(r.Teachers)})
	}
	s.reach = newStatTable([]string{i18n.T("field.kindergarten"), i18n.T("events.col.attended"), i18n.T("events.col.teachers")}, rows)

	bold := fyne.TextStyle{Bold: true}
	s.totals.Objects = []fyne.CanvasObject{container.NewHBox(
		container.NewVBox(widget.NewLabelWithStyle(i18n.T("events.totals.quarters"), fyne.TextAlignLeading, bold), s.quarters.box),
		widget.NewSeparator(),
		container.NewVBox(widget.NewLabelWithStyle(i18n.T("events.totals.kindergartens"), fyne.TextAlignLeading, bold), s.reach.box),
	)}
	s.totals.Refresh()
}

// focus selects an event (the dashboard and tests open records this way);
// the filters are cleared first so the event is in the list.
func (s *eventsScreen) focus(id int64) {
	s.quarter.setKey("0")
	s.kind.setKey("")
	s.kg.setID(0)
	s.table.search.SetText("")
	s.table.selectWhere(func(e data.Event) bool { return e.ID == id })
}

func (s *eventsScreen) onDelete(e data.Event) {
	s.u.confirmDelete(i18n.T("events.what", "topic", e.Topic, "date", e.HeldOn.DMY()), func() {
		if err := s.u.store.DeleteEvent(s.u.ctx, e.ID); err != nil {
			s.u.showError(err)
			return
		}
		s.reload()
		s.u.status(i18n.T("status.deleted"))
	})
}

// duplicate asks the date of a repeated event and copies it there, with its
// participation, then selects the copy for editing the figures.
func (s *eventsScreen) duplicate(e data.Event) {
	when := newDateEntry("held_on", true)
	fd := s.u.newFormDialog(i18n.T("events.duplicate.title", "topic", cut(e.Topic, 60)), []*widget.FormItem{
		widget.NewFormItem(i18n.T("events.duplicate.date"), when),
	}, func() error {
		d, err := when.date()
		if err != nil {
			return err
		}
		cp, err := s.u.store.DuplicateEvent(s.u.ctx, e.ID, d)
		if err != nil {
			return err
		}
		s.focus(cp.ID)
		s.u.status(i18n.T("events.duplicated"))
		return nil
	})
	fd.submitOnEnter()
	fd.dlg.Resize(fyne.NewSize(520, 240))
	fd.show()
	s.u.win.Canvas().Focus(when)
}
