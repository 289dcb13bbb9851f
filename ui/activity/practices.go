package activity

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// practicesScreen lists the region's best pedagogical practices (order item
// 4.4.3) and moves them on: candidate → recommended → disseminated.
type practicesScreen struct {
	h           shell
	refs        kit.Refs
	events      []data.Event // the region's, for the dissemination picker
	all         []data.Practice
	status      *kit.Choice
	table       *kit.RecordTable[data.Practice]
	buttons     kit.CrudButtons
	recommend   *widget.Button
	disseminate *widget.Button
	ready       bool
	form        *kit.FormDialog // the form last opened (tests)
}

func newPracticesScreen(h shell) *practicesScreen {
	s := &practicesScreen{h: h, refs: kit.LoadRefs(h)}
	s.table = kit.NewRecordTable([]kit.Column[data.Practice]{
		kit.DateColumn(i18n.T("list.date"), func(p data.Practice) data.Date { return p.IdentifiedOn }),
		{Title: i18n.T("field.title"), Width: 220, Text: func(p data.Practice) string { return p.Title }},
		{Title: i18n.T("field.kindergarten"), Width: 170, Text: func(p data.Practice) string { return s.refs.KgName(p.KindergartenID) }},
		{Title: i18n.T("field.teacher"), Width: 140, Text: func(p data.Practice) string { return p.Teacher }},
		{Title: i18n.T("field.direction"), Width: 130, Text: func(p data.Practice) string { return s.refs.DirName(p.DirectionID) }},
		{Title: i18n.T("field.status"), Width: 135, Text: func(p data.Practice) string { return kit.Label("practice.status.", p.Status) },
			Importance: func(p data.Practice) widget.Importance {
				if p.Status == data.PracticeDisseminated {
					return widget.SuccessImportance
				}
				return widget.MediumImportance
			}},
		kit.IntColumn(i18n.T("practices.col.events"), 100, func(p data.Practice) int { return len(p.EventIDs) }),
	}, s.onSelected).SortInitially(0, true)
	s.table.Extra = func(p data.Practice) string { return p.Description + "\n" + p.Evidence }
	s.status = kit.KeyChoice(data.PracticeStatuses(), "practice.status.", i18n.T("practice.status.all"), func(string) { s.apply() })
	s.status.SetKey("")
	s.buttons = kit.NewCrudButtons(h.Status, s.table, func() {
		s.edit(data.Practice{Status: data.PracticeCandidate, IdentifiedOn: h.Store().Today()})
	}, s.edit, s.onDelete)
	s.recommend = widget.NewButtonWithIcon(i18n.T("practices.recommend"), theme.MoveUpIcon(), func() { s.advance(data.PracticeRecommended) })
	s.disseminate = widget.NewButtonWithIcon(i18n.T("practices.disseminate"), theme.ConfirmIcon(), func() { s.advance(data.PracticeDisseminated) })
	s.ready = true
	s.reload()
	return s
}

func (s *practicesScreen) Content() fyne.CanvasObject {
	return kit.ListPane(kit.FilterRow(s.status, widget.NewLabel("")), s.table, s.buttons.Row(s.recommend, s.disseminate))
}

// reload reads the practices and the events they can be linked to.
func (s *practicesScreen) reload() {
	all, err := s.h.Store().Practices(s.h.Context(), s.h.Settings().RegionCode)
	if err != nil {
		s.h.ShowError(err)
		return
	}
	events, err := s.h.Store().Events(s.h.Context(), data.EventFilter{RegionCode: s.h.Settings().RegionCode})
	if err != nil {
		s.h.ShowError(err)
		return
	}
	s.all, s.events = all, events
	s.apply()
}

func (s *practicesScreen) apply() {
	if !s.ready {
		return
	}
	var shown []data.Practice
	for _, p := range s.all {
		if st := s.status.Key(); st == "" || p.Status == st {
			shown = append(shown, p)
		}
	}
	s.table.SetRows(shown)
	s.onSelected(data.Practice{})
}

// onSelected enables the step that comes next for the chosen practice.
func (s *practicesScreen) onSelected(p data.Practice) {
	if p.Status == data.PracticeCandidate {
		s.recommend.Enable()
	} else {
		s.recommend.Disable()
	}
	if p.Status == data.PracticeCandidate || p.Status == data.PracticeRecommended {
		s.disseminate.Enable()
	} else {
		s.disseminate.Disable()
	}
}

