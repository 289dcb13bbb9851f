package activity

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// eventsScreen is the log of seminars, webinars, consultations … with
// filters by quarter, kind and kindergarten, and the year's totals per
// quarter and per kindergarten below (docs/ARCHITECTURE.md; order item 4.4.6).
type eventsScreen struct {
	h       shell
	period  data.Period // its quarters filter and total the events
	refs    kit.Refs
	quarter *kit.Choice
	kind    *kit.Choice
	kg      *kit.Choice
	table   *kit.RecordTable[data.Event]
	buttons kit.CrudButtons
	dup     *widget.Button
	totals  *fyne.Container
	ready   bool // the filters are built; their changes reload

	quarters *kit.Table      // measures down; Q1–Q4 and the year across
	reach    *kit.Table      // per kindergarten
	form     *kit.FormDialog // the form last opened (tests)
	people   *participation  // its participation grid
}

func newEventsScreen(h shell) *eventsScreen {
	s := &eventsScreen{h: h, refs: kit.LoadRefs(h), totals: container.NewStack()}
	s.table = kit.NewRecordTable([]kit.Column[data.Event]{
		kit.DateColumn(i18n.T("list.date"), func(e data.Event) data.Date { return e.HeldOn }),
		{Title: i18n.T("field.kind"), Width: 150, Text: func(e data.Event) string { return kit.Label("event.kind.", e.Kind) }},
		{Title: i18n.T("field.topic"), Width: 400, Text: func(e data.Event) string { return e.Topic }},
		{Title: i18n.T("events.col.format"), Width: 90, Text: func(e data.Event) string { return kit.Label("event.format.", e.Format) }},
		{Title: i18n.T("events.col.hours"), Width: 70, Text: func(e data.Event) string { return kit.FormatFloat(e.Hours, 1) },
			Less: func(a, b data.Event) bool { return a.Hours < b.Hours }},
		kit.IntColumn(i18n.T("field.participants"), 140, func(e data.Event) int {
			t, p, o := e.Participants()
			return t + p + o
		}),
	}, nil).SortInitially(0, true)
	s.table.Extra = func(e data.Event) string { return e.Organiser + "\n" + e.Materials + "\n" + e.Notes }
	period, err := h.Store().Period(h.Context())
	if err != nil {
		h.ShowError(err)
	}
	s.period = period
	s.quarter = kit.QuarterChoice(period, func(int) { s.reload() })
	s.kind = kit.KeyChoice(data.EventKinds(), "event.kind.", i18n.T("event.kind.all"), func(string) { s.reload() })
	s.kg = s.refs.KindergartenChoice(i18n.T("filter.all_kindergartens"), func(int) { s.reload() })
	s.quarter.SetKey("0")
	s.kind.SetKey("")
	s.kg.SetID(0)
	s.buttons = kit.NewCrudButtons(h.Status, s.table, func() { s.edit(data.Event{RegionCode: h.Settings().RegionCode, HeldOn: h.Store().Today()}) },
		s.edit, s.onDelete)
	s.dup = widget.NewButtonWithIcon(i18n.T("events.duplicate"), theme.ContentCopyIcon(), func() {
		if e, ok := s.table.Current(); ok {
			s.duplicate(e)
			return
		}
		h.Status(i18n.T("list.pick_row"))
	})
	s.ready = true
	s.reload()
	return s
}

func (s *eventsScreen) Content() fyne.CanvasObject {
	filters := kit.FilterRow(s.quarter, s.kind, s.kg)
	list := kit.ListPane(filters, s.table, s.buttons.Row(s.dup))
	split := container.NewVSplit(list, container.NewScroll(s.totals))
	split.Offset = 0.65
	return split
}

// filter is what the Selects above the list ask for.
func (s *eventsScreen) filter() data.EventFilter {
	f := data.EventFilter{RegionCode: s.h.Settings().RegionCode, Kind: s.kind.Key(), KindergartenID: int(s.kg.ID())}
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
	events, err := s.h.Store().Events(s.h.Context(), s.filter())
	if err != nil {
		s.h.ShowError(err)
		return
	}
	s.table.SetRows(events)
	s.showTotals()
}

