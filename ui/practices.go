package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// practicesScreen lists the region's best pedagogical practices (order item
// 4.4.3) and moves them on: candidate → recommended → disseminated.
type practicesScreen struct {
	u           *UI
	refs        regionRefs
	events      []data.Event // the region's, for the dissemination picker
	all         []data.Practice
	status      *choice
	table       *recordTable[data.Practice]
	buttons     crudButtons
	recommend   *widget.Button
	disseminate *widget.Button
	ready       bool
	form        *practiceForm // the form last opened (tests)
}

func newPracticesScreen(u *UI) *practicesScreen {
	s := &practicesScreen{u: u, refs: u.loadRefs()}
	s.table = newRecordTable([]column[data.Practice]{
		dateColumn(i18n.T("list.date"), func(p data.Practice) data.Date { return p.IdentifiedOn }),
		{title: i18n.T("field.title"), width: 220, text: func(p data.Practice) string { return p.Title }},
		{title: i18n.T("field.kindergarten"), width: 170, text: func(p data.Practice) string { return s.refs.kgName(p.KindergartenID) }},
		{title: i18n.T("field.teacher"), width: 140, text: func(p data.Practice) string { return p.Teacher }},
		{title: i18n.T("field.direction"), width: 130, text: func(p data.Practice) string { return s.refs.dirName(p.DirectionID) }},
		{title: i18n.T("field.status"), width: 135, text: func(p data.Practice) string { return label("practice.status.", p.Status) },
			importance: func(p data.Practice) widget.Importance {
				if p.Status == data.PracticeDisseminated {
					return widget.SuccessImportance
				}
				return widget.MediumImportance
			}},
		intColumn(i18n.T("practices.col.events"), 100, func(p data.Practice) int { return len(p.EventIDs) }),
	}, s.onSelected).sortInitially(0, true)
	s.table.extra = func(p data.Practice) string { return p.Description + "\n" + p.Evidence }
	s.status = keyChoice(data.PracticeStatuses(), "practice.status.", i18n.T("practice.status.all"), func(string) { s.apply() })
	s.status.setKey("")
	s.buttons = newCrudButtons(u, s.table, func() {
		s.edit(data.Practice{Status: data.PracticeCandidate, IdentifiedOn: u.store.Today()})
	}, s.edit, s.onDelete)
	s.recommend = widget.NewButtonWithIcon(i18n.T("practices.recommend"), theme.MoveUpIcon(), func() { s.advance(data.PracticeRecommended) })
	s.disseminate = widget.NewButtonWithIcon(i18n.T("practices.disseminate"), theme.ConfirmIcon(), func() { s.advance(data.PracticeDisseminated) })
	s.ready = true
	s.reload()
	return s
}

func (s *practicesScreen) content() fyne.CanvasObject {
	return listPane(filterRow(s.status, widget.NewLabel("")), s.table, s.buttons.row(s.recommend, s.disseminate))
}

// reload reads the practices and the events they can be linked to.
func (s *practicesScreen) reload() {
	all, err := s.u.store.Practices(s.u.ctx, s.u.settings.RegionCode)
	if err != nil {
		s.u.showError(err)
		return
	}
	events, err := s.u.store.Events(s.u.ctx, data.EventFilter{RegionCode: s.u.settings.RegionCode})
	if err != nil {
		s.u.showError(err)
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
		if st := s.status.key(); st == "" || p.Status == st {
			shown = append(shown, p)
		}
	}
	s.table.setRows(shown)
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
	p, ok := s.table.current()
	if !ok {
		s.u.status(i18n.T("list.pick_row"))
		return
	}
	p.Status = status
	if err := s.u.store.SavePractice(s.u.ctx, &p); err != nil {
		s.u.showError(err)
		return
	}
	s.reload()
	s.focus(p.ID)
	s.u.status(i18n.T("practices.moved", "status", label("practice.status.", status)))
}