// advance moves the selected practice to status and saves it at once.
func (s *practicesScreen) advance(status string) {
	p, ok := s.table.Current()
	if !ok {
		s.h.Status(i18n.T("list.pick_row"))
		return
	}
	p.Status = status
	if err := s.h.Store().SavePractice(s.h.Context(), &p); err != nil {
		s.h.ShowError(err)
		return
	}
	s.reload()
	s.focus(p.ID)
	s.h.Status(i18n.T("practices.moved", "status", kit.Label("practice.status.", status)))
}

// focus selects a practice, clearing the filter so it is listed.
// Focus selects the record t.ID (the dashboard's warnings open it so).
func (s *practicesScreen) Focus(t kit.Target) { s.focus(t.ID) }

func (s *practicesScreen) focus(id int64) {
	s.status.SetKey("")
	s.table.Search.SetText("")
	s.table.SelectWhere(func(p data.Practice) bool { return p.ID == id })
}

func (s *practicesScreen) onDelete(p data.Practice) {
	s.h.Dialogs().ConfirmDelete(i18n.T("practices.what", "title", p.Title), func() {
		if err := s.h.Store().DeletePractice(s.h.Context(), p.ID); err != nil {
			s.h.ShowError(err)
			return
		}
		s.reload()
		s.h.Status(i18n.T("status.deleted"))
	})
}

func (s *practicesScreen) edit(p data.Practice) {
	kg := s.refs.KindergartenChoice("", nil)
	kg.SetID(int64(p.KindergartenID))
	direction := s.refs.DirectionChoice(p.DirectionID)
	status := kit.KeyChoice(data.PracticeStatuses(), "practice.status.", "", nil)
	status.SetKey(p.Status)
	// The events it was spread at: one check per event of the region.
	eventIDs := map[string]int64{} // option text → event
	var options, chosen []string
	for _, e := range s.events {
		opt := e.HeldOn.DMY() + " — " + kit.Cut(e.Topic, 60)
		if _, dup := eventIDs[opt]; dup {
			opt += " (" + strconv.FormatInt(e.ID, 10) + ")"
		}
		eventIDs[opt] = e.ID
		options = append(options, opt)
		if slices.Contains(p.EventIDs, e.ID) {
			chosen = append(chosen, opt)
		}
	}
	events := widget.NewCheckGroup(options, nil)
	events.SetSelected(chosen)
	eventsRow := kit.Custom("events", events)
	if len(options) == 0 {
		eventsRow = kit.Custom("events", kit.Wrapped(i18n.T("practices.events.none")))
	}
	form := kit.NewForm(
		kit.Text("title", p.Title),
		kit.Pick("kindergarten", kg),
		kit.Text("teacher", p.Teacher),
		kit.Pick("direction", direction),
		kit.Date("identified_on", p.IdentifiedOn, false),
		kit.TextArea("description", p.Description, 3),
		kit.TextArea("evidence", p.Evidence, 2),
		kit.Pick("status", status),
		eventsRow,
	)
	title := i18n.T("practices.add")
	if p.ID != 0 {
		title = i18n.T("practices.edit")
	}
	s.form = s.h.Dialogs().NewFormDialog(title, form, func() error {
		var err error
		if p.IdentifiedOn, err = form.DateOf("identified_on"); err != nil {
			return err
		}
		p.Title, p.Teacher = form.Text("title"), form.Text("teacher")
		p.Description, p.Evidence = form.Text("description"), form.Text("evidence")
		p.KindergartenID, p.DirectionID, p.Status = int(kg.ID()), direction.ID(), status.Key()
		p.EventIDs = nil
		for _, opt := range events.Selected {
			p.EventIDs = append(p.EventIDs, eventIDs[opt])
		}
		if err := s.h.Store().SavePractice(s.h.Context(), &p); err != nil {
			return err
		}
		s.reload()
		s.focus(p.ID)
		s.h.Status(savedText(s.h, p.IdentifiedOn))
		return nil
	}).SubmitOnEnter().Resize(860, 680)
	s.form.Show()
}
