package analysis

import (
	"math"
	"slices"
	"testing"
)

func TestMannWhitneyMatchesR(t *testing.T) {
	for _, c := range fixtures(t).MannWhitney {
		t.Run(c.Name, func(t *testing.T) {
			x, y := c.X.floats(), c.Y.floats()
			got := MannWhitney(x, y)
			if got.Computable != c.Computable {
				t.Fatalf("Computable = %v (reason %v), R case says %v", got.Computable, got.Reason, c.Computable)
			}
			if got.N1 != len(x) || got.N2 != len(y) {
				t.Errorf("N1, N2 = %d, %d, want %d, %d", got.N1, got.N2, len(x), len(y))
			}
			// R reports W even when p is NaN (all values tied).
			checkClose(t, "W", got.W, c.W)
			checkClose(t, "Z", got.Z, c.Z)
			checkClose(t, "P", got.P, c.P)
			if c.Computable {
				wantR := math.Abs(float64(c.Z)) / math.Sqrt(float64(len(x)+len(y)))
				checkClose(t, "R", got.R, num(wantR))
				if got.U != math.Min(got.W, float64(len(x)*len(y))-got.W) {
					t.Errorf("U = %v, W = %v", got.U, got.W)
				}
			} else if got.Reason == ReasonNone || !math.IsNaN(got.R) {
				t.Errorf("not computable but reason=%v R=%v", got.Reason, got.R)
			}
		})
	}
}

func TestMannWhitneySwapFlipsZ(t *testing.T) {
	cases := []struct {
		name string
		x, y []float64
	}{
		{"realistic", []float64{2, 2.5, 1.5, 3, 2.25, 2.75, 2}, []float64{1.5, 2, 1.25, 2, 1.75}},
		{"ties", []float64{1, 2, 2, 3, 3}, []float64{1, 1, 2, 3}},
		{"separated", []float64{3, 3, 3}, []float64{1, 2}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := MannWhitney(c.x, c.y), MannWhitney(c.y, c.x)
			nn := float64(len(c.x) * len(c.y))
			if !agrees(a.Z, -b.Z) || !agrees(a.P, b.P) || !agrees(a.R, b.R) ||
				a.W != nn-b.W || a.U != b.U {
				t.Errorf("swap: %+v vs %+v", a, b)
			}
			if a.Z > 0 != (a.MeanRankX > a.MeanRankY) {
				t.Errorf("Z = %v but mean ranks %v vs %v", a.Z, a.MeanRankX, a.MeanRankY)
			}
		})
	}
}

func TestMannWhitneyNotComputable(t *testing.T) {
	cases := []struct {
		name   string
		x, y   []float64
		reason Reason
	}{
		{"x empty", nil, []float64{1, 2}, ReasonTooFewObservations},
		{"y only missing", []float64{1, 2}, []float64{math.NaN()}, ReasonTooFewObservations},
		{"all tied", []float64{2, 2}, []float64{2, 2, 2}, ReasonNoVariation},
		{"one each, tied", []float64{2}, []float64{2}, ReasonNoVariation},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := MannWhitney(c.x, c.y)
			if got.Computable || got.Reason != c.reason || !math.IsNaN(got.P) || !math.IsNaN(got.Z) {
				t.Errorf("got %+v, want not computable (%v) with NaN Z and P", got, c.reason)
			}
		})
	}
}

func TestMannWhitneyDropsMissing(t *testing.T) {
	nan := math.NaN()
	got := MannWhitney([]float64{2, nan, 3, 2.5}, []float64{1, 1.5, nan})
	want := MannWhitney([]float64{2, 3, 2.5}, []float64{1, 1.5})
	if got != want {
		t.Errorf("with NaN %+v, without %+v", got, want)
	}
}

func TestAverageRanks(t *testing.T) {
	cases := []struct {
		in    []float64
		ranks []float64
		ties  float64
	}{
		{nil, []float64{}, 0},
		{[]float64{5}, []float64{1}, 0},
		{[]float64{3, 1, 2, 2}, []float64{4, 1, 2.5, 2.5}, 6},
		{[]float64{2, 2, 2}, []float64{2, 2, 2}, 24},
		{[]float64{1, 3, 1, 3, 2}, []float64{1.5, 4.5, 1.5, 4.5, 3}, 12},
		{[]float64{-0.5, 0.25, -1}, []float64{2, 3, 1}, 0},
	}
	for _, c := range cases {
		r, ties := averageRanks(c.in)
		if !slices.Equal(r, c.ranks) || ties != c.ties {
			t.Errorf("averageRanks(%v) = %v, %v; want %v, %v", c.in, r, ties, c.ranks, c.ties)
		}
	}
}
