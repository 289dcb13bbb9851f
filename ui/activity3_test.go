package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
)

func TestRisksAddMatrixCloseDelete(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY") // today is 25.11.2026
	u := newTestUI(t, s)
	rs := open[*risksScreen](t, u, "risks")
	risks := func() []data.Risk {
		r, err := s.Risks(ctx, "ULY")
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	test.Tap(rs.buttons.add)
	f := rs.form
	if f.identified.Text != "25.11.2026" || f.status.key() != data.RiskOpen {
		t.Fatalf("a new risk starts %q, %q", f.identified.Text, f.status.key())
	}
	f.description.SetText("Тәрбиешілер жиі ауысады")
	f.category.setKey(data.RiskStaff)
	f.likelihood.setKey("3")
	f.impact.setKey("2")
	if txt := f.score.text.Text; !strings.HasPrefix(txt, "6 (3 × 2)") || f.score.bg.FillColor != colourHigh {
		t.Fatalf("score badge %q %v", txt, f.score.bg.FillColor)
	}
	f.identified.SetText("10.03.2026")
	f.review.SetText("01.03.2026") // review before it was identified
	test.Tap(f.fd.saveBtn)
	wantFieldError(t, f.fd, "review_on", data.ReasonOrder)
	f.review.SetText("01.12.2026")
	f.impact.ClearSelected()
	test.Tap(f.fd.saveBtn)
	wantFieldError(t, f.fd, "impact", data.ReasonRequired)
	if len(risks()) != 0 {
		t.Fatal("a risk was written despite bad input")
	}
	f.impact.setKey("2")
	f.kg.setID(78)
	test.Tap(f.fd.saveBtn)
	wantSaved(t, f.fd)
	got := risks()
	if len(got) != 1 || got[0].Score() != 6 || got[0].KindergartenID != 78 || got[0].ReviewOn != data.NewDate(2026, 12, 1) {
		t.Fatalf("saved %+v", got)
	}
	scoreCol := rs.table.cols[3]
	if scoreCol.importance(got[0]) != levelImportance(data.RiskHigh) {
		t.Fatal("a high score is not shown in red")
	}

	// A medium one, then the matrix: counts per cell, a tap filters.
	test.Tap(rs.buttons.add)
	f = rs.form
	f.description.SetText("Ата-аналардың бір бөлігі келісім бермейді")
	f.category.setKey(data.RiskParents)
	f.likelihood.setKey("2")
	f.impact.setKey("2")
	test.Tap(f.fd.saveBtn)
	wantSaved(t, f.fd)
	if n := rs.matrix.cells[2][1].n; n != 1 {
		t.Fatalf("cell 3×2 counts %d", n)
	}
	if n := rs.matrix.cells[1][1].n; n != 1 {
		t.Fatalf("cell 2×2 counts %d", n)
	}
	test.Tap(rs.matrix.cells[2][1])
	if len(rs.table.shown) != 1 || rs.table.shown[0].Score() != 6 || !rs.matrix.cells[2][1].picked {
		t.Fatalf("cell filter shows %d rows", len(rs.table.shown))
	}
	test.Tap(rs.matrix.cells[0][0])
	if len(rs.table.shown) != 0 {
		t.Fatal("an empty cell shows risks")
	}
	test.Tap(rs.matrix.cells[0][0]) // again: the filter is cleared
	if len(rs.table.shown) != 2 || rs.matrix.cells[0][0].picked {
		t.Fatalf("cleared filter shows %d rows", len(rs.table.shown))
	}

	// Closing: choosing «closed» offers today; without a date it is refused.
	rs.focus(got[0].ID)
	test.Tap(rs.buttons.edit)
	f = rs.form
	f.status.setKey(data.RiskClosed)
	if f.closedOn.Text != "25.11.2026" {
		t.Fatalf("closing date offered %q", f.closedOn.Text)
	}
	f.closedOn.SetText("")
	test.Tap(f.fd.saveBtn)
	wantFieldError(t, f.fd, "closed_on", data.ReasonRequired)
	f.closedOn.SetText("01.02.2026") // before it was identified
	test.Tap(f.fd.saveBtn)
	wantFieldError(t, f.fd, "closed_on", data.ReasonOrder)
	if r, _ := s.Risk(ctx, got[0].ID); r.Status != data.RiskOpen {
		t.Fatalf("bad closing written: %+v", r)
	}
	f.closedOn.SetText("20.11.2026")
	test.Tap(f.fd.saveBtn)
	wantSaved(t, f.fd)
	if r, _ := s.Risk(ctx, got[0].ID); r.Status != data.RiskClosed || r.ClosedOn != data.NewDate(2026, 11, 20) {
		t.Fatalf("closed %+v", r)
	}
	if n := rs.matrix.cells[2][1].n; n != 0 {
		t.Fatalf("a closed risk still counted in the matrix: %d", n)
	}

	rs.focus(got[0].ID)
	test.Tap(rs.buttons.del)
	test.Tap(u.dialogs.confirm.yes)
	if left := risks(); len(left) != 1 || left[0].Score() != 4 {
		t.Fatalf("after delete %+v", left)
	}
}

func TestFeedbackAndCorrections(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	u := newTestUI(t, s)
	fs := open[*feedbackScreen](t, u, "feedback")
	fb := fs.fb

	test.Tap(fb.buttons.add)
	f := fb.form
	f.source.setKey(data.SourceParent)
	f.kg.setID(77)
	f.received.SetText("12.04.2026")
	test.Tap(f.fd.saveBtn)
	wantFieldError(t, f.fd, "text", data.ReasonRequired)
	f.text.SetText("Бала үйде ыдыс жууға өзі ұмтылады")
	f.received.SetText("31.04.2026")
	test.Tap(f.fd.saveBtn)
	wantFieldError(t, f.fd, "received_on", data.ReasonDate)
	if got, _ := s.Feedbacks(ctx, "ULY"); len(got) != 0 {
		t.Fatal("feedback written despite bad input")
	}
	f.received.SetText("12.04.2026")
	test.Tap(f.fd.saveBtn)
	wantSaved(t, f.fd)
	got, _ := s.Feedbacks(ctx, "ULY")
	if len(got) != 1 || got[0].Source != data.SourceParent || got[0].KindergartenID != 77 {
		t.Fatalf("saved %+v", got)
	}

	// A correction from the selected feedback is linked to it.
	fb.table.selectRow(0)
	test.Tap(fb.correct)
	c := fs.corr.form
	if c.feedback.id() != got[0].ID {
		t.Fatalf("correction form linked to %d", c.feedback.id())
	}
	c.changed.SetText("20.04.2026")
	c.change.SetText("Үй тапсырмалары ата-аналарға арналған жадынамамен толықтырылды")
	c.effect.SetText("Балалар үйде тапсырманы жиі орындайды")
	c.effectOn.SetText("15.04.2026") // seen before the change was made
	test.Tap(c.fd.saveBtn)
	wantFieldError(t, c.fd, "effect_on", data.ReasonOrder)
	if cs, _ := s.Corrections(ctx, "ULY"); len(cs) != 0 {
		t.Fatal("correction written despite bad input")
	}
	c.effectOn.SetText("20.05.2026")
	test.Tap(c.fd.saveBtn)
	wantSaved(t, c.fd)
	cs, _ := s.Corrections(ctx, "ULY")
	if len(cs) != 1 || cs[0].FeedbackID != got[0].ID || cs[0].EffectOn != data.NewDate(2026, 5, 20) {
		t.Fatalf("correction %+v", cs)
	}
	if fs.tabs.SelectedIndex() != 1 || len(fs.corr.table.shown) != 1 {
		t.Fatal("the new correction is not shown on its tab")
	}
	if n := fb.table.cols[4].text(fb.table.shown[0]); n != "1" {
		t.Fatalf("feedback list counts %s corrections", n)
	}

	// Edit the correction: unlink it.
	fs.corr.table.selectRow(0)
	test.Tap(fs.corr.buttons.edit)
	fs.corr.form.feedback.setID(0)
	test.Tap(fs.corr.form.fd.saveBtn)
	wantSaved(t, fs.corr.form.fd)
	if c, _ := s.Correction(ctx, cs[0].ID); c.FeedbackID != 0 {
		t.Fatalf("still linked: %+v", c)
	}

	// Edit the feedback, then delete both.
	fs.focus(got[0].ID)
	test.Tap(fb.buttons.edit)
	fb.form.source.setKey(data.SourceTeacher)
	test.Tap(fb.form.fd.saveBtn)
	wantSaved(t, fb.form.fd)
	if f, _ := s.Feedback(ctx, got[0].ID); f.Source != data.SourceTeacher {
		t.Fatalf("edited %+v", f)
	}
	fs.focus(got[0].ID)
	test.Tap(fb.buttons.del)
	test.Tap(u.dialogs.confirm.yes)
	fs.corr.focus(cs[0].ID)
	test.Tap(fs.corr.buttons.del)
	test.Tap(u.dialogs.confirm.yes)
	if f, _ := s.Feedbacks(ctx, "ULY"); len(f) != 0 {
		t.Fatal("feedback not deleted")
	}
	if c, _ := s.Corrections(ctx, "ULY"); len(c) != 0 {
		t.Fatal("correction not deleted")
	}
}
