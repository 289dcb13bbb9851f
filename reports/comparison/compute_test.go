package comparison_test

import (
	"errors"
	"math"
	"slices"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
)

func near(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b))
}

func checkF(t *testing.T, name string, got comparison.Float, want float64) {
	t.Helper()
	if !near(float64(got), want) {
		t.Errorf("%s = %v, want %v", name, float64(got), want)
	}
}

func TestComputeHandFigures(t *testing.T) {
	w := newWorld(t, "ULY")
	w.handFixture(t, 76, "")

	ds, err := comparison.Load(ctx, w.s, comparison.Scope{BlockID: w.blocks["K"]})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Children) != 9 || len(ds.Indicators) != 2 || ds.From.Kind != "baseline" || ds.To.Kind != "final" || ds.Scope.RegionCode != "ULY" {
		t.Fatalf("dataset: %d children, indicators %+v, rounds %+v → %+v, scope %+v", len(ds.Children), ds.Indicators, ds.From, ds.To, ds.Scope)
	}
	r := comparison.Compute(ds)
	e, c := r.Experimental, r.Control

	// Cross-sectional figures, worked out by hand from the fixture.
	cases := []struct {
		name   string
		rs     comparison.RoundStats
		n      int
		levels [3]int
		mean   float64
		sd     float64
		cut    float64
	}{
		{"E from", e.From, 4, [3]int{1, 2, 1}, 1.75, math.Sqrt(1.25 / 3), 25},
		{"E to", e.To, 4, [3]int{0, 1, 3}, 2.625, math.Sqrt(0.6875 / 3), 75},
		{"C from", c.From, 4, [3]int{1, 2, 1}, 1.75, math.Sqrt(1.25 / 3), 25},
		{"C to", c.To, 4, [3]int{1, 2, 1}, 1.75, math.Sqrt(1.25 / 3), 25},
	}
	for _, tc := range cases {
		if tc.rs.N != tc.n || tc.rs.Levels != tc.levels {
			t.Errorf("%s: n %d levels %v, want %d %v", tc.name, tc.rs.N, tc.rs.Levels, tc.n, tc.levels)
		}
		for i := range 3 {
			checkF(t, tc.name+" percent", tc.rs.Percent[i], 100*float64(tc.levels[i])/float64(tc.n))
		}
		checkF(t, tc.name+" mean", tc.rs.Mean, tc.mean)
		checkF(t, tc.name+" sd", tc.rs.SD, tc.sd)
		checkF(t, tc.name+" cut share", tc.rs.CutShare, tc.cut)
	}

	// Paired figures: e4 has only the baseline, e5 only the final.
	if e.Children != 5 || e.Paired != 3 || e.OnlyFrom != 1 || e.OnlyTo != 1 || c.Children != 4 || c.Paired != 4 || c.OnlyFrom+c.OnlyTo != 0 {
		t.Errorf("counts: E %+v C %+v", e, c)
	}
	if e.Groups != 1 || c.Groups != 1 || e.Kindergartens != 1 {
		t.Errorf("groups: E %d C %d kgs %d", e.Groups, c.Groups, e.Kindergartens)
	}
	checkF(t, "E missing share", e.MissingShare, 0.4)
	checkF(t, "E gain", e.Gain.Mean, 1)
	checkF(t, "E gain sd", e.Gain.SD, 0.5)
	checkF(t, "E paired from", e.PairedFromMean, 1.5)
	checkF(t, "E paired to", e.PairedToMean, 2.5)
	checkF(t, "C gain", c.Gain.Mean, 0)
	checkF(t, "C gain sd", c.Gain.SD, math.Sqrt(1.0/6))
	checkF(t, "DiD", r.DiD, 1)
	checkF(t, "E cut change", e.CutShareChange, 50)
	checkF(t, "C cut change", c.CutShareChange, 0)

	// The tests are the analysis functions on the same vectors.
	eFrom, cFrom := []float64{1, 1.5, 2, 2.5}, []float64{1, 2, 2.5, 1.5}
	eTo, cTo := []float64{2, 3, 2.5, 3}, []float64{1.5, 2, 2.5, 1}
	chiFrom := analysis.ChiSquareCounts([3]int{1, 2, 1}, [3]int{1, 2, 1})
	chiTo := analysis.ChiSquareCounts([3]int{0, 1, 3}, [3]int{1, 2, 1})
	checkF(t, "χ² from", r.AtFrom.ChiSquare.Statistic, chiFrom.Statistic)
	checkF(t, "χ² to", r.AtTo.ChiSquare.Statistic, chiTo.Statistic)
	checkF(t, "χ² to p", r.AtTo.ChiSquare.P, chiTo.P)
	if r.AtTo.ChiSquare.DF != 2 || !slices.Equal(r.AtTo.ChiSquare.KeptLevels, []int{1, 2, 3}) || r.AtTo.ChiSquare.SmallExpected != chiTo.SmallExpected {
		t.Errorf("χ² to: %+v", r.AtTo.ChiSquare)
	}
	mwFrom, mwTo := analysis.MannWhitney(eFrom, cFrom), analysis.MannWhitney(eTo, cTo)
	checkF(t, "MW from p", r.AtFrom.MannWhitney.P, mwFrom.P)
	checkF(t, "MW to W", r.AtTo.MannWhitney.W, mwTo.W)
	checkF(t, "MW to p", r.AtTo.MannWhitney.P, mwTo.P)
	checkF(t, "MW to r", r.AtTo.MannWhitney.R, mwTo.R)
	phiTo := analysis.FisherPhi(3, 4, 1, 4)
	checkF(t, "φ* to", r.AtTo.Phi.PhiStar, phiTo.PhiStar)
	checkF(t, "φ* from", r.AtFrom.Phi.PhiStar, 0)
	if r.AtTo.Phi.KE != 3 || r.AtTo.Phi.NC != 4 || r.AtTo.Phi.Cut != comparison.PhiIII {
		t.Errorf("φ* to: %+v", r.AtTo.Phi)
	}
	wxE := analysis.WilcoxonSignedRank([]float64{1, 1.5, 2}, []float64{2, 3, 2.5})
	wxC := analysis.WilcoxonSignedRank([]float64{1, 2, 2.5, 1.5}, []float64{1.5, 2, 2.5, 1})
	checkF(t, "Wilcoxon E V", e.Wilcoxon.V, wxE.V)
	checkF(t, "Wilcoxon E p", e.Wilcoxon.P, wxE.P)
	checkF(t, "Wilcoxon C p", c.Wilcoxon.P, wxC.P)
	if c.Wilcoxon.Zeros != 2 || c.Wilcoxon.Pairs != 4 {
		t.Errorf("Wilcoxon C: %+v", c.Wilcoxon)
	}
	welch := analysis.Welch([]float64{1, 1.5, 0.5}, []float64{0.5, 0, 0, -0.5})
	checkF(t, "Welch t", r.Gains.T, welch.T)
	checkF(t, "Welch df", r.Gains.DF, welch.DF)
	checkF(t, "Welch p", r.Gains.P, welch.P)
	checkF(t, "Cohen d", r.Gains.CohenD, welch.D)

	want := []comparison.Warning{
		{Code: comparison.WarnSmallSample, Group: data.RoleExperimental, Round: comparison.RoundFrom, N: 4},
		{Code: comparison.WarnSmallSample, Group: data.RoleControl, Round: comparison.RoundFrom, N: 4},
		{Code: comparison.WarnMissingRound, Group: data.RoleExperimental, N: 2, Of: 5},
		{Code: comparison.WarnSmallExpected, Round: comparison.RoundFrom, N: 6, Of: 6},
		{Code: comparison.WarnSmallExpected, Round: comparison.RoundTo, N: 6, Of: 6},
		// One group per arm: no causal verdict.
		{Code: comparison.WarnFewGroups, N: 1, Of: 1},
		// One of four experimental children lost, none of the control's.
		{Code: comparison.WarnDifferentialAttrition, Group: data.RoleExperimental, N: 1, Of: 4},
		{Code: comparison.WarnUnusualEffect},
	}
	if !slices.Equal(r.Warnings, want) {
		t.Errorf("warnings\n got %+v\nwant %+v", r.Warnings, want)
	}
}

