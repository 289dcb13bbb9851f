package analysis

import (
	"math"
	"testing"
)

func TestFisherPhiMatchesR(t *testing.T) {
	for _, c := range fixtures(t).Phi {
		got := FisherPhi(c.K1, c.N1, c.K2, c.N2)
		if !got.Computable {
			t.Errorf("%d/%d vs %d/%d: not computable (%v)", c.K1, c.N1, c.K2, c.N2, got.Reason)
			continue
		}
		checkClose(t, "Phi1", got.Phi1, c.Phi1)
		checkClose(t, "Phi2", got.Phi2, c.Phi2)
		checkClose(t, "PhiStar", got.PhiStar, c.PhiStar)
		checkClose(t, "P", got.P, c.P)
		checkClose(t, "PGreater", got.PGreater, c.PGreater)
	}
}

func TestFisherPhiLevels(t *testing.T) {
	cases := []struct {
		name           string
		k1, n1, k2, n2 int
		level          Significance
		positive       bool
	}{
		// φ* ≈ 2.63: the DESIGN.md example of a clear difference.
		{"25/40 vs 10/40", 25, 40, 10, 40, SignificantAt01, true},
		{"15/30 vs 5/28", 15, 30, 5, 28, SignificantAt01, true},
		// φ* ≈ 1.67 and ≈ 1.50: on either side of 1.64.
		{"12/30 vs 5/30", 12, 30, 5, 30, SignificantAt05, true},
		{"3/5 vs 1/5", 3, 5, 1, 5, NotSignificant, true},
		{"same share", 10, 20, 10, 20, NotSignificant, false},
		{"control ahead", 5, 28, 15, 30, SignificantAt01, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := FisherPhi(c.k1, c.n1, c.k2, c.n2)
			if got.Level != c.level || (got.PhiStar > 0) != c.positive {
				t.Errorf("φ* = %v level %v, want level %v positive=%v", got.PhiStar, got.Level, c.level, c.positive)
			}
			wantLevel := NotSignificant
			if a := math.Abs(got.PhiStar); a >= PhiCritical01 {
				wantLevel = SignificantAt01
			} else if a >= PhiCritical05 {
				wantLevel = SignificantAt05
			}
			if got.Level != wantLevel {
				t.Errorf("level %v disagrees with |φ*| = %v", got.Level, math.Abs(got.PhiStar))
			}
		})
	}
}

// TestFisherPhiDirectional: the signed convention of the reports. A
// control group ahead (issue 14's S1, φ* = −2.06) is not significant for
// "higher in E", its one-sided p is above 0.5, and swapping the samples
// gives the complementary p.
func TestFisherPhiDirectional(t *testing.T) {
	cases := []struct {
		name           string
		k1, n1, k2, n2 int
		level          Significance
		pAbove         float64 // PGreater must be above this
	}{
		{"E ahead, p ≤ 0.01", 25, 40, 10, 40, SignificantAt01, 0},
		{"E ahead, p ≤ 0.05", 12, 30, 5, 30, SignificantAt05, 0},
		{"control ahead by 2.66", 5, 28, 15, 30, NotSignificant, 0.5},
		{"control ahead by 1.67", 8, 40, 14, 38, NotSignificant, 0.5},
		{"same share", 10, 20, 10, 20, NotSignificant, 0.4999},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := FisherPhi(c.k1, c.n1, c.k2, c.n2)
			if got.LevelGreater != c.level || !(got.PGreater > c.pAbove) {
				t.Errorf("φ* = %v: LevelGreater %v, PGreater %v; want %v, p above %v",
					got.PhiStar, got.LevelGreater, got.PGreater, c.level, c.pAbove)
			}
			swap := FisherPhi(c.k2, c.n2, c.k1, c.n1)
			if math.Abs(got.PGreater+swap.PGreater-1) > 1e-15 {
				t.Errorf("PGreater %v + swapped %v ≠ 1", got.PGreater, swap.PGreater)
			}
			if got.PhiStar < 0 && got.Level != phiLevel(-got.PhiStar) {
				t.Errorf("deprecated Level %v must still judge |φ*| for existing callers", got.Level)
			}
		})
	}
}

func TestFisherPhiSwap(t *testing.T) {
	a, b := FisherPhi(25, 40, 10, 40), FisherPhi(10, 40, 25, 40)
	if !agrees(a.PhiStar, -b.PhiStar) || a.P != b.P || a.Level != b.Level {
		t.Errorf("swap: %+v vs %+v", a, b)
	}
}

func TestFisherPhiInvalid(t *testing.T) {
	for _, in := range [][4]int{{1, 0, 1, 5}, {6, 5, 1, 5}, {-1, 5, 1, 5}, {1, 5, 1, -5}} {
		got := FisherPhi(in[0], in[1], in[2], in[3])
		if got.Computable || got.Reason != ReasonInvalidInput || !math.IsNaN(got.PhiStar) || !math.IsNaN(got.PGreater) {
			t.Errorf("FisherPhi%v = %+v, want invalid input", in, got)
		}
	}
}
