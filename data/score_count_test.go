package data_test

import (
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

func TestScoreCount(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	g := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	kids := datatest.AddChildren(t, s, g.ID, 2)
	fin, err := s.RoundByKind(ctx, data.RoundFinal)
	if err != nil {
		t.Fatal(err)
	}
	ins, err := s.Indicators(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	sc := []data.Score{{ChildID: kids[0].ID, RoundID: fin.ID, IndicatorID: ins[0].ID, Value: 2}, {ChildID: kids[0].ID, RoundID: fin.ID, IndicatorID: ins[1].ID, Value: 3},
		{ChildID: kids[1].ID, RoundID: fin.ID, IndicatorID: ins[0].ID, Value: 1}}
	if err := s.WriteScores(ctx, sc, data.WriteOptions{Source: data.SourceGrid}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		child, round int64
		want         int
	}{{kids[0].ID, 0, 2}, {kids[1].ID, 0, 1}, {0, fin.ID, 3}, {kids[0].ID, fin.ID + 1000, 0}} {
		if n, err := s.ScoreCount(ctx, c.child, c.round); err != nil || n != c.want {
			t.Errorf("ScoreCount(%d, %d) = %d, %v; want %d", c.child, c.round, n, err, c.want)
		}
	}
}