func TestThresholdsComeFromSettings(t *testing.T) {
	w := newWorld(t, "ULY")
	w.handFixture(t, 76, "")
	st, err := w.s.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st.ThresholdLow, st.ThresholdHigh = 1.6, 2.6
	if err := w.s.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	r, err := comparison.Compare(ctx, w.s, comparison.Scope{BlockID: w.blocks["K"]})
	if err != nil {
		t.Fatal(err)
	}
	// E baseline means 1, 1.5, 2, 2.5 → I, I, II, II under 1.6 / 2.6.
	if got := r.Experimental.From.Levels; got != [3]int{2, 2, 0} || r.Scope.ThresholdLow != 1.6 {
		t.Errorf("levels under 1.6/2.6 = %v (scope %+v)", got, r.Scope)
	}
	// The φ* cut II+III counts level II too: E final means 2, 3, 2.5, 3 → all ≥ II.
	r, err = comparison.Compare(ctx, w.s, comparison.Scope{BlockID: w.blocks["K"], Phi: comparison.PhiIIandIII})
	if err != nil {
		t.Fatal(err)
	}
	if r.AtTo.Phi.KE != 4 || r.AtTo.Phi.KC != 2 || r.Scope.PhiCut != "II+III" {
		t.Errorf("II+III cut: %+v", r.AtTo.Phi)
	}
}