// showTotals builds the totals of the pilot year: they do not follow the
// filters, so the quarter figures always match the quarterly report.
func (s *eventsScreen) showTotals() {
	region := s.h.Settings().RegionCode
	qt, err := s.h.Store().EventTotals(s.h.Context(), region, 0)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	reach, err := s.h.Store().TeacherReach(s.h.Context(), region)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	// Quarters run across and measures down, as in the quarterly report's
	// table, so both tables fit beside each other.
	header := []string{""}
	var year data.QuarterTotals
	for _, q := range qt {
		header = append(header, kit.Roman(q.Quarter))
		year.Events, year.Hours = year.Events+q.Events, year.Hours+q.Hours
		year.Teachers, year.Parents, year.Others = year.Teachers+q.Teachers, year.Parents+q.Parents, year.Others+q.Others
	}
	header = append(header, i18n.T("events.total.year"))
	measures := []struct {
		key string
		val func(data.QuarterTotals) string
	}{
		{"events.col.events", func(q data.QuarterTotals) string { return strconv.Itoa(q.Events) }},
		{"events.col.hours", func(q data.QuarterTotals) string { return kit.FormatFloat(q.Hours, 1) }},
		{"field.teachers", func(q data.QuarterTotals) string { return strconv.Itoa(q.Teachers) }},
		{"field.parents", func(q data.QuarterTotals) string { return strconv.Itoa(q.Parents) }},
		{"field.others", func(q data.QuarterTotals) string { return strconv.Itoa(q.Others) }},
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
	s.quarters = kit.NewTable(kit.Figures, header, rows)

	rows = nil
	for _, r := range reach {
		rows = append(rows, []string{s.refs.KgName(r.KindergartenID), strconv.Itoa(r.Events), strconv.Itoa(r.Teachers)})
	}
	s.reach = kit.NewTable(kit.Figures, []string{i18n.T("field.kindergarten"), i18n.T("events.col.attended"), i18n.T("events.col.teachers")}, rows)

	bold := fyne.TextStyle{Bold: true}
	s.totals.Objects = []fyne.CanvasObject{container.NewHBox(
		container.NewVBox(widget.NewLabelWithStyle(i18n.T("events.totals.quarters", "year", s.period.Label()), fyne.TextAlignLeading, bold), s.quarters.Object()),
		widget.NewSeparator(),
		container.NewVBox(widget.NewLabelWithStyle(i18n.T("events.totals.kindergartens"), fyne.TextAlignLeading, bold), s.reach.Object()),
	)}
	s.totals.Refresh()
}

// focus selects an event (the dashboard and tests open records this way);
// the filters are cleared first so the event is in the list.
// Focus selects the record t.ID (the dashboard's warnings open it so).
func (s *eventsScreen) Focus(t kit.Target) { s.focus(t.ID) }

func (s *eventsScreen) focus(id int64) {
	s.quarter.SetKey("0")
	s.kind.SetKey("")
	s.kg.SetID(0)
	s.table.Search.SetText("")
	s.table.SelectWhere(func(e data.Event) bool { return e.ID == id })
}

func (s *eventsScreen) onDelete(e data.Event) {
	s.h.Dialogs().ConfirmDelete(i18n.T("events.what", "topic", e.Topic, "date", e.HeldOn.DMY()), func() {
		if err := s.h.Store().DeleteEvent(s.h.Context(), e.ID); err != nil {
			s.h.ShowError(err)
			return
		}
		s.reload()
		s.h.Status(i18n.T("status.deleted"))
	})
}

// duplicate asks the date of a repeated event and copies it there, with its
// participation, then selects the copy for editing the figures.
func (s *eventsScreen) duplicate(e data.Event) {
	form := kit.NewForm(kit.Date("held_on", data.Date{}, true).Labelled(i18n.T("events.duplicate.date")))
	fd := s.h.Dialogs().NewFormDialog(i18n.T("events.duplicate.title", "topic", kit.Cut(e.Topic, 60)), form, func() error {
		d, err := form.DateOf("held_on")
		if err != nil {
			return err
		}
		cp, err := s.h.Store().DuplicateEvent(s.h.Context(), e.ID, d)
		if err != nil {
			return err
		}
		s.focus(cp.ID)
		s.h.Status(i18n.T("events.duplicated"))
		return nil
	})
	fd.SubmitOnEnter().Resize(520, 240).Show()
	s.h.Dialogs().Window().Canvas().Focus(form.Date("held_on"))
}
