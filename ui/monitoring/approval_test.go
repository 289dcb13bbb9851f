package monitoring

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/ui/i18n"
)

// Submit shows the completeness check, approve locks the round (the grid
// then refuses a score and says who approved it), unlocking asks for a
// reason, which the history keeps.
func TestApprovalBar(t *testing.T) {
	h, m, s, g, kids := monitoringUI(t, 2)
	if err := s.SetMethodologist(ctx, "Айгүл Сейітова"); err != nil {
		t.Fatal(err)
	}
	a := m.scores.approval
	round := m.scores.picker.roundID()
	if a.submit.Disabled() || !a.approve.Disabled() || !a.unlock.Disabled() || a.label.Text != i18n.T("mon.approval.open") {
		t.Fatalf("open: %q, submit disabled %v", a.label.Text, a.submit.Disabled())
	}
	test.Tap(a.submit)
	c := h.Dialogs().Confirm
	if c == nil {
		t.Fatal("no completeness check")
	}
	test.Tap(c.Yes)
	if st, _ := s.RoundStatusOf(ctx, 76, round); st.Status != data.StatusSubmitted {
		t.Fatalf("after submit: %+v", st)
	}
	if !a.submit.Disabled() || a.approve.Disabled() {
		t.Fatal("submitted: approve should be next")
	}
	test.Tap(a.approve)
	test.Tap(h.Dialogs().Confirm.Yes)
	if !strings.Contains(a.label.Text, "Айгүл Сейітова") || a.unlock.Disabled() {
		t.Fatalf("approved: %q", a.label.Text)
	}
	// The grid refuses a score, with the sentence.
	m.scores.grid.moveTo(0, m.scores.grid.first)
	if m.scores.grid.enter(3, true) {
		t.Fatal("the grid wrote into an approved round")
	}
	if msg := h.Dialogs().Message; !strings.Contains(msg, "Айгүл Сейітова") || !strings.Contains(msg, "№76") {
		t.Fatalf("refusal %q", msg)
	}
	if sc, _ := s.GroupScores(ctx, g.ID, round); len(sc) != 0 {
		t.Fatal("a score was written")
	}
	test.Tap(a.unlock)
	fd := h.Dialogs().Form
	test.Tap(fd.Save) // no reason
	if !fd.ErrText.Visible() {
		t.Fatal("unlocked without a reason")
	}
	test.Type(fd.Form.Entry("reason"), "Балл қате енгізілген")
	test.Tap(fd.Save)
	if st, _ := s.RoundStatusOf(ctx, 76, round); st.Status != data.StatusOpen {
		t.Fatalf("after unlock: %+v", st)
	}
	hist, _ := s.History(ctx, data.HistoryFilter{KindergartenID: 76, RoundID: round})
	if len(hist) == 0 || hist[0].Set.Note != "Балл қате енгізілген" {
		t.Fatalf("history %+v", hist)
	}
	if !m.scores.grid.enter(3, true) {
		t.Fatal("the grid refused a score after the unlock")
	}
	// A query on the cursor's score.
	test.Tap(a.query)
	fd = h.Dialogs().Form
	test.Type(fd.Form.Entry("text"), "екі апта болмады")
	test.Tap(fd.Save)
	qs, _ := s.OpenQueries(ctx, "ULY")
	if len(qs) != 1 || qs[0].ChildID != kids[0].ID || qs[0].IndicatorID == 0 || qs[0].RoundID != round {
		t.Fatalf("queries %+v", qs)
	}
}
