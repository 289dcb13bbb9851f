package data_test

import (
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// TestCompletenessAgreesEverywhere counts one kindergarten by hand — with a
// leaver, a child who left during a round, a child whose consent was
// withdrawn after scoring and an indicator retired after two rounds — and
// checks the one completeness query (the Monitoring tab's table and the
// dashboard's cells) and the dashboard's missing-scores warnings against it.
func TestCompletenessAgreesEverywhere(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	e := datatest.AddGroup(t, s, 76, "Балапан", data.RoleExperimental)
	c := datatest.AddGroup(t, s, 76, "Күншуақ", data.RoleControl)
	ek := datatest.AddChildren(t, s, e.ID, 5)
	ck := datatest.AddChildren(t, s, c.ID, 1)
	rounds, _ := s.Rounds(ctx) // baseline 12.01, intermediate 04.05, final 02.11
	ins, _ := s.Indicators(ctx, false)
	base, mid, fin := rounds[0].ID, rounds[1].ID, rounds[2].ID
	var scores []data.Score
	score := func(child data.Child, round int64, inds []data.Indicator) {
		for _, in := range inds {
			scores = append(scores, data.Score{child.ID, round, in.ID, 2})
		}
	}
	score(ek[0], base, ins)     // all 9
	score(ek[0], mid, ins)      // all 9
	score(ek[1], base, ins)     // all 9; leaves 01.03
	score(ek[1], mid, ins[:2])  // entered after leaving: not counted
	score(ek[2], base, ins)     // all 9; consent withdrawn later
	score(ek[3], base, ins[:4]) // half the baseline
	score(ck[0], mid, ins[:8])  // the intermediate without A3
	if err := s.WriteScores(ctx, scores, data.WriteOptions{Source: data.SourceImport}); err != nil {
		t.Fatal(err)
	}
	ek[1].LeftOn = d(2026, 3, 1)  // before the intermediate round began
	ek[4].LeftOn = d(2026, 5, 10) // during the intermediate round
	ek[2].Consent = false
	for _, k := range ek[1:5] {
		if err := s.SaveChild(ctx, &k); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RetireIndicator(ctx, ins[8].ID, d(2026, 6, 1)); err != nil {
		t.Fatal(err)
	}

	// By hand: 8 indicators in use in every round (A3 is retired).
	// Baseline: ek0, ek1, ek3, ek4, ck0 (ek2 has no consent) → 5 × 8 = 40;
	//   scored on the 8: ek0 8 + ek1 8 + ek3 4 = 20.
	// Intermediate: ek0, ek3, ek4 (left after it began), ck0 → 4 × 8 = 32;
	//   scored: ek0 8 + ck0 8 = 16 (ek1 had left).
	// Final: ek0, ek3, ck0 → 3 × 8 = 24; scored 0.
	want := map[int64][3]int{base: {5, 8, 20}, mid: {4, 8, 16}, fin: {3, 8, 0}}
	cells, err := s.Completeness(ctx, "ULY")
	if err != nil {
		t.Fatal(err)
	}
	missing := map[int64]int{}
	for _, cell := range cells {
		if cell.KindergartenID != 76 {
			continue
		}
		w := want[cell.RoundID]
		if cell.Children != w[0] || cell.Indicators != w[1] || cell.Scored != w[2] {
			t.Errorf("round %d: %+v, want children %d, indicators %d, scored %d", cell.RoundID, cell, w[0], w[1], w[2])
		}
		if p, ok := cell.Percent(); !ok || p != 100*float64(w[2])/float64(w[0]*w[1]) {
			t.Errorf("round %d: %v %%", cell.RoundID, p)
		}
		missing[cell.RoundID] = cell.Missing()
	}
	// The dashboard warns of exactly the cells' missing scores (every round has begun by 25.11).
	warnings, err := s.DashboardWarnings(ctx, "ULY", s.Today())
	if err != nil {
		t.Fatal(err)
	}
	warned := map[int64]int{}
	for _, w := range warnings {
		if w.Kind == data.WarnMissingScores && w.KindergartenID == 76 {
			warned[w.RoundID] = w.Count
		}
	}
	for round, w := range want {
		if hand := w[0]*w[1] - w[2]; missing[round] != hand || warned[round] != hand {
			t.Errorf("round %d: %d missing in the cell, %d warned, %d by hand", round, missing[round], warned[round], hand)
		}
	}
}
