package ui

import (
	"strings"
	"testing"
	"time"

	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/reports/comparison"
)

// openComparison opens the section and waits for its first computation.
func openComparison(t *testing.T, u *UI) *comparisonScreen {
	t.Helper()
	done := make(chan struct{}, 4)
	orig := newSectionHook
	newSectionHook = func(s screen) {
		if c, ok := s.(*comparisonScreen); ok {
			c.onUpdated = func() { done <- struct{}{} }
		}
	}
	defer func() { newSectionHook = orig }()
	u.shell.open("comparison")
	waitFor(t, done)
	c := u.shell.current.(*comparisonScreen)
	c.onUpdated = func() { done <- struct{}{} }
	return c
}

func waitFor(t *testing.T, done chan struct{}) {
	t.Helper()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the comparison did not finish")
	}
}

func TestComparisonShowsWhatTheStatisticsSay(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	u := newTestUI(t, s)
	c := openComparison(t, u)
	want, err := comparison.Compare(ctx, s, c.scope())
	if err != nil {
		t.Fatal(err)
	}
	if c.result == nil || c.result.DiD != want.DiD || c.result.Experimental.To.N != want.Experimental.To.N {
		t.Fatalf("screen result %+v, want DiD %v", c.result, want.DiD)
	}
	if len(c.summary) == 0 || c.summary[0].Kind != "region" {
		t.Fatalf("summary rows: %d", len(c.summary))
	}
	view := newComparisonView(u, *c.result, c.summary, c.kgs, c.inds)
	view.content()
	if len(view.verdict) == 0 || !strings.Contains(strings.Join(view.verdict, " "), "эксперименттік") {
		t.Fatalf("verdict %q", view.verdict)
	}

	// One kindergarten: the scope follows the picker.
	done := make(chan struct{}, 4)
	c.onUpdated = func() { done <- struct{}{} }
	c.kgPick.setKey("k78")
	waitFor(t, done)
	if c.result.Scope.KindergartenID != 78 {
		t.Fatalf("scope %+v", c.result.Scope)
	}
	want78, _ := comparison.Compare(ctx, s, c.scope())
	if c.result.DiD != want78.DiD || c.summary != nil {
		t.Fatalf("kindergarten 78: DiD %v want %v; summary %d rows", c.result.DiD, want78.DiD, len(c.summary))
	}
}

func TestComparisonOfAnEmptyRegion(t *testing.T) {
	s := datatest.NewConfigured(t, "AST")
	u := newTestUI(t, s)
	c := openComparison(t, u)
	if c.result == nil || !c.result.NoData {
		t.Fatalf("result %+v", c.result)
	}
	v := newComparisonView(u, *c.result, nil, c.kgs, c.inds)
	v.content()
	if len(v.verdict) == 0 {
		t.Fatal("no sentence for an empty region")
	}
}
