package data_test

import (
	"context"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// A child who left counts up to the day before leaving; consent is counted
// among the children still in the pilot.
func TestCountChildren(t *testing.T) {
	ctx := context.Background()
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, g.ID, 4)
	kids[0].Consent = false
	kids[1].LeftOn = data.NewDate(2026, 5, 10)
	kids[1].Consent = false
	for _, c := range kids[:2] {
		if err := s.SaveChild(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		on   data.Date
		want data.ChildCount
	}{
		{data.NewDate(2026, 5, 9), data.ChildCount{InPilot: 4, NoConsent: 2}},
		{data.NewDate(2026, 5, 10), data.ChildCount{InPilot: 3, NoConsent: 1}},
	} {
		got, err := s.CountChildren(ctx, "ULY", c.on)
		if err != nil || got != c.want {
			t.Errorf("on %s: %+v %v, want %+v", c.on.DMY(), got, err, c.want)
		}
	}
	if got, _ := s.CountChildren(ctx, "AST", data.NewDate(2026, 5, 9)); got != (data.ChildCount{}) {
		t.Errorf("another region: %+v", got)
	}
}