// focus selects a practice, clearing the filter so it is listed.
func (s *practicesScreen) focus(id int64) {
	s.status.setKey("")
	s.table.search.SetText("")
	s.table.selectWhere(func(p data.Practice) bool { return p.ID == id })
}

func (s *practicesScreen) onDelete(p data.Practice) {
	s.u.confirmDelete(i18n.T("practices.what", "title", p.Title), func() {
		if err := s.u.store.DeletePractice(s.u.ctx, p.ID); err != nil {
			s.u.showError(err)
			return
		}
		s.reload()
		s.u.status(i18n.T("status.deleted"))
	})
}

// practiceForm is the dialog that adds or edits a practice.
type practiceForm struct {
	fd                    *formDialog
	title, teacher        *widget.Entry
	description, evidence *widget.Entry
	kg, direction         *choice
	identified            *dateEntry
	status                *choice
	events                *widget.CheckGroup
	eventIDs              map[string]int64 // option text → event
}

func (s *practicesScreen) edit(p data.Practice) {
	f := &practiceForm{
		title:       entryWith(p.Title),
		teacher:     entryWith(p.Teacher),
		description: multiline(p.Description, 3),
		evidence:    multiline(p.Evidence, 2),
		kg:          s.refs.kindergartenChoice("", nil),
		direction:   s.refs.directionChoice(p.DirectionID),
		identified:  newDateEntry("identified_on", false),
		status:      keyChoice(data.PracticeStatuses(), "practice.status.", "", nil),
		eventIDs:    map[string]int64{},
	}
	f.kg.setID(int64(p.KindergartenID))
	f.identified.setDate(p.IdentifiedOn)
	f.status.setKey(p.Status)
	var options, chosen []string
	for _, e := range s.events {
		opt := e.HeldOn.DMY() + " — " + cut(e.Topic, 60)
		if _, dup := f.eventIDs[opt]; dup {
			opt += " (" + itoa(int(e.ID)) + ")"
		}
		f.eventIDs[opt] = e.ID
		options = append(options, opt)
		for _, id := range p.EventIDs {
			if id == e.ID {
				chosen = append(chosen, opt)
			}
		}
	}
	f.events = widget.NewCheckGroup(options, nil)
	f.events.SetSelected(chosen)
	var eventsObj fyne.CanvasObject = f.events
	if len(options) == 0 {
		eventsObj = wrapped(i18n.T("practices.events.none"))
	}
	s.form = f
	title := i18n.T("practices.add")
	if p.ID != 0 {
		title = i18n.T("practices.edit")
	}
	f.fd = s.u.newFormDialog(title, []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.title"), f.title),
		widget.NewFormItem(i18n.T("field.kindergarten"), f.kg),
		widget.NewFormItem(i18n.T("field.teacher"), f.teacher),
		widget.NewFormItem(i18n.T("field.direction"), f.direction),
		widget.NewFormItem(i18n.T("field.identified_on"), f.identified),
		widget.NewFormItem(i18n.T("field.description"), f.description),
		widget.NewFormItem(i18n.T("field.evidence"), f.evidence),
		widget.NewFormItem(i18n.T("field.status"), f.status),
		widget.NewFormItem(i18n.T("field.events"), eventsObj),
	}, func() error {
		var err error
		if p.IdentifiedOn, err = f.identified.date(); err != nil {
			return err
		}
		p.Title, p.Teacher, p.Description, p.Evidence = f.title.Text, f.teacher.Text, f.description.Text, f.evidence.Text
		p.KindergartenID, p.DirectionID, p.Status = int(f.kg.id()), f.direction.id(), f.status.key()
		p.EventIDs = nil
		for _, opt := range f.events.Selected {
			p.EventIDs = append(p.EventIDs, f.eventIDs[opt])
		}
		if err := s.u.store.SavePractice(s.u.ctx, &p); err != nil {
			return err
		}
		s.reload()
		s.focus(p.ID)
		s.u.status(i18n.T("status.saved"))
		return nil
	})
	f.fd.submitOnEnter()
	f.fd.dlg.Resize(fyne.NewSize(860, 680))
	f.fd.show()
}
