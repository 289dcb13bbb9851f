package data_test

import (
	"reflect"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// The comparison's two reads agree with each other and honour the scope.
func TestChildTalliesAndScoreRows(t *testing.T) {
	f := newFixture(t)
	other := datatest.AddChildren(t, f.s, f.otherGroup.ID, 1)[0] // kindergarten 77
	e0, c0 := f.ekids[0].ID, f.ckids[0].ID
	if err := f.s.WriteScores(ctx, []data.Score{
		{e0, f.base.ID, f.ins[0].ID, 1}, {e0, f.base.ID, f.ins[1].ID, 3}, {e0, f.fin.ID, f.ins[1].ID, 2},
		{e0, f.fin.ID, f.ins[2].ID, 3}, // not in the scope's indicators
		{c0, f.fin.ID, f.ins[0].ID, 2},
		{other.ID, f.base.ID, f.ins[0].ID, 3},
	}, data.WriteOptions{Source: data.SourceImport}); err != nil {
		t.Fatal(err)
	}
	sc := data.ScoreScope{Region: "ULY", From: f.base.ID, To: f.fin.ID, Indicators: []int64{f.ins[0].ID, f.ins[1].ID}}
	tallies, err := f.s.ChildTallies(ctx, sc)
	if err != nil {
		t.Fatal(err)
	}
	want := []data.ChildTally{
		{e0, f.e.ID, 76, data.RoleExperimental, false, "", "", "", "", f.base.ID, 4, 2},
		{e0, f.e.ID, 76, data.RoleExperimental, false, "", "", "", "", f.fin.ID, 2, 1},
		{c0, f.c.ID, 76, data.RoleControl, false, "", "", "", "", f.fin.ID, 2, 1},
		{other.ID, f.otherGroup.ID, 77, data.RoleExperimental, false, "", "", "", "", f.base.ID, 3, 1},
	}
	for i := range tallies {
		// The subgroups: the fixture's groups are senior, in Kazakh.
		if tl := &tallies[i]; tl.Language != "kk" || tl.AgeGroup != "senior" || tl.Sex != "" {
			t.Errorf("tally %d: language %q, age group %q, sex %q", i, tl.Language, tl.AgeGroup, tl.Sex)
		}
		tallies[i].Sex, tallies[i].Locality, tallies[i].Language, tallies[i].AgeGroup = "", "", "", ""
	}
	if !reflect.DeepEqual(tallies, want) {
		t.Fatalf("tallies\n%+v\nwant\n%+v", tallies, want)
	}
	rows, err := f.s.ChildScoreRows(ctx, sc)
	if err != nil {
		t.Fatal(err)
	}
	pivot := [][]int8{{1, 3}, {0, 2}, {2, 0}, {3, 0}}
	if len(rows) != len(want) {
		t.Fatalf("%d score rows, want %d", len(rows), len(want))
	}
	for i, r := range rows {
		if r.ChildID != want[i].ChildID || r.RoundID != want[i].RoundID || r.Role != want[i].Role ||
			r.KindergartenID != want[i].KindergartenID || !reflect.DeepEqual(r.Scores, pivot[i]) {
			t.Errorf("row %d: %+v, want child %d round %d scores %v", i, r, want[i].ChildID, want[i].RoundID, pivot[i])
		}
	}
	sc.KindergartenID = 77
	if tallies, _ := f.s.ChildTallies(ctx, sc); len(tallies) != 1 || tallies[0].ChildID != other.ID {
		t.Errorf("kindergarten 77 tallies %+v", tallies)
	}
	if rows, _ := f.s.ChildScoreRows(ctx, sc); len(rows) != 1 || rows[0].ChildID != other.ID {
		t.Errorf("kindergarten 77 score rows %+v", rows)
	}
	sc.Indicators = nil
	if tallies, err := f.s.ChildTallies(ctx, sc); err != nil || tallies != nil {
		t.Errorf("no indicators: %v, %v", tallies, err)
	}
}
