package analysis

import (
	"math"
	"testing"
)

func TestWelchMatchesR(t *testing.T) {
	for _, c := range fixtures(t).Welch {
		t.Run(c.Name, func(t *testing.T) {
			x, y := c.X.floats(), c.Y.floats()
			got := Welch(x, y)
			if got.Computable != c.Computable {
				t.Fatalf("Computable = %v (reason %v), R case says %v", got.Computable, got.Reason, c.Computable)
			}
			checkClose(t, "T", got.T, c.T)
			checkClose(t, "DF", got.DF, c.DF)
			checkClose(t, "P", got.P, c.P)
			checkClose(t, "CohenD", CohenD(x, y), c.CohenD)
			checkClose(t, "D", got.D, c.CohenD)
			if !c.Computable {
				if got.Reason == ReasonNone || !math.IsNaN(got.CILow) {
					t.Errorf("not computable but reason=%v CI low=%v", got.Reason, got.CILow)
				}
				return
			}
			checkClose(t, "MeanX", got.MeanX, c.MeanX)
			checkClose(t, "MeanY", got.MeanY, c.MeanY)
			checkClose(t, "CILow", got.CILow, c.CILow)
			checkClose(t, "CIHigh", got.CIHigh, c.CIHigh)
		})
	}
}

func TestWelchSwapFlipsT(t *testing.T) {
	x := []float64{0.5, 0.25, 0.75, 1, 0.5, 0}
	y := []float64{0, 0.25, 0, 0.5, -0.25}
	a, b := Welch(x, y), Welch(y, x)
	if !agrees(a.T, -b.T) || !agrees(a.DF, b.DF) || !agrees(a.P, b.P) ||
		!agrees(a.CILow, -b.CIHigh) || !agrees(a.CIHigh, -b.CILow) || !agrees(a.D, -b.D) {
		t.Errorf("swap: %+v vs %+v", a, b)
	}
	// The interval is centred on the difference of means.
	if !agrees((a.CILow+a.CIHigh)/2, a.MeanX-a.MeanY) {
		t.Errorf("CI [%v, %v] not centred on %v", a.CILow, a.CIHigh, a.MeanX-a.MeanY)
	}
}

func TestWelchNotComputable(t *testing.T) {
	cases := []struct {
		name   string
		x, y   []float64
		reason Reason
	}{
		{"x empty", nil, []float64{1, 2}, ReasonTooFewObservations},
		{"one value in y", []float64{1, 2}, []float64{1}, ReasonTooFewObservations},
		{"missing leaves one", []float64{1, math.NaN()}, []float64{1, 2}, ReasonTooFewObservations},
		{"both constant, equal", []float64{0.5, 0.5}, []float64{0.5, 0.5, 0.5}, ReasonNoVariation},
		{"both constant, different", []float64{1, 1}, []float64{2, 2}, ReasonNoVariation},
		{"all gains zero", []float64{0, 0, 0}, []float64{0, 0}, ReasonNoVariation},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Welch(c.x, c.y)
			if got.Computable || got.Reason != c.reason || !math.IsNaN(got.P) || !math.IsNaN(got.T) {
				t.Errorf("got %+v, want not computable (%v) with NaN T and P", got, c.reason)
			}
		})
	}
}

func TestCohenD(t *testing.T) {
	cases := []struct {
		name string
		x, y []float64
		want float64
	}{
		// Means 2 and 1, both variances 1: s_pooled = 1.
		{"unit SD", []float64{1, 2, 3}, []float64{0, 1, 2}, 1},
		// Means 3 and 1, variances 1 and 4, n = 3 and 5: s_pooled = √((2+16)/6) = √3.
		{"pooled", []float64{2, 3, 4}, []float64{-1, -1, 1, 3, 3}, 2 / math.Sqrt(3)},
		{"negative", []float64{0, 1, 2}, []float64{1, 2, 3}, -1},
		{"one value", []float64{1}, []float64{1, 2}, math.NaN()},
		{"both constant", []float64{1, 1}, []float64{2, 2}, math.NaN()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := CohenD(c.x, c.y); !agrees(got, c.want) {
				t.Errorf("CohenD = %v, want %v", got, c.want)
			}
		})
	}
}
