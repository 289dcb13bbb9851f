package data_test

import (
	"errors"
	"math"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
)

// fixture: kindergarten 76 with an experimental group of 3 children, one of
// whom left before the final round, and the control group of 2.
type fixture struct {
	s          *data.Store
	e, c       data.Group
	ekids      []data.Child
	ckids      []data.Child
	base, fin  data.Round
	ins        []data.Indicator
	otherGroup data.Group // in kindergarten 77
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	f := fixture{s: datatest.NewConfigured(t, "ULY")}
	f.e = datatest.AddGroup(t, f.s, 76, "Балапан", data.RoleExperimental)
	f.c = datatest.AddGroup(t, f.s, 76, "Күншуақ", data.RoleControl)
	f.otherGroup = datatest.AddGroup(t, f.s, 77, "Айгөлек", data.RoleExperimental)
	f.ekids = datatest.AddChildren(t, f.s, f.e.ID, 3)
	f.ckids = datatest.AddChildren(t, f.s, f.c.ID, 2)
	datatest.AddChildren(t, f.s, f.otherGroup.ID, 4)
	f.base, _ = f.s.RoundByKind(ctx, data.RoundBaseline)
	f.fin, _ = f.s.RoundByKind(ctx, data.RoundFinal)
	f.ins, _ = f.s.Indicators(ctx, false)
	left := f.ekids[2]
	left.LeftOn = data.NewDate(2026, 6, 1) // after the baseline, before the final
	if err := f.s.SaveChild(ctx, &left); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestGrid(t *testing.T) {
	f := newFixture(t)
	k0 := f.ekids[0].ID
	scores := []data.Score{
		{k0, f.base.ID, f.ins[0].ID, 1}, {k0, f.base.ID, f.ins[1].ID, 2}, {k0, f.base.ID, f.ins[8].ID, 2},
		{f.ekids[1].ID, f.base.ID, f.ins[0].ID, 3},
		{f.ekids[2].ID, f.base.ID, f.ins[0].ID, 1},
		{k0, f.fin.ID, f.ins[0].ID, 3},
	}
	if err := f.s.WriteScores(ctx, scores, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	g, err := f.s.Grid(ctx, f.e.ID, f.base.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Children) != 3 || len(g.Indicators) != 9 || g.Cells() != 27 || g.Filled != 5 {
		t.Fatalf("baseline grid: %d children, %d indicators, %d filled", len(g.Children), len(g.Indicators), g.Filled)
	}
	if m, n := g.Mean(k0); n != 3 || math.Abs(m-5.0/3) > 1e-12 || g.Level(k0) != 2 {
		t.Fatalf("mean %v over %d, level %d", m, n, g.Level(k0))
	}
	if g.Level(f.ekids[1].ID) != 3 || g.Level(f.ekids[2].ID) != 1 || g.Level(999) != 0 {
		t.Fatal("levels of single scores")
	}
	g.Put(data.Score{f.ekids[1].ID, f.base.ID, f.ins[3].ID, 1})
	g.Put(data.Score{k0, f.base.ID, f.ins[0].ID, 0})
	g.Put(data.Score{k0, f.base.ID, f.ins[0].ID, 0})
	if g.Filled != 5 || g.Score(k0, f.ins[0].ID) != 0 || g.Score(f.ekids[1].ID, f.ins[3].ID) != 1 {
		t.Fatalf("after Put: filled %d", g.Filled)
	}

	// The child who left in June is not a row of the final round.
	fin, _ := f.s.Grid(ctx, f.e.ID, f.fin.ID)
	if len(fin.Children) != 2 || fin.Filled != 1 {
		t.Fatalf("final grid: %d children, %d filled", len(fin.Children), fin.Filled)
	}

	// Retiring A3 takes its column out of the grid and the mean.
	if err := f.s.RetireIndicator(ctx, f.ins[8].ID, data.NewDate(2026, 6, 1)); err != nil {
		t.Fatal(err)
	}
	g, _ = f.s.Grid(ctx, f.e.ID, f.base.ID)
	if m, n := g.Mean(k0); len(g.Indicators) != 8 || n != 2 || m != 1.5 || g.Filled != 4 {
		t.Fatalf("after retiring: %d columns, mean %v over %d, filled %d", len(g.Indicators), m, n, g.Filled)
	}
	if _, err := f.s.Grid(ctx, 999, f.base.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("grid of a missing group: %v", err)
	}
}

func TestCompleteness(t *testing.T) {
	f := newFixture(t)
	var scores []data.Score
	for _, in := range f.ins {
		scores = append(scores, data.Score{f.ekids[0].ID, f.base.ID, in.ID, 2})
	}
	scores = append(scores, data.Score{f.ekids[2].ID, f.fin.ID, f.ins[0].ID, 2}) // left: not expected, not counted
	if err := f.s.WriteScores(ctx, scores[:len(scores)-1], data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	rows, err := f.s.Completeness(ctx, "ULY")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5*3 {
		t.Fatalf("%d rows, want 15", len(rows))
	}
	want := map[[2]int64][2]int{
		{76, f.base.ID}: {9, 5 * 9}, // 5 children (the leaver was still there)
		{76, f.fin.ID}:  {0, 4 * 9},
		{77, f.base.ID}: {0, 4 * 9},
		{78, f.base.ID}: {0, 0},
	}
	for _, r := range rows {
		if w, ok := want[[2]int64{int64(r.KindergartenID), r.RoundID}]; ok && (r.Scored != w[0] || r.Expected() != w[1]) {
			t.Errorf("kg %d round %d: %d/%d, want %d/%d", r.KindergartenID, r.RoundID, r.Scored, r.Expected(), w[0], w[1])
		}
	}
	if p, _ := rows[0].Percent(); math.Abs(p-20) > 1e-9 {
		t.Fatalf("percent %v, want 20", p)
	}
	if other, _ := f.s.Completeness(ctx, "AST"); len(other) != 0 {
		t.Fatalf("region AST has no kindergartens loaded: %d rows", len(other))
	}
}

func TestWriteScoresAllOrNothing(t *testing.T) {
	f := newFixture(t)
	good := data.Score{f.ekids[0].ID, f.base.ID, f.ins[0].ID, 2}
	cases := []struct {
		name string
		bad  data.Score
		want error
	}{
		{"unknown child", data.Score{999, f.base.ID, f.ins[0].ID, 2}, data.ErrNotFound},
		{"unknown round", data.Score{f.ekids[0].ID, 999, f.ins[0].ID, 2}, data.ErrNotFound},
		{"unknown indicator", data.Score{f.ekids[0].ID, f.base.ID, 999, 2}, data.ErrNotFound},
		{"score 4", data.Score{f.ekids[0].ID, f.base.ID, f.ins[1].ID, 4}, data.ErrInvalid},
		{"score -1", data.Score{f.ekids[0].ID, f.base.ID, f.ins[1].ID, -1}, data.ErrInvalid},
	}
	for _, tc := range cases {
		if err := f.s.WriteScores(ctx, []data.Score{good, tc.bad}, data.WriteOptions{Source: data.SourceImport, Clear: true}); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
		if n := count(t, f.s, "assessment"); n != 0 {
			t.Fatalf("%s: %d scores written", tc.name, n)
		}
	}
	if err := f.s.WriteScores(ctx, []data.Score{good, {f.ekids[1].ID, f.base.ID, f.ins[0].ID, 3}}, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	// 0 clears, others update.
	if err := f.s.WriteScores(ctx, []data.Score{{good.ChildID, good.RoundID, good.IndicatorID, 0}, {f.ekids[1].ID, f.base.ID, f.ins[0].ID, 1}}, data.WriteOptions{Source: data.SourceImport, Clear: true}); err != nil {
		t.Fatal(err)
	}
	m, _ := f.s.GroupScores(ctx, f.e.ID, f.base.ID)
	if len(m[f.ekids[0].ID]) != 0 || m[f.ekids[1].ID][f.ins[0].ID] != 1 {
		t.Fatalf("scores %v", m)
	}
}

func TestLevelBoundaries(t *testing.T) {
	st := data.Settings{ThresholdLow: 1.5, ThresholdHigh: 2.5}
	for _, tc := range []struct {
		mean float64
		want int
	}{{1, 1}, {1.49, 1}, {1.5, 2}, {2, 2}, {2.49, 2}, {2.5, 3}, {3, 3}} {
		if got := st.Level(tc.mean); got != tc.want {
			t.Errorf("Level(%v) = %d, want %d", tc.mean, got, tc.want)
		}
	}
	if got := data.LevelOf(1.8, 2, 2.2); got != 1 {
		t.Errorf("edited thresholds: %d", got)
	}
}
