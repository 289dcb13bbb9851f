package activity

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/text"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

var ctx = context.Background()

// open shows a screen in the host's window and returns it.
func open[S kit.Screen](h *kittest.Host, s S) S {
	h.Show(s.Content())
	return s
}

// wantFieldError checks that the form dialog stays open with the message
// for field and reason, as the user sees it.
func wantFieldError(t *testing.T, fd *kit.FormDialog, field, reason string) {
	t.Helper()
	want := kit.ErrorText(&data.ValidationError{Field: field, Reason: reason})
	if !fd.ErrText.Visible() || fd.ErrText.Text != want {
		t.Fatalf("dialog says %q, want %q", fd.ErrText.Text, want)
	}
	if !dialogOpen(fd) {
		t.Fatal("the dialog closed despite bad input")
	}
}

// dialogOpen reports whether the form dialog is still on screen.
func dialogOpen(fd *kit.FormDialog) bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(fd.Form.Widget)
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
func wantSaved(t *testing.T, fd *kit.FormDialog) {
	t.Helper()
	if dialogOpen(fd) {
		t.Fatalf("not saved: %q", fd.ErrText.Text)
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
func fillEvent(f *kit.Form, p *participation) {
	f.Entry("held_on").SetText("12.02.2026")
	f.Choice("kind").SetKey(data.EventWebinar)
	f.Entry("topic").SetText("Ерте кәсіптік бағдар: шеберханадағы іс-әрекет")
	f.Choice("format").SetKey(data.FormatOnline)
	f.Entry("organiser").SetText("Әдістемелік орталық")
	f.Entry("hours").SetText("1,5")
	p.rows[0].teachers.SetText("4")
	p.rows[0].parents.SetText("10")
	p.rows[1].teachers.SetText("2")
}

func TestEventsAddEditDuplicateDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	es := open(h, newEventsScreen(h))

	// Bad input: the dialog names the field and the reason; nothing is written.
	bad := []struct {
		name, field, reason string
		spoil               func(f *kit.Form, p *participation)
	}{
		{"impossible date", "held_on", data.ReasonDate, func(f *kit.Form, p *participation) { f.Entry("held_on").SetText("31.02.2026") }},
		{"year typed wrong", "held_on", data.ReasonDate, func(f *kit.Form, p *participation) { f.Entry("held_on").SetText("12.02.2062") }},
		{"no date", "held_on", data.ReasonRequired, func(f *kit.Form, p *participation) { f.Entry("held_on").SetText("") }},
		{"empty topic", "topic", data.ReasonRequired, func(f *kit.Form, p *participation) { f.Entry("topic").SetText("  ") }},
		{"negative participants", "participants", data.ReasonRange, func(f *kit.Form, p *participation) { p.rows[2].parents.SetText("-3") }},
		{"participants not a number", "participants", "integer", func(f *kit.Form, p *participation) { p.rows[0].others.SetText("бес") }},
		{"hours not a number", "hours", "decimal", func(f *kit.Form, p *participation) { f.Entry("hours").SetText("екі") }},
		{"no kind", "kind", data.ReasonRequired, func(f *kit.Form, p *participation) { f.Choice("kind").ClearSelected() }},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			test.Tap(es.buttons.Add)
			fillEvent(es.form.Form, es.people)
			tc.spoil(es.form.Form, es.people)
			test.Tap(es.form.Save)
			wantFieldError(t, es.form, tc.field, tc.reason)
			if n := len(events(t, s)); n != 0 {
				t.Fatalf("%d events written", n)
			}
			es.form.Dlg.Hide()
		})
	}
	test.Tap(es.buttons.Add)
	test.Tap(es.form.Save)
	if !strings.Contains(es.form.ErrText.Text, "«Түрі» өрісі: толтыру міндетті") {
		t.Fatalf("an empty form in Kazakh: %q", es.form.ErrText.Text)
	}
	es.form.Dlg.Hide()

	// Add.
	test.Tap(es.buttons.Add)
	fillEvent(es.form.Form, es.people)
	test.Tap(es.form.Save)
	wantSaved(t, es.form)
	got := events(t, s)
	wantPart := []data.Participation{{KindergartenID: 76, Teachers: 4, Parents: 10}, {KindergartenID: 77, Teachers: 2}}
	if len(got) != 1 || got[0].Hours != 1.5 || got[0].Kind != data.EventWebinar || got[0].HeldOn != data.NewDate(2026, 2, 12) ||
		!reflect.DeepEqual(got[0].Participation, wantPart) {
		t.Fatalf("saved %+v", got)
	}
	if len(es.table.Shown()) != 1 || es.table.Column(5).Text(es.table.Shown()[0]) != "16" {
		t.Fatalf("list shows %d rows", len(es.table.Shown()))
	}
	if q1 := es.quarters.Text(1, 1); q1 != "1" || es.quarters.Text(2, 1) != "1,5" || es.quarters.Text(3, 1) != "6" {
		t.Fatalf("Q1 totals %q %q %q", q1, es.quarters.Text(2, 1), es.quarters.Text(3, 1))
	}

	// Edit: the form shows the saved values; 77 leaves, hours change.
	es.table.SelectRow(0)
	test.Tap(es.buttons.Edit)
	fd := es.form
	f, p := fd.Form, es.people
	if f.Entry("hours").Text != "1,5" || p.rows[0].parents.Text != "10" || f.Entry("held_on").Text != "12.02.2026" {
		t.Fatalf("edit form shows hours %q, parents %q, date %q", f.Entry("hours").Text, p.rows[0].parents.Text, f.Entry("held_on").Text)
	}
	p.rows[1].teachers.SetText("")
	f.Entry("hours").SetText("2.5")
	f.Choice("format").SetKey(data.FormatOffline)
	test.Tap(fd.Save)
	wantSaved(t, fd)
	got = events(t, s)
	if len(got) != 1 || got[0].Hours != 2.5 || got[0].Format != data.FormatOffline || len(got[0].Participation) != 1 {
		t.Fatalf("edited %+v", got)
	}

	// Duplicate to a new date, with the participation; a bad date writes nothing.
	es.table.SelectRow(0)
	test.Tap(es.dup)
	fd = h.Dialogs().Form
	fd.Form.Entry("held_on").SetText("30.04.2026x")
	test.Tap(fd.Save)
	wantFieldError(t, fd, "held_on", data.ReasonDate)
	if len(events(t, s)) != 1 {
		t.Fatal("a bad duplicate date wrote an event")
	}
	fd.Form.Entry("held_on").SetText("19.05.2026")
	test.Tap(fd.Save)
	wantSaved(t, fd)
	got = events(t, s)
	if len(got) != 2 || got[0].HeldOn != data.NewDate(2026, 5, 19) || got[0].Topic != got[1].Topic ||
		!reflect.DeepEqual(got[0].Participation, got[1].Participation) {
		t.Fatalf("after duplicate %+v", got)
	}
	if cur, ok := es.table.Current(); !ok || cur.ID != got[0].ID {
		t.Fatal("the copy is not selected")
	}

	// Filters: quarter, kind, kindergarten; the totals keep the whole year.
	filters := []struct {
		name string
		set  func()
		want int
	}{
		{"Q1", func() { es.quarter.SetKey("1") }, 1},
		{"Q2", func() { es.quarter.SetKey("2") }, 1},
		{"Q3", func() { es.quarter.SetKey("3") }, 0},
		{"whole year, seminars", func() { es.quarter.SetKey("0"); es.kind.SetKey(data.EventSeminar) }, 0},
		{"webinars", func() { es.kind.SetKey(data.EventWebinar) }, 2},
		{"webinars of 77", func() { es.kg.SetID(77) }, 0},
		{"webinars of 76", func() { es.kg.SetID(76) }, 2},
	}
	for _, tc := range filters {
		tc.set()
		if len(es.table.Shown()) != tc.want {
			t.Errorf("%s: %d rows, want %d", tc.name, len(es.table.Shown()), tc.want)
		}
	}
	if es.quarters.Text(1, 5) != "2" {
		t.Fatalf("year total follows the filter: %q", es.quarters.Text(1, 5))
	}

	// Delete after confirmation; cancelling keeps it.
	es.focus(got[1].ID)
	test.Tap(es.buttons.Del)
	test.Tap(h.Dialogs().Confirm.No)
	if len(events(t, s)) != 2 {
		t.Fatal("cancel deleted the event")
	}
	test.Tap(es.buttons.Del)
	test.Tap(h.Dialogs().Confirm.Yes)
	if got := events(t, s); len(got) != 1 || got[0].HeldOn != data.NewDate(2026, 5, 19) {
		t.Fatalf("after delete %+v", got)
	}
}

