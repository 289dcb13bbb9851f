package comparison_test

import (
	"strings"
	"testing"

	"baulu/reports/analysis"
	"baulu/reports/comparison"
)

// benchPerGroup gives 5 kindergartens × 4 groups × 25 = 500 children, each
// scored on 9 indicators in 3 rounds (13 500 scores): one region's pilot.
const benchPerGroup = 25

// BenchmarkRegionalComparison loads and computes the full comparison of the
// region (baseline → final, all indicators) and the per-kindergarten ×
// per-indicator summary (60 sub-scopes), as the Comparison screen and the
// regional report do.
func BenchmarkRegionalComparison(b *testing.B) {
	w := newWorld(b, "ULY")
	w.regionFixture(b, "ULY", benchPerGroup)
	b.ResetTimer()
	for b.Loop() {
		r, err := comparison.Compare(ctx, w.s, comparison.Scope{})
		if err != nil {
			b.Fatal(err)
		}
		if r.Experimental.Children+r.Control.Children != 500 || !r.Primary.Gain.Computable || !r.Design.ICCComputable {
			b.Fatalf("%d children, primary %+v", r.Experimental.Children+r.Control.Children, r.Primary.Gain)
		}
		rows, err := comparison.Summary(ctx, w.s, "", 0, 0)
		if err != nil || len(rows) != 60 {
			b.Fatalf("summary: %d rows, %v", len(rows), err)
		}
	}
}

// The benchmark's region is built like the demo data: experimental groups
// must come out ahead, and the verdict must say so with its tests.
func TestRegionalFixtureFavoursExperimental(t *testing.T) {
	w := newWorld(t, "ULY")
	w.regionFixture(t, "ULY", benchPerGroup)
	r, err := comparison.Compare(ctx, w.s, comparison.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	e, c := r.Experimental, r.Control
	if e.Children != 250 || c.Children != 250 || e.Paired != 250 || e.Groups != 10 || e.Kindergartens != 5 {
		t.Fatalf("E %+v", e)
	}
	if !(e.Gain.Mean > c.Gain.Mean && r.DiD > 0.3 && r.Gains.P < 0.001 && r.AtTo.Phi.Significance == analysis.SignificantAt01 && r.AtTo.Phi.PhiStar > 0) {
		t.Errorf("gains E %v C %v, DiD %v, Welch p %v, φ* %v", e.Gain.Mean, c.Gain.Mean, r.DiD, r.Gains.P, r.AtTo.Phi.PhiStar)
	}
	// The fixture's effect is large by design: the only caveat is that it
	// is unusually so.
	if len(r.Warnings) != 1 || r.Warnings[0].Code != comparison.WarnUnusualEffect {
		t.Errorf("warnings on a clean region: %+v", r.Warnings)
	}
	v := strings.Join(comparison.Verdict(r, "ru"), " ")
	if !strings.Contains(v, "статистически значимо в пользу экспериментальных групп") {
		t.Errorf("verdict: %s", v)
	}
}

// BenchmarkRegionalCompare is the first half of BenchmarkRegionalComparison:
// Load (one aggregate query) and Compute for the whole region.
func BenchmarkRegionalCompare(b *testing.B) {
	w := newWorld(b, "ULY")
	w.regionFixture(b, "ULY", benchPerGroup)
	b.ResetTimer()
	for b.Loop() {
		if _, err := comparison.Compare(ctx, w.s, comparison.Scope{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRegionalSummary is the second half: the 60 sub-scopes.
func BenchmarkRegionalSummary(b *testing.B) {
	w := newWorld(b, "ULY")
	w.regionFixture(b, "ULY", benchPerGroup)
	b.ResetTimer()
	for b.Loop() {
		if _, err := comparison.Summary(ctx, w.s, "", 0, 0); err != nil {
			b.Fatal(err)
		}
	}
}
