package comparison_test

import (
	"math"
	"testing"

	"baulu/reports/comparison"
)

func TestSummaryMatchesCompare(t *testing.T) {
	w := newWorld(t, "ULY")
	w.handFixture(t, 76, "")
	w.regionFixture(t, "ULY", 3)
	rows, err := comparison.Summary(ctx, w.s, "", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	// 1 region + 9 indicators + 5 kindergartens + 5 × 9 cells.
	if len(rows) != 60 {
		t.Fatalf("%d rows", len(rows))
	}
	counts := map[string]int{}
	last := ""
	for _, r := range rows {
		if r.Kind != last && counts[r.Kind] > 0 {
			t.Fatalf("kind %s is not contiguous", r.Kind)
		}
		counts[r.Kind]++
		last = r.Kind
	}
	if counts["region"] != 1 || counts["indicator"] != 9 || counts["kindergarten"] != 5 || counts["cell"] != 45 {
		t.Errorf("rows by kind %v", counts)
	}

	// Summary sums in memory what Load sums in SQL: every row must equal
	// Compare on the same sub-scope.
	for _, r := range rows {
		res, err := comparison.Compare(ctx, w.s, comparison.Scope{KindergartenID: r.KindergartenID, IndicatorID: r.IndicatorID})
		if err != nil {
			t.Fatal(err)
		}
		same := func(name string, a, b comparison.Float) {
			if !near(float64(a), float64(b)) {
				t.Errorf("%s kg %d %s: %s summary %v, compare %v", r.Kind, r.KindergartenID, r.IndicatorCode, name, a, b)
			}
		}
		same("gain E", r.GainE, res.Experimental.Gain.Mean)
		same("gain C", r.GainC, res.Control.Gain.Mean)
		same("DiD", r.DiD, res.DiD)
		same("φ*", r.PhiStar, res.AtTo.Phi.PhiStar)
		same("MW p", r.MannWhitneyP, res.AtTo.MannWhitney.P)
		same("Welch p", r.WelchP, res.Gains.P)
		if r.PairedE != res.Experimental.Paired || r.PairedC != res.Control.Paired || len(r.Warnings) == 0 != (len(res.Warnings) == 0) {
			t.Errorf("%s kg %d %s: counts/warnings differ", r.Kind, r.KindergartenID, r.IndicatorCode)
		}
	}

	// Within a kind, the largest DiD first.
	for i := 1; i < len(rows); i++ {
		a, b := rows[i-1], rows[i]
		if a.Kind == b.Kind && !b.DiD.NaN() && (a.DiD.NaN() || a.DiD < b.DiD) {
			t.Errorf("rows %d, %d out of order: DiD %v then %v", i-1, i, a.DiD, b.DiD)
		}
	}
	if r := rows[0]; r.Kind != "region" || math.IsNaN(float64(r.DiD)) || r.DiD <= 0 {
		t.Errorf("region row %+v", r)
	}
}