func TestEventTotalsOnDemoData(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}}); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	es := open(h, newEventsScreen(h))
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
		return []string{strconv.Itoa(q.Events), kit.FormatFloat(q.Hours, 1), strconv.Itoa(q.Teachers), strconv.Itoa(q.Parents), strconv.Itoa(q.Others)}
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
			if got := es.quarters.Text(row+1, col); got != w {
				t.Errorf("column %d row %d shows %q, want %q", col, row+1, got, w)
			}
		}
	}
	reach, err := s.TeacherReach(ctx, "ULY")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range reach {
		if es.reach.Text(i+1, 1) != strconv.Itoa(r.Events) || es.reach.Text(i+1, 2) != strconv.Itoa(r.Teachers) {
			t.Errorf("kindergarten %d shows %q %q, want %d %d", r.KindergartenID, es.reach.Text(i+1, 1), es.reach.Text(i+1, 2), r.Events, r.Teachers)
		}
	}
}

func TestEveryStoredKeyHasALabel(t *testing.T) {
	// The enumerations are named by their one term in reports/labels:
	// kit.Label falls back to the stored value itself when there is none.
	terms := map[string][]string{
		"event.kind.":      data.EventKinds(),
		"event.format.":    data.EventFormats(),
		"visit.purpose.":   data.VisitPurposes(),
		"followup.":        data.FollowupStatuses(),
		"practice.status.": data.PracticeStatuses(),
		"risk.category.":   data.RiskCategories(),
		"risk.status.":     data.RiskStatuses(),
		"risk.level.":      {data.RiskLow, data.RiskMedium, data.RiskHigh},
		"source.":          data.FeedbackSources(),
	}
	for p, keys := range terms {
		for _, k := range keys {
			if got := kit.Label(p, k); got == "" || strings.EqualFold(got, k) {
				t.Errorf("%s%s is shown as %q: no term for it", p, k, got)
			}
		}
	}
	prefixes := map[string][]string{
		"field.": {"held_on", "kind", "topic", "format", "hours", "participants", "quarter", "visited_on", "purpose", "followup_on", "followup_status", "title", "identified_on", "events", "description", "category", "likelihood", "impact", "review_on", "closed_on", "source", "received_on", "text", "changed_on", "change", "effect_on", "feedback"},
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

// Escape in a participation count (a field inside the form's grid) closes
// the dialog like in any other field, and Enter there saves.
func TestEventParticipationKeys(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	es := open(h, newEventsScreen(h))
	test.Tap(es.buttons.Add)
	fillEvent(es.form.Form, es.people)
	test.Type(es.people.rows[2].others, "3")
	es.people.rows[2].others.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if dialogOpen(es.form) {
		t.Fatal("Escape in a participation field did not close the dialog")
	}
	if n := len(events(t, s)); n != 0 {
		t.Fatalf("Escape wrote %d events", n)
	}
	test.Tap(es.buttons.Add)
	fillEvent(es.form.Form, es.people)
	es.people.rows[2].others.SetText("3")
	es.people.rows[2].others.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	wantSaved(t, es.form)
	if got := events(t, s); len(got) != 1 || got[0].Participation[2].Others != 3 {
		t.Fatalf("Enter saved %+v", got)
	}
}
