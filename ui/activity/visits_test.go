package activity

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

func TestVisitsAddEditOverdueDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY") // today is 25.11.2026
	h := kittest.New(t, s)
	vs := open(h, newVisitsScreen(h))
	visits := func() []data.Visit {
		v, err := s.Visits(ctx, "ULY")
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	fill := func(f *kit.Form) {
		f.Entry("visited_on").SetText("01.10.2026")
		f.Choice("kindergarten").SetID(78)
		f.Choice("purpose").SetKey(data.PurposeEnvironment)
		f.Entry("findings").SetText("Жылыжай бұрышы жабдықталмаған")
		f.Entry("followup_on").SetText("05.11.2026")
	}
	bad := []struct {
		name, field, reason string
		spoil               func(f *kit.Form)
	}{
		{"bad date", "visited_on", data.ReasonDate, func(f *kit.Form) { f.Entry("visited_on").SetText("1.13.2026") }},
		{"follow-up before the visit", "followup_on", data.ReasonOrder, func(f *kit.Form) { f.Entry("followup_on").SetText("30.09.2026") }},
		{"no kindergarten", "kindergarten", data.ReasonRequired, func(f *kit.Form) { f.Choice("kindergarten").ClearSelected() }},
		{"date but status none", "followup_status", data.ReasonRequired, func(f *kit.Form) { f.Choice("followup_status").SetKey(data.FollowupNone) }},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			test.Tap(vs.buttons.Add)
			fill(vs.form.Form)
			tc.spoil(vs.form.Form)
			test.Tap(vs.form.Save)
			wantFieldError(t, vs.form, tc.field, tc.reason)
			if n := len(visits()); n != 0 {
				t.Fatalf("%d visits written", n)
			}
			vs.form.Dlg.Hide()
		})
	}

	// A follow-up planned for 05.11 is 20 days overdue on 25.11.
	test.Tap(vs.buttons.Add)
	fill(vs.form.Form)
	test.Tap(vs.form.Save)
	wantSaved(t, vs.form)
	got := visits()
	if len(got) != 1 || got[0].KindergartenID != 78 || got[0].FollowupStatus != data.FollowupPlanned || got[0].FollowupOn != data.NewDate(2026, 11, 5) {
		t.Fatalf("saved %+v", got)
	}
	overdueCol := vs.table.Column(vs.table.Columns() - 1)
	if txt := overdueCol.Text(vs.table.Shown()[0]); !strings.Contains(txt, "20 күн") {
		t.Fatalf("overdue column %q", txt)
	}

	// A second visit, follow-up not yet due; "overdue only" keeps the first.
	test.Tap(vs.buttons.Add)
	fd := vs.form
	f := fd.Form
	f.Entry("visited_on").SetText("20.11.2026")
	f.Choice("kindergarten").SetID(79)
	f.Choice("purpose").SetKey(data.PurposeConsultation)
	f.Entry("followup_on").SetText("10.12.2026")
	f.Entry("followup_on").TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves the form
	wantSaved(t, fd)
	if len(vs.table.Shown()) != 2 || overdueCol.Text(vs.table.Shown()[0]) != "" {
		t.Fatalf("list %d rows, newest first overdue %q", len(vs.table.Shown()), overdueCol.Text(vs.table.Shown()[0]))
	}
	vs.overdueOnly.SetChecked(true)
	if len(vs.table.Shown()) != 1 || vs.table.Shown()[0].KindergartenID != 78 {
		t.Fatalf("overdue only shows %+v", vs.table.Shown())
	}
	vs.overdueOnly.SetChecked(false)
	vs.kg.SetID(79)
	if len(vs.table.Shown()) != 1 || vs.table.Shown()[0].KindergartenID != 79 {
		t.Fatalf("kindergarten filter shows %+v", vs.table.Shown())
	}
	vs.kg.SetID(0)

	// Sorting by the date header reverses the default newest-first order.
	vs.table.SortBy(0)
	if vs.table.Shown()[0].VisitedOn != data.NewDate(2026, 10, 1) {
		t.Fatalf("oldest first: %v", vs.table.Shown()[0].VisitedOn)
	}

	// Edit: the follow-up is done, so it is no longer overdue.
	vs.focus(got[0].ID)
	test.Tap(vs.buttons.Edit)
	vs.form.Form.Choice("followup_status").SetKey(data.FollowupDone)
	vs.form.Form.Entry("recommendations").SetText("Бұрышты жабдықтау")
	test.Tap(vs.form.Save)
	wantSaved(t, vs.form)
	if v, _ := s.Visit(ctx, got[0].ID); v.FollowupStatus != data.FollowupDone || v.Recommendations != "Бұрышты жабдықтау" {
		t.Fatalf("edited %+v", v)
	}
	if o, _ := s.OverdueFollowups(ctx, "ULY", s.Today()); len(o) != 0 {
		t.Fatalf("still overdue: %+v", o)
	}

	// Delete after confirmation.
	vs.focus(got[0].ID)
	test.Tap(vs.buttons.Del)
	test.Tap(h.Dialogs().Confirm.Yes)
	if left := visits(); len(left) != 1 || left[0].KindergartenID != 79 {
		t.Fatalf("after delete %+v", left)
	}
}

func TestPracticesAddAdvanceEditDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	ev := data.Event{RegionCode: "ULY", Kind: data.EventSeminar, HeldOn: data.NewDate(2026, 10, 22), Topic: "Үздік тәжірибелер семинары", Format: data.FormatOffline}
	if err := s.SaveEvent(ctx, &ev); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	ps := open(h, newPracticesScreen(h))
	practices := func() []data.Practice {
		p, err := s.Practices(ctx, "ULY")
		if err != nil {
			t.Fatal(err)
		}
		return p
	}

	test.Tap(ps.buttons.Add)
	fd := ps.form
	f := fd.Form
	f.Choice("kindergarten").SetID(79)
	f.Entry("identified_on").SetText("08.09.2026")
	test.Tap(fd.Save) // no title
	wantFieldError(t, fd, "title", data.ReasonRequired)
	f.Entry("title").SetText("«Ою-өрнек әлемі»")
	f.Entry("identified_on").SetText("08.13.2026")
	test.Tap(fd.Save)
	wantFieldError(t, fd, "identified_on", data.ReasonDate)
	if len(practices()) != 0 {
		t.Fatal("a practice was written despite bad input")
	}
	f.Entry("identified_on").SetText("08.09.2026")
	f.Entry("teacher").SetText("Қалиева Ж. М.")
	if len(f.CheckGroup("events").Options) != 1 || !strings.Contains(f.CheckGroup("events").Options[0], "22.10.2026 — Үздік") {
		t.Fatalf("event options %q", f.CheckGroup("events").Options)
	}
	f.CheckGroup("events").SetSelected(f.CheckGroup("events").Options)
	test.Tap(fd.Save)
	wantSaved(t, fd)
	got := practices()
	if len(got) != 1 || got[0].Status != data.PracticeCandidate || len(got[0].EventIDs) != 1 || got[0].EventIDs[0] != ev.ID {
		t.Fatalf("saved %+v", got)
	}

	// Candidate → recommended → disseminated, one button each.
	ps.focus(got[0].ID)
	if ps.recommend.Disabled() || ps.disseminate.Disabled() {
		t.Fatal("a candidate cannot move on")
	}
	test.Tap(ps.recommend)
	if p, _ := s.Practice(ctx, got[0].ID); p.Status != data.PracticeRecommended || len(p.EventIDs) != 1 {
		t.Fatalf("after recommend %+v", p)
	}
	if !ps.recommend.Disabled() || ps.disseminate.Disabled() {
		t.Fatal("buttons after recommend")
	}
	test.Tap(ps.disseminate)
	if p, _ := s.Practice(ctx, got[0].ID); p.Status != data.PracticeDisseminated {
		t.Fatalf("after disseminate %+v", p)
	}
	ps.status.SetKey(data.PracticeCandidate)
	if len(ps.table.Shown()) != 0 {
		t.Fatal("status filter")
	}

	// Edit: unlink the event, rename.
	ps.focus(got[0].ID)
	test.Tap(ps.buttons.Edit)
	ps.form.Form.CheckGroup("events").SetSelected(nil)
	ps.form.Form.Entry("title").SetText("«Ою-өрнек әлемі»: киізден бұйым")
	test.Tap(ps.form.Save)
	wantSaved(t, ps.form)
	if p, _ := s.Practice(ctx, got[0].ID); p.Title != "«Ою-өрнек әлемі»: киізден бұйым" || len(p.EventIDs) != 0 || p.Status != data.PracticeDisseminated {
		t.Fatalf("edited %+v", p)
	}

	ps.focus(got[0].ID)
	test.Tap(ps.buttons.Del)
	test.Tap(h.Dialogs().Confirm.Yes)
	if len(practices()) != 0 {
		t.Fatal("practice not deleted")
	}
	if _, err := s.Event(ctx, ev.ID); err != nil {
		t.Fatalf("deleting the practice touched its event: %v", err)
	}
}
