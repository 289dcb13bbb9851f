package ui

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/text"
)

// open shows a section and returns its screen.
func open[T any](t *testing.T, u *UI, key string) T {
	t.Helper()
	u.shell.open(key)
	s, ok := u.shell.current.(T)
	if !ok {
		t.Fatalf("section %s shows %T", key, u.shell.current)
	}
	return s
}

// wantFieldError checks that the form dialog stays open with the message
// for field and reason, as the user sees it.
func wantFieldError(t *testing.T, fd *formDialog, field, reason string) {
	t.Helper()
	want := errorText(&data.ValidationError{Field: field, Reason: reason})
	if !fd.errText.Visible() || fd.errText.Text != want {
		t.Fatalf("dialog says %q, want %q", fd.errText.Text, want)
	}
	if !dialogOpen(fd) {
		t.Fatal("the dialog closed despite bad input")
	}
}

// dialogOpen reports whether the form dialog is still on screen.
func dialogOpen(fd *formDialog) bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(fd.form)
	if c == nil {
		return false
	}
	for _, o := range c.Overlays().List() {
		if o.Visible() {
			return true
		}
	}
	return false
}

// wantSaved checks that the dialog closed (the caller checks the database).
func wantSaved(t *testing.T, fd *formDialog) {
	t.Helper()
	if dialogOpen(fd) {
		t.Fatalf("not saved: %q", fd.errText.Text)
	}
}

