package analysis

import (
	"math"
	"testing"
)

func TestWilcoxonSignedRankMatchesR(t *testing.T) {
	for _, c := range fixtures(t).Wilcoxon {
		t.Run(c.Name, func(t *testing.T) {
			got := WilcoxonSignedRank(c.Before.floats(), c.After.floats())
			if got.Computable != c.Computable {
				t.Fatalf("Computable = %v (reason %v), R case says %v", got.Computable, got.Reason, c.Computable)
			}
			if got.N != c.N || got.Pairs != len(c.Before) || got.Zeros != got.Pairs-got.N {
				t.Errorf("N = %d, Pairs = %d, Zeros = %d; R used %d of %d", got.N, got.Pairs, got.Zeros, c.N, len(c.Before))
			}
			checkClose(t, "V", got.V, c.V)
			checkClose(t, "Z", got.Z, c.Z)
			checkClose(t, "P", got.P, c.P)
			if c.Computable {
				checkClose(t, "R", got.R, num(math.Abs(float64(c.Z))/math.Sqrt(float64(c.N))))
			}
		})
	}
}

func TestWilcoxonSwapFlipsZ(t *testing.T) {
	before := []float64{1, 1.5, 2, 2, 2.5, 1.25, 2}
	after := []float64{1.5, 2.5, 2, 2.75, 2.25, 2, 3}
	a, b := WilcoxonSignedRank(before, after), WilcoxonSignedRank(after, before)
	n := float64(a.N)
	if !agrees(a.Z, -b.Z) || !agrees(a.P, b.P) || a.V != n*(n+1)/2-b.V || a.N != b.N {
		t.Errorf("swap: %+v vs %+v", a, b)
	}
	if !(a.Z > 0) {
		t.Errorf("scores rose but Z = %v", a.Z)
	}
}

func TestWilcoxonEdgeCases(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name            string
		before, after   []float64
		computable      bool
		reason          Reason
		pairs, zeros, n int
	}{
		{"length mismatch", []float64{1, 2}, []float64{1}, false, ReasonInvalidInput, 0, 0, 0},
		{"no pairs", nil, nil, false, ReasonTooFewObservations, 0, 0, 0},
		{"only missing pairs", []float64{nan, 2}, []float64{1, nan}, false, ReasonTooFewObservations, 0, 0, 0},
		{"no change", []float64{1, 2, 3}, []float64{1, 2, 3}, false, ReasonNoVariation, 3, 3, 0},
		{"missing pair dropped", []float64{1, nan, 2, 2}, []float64{2, 3, 2, 3}, true, ReasonNone, 3, 1, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := WilcoxonSignedRank(c.before, c.after)
			if got.Computable != c.computable || got.Reason != c.reason ||
				got.Pairs != c.pairs || got.Zeros != c.zeros || got.N != c.n {
				t.Errorf("got %+v, want computable=%v reason=%v pairs=%d zeros=%d n=%d",
					got, c.computable, c.reason, c.pairs, c.zeros, c.n)
			}
			if !c.computable && (!math.IsNaN(got.P) || !math.IsNaN(got.Z)) {
				t.Errorf("not computable but Z=%v P=%v", got.Z, got.P)
			}
		})
	}
}
