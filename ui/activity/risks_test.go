package activity

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

func TestRisksAddMatrixCloseDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY") // today is 25.11.2026
	h := kittest.New(t, s)
	rs := open(h, newRisksScreen(h))
	risks := func() []data.Risk {
		r, err := s.Risks(ctx, "ULY")
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	test.Tap(rs.buttons.Add)
	fd := rs.form
	f := fd.Form
	if f.Entry("identified_on").Text != "25.11.2026" || f.Choice("status").Key() != data.RiskOpen {
		t.Fatalf("a new risk starts %q, %q", f.Entry("identified_on").Text, f.Choice("status").Key())
	}
	f.Entry("description").SetText("Тәрбиешілер жиі ауысады")
	f.Choice("category").SetKey(data.RiskStaff)
	f.Choice("likelihood").SetKey("3")
	f.Choice("impact").SetKey("2")
	if txt := rs.score.Text(); !strings.HasPrefix(txt, "6 (3 × 2)") || rs.score.Fill() != kit.ColourHigh {
		t.Fatalf("score badge %q %v", txt, rs.score.Fill())
	}
	f.Entry("identified_on").SetText("10.03.2026")
	f.Entry("review_on").SetText("01.03.2026") // review before it was identified
	test.Tap(fd.Save)
	wantFieldError(t, fd, "review_on", data.ReasonOrder)
	f.Entry("review_on").SetText("01.12.2026")
	f.Choice("impact").ClearSelected()
	test.Tap(fd.Save)
	wantFieldError(t, fd, "impact", data.ReasonRequired)
	if len(risks()) != 0 {
		t.Fatal("a risk was written despite bad input")
	}
	f.Choice("impact").SetKey("2")
	f.Choice("kindergarten").SetID(78)
	test.Tap(fd.Save)
	wantSaved(t, fd)
	got := risks()
	if len(got) != 1 || got[0].Score() != 6 || got[0].KindergartenID != 78 || got[0].ReviewOn != data.NewDate(2026, 12, 1) {
		t.Fatalf("saved %+v", got)
	}
	scoreCol := rs.table.Column(3)
	if scoreCol.Importance(got[0]) != kit.LevelImportance(data.RiskHigh) {
		t.Fatal("a high score is not shown in red")
	}

	// A medium one, then the matrix: counts per cell, a tap filters.
	test.Tap(rs.buttons.Add)
	fd = rs.form
	f = fd.Form
	f.Entry("description").SetText("Ата-аналардың бір бөлігі келісім бермейді")
	f.Choice("category").SetKey(data.RiskParents)
	f.Choice("likelihood").SetKey("2")
	f.Choice("impact").SetKey("2")
	test.Tap(fd.Save)
	wantSaved(t, fd)
	if n := rs.matrix.cells[2][1].n; n != 1 {
		t.Fatalf("cell 3×2 counts %d", n)
	}
	if n := rs.matrix.cells[1][1].n; n != 1 {
		t.Fatalf("cell 2×2 counts %d", n)
	}
	test.Tap(rs.matrix.cells[2][1])
	if len(rs.table.Shown()) != 1 || rs.table.Shown()[0].Score() != 6 || !rs.matrix.cells[2][1].picked {
		t.Fatalf("cell filter shows %d rows", len(rs.table.Shown()))
	}
	test.Tap(rs.matrix.cells[0][0])
	if len(rs.table.Shown()) != 0 {
		t.Fatal("an empty cell shows risks")
	}
	test.Tap(rs.matrix.cells[0][0]) // again: the filter is cleared
	if len(rs.table.Shown()) != 2 || rs.matrix.cells[0][0].picked {
		t.Fatalf("cleared filter shows %d rows", len(rs.table.Shown()))
	}

	// Closing: choosing «closed» offers today; without a date it is refused.
	rs.focus(got[0].ID)
	test.Tap(rs.buttons.Edit)
	fd = rs.form
	f = fd.Form
	f.Choice("status").SetKey(data.RiskClosed)
	if f.Entry("closed_on").Text != "25.11.2026" {
		t.Fatalf("closing date offered %q", f.Entry("closed_on").Text)
	}
	f.Entry("closed_on").SetText("")
	test.Tap(fd.Save)
	wantFieldError(t, fd, "closed_on", data.ReasonRequired)
	f.Entry("closed_on").SetText("01.02.2026") // before it was identified
	test.Tap(fd.Save)
	wantFieldError(t, fd, "closed_on", data.ReasonOrder)
	if r, _ := s.Risk(ctx, got[0].ID); r.Status != data.RiskOpen {
		t.Fatalf("bad closing written: %+v", r)
	}
	f.Entry("closed_on").SetText("20.11.2026")
	test.Tap(fd.Save)
	wantSaved(t, fd)
	if r, _ := s.Risk(ctx, got[0].ID); r.Status != data.RiskClosed || r.ClosedOn != data.NewDate(2026, 11, 20) {
		t.Fatalf("closed %+v", r)
	}
	if n := rs.matrix.cells[2][1].n; n != 0 {
		t.Fatalf("a closed risk still counted in the matrix: %d", n)
	}

	rs.focus(got[0].ID)
	test.Tap(rs.buttons.Del)
	test.Tap(h.Dialogs().Confirm.Yes)
	if left := risks(); len(left) != 1 || left[0].Score() != 4 {
		t.Fatalf("after delete %+v", left)
	}
}

