package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
)

// eventForm is the dialog that adds or edits an event; who came is entered
// in a grid with one row per kindergarten of the region.
type eventForm struct {
	fd                      *formDialog
	held                    *dateEntry
	kind, format            *choice
	topic, organiser, hours *widget.Entry
	materials, notes        *widget.Entry
	rows                    []participationRow
}

// participationRow is one kindergarten's line of the grid.
type participationRow struct {
	kgID                      int
	teachers, parents, others *widget.Entry
}

func (s *eventsScreen) edit(e data.Event) {
	f := &eventForm{
		held:      newDateEntry("held_on", true),
		kind:      keyChoice(data.EventKinds(), "event.kind.", "", nil),
		format:    keyChoice(data.EventFormats(), "event.format.", "", nil),
		topic:     multiline(e.Topic, 2),
		organiser: entryWith(e.Organiser),
		hours:     entryWith(""),
		materials: multiline(e.Materials, 2),
		notes:     multiline(e.Notes, 2),
	}
	f.held.setDate(e.HeldOn)
	f.kind.setKey(e.Kind)
	f.format.setKey(e.Format)
	if e.Hours > 0 {
		f.hours.SetText(formatFloat(e.Hours, 1))
	}
	f.hours.SetPlaceHolder(i18n.T("events.hours.placeholder"))
	s.form = f
	title := i18n.T("events.add")
	if e.ID != 0 {
		title = i18n.T("events.edit")
	}
	people := widget.NewFormItem(i18n.T("field.participants"), f.participationGrid(s.refs.kgs, e.Participation))
	people.HintText = i18n.T("events.participants.hint")
	f.fd = s.u.newFormDialog(title, []*widget.FormItem{
		widget.NewFormItem(i18n.T("field.held_on"), f.held),
		widget.NewFormItem(i18n.T("field.kind"), f.kind),
		widget.NewFormItem(i18n.T("field.topic"), f.topic),
		widget.NewFormItem(i18n.T("field.format"), f.format),
		widget.NewFormItem(i18n.T("field.organiser"), f.organiser),
		widget.NewFormItem(i18n.T("field.hours"), f.hours),
		people,
		widget.NewFormItem(i18n.T("field.materials"), f.materials),
		widget.NewFormItem(i18n.T("field.notes"), f.notes),
	}, func() error {
		ev, err := f.event(e)
		if err != nil {
			return err
		}
		if err := s.u.store.SaveEvent(s.u.ctx, &ev); err != nil {
			return err
		}
		s.reload()
		s.table.selectWhere(func(x data.Event) bool { return x.ID == ev.ID })
		s.u.status(i18n.T("status.saved"))
		return nil
	})
	f.fd.submitOnEnter()
	f.fd.dlg.Resize(fyne.NewSize(860, 680))
	f.fd.show()
}

// participationGrid is a small table: kindergarten, teachers, parents, others.
func (f *eventForm) participationGrid(kgs []data.Kindergarten, have []data.Participation) fyne.CanvasObject {
	bold := fyne.TextStyle{Bold: true}
	objs := []fyne.CanvasObject{
		widget.NewLabelWithStyle(i18n.T("field.kindergarten"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(i18n.T("field.teachers"), fyne.TextAlignCenter, bold),
		widget.NewLabelWithStyle(i18n.T("field.parents"), fyne.TextAlignCenter, bold),
		widget.NewLabelWithStyle(i18n.T("field.others"), fyne.TextAlignCenter, bold),
	}
	count := func(n int) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder("0")
		if n != 0 {
			e.SetText(strconv.Itoa(n))
		}
		return e
	}
	for _, k := range kgs {
		var p data.Participation
		for _, h := range have {
			if h.KindergartenID == k.ID {
				p = h
			}
		}
		r := participationRow{kgID: k.ID, teachers: count(p.Teachers), parents: count(p.Parents), others: count(p.Others)}
		f.rows = append(f.rows, r)
		name := widget.NewLabel(k.ShortName)
		name.Truncation = fyne.TextTruncateEllipsis
		objs = append(objs, name, r.teachers, r.parents, r.others)
	}
	return container.New(&gridTable{cols: 4, minWidth: []float32{200, 100, 100, 100}, stretch: true}, objs...)
}

// event reads the form into a copy of base; a number that is not a number
// names its field. Ranges are checked by the store.
func (f *eventForm) event(base data.Event) (data.Event, error) {
	e := base
	var err error
	if e.HeldOn, err = f.held.date(); err != nil {
		return e, err
	}
	if e.Hours, err = parseFloat("hours", f.hours.Text); err != nil {
		return e, err
	}
	e.Kind, e.Format = f.kind.key(), f.format.key()
	e.Topic, e.Organiser, e.Materials, e.Notes = f.topic.Text, f.organiser.Text, f.materials.Text, f.notes.Text
	e.Participation = nil
	for _, r := range f.rows {
		p := data.Participation{KindergartenID: r.kgID}
		for _, c := range []struct {
			dst *int
			e   *widget.Entry
		}{{&p.Teachers, r.teachers}, {&p.Parents, r.parents}, {&p.Others, r.others}} {
			if *c.dst, err = parseInt("participants", c.e.Text); err != nil {
				return e, err
			}
		}
		e.Participation = append(e.Participation, p)
	}
	return e, nil
}