func TestScopeIndicators(t *testing.T) {
	w := newWorld(t, "ULY")
	w.handFixture(t, 76, "")
	datatest.Exec(t, w.s, `UPDATE indicator SET retired_on = '2026-05-01' WHERE code = 'K2'`)
	cases := []struct {
		name  string
		scope comparison.Scope
		codes []string
		// e1 baseline tally (K1 = 1, K2 = 1, S1 = 3).
		e1 comparison.Tally
	}{
		{"block skips the retired K2", comparison.Scope{BlockID: w.blocks["K"]}, []string{"K1"}, comparison.Tally{Sum: 1, Count: 1}},
		{"retired K2 named explicitly", comparison.Scope{IndicatorID: w.indicators["K2"]}, []string{"K2"}, comparison.Tally{Sum: 1, Count: 1}},
		{"whole framework without K2", comparison.Scope{}, []string{"K1", "S1", "S2", "S3", "S4", "A1", "A2", "A3"}, comparison.Tally{Sum: 4, Count: 2}},
		{"one indicator of a block", comparison.Scope{BlockID: w.blocks["S"], IndicatorID: w.indicators["S1"]}, []string{"S1"}, comparison.Tally{Sum: 3, Count: 1}},
	}
	for _, tc := range cases {
		ds, err := comparison.Load(ctx, w.s, tc.scope)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var codes []string
		for _, in := range ds.Indicators {
			codes = append(codes, in.Code)
		}
		if !slices.Equal(codes, tc.codes) {
			t.Errorf("%s: indicators %v, want %v", tc.name, codes, tc.codes)
		}
		if got := ds.Children[0].From; got != tc.e1 {
			t.Errorf("%s: e1 baseline %+v, want %+v", tc.name, got, tc.e1)
		}
	}
}

func TestScopeErrors(t *testing.T) {
	w := newWorld(t, "ULY")
	cases := []struct {
		name  string
		scope comparison.Scope
		want  error
	}{
		{"same round", comparison.Scope{From: w.rounds["final"]}, comparison.ErrScope},
		{"unknown round", comparison.Scope{To: 999}, data.ErrNotFound},
		{"kindergarten of another region", comparison.Scope{KindergartenID: 1}, comparison.ErrScope},
		{"indicator outside block", comparison.Scope{BlockID: w.blocks["K"], IndicatorID: w.indicators["S1"]}, comparison.ErrScope},
		{"unknown block", comparison.Scope{BlockID: 999}, data.ErrNotFound},
		{"unknown indicator", comparison.Scope{IndicatorID: 999}, data.ErrNotFound},
		{"unknown cut", comparison.Scope{Phi: "I"}, comparison.ErrScope},
	}
	for _, tc := range cases {
		if _, err := comparison.Load(ctx, w.s, tc.scope); !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestOneKindergartenScope(t *testing.T) {
	w := newWorld(t, "ULY")
	w.handFixture(t, 76, "")
	w.handFixture(t, 77, " 2")
	w.handFixture(t, 77, " 3")
	k := comparison.Scope{BlockID: w.blocks["K"]}
	region, err := comparison.Compare(ctx, w.s, k)
	if err != nil {
		t.Fatal(err)
	}
	k.KindergartenID = 77
	one, err := comparison.Compare(ctx, w.s, k)
	if err != nil {
		t.Fatal(err)
	}
	if region.Experimental.Children != 15 || region.Experimental.Kindergartens != 2 || region.Experimental.Groups != 3 {
		t.Errorf("region E: %+v", region.Experimental)
	}
	if one.Experimental.Children != 10 || one.Control.Children != 8 || one.Experimental.Groups != 2 || one.Scope.KindergartenID != 77 {
		t.Errorf("kindergarten 77: E %+v C %+v", one.Experimental, one.Control)
	}
	// Two copies of the hand fixture: same means, doubled counts.
	checkF(t, "77 DiD", one.DiD, 1)
	if one.Experimental.To.Levels != [3]int{0, 2, 6} {
		t.Errorf("77 E final levels %v", one.Experimental.To.Levels)
	}
}

func TestOneSidedData(t *testing.T) {
	ds := &comparison.Dataset{ThresholdLow: 1.5, ThresholdHigh: 2.5}
	for i := range 12 {
		ds.Children = append(ds.Children, comparison.ChildScores{
			ChildID: int64(i + 1), GroupID: 1, KindergartenID: 76, Role: data.RoleExperimental,
			From: comparison.Tally{Sum: 9 + i%3, Count: 9}, To: comparison.Tally{Sum: 18 + i%5, Count: 9},
		})
	}
	r := comparison.Compute(ds)
	if r.NoData || !r.Has(comparison.WarnNoControl) || r.Has(comparison.WarnNoExperimental) {
		t.Fatalf("warnings %+v", r.Warnings)
	}
	if r.AtTo.ChiSquare.Computable || r.AtTo.MannWhitney.Computable || r.AtTo.Phi.Computable || r.Gains.Computable || !r.DiD.NaN() {
		t.Errorf("between-group tests must not be computable without a control group: %+v", r)
	}
	if !r.Experimental.Wilcoxon.Computable || r.Experimental.Wilcoxon.Z <= 0 {
		t.Errorf("within-group test: %+v", r.Experimental.Wilcoxon)
	}
}
