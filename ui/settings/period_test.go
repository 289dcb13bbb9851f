package settings

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit/kittest"
)

// The period tab names the methodologist, changes the period's grace days,
// closes the period (an archive copy in the backups folder), starts the
// next one without its children, and shows the closed one again.
func TestPeriodTab(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	datatest.AddChildren(t, s, g.ID, 2)
	h := kittest.New(t, s)
	p := settingsTab(t, h, settingsPeriod).period
	if !p.start.Disabled() || p.close.Disabled() {
		t.Fatal("an open period can be closed, not followed")
	}
	p.form.Entry("methodologist").SetText("Айгүл Сейітова")
	p.form.Entry("grace_days").SetText("31")
	test.Tap(p.save)
	if name, _ := s.Methodologist(ctx); name != "Айгүл Сейітова" {
		t.Fatalf("methodologist %q (%s)", name, h.Dialogs().Message)
	}
	if cur, _ := s.CurrentPeriod(ctx); cur.GraceDays != 31 || len(h.Reloads) != 1 {
		t.Fatalf("period %+v, reloads %v", cur, h.Reloads)
	}

	test.Tap(p.close)
	test.Tap(h.Dialogs().Confirm.Yes)
	cur, _ := s.CurrentPeriod(ctx)
	if !cur.Closed() || !strings.Contains(h.Dialogs().Message, cur.Archive) || !strings.Contains(cur.ClosedBy, "Айгүл Сейітова") {
		t.Fatalf("closed %+v, message %q", cur, h.Dialogs().Message)
	}
	if _, err := os.Stat(cur.Archive); err != nil {
		t.Fatal(err)
	}

	p = settingsTab(t, h, settingsPeriod).period // the window was rebuilt
	if p.start.Disabled() || !p.close.Disabled() {
		t.Fatal("a closed period can be followed")
	}
	test.Tap(p.start)
	fd := h.Dialogs().Form
	fd.Form.Check("carry_children").SetChecked(false)
	test.Tap(fd.Save)
	next, _ := s.CurrentPeriod(ctx)
	if next.Label() != "2027" || next.Closed() {
		t.Fatalf("new period %+v (%s)", next, fd.ErrText.Text)
	}
	if gs, _ := s.Groups(ctx, 76); len(gs) != 1 || gs[0].Children != 0 {
		t.Fatalf("groups %+v", gs)
	}
	p = settingsTab(t, h, settingsPeriod).period
	p.shown.SetID(cur.ID)
	if shown, _ := s.Period(ctx); shown.ID != cur.ID {
		t.Fatalf("shown %+v", shown)
	}
	if rounds, _ := s.Rounds(ctx); len(rounds) != 3 || rounds[0].Start.Year() != 2026 {
		t.Fatalf("rounds shown %+v", rounds)
	}
	s.ViewPeriod(0)
}
