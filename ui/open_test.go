package ui

import (
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/ui/kit"
)

func TestOpenShowsTheRound(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 78, "Балапан", data.RoleExperimental)
	datatest.AddChildren(t, s, g.ID, 3)
	final, err := s.RoundByKind(ctx, data.RoundFinal)
	if err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, s)
	u.Open(kit.Monitoring, kit.Target{KindergartenID: 78, RoundID: final.ID})
	m, ok := u.shell.current.(*monitoringScreen)
	if !ok {
		t.Fatalf("opened %T", u.shell.current)
	}
	if p := m.scores.picker; p.kgID() != 78 || p.roundID() != final.ID {
		t.Fatalf("picker shows kindergarten %d round %d", p.kgID(), p.roundID())
	}
}
