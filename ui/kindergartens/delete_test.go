package kindergartens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit/kittest"
)

// Deleting a child with scores says how many go and offers to mark the
// child as having left the pilot, which keeps them.
func TestDeleteChildWithScoresOffersLeft(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	gr := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, gr.ID, 1)
	fin, _ := s.RoundByKind(ctx, data.RoundFinal)
	ins, _ := s.Indicators(ctx, false)
	if err := s.WriteScores(ctx, []data.Score{{ChildID: kids[0].ID, RoundID: fin.ID, IndicatorID: ins[0].ID, Value: 2},
		{ChildID: kids[0].ID, RoundID: fin.ID, IndicatorID: ins[1].ID, Value: 3}}, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatal(err)
	}
	h := kittest.New(t, s)
	kg := open(h)
	kg.groups.table.SelectRow(0)
	c := kg.groups.children
	c.table.SelectRow(0)
	test.Tap(c.Del)
	cd := h.Dialogs().Confirm
	if cd.Alt == nil || !strings.Contains(cd.Alt.Text, "Пилоттан шықты") {
		t.Fatal("no «left the pilot» alternative")
	}
	if got := cd.Body; !strings.Contains(got, "2 бағасы да жойылады") {
		t.Fatalf("the confirmation does not say how many scores go: %q", got)
	}
	test.Tap(cd.Alt)
	fd := h.Dialogs().Form
	fd.Form.Entry("left_on").SetText("01.06.2026")
	test.Tap(fd.Save)
	got, err := s.Child(ctx, kids[0].ID)
	if err != nil || got.LeftOn != data.NewDate(2026, 6, 1) {
		t.Fatalf("left on %v (%v, %q)", got.LeftOn, err, fd.ErrText.Text)
	}
	if n, _ := s.ScoreCount(ctx, kids[0].ID, 0); n != 2 {
		t.Fatalf("%d scores kept", n)
	}
}
