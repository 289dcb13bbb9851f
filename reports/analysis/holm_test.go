package analysis

import (
	"math"
	"testing"
)

func TestHolmMatchesR(t *testing.T) {
	for _, c := range clusteredFixtures(t).Holm {
		t.Run(c.Name, func(t *testing.T) {
			got := Holm(c.P.floats())
			if len(got) != len(c.Adjusted) {
				t.Fatalf("%d values, R gives %d", len(got), len(c.Adjusted))
			}
			for i, want := range c.Adjusted {
				checkClose(t, "adjusted", got[i], want)
			}
		})
	}
}

func TestHolmKeepsInputAndHandlesEmpty(t *testing.T) {
	p := []float64{0.04, 0.01}
	if got := Holm(p); p[0] != 0.04 || p[1] != 0.01 || got[0] != 0.04 || got[1] != 0.02 {
		t.Errorf("Holm(%v) = %v", p, got)
	}
	if got := Holm(nil); len(got) != 0 {
		t.Errorf("Holm(nil) = %v", got)
	}
	if got := Holm([]float64{math.NaN()}); !math.IsNaN(got[0]) {
		t.Errorf("Holm(NaN) = %v", got)
	}
}