func TestFeedbackAndCorrections(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	h := kittest.New(t, s)
	fs := open(h, newFeedbackScreen(h))
	fb := fs.fb

	test.Tap(fb.buttons.Add)
	fd := fb.form
	f := fd.Form
	f.Choice("source").SetKey(data.SourceParent)
	f.Choice("kindergarten").SetID(77)
	f.Entry("received_on").SetText("12.04.2026")
	test.Tap(fd.Save)
	wantFieldError(t, fd, "text", data.ReasonRequired)
	f.Entry("text").SetText("Бала үйде ыдыс жууға өзі ұмтылады")
	f.Entry("received_on").SetText("31.04.2026")
	test.Tap(fd.Save)
	wantFieldError(t, fd, "received_on", data.ReasonDate)
	if got, _ := s.Feedbacks(ctx, "ULY"); len(got) != 0 {
		t.Fatal("feedback written despite bad input")
	}
	f.Entry("received_on").SetText("12.04.2026")
	test.Tap(fd.Save)
	wantSaved(t, fd)
	got, _ := s.Feedbacks(ctx, "ULY")
	if len(got) != 1 || got[0].Source != data.SourceParent || got[0].KindergartenID != 77 {
		t.Fatalf("saved %+v", got)
	}

	// A correction from the selected feedback is linked to it.
	fb.table.SelectRow(0)
	test.Tap(fb.correct)
	cd := fs.corr.form
	c := cd.Form
	if c.Choice("feedback").ID() != got[0].ID {
		t.Fatalf("correction form linked to %d", c.Choice("feedback").ID())
	}
	c.Entry("changed_on").SetText("20.04.2026")
	c.Entry("change").SetText("Үй тапсырмалары ата-аналарға арналған жадынамамен толықтырылды")
	c.Entry("effect").SetText("Балалар үйде тапсырманы жиі орындайды")
	c.Entry("effect_on").SetText("15.04.2026") // seen before the change was made
	test.Tap(cd.Save)
	wantFieldError(t, cd, "effect_on", data.ReasonOrder)
	if cs, _ := s.Corrections(ctx, "ULY"); len(cs) != 0 {
		t.Fatal("correction written despite bad input")
	}
	c.Entry("effect_on").SetText("20.05.2026")
	test.Tap(cd.Save)
	wantSaved(t, cd)
	cs, _ := s.Corrections(ctx, "ULY")
	if len(cs) != 1 || cs[0].FeedbackID != got[0].ID || cs[0].EffectOn != data.NewDate(2026, 5, 20) {
		t.Fatalf("correction %+v", cs)
	}
	if fs.tabs.SelectedIndex() != 1 || len(fs.corr.table.Shown()) != 1 {
		t.Fatal("the new correction is not shown on its tab")
	}
	if n := fb.table.Column(4).Text(fb.table.Shown()[0]); n != "1" {
		t.Fatalf("feedback list counts %s corrections", n)
	}

	// Edit the correction: unlink it.
	fs.corr.table.SelectRow(0)
	test.Tap(fs.corr.buttons.Edit)
	fs.corr.form.Form.Choice("feedback").SetID(0)
	test.Tap(fs.corr.form.Save)
	wantSaved(t, fs.corr.form)
	if c, _ := s.Correction(ctx, cs[0].ID); c.FeedbackID != 0 {
		t.Fatalf("still linked: %+v", c)
	}

	// Edit the feedback, then delete both.
	fs.focus(got[0].ID)
	test.Tap(fb.buttons.Edit)
	fb.form.Form.Choice("source").SetKey(data.SourceTeacher)
	test.Tap(fb.form.Save)
	wantSaved(t, fb.form)
	if f, _ := s.Feedback(ctx, got[0].ID); f.Source != data.SourceTeacher {
		t.Fatalf("edited %+v", f)
	}
	fs.focus(got[0].ID)
	test.Tap(fb.buttons.Del)
	test.Tap(h.Dialogs().Confirm.Yes)
	fs.corr.focus(cs[0].ID)
	test.Tap(fs.corr.buttons.Del)
	test.Tap(h.Dialogs().Confirm.Yes)
	if f, _ := s.Feedbacks(ctx, "ULY"); len(f) != 0 {
		t.Fatal("feedback not deleted")
	}
	if c, _ := s.Corrections(ctx, "ULY"); len(c) != 0 {
		t.Fatal("correction not deleted")
	}
}