func events(t *testing.T, s *data.Store) []data.Event {
	t.Helper()
	es, err := s.Events(ctx, data.EventFilter{RegionCode: "ULY"})
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// fillEvent types a valid webinar into the form.
func fillEvent(f *eventForm) {
	f.held.SetText("12.02.2026")
	f.kind.setKey(data.EventWebinar)
	f.topic.SetText("Ерте кәсіптік бағдар: шеберханадағы іс-әрекет")
	f.format.setKey(data.FormatOnline)
	f.organiser.SetText("Әдістемелік орталық")
	f.hours.SetText("1,5")
	f.rows[0].teachers.SetText("4")
	f.rows[0].parents.SetText("10")
	f.rows[1].teachers.SetText("2")
}

func TestEventsAddEditDuplicateDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	u := newTestUI(t, s)
	es := open[*eventsScreen](t, u, "events")

	// Bad input: the dialog names the field and the reason; nothing is written.
	bad := []struct {
		name, field, reason string
		spoil               func(f *eventForm)
	}{
		{"impossible date", "held_on", data.ReasonDate, func(f *eventForm) { f.held.SetText("31.02.2026") }},
		{"year typed wrong", "held_on", data.ReasonDate, func(f *eventForm) { f.held.SetText("12.02.2062") }},
		{"no date", "held_on", data.ReasonRequired, func(f *eventForm) { f.held.SetText("") }},
		{"empty topic", "topic", data.ReasonRequired, func(f *eventForm) { f.topic.SetText("  ") }},
		{"negative participants", "participants", data.ReasonRange, func(f *eventForm) { f.rows[2].parents.SetText("-3") }},
		{"participants not a number", "participants", data.ReasonFormat, func(f *eventForm) { f.rows[0].others.SetText("бес") }},
		{"hours not a number", "hours", data.ReasonFormat, func(f *eventForm) { f.hours.SetText("екі") }},
		{"no kind", "kind", data.ReasonRequired, func(f *eventForm) { f.kind.ClearSelected() }},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			test.Tap(es.buttons.add)
			fillEvent(es.form)
			tc.spoil(es.form)
			test.Tap(es.form.fd.saveBtn)
			wantFieldError(t, es.form.fd, tc.field, tc.reason)
			if n := len(events(t, s)); n != 0 {
				t.Fatalf("%d events written", n)
			}
			es.form.fd.dlg.Hide()
		})
	}
	test.Tap(es.buttons.add)
	test.Tap(es.form.fd.saveBtn)
	if !strings.Contains(es.form.fd.errText.Text, "«Түрі» өрісі: толтыру міндетті") {
		t.Fatalf("an empty form in Kazakh: %q", es.form.fd.errText.Text)
	}
	es.form.fd.dlg.Hide()

	// Add.
	test.Tap(es.buttons.add)
	fillEvent(es.form)
	test.Tap(es.form.fd.saveBtn)
	wantSaved(t, es.form.fd)
	got := events(t, s)
	wantPart := []data.Participation{{KindergartenID: 76, Teachers: 4, Parents: 10}, {KindergartenID: 77, Teachers: 2}}
	if len(got) != 1 || got[0].Hours != 1.5 || got[0].Kind != data.EventWebinar || got[0].HeldOn != data.NewDate(2026, 2, 12) ||
		!reflect.DeepEqual(got[0].Participation, wantPart) {
		t.Fatalf("saved %+v", got)
	}
	if len(es.table.shown) != 1 || es.table.cols[5].text(es.table.shown[0]) != "16" {
		t.Fatalf("list shows %d rows", len(es.table.shown))
	}
	if q1 := es.quarters.text(1, 1); q1 != "1" || es.quarters.text(2, 1) != "1,5" || es.quarters.text(3, 1) != "6" {
		t.Fatalf("Q1 totals %q %q %q", q1, es.quarters.text(2, 1), es.quarters.text(3, 1))
	}

	// Edit: the form shows the saved values; 77 leaves, hours change.
	es.table.selectRow(0)
	test.Tap(es.buttons.edit)
	f := es.form
	if f.hours.Text != "1,5" || f.rows[0].parents.Text != "10" || f.held.Text != "12.02.2026" {
		t.Fatalf("edit form shows hours %q, parents %q, date %q", f.hours.Text, f.rows[0].parents.Text, f.held.Text)
	}
	f.rows[1].teachers.SetText("")
	f.hours.SetText("2.5")
	f.format.setKey(data.FormatOffline)
	test.Tap(f.fd.saveBtn)
	wantSaved(t, f.fd)
	got = events(t, s)
	if len(got) != 1 || got[0].Hours != 2.5 || got[0].Format != data.FormatOffline || len(got[0].Participation) != 1 {
		t.Fatalf("edited %+v", got)
	}

	// Duplicate to a new date, with the participation; a bad date writes nothing.
	es.table.selectRow(0)
	test.Tap(es.dup)
	fd := u.dialogs.form
	fd.entryAt(0).SetText("30.04.2026x")
	test.Tap(fd.saveBtn)
	wantFieldError(t, fd, "held_on", data.ReasonDate)
	if len(events(t, s)) != 1 {
		t.Fatal("a bad duplicate date wrote an event")
	}
	fd.entryAt(0).SetText("19.05.2026")
	test.Tap(fd.saveBtn)
	wantSaved(t, fd)
	got = events(t, s)
	if len(got) != 2 || got[0].HeldOn != data.NewDate(2026, 5, 19) || got[0].Topic != got[1].Topic ||
		!reflect.DeepEqual(got[0].Participation, got[1].Participation) {
		t.Fatalf("after duplicate %+v", got)
	}
	if cur, ok := es.table.current(); !ok || cur.ID != got[0].ID {
		t.Fatal("the copy is not selected")
	}

	// Filters: quarter, kind, kindergarten; the totals keep the whole year.
	filters := []struct {
		name string
		set  func()
		want int
	}{
		{"Q1", func() { es.quarter.setKey("1") }, 1},
		{"Q2", func() { es.quarter.setKey("2") }, 1},
		{"Q3", func() { es.quarter.setKey("3") }, 0},
		{"whole year, seminars", func() { es.quarter.setKey("0"); es.kind.setKey(data.EventSeminar) }, 0},
		{"webinars", func() { es.kind.setKey(data.EventWebinar) }, 2},
		{"webinars of 77", func() { es.kg.setID(77) }, 0},
		{"webinars of 76", func() { es.kg.setID(76) }, 2},
	}
	for _, tc := range filters {
		tc.set()
		if len(es.table.shown) != tc.want {
			t.Errorf("%s: %d rows, want %d", tc.name, len(es.table.shown), tc.want)
		}
	}
	if es.quarters.text(1, 5) != "2" {
		t.Fatalf("year total follows the filter: %q", es.quarters.text(1, 5))
	}

	// Delete after confirmation; cancelling keeps it.
	es.focus(got[1].ID)
	test.Tap(es.buttons.del)
	test.Tap(u.dialogs.confirm.no)
	if len(events(t, s)) != 2 {
		t.Fatal("cancel deleted the event")
	}
	test.Tap(es.buttons.del)
	test.Tap(u.dialogs.confirm.yes)
	if got := events(t, s); len(got) != 1 || got[0].HeldOn != data.NewDate(2026, 5, 19) {
		t.Fatalf("after delete %+v", got)
	}
}

