package activity

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// participation is the grid of an event's form that says who came: one
// row per kindergarten of the region.
type participation struct {
	rows []participationRow
}

// participationRow is one kindergarten's line of the grid.
type participationRow struct {
	kgID                      int
	teachers, parents, others *kit.Entry
}

func (s *eventsScreen) edit(e data.Event) {
	kind := kit.KeyChoice(data.EventKinds(), "event.kind.", "", nil)
	kind.SetKey(e.Kind)
	format := kit.KeyChoice(data.EventFormats(), "event.format.", "", nil)
	format.SetKey(e.Format)
	hours := ""
	if e.Hours > 0 {
		hours = kit.FormatFloat(e.Hours, 1)
	}
	s.people = &participation{}
	form := kit.NewForm(
		kit.Date("held_on", e.HeldOn, true),
		kit.Pick("kind", kind),
		kit.TextArea("topic", e.Topic, 2),
		kit.Pick("format", format),
		kit.Text("organiser", e.Organiser),
		kit.Text("hours", hours).Placeholder(i18n.T("events.hours.placeholder")),
		kit.Custom("participants", s.people.grid(s.refs.Kindergartens, e.Participation)).WithHint(i18n.T("events.participants.hint")),
		kit.TextArea("materials", e.Materials, 2),
		kit.TextArea("notes", e.Notes, 2),
	)
	title := i18n.T("events.add")
	if e.ID != 0 {
		title = i18n.T("events.edit")
	}
	people := s.people
	s.form = s.h.Dialogs().NewFormDialog(title, form, func() error {
		ev, err := readEvent(form, people, e)
		if err != nil {
			return err
		}
		if err := s.h.Store().SaveEvent(s.h.Context(), &ev); err != nil {
			return err
		}
		s.reload()
		s.table.SelectWhere(func(x data.Event) bool { return x.ID == ev.ID })
		s.h.Status(savedText(s.h, ev.HeldOn))
		return nil
	}).SubmitOnEnter().Resize(860, 680)
	s.form.Show()
}

// participationGrid is a small table: kindergarten, teachers, parents, others.
func (f *participation) grid(kgs []data.Kindergarten, have []data.Participation) fyne.CanvasObject {
	bold := fyne.TextStyle{Bold: true}
	objs := []fyne.CanvasObject{
		widget.NewLabelWithStyle(i18n.T("field.kindergarten"), fyne.TextAlignLeading, bold),
		widget.NewLabelWithStyle(i18n.T("field.teachers"), fyne.TextAlignCenter, bold),
		widget.NewLabelWithStyle(i18n.T("field.parents"), fyne.TextAlignCenter, bold),
		widget.NewLabelWithStyle(i18n.T("field.others"), fyne.TextAlignCenter, bold),
	}
	count := func(n int) *kit.Entry {
		text := ""
		if n != 0 {
			text = strconv.Itoa(n)
		}
		e := kit.EntryWith(text) // Escape cancels the dialog, Enter saves
		e.SetPlaceHolder("0")
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
	return container.New(&kit.Grid{Cols: 4, MinWidth: []float32{200, 100, 100, 100}, Stretch: true}, objs...)
}

// readEvent reads the form into a copy of base; a number that is not a
// number names its field. Ranges are checked by the store.
func readEvent(f *kit.Form, people *participation, base data.Event) (data.Event, error) {
	e := base
	var err error
	if e.HeldOn, err = f.DateOf("held_on"); err != nil {
		return e, err
	}
	if e.Hours, err = kit.ParseFloat("hours", f.Text("hours")); err != nil {
		return e, err
	}
	e.Kind, e.Format = f.Choice("kind").Key(), f.Choice("format").Key()
	e.Topic, e.Organiser, e.Materials, e.Notes = f.Text("topic"), f.Text("organiser"), f.Text("materials"), f.Text("notes")
	e.Participation = nil
	for _, r := range people.rows {
		p := data.Participation{KindergartenID: r.kgID}
		for _, c := range []struct {
			dst *int
			e   *kit.Entry
		}{{&p.Teachers, r.teachers}, {&p.Parents, r.parents}, {&p.Others, r.others}} {
			if *c.dst, err = kit.ParseInt("participants", c.e.Text); err != nil {
				return e, err
			}
		}
		e.Participation = append(e.Participation, p)
	}
	return e, nil
}
