package analysis

import (
	"math"
	"testing"
)

func TestMeanSDMatchesR(t *testing.T) {
	for _, c := range fixtures(t).MeanSD {
		t.Run(c.Name, func(t *testing.T) {
			mean, sd := MeanSD(c.X.floats())
			checkClose(t, "mean", mean, c.Mean)
			// A constant series may leave a rounding residue in the SD where
			// R prints 0; that is well inside absTol.
			checkClose(t, "sd", sd, c.SD)
		})
	}
	if m, sd := MeanSD(nil); !math.IsNaN(m) || !math.IsNaN(sd) {
		t.Errorf("MeanSD(nil) = %v, %v; want NaN, NaN", m, sd)
	}
}

func TestDistributionAndPercentages(t *testing.T) {
	cases := []struct {
		name   string
		levels []int
		want   [3]int
		pct    [3]float64
	}{
		{"mixed", []int{1, 2, 2, 3, 3, 3, 2, 1}, [3]int{2, 3, 3}, [3]float64{25, 37.5, 37.5}},
		{"unscored ignored", []int{0, 3, 3, 4, -1, 2}, [3]int{0, 1, 2}, [3]float64{0, 100.0 / 3, 200.0 / 3}},
		{"all at one level", []int{2, 2, 2}, [3]int{0, 3, 0}, [3]float64{0, 100, 0}},
		{"empty", nil, [3]int{}, [3]float64{math.NaN(), math.NaN(), math.NaN()}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Distribution(c.levels)
			if d != c.want {
				t.Errorf("Distribution = %v, want %v", d, c.want)
			}
			p := Percentages(d)
			for i := range p {
				if !agrees(p[i], c.pct[i]) {
					t.Errorf("Percentages = %v, want %v", p, c.pct)
					break
				}
			}
		})
	}
}

func TestReasonText(t *testing.T) {
	for r, want := range map[Reason]string{
		ReasonNone: "none", ReasonOneLevel: "one_level", ReasonNoVariation: "no_variation",
		ReasonTooFewObservations: "too_few_observations", ReasonInvalidInput: "invalid_input",
	} {
		if b, _ := r.MarshalText(); string(b) != want {
			t.Errorf("Reason(%d) = %q, want %q", int(r), b, want)
		}
	}
}