func TestEventTotalsOnDemoData(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}}); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, s)
	es := open[*eventsScreen](t, u, "events")
	totals, err := s.EventTotals(ctx, "ULY", 2026)
	if err != nil {
		t.Fatal(err)
	}
	// The same figures summed here from the event list, independently of the query.
	var byQ [5]data.QuarterTotals
	for _, e := range events(t, s) {
		q := e.HeldOn.Quarter()
		tch, par, oth := e.Participants()
		for _, i := range []int{q, 0} {
			byQ[i].Events++
			byQ[i].Hours += e.Hours
			byQ[i].Teachers, byQ[i].Parents, byQ[i].Others = byQ[i].Teachers+tch, byQ[i].Parents+par, byQ[i].Others+oth
		}
	}
	if byQ[0].Events < 12 {
		t.Fatalf("demo logged only %d events", byQ[0].Events)
	}
	rows := func(q data.QuarterTotals) []string {
		return []string{itoa(q.Events), formatFloat(q.Hours, 1), itoa(q.Teachers), itoa(q.Parents), itoa(q.Others)}
	}
	for col := 1; col <= 5; col++ {
		want := byQ[0] // the year
		if col <= 4 {
			want = byQ[col]
			if totals[col-1] != (data.QuarterTotals{Quarter: col, Events: want.Events, Hours: want.Hours,
				Teachers: want.Teachers, Parents: want.Parents, Others: want.Others}) {
				t.Errorf("EventTotals Q%d = %+v, the list sums %+v", col, totals[col-1], want)
			}
		}
		for row, w := range rows(want) {
			if got := es.quarters.text(row+1, col); got != w {
				t.Errorf("column %d row %d shows %q, want %q", col, row+1, got, w)
			}
		}
	}
	reach, err := s.TeacherReach(ctx, "ULY")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range reach {
		if es.reach.text(i+1, 1) != itoa(r.Events) || es.reach.text(i+1, 2) != itoa(r.Teachers) {
			t.Errorf("kindergarten %d shows %q %q, want %d %d", r.KindergartenID, es.reach.text(i+1, 1), es.reach.text(i+1, 2), r.Events, r.Teachers)
		}
	}
}

func TestEveryStoredKeyHasALabel(t *testing.T) {
	prefixes := map[string][]string{
		"event.kind.":      data.EventKinds(),
		"event.format.":    data.EventFormats(),
		"visit.purpose.":   data.VisitPurposes(),
		"followup.":        data.FollowupStatuses(),
		"practice.status.": data.PracticeStatuses(),
		"risk.category.":   data.RiskCategories(),
		"risk.status.":     data.RiskStatuses(),
		"risk.level.":      {data.RiskLow, data.RiskMedium, data.RiskHigh},
		"source.":          data.FeedbackSources(),
		"field.":           {"held_on", "kind", "topic", "format", "hours", "participants", "quarter", "visited_on", "purpose", "followup_on", "followup_status", "title", "identified_on", "events", "description", "category", "likelihood", "impact", "review_on", "closed_on", "source", "received_on", "text", "changed_on", "change", "effect_on", "feedback"},
	}
	for p, keys := range prefixes {
		for _, k := range keys {
			for _, l := range text.Languages {
				if _, ok := text.Lookup(l, p+k); !ok {
					t.Errorf("%s: no text for %s%s", l, p, k)
				}
			}
		}
	}
}
