package monitoring

import (
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
	"baulu/ui/kit/kittest"
)

// Focus is where the dashboard's missing-scores warning leads.
func TestFocusShowsTheRound(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 78, "Балапан", data.RoleExperimental)
	datatest.AddChildren(t, s, g.ID, 3)
	final, err := s.RoundByKind(ctx, data.RoundFinal)
	if err != nil {
		t.Fatal(err)
	}
	m := open(kittest.New(t, s))
	m.Focus(kit.Target{KindergartenID: 78, RoundID: final.ID})
	if p := m.scores.picker; p.kgID() != 78 || p.roundID() != final.ID {
		t.Fatalf("picker shows kindergarten %d round %d", p.kgID(), p.roundID())
	}
}
