package analysis

import (
	"math"
	"testing"
)

func TestICCMatchesR(t *testing.T) {
	for _, s := range clusteredFixtures(t).Datasets {
		t.Run(s.Name, func(t *testing.T) {
			gain, exp := s.gains(), s.experimental()
			one := ICCOneWay(gain, s.Group)
			if !one.Computable {
				t.Fatalf("one-way ICC not computable: %v", one.Reason)
			}
			checkClose(t, "one-way MSB", one.MSB, s.Design.MSBOneWay)
			checkClose(t, "one-way MSW", one.MSW, s.Design.MSWOneWay)
			checkClose(t, "one-way n0", one.N0, s.Design.N0OneWay)
			checkClose(t, "one-way ICC", one.Estimate, s.Design.ICCOneWay)
			w := ICCWithinArms(gain, s.Group, exp)
			if !w.Computable || w.N != len(gain) || w.Groups != s.Design.All.Groups {
				t.Fatalf("ICC within arms: %+v", w)
			}
			checkClose(t, "MSB", w.MSB, s.Design.MSB)
			checkClose(t, "MSW", w.MSW, s.Design.MSW)
			checkClose(t, "n0", w.N0, s.Design.N0)
			checkClose(t, "ICC", w.Estimate, s.Design.ICC)
		})
	}
}

func TestDesignMatchesR(t *testing.T) {
	for _, s := range clusteredFixtures(t).Datasets {
		t.Run(s.Name, func(t *testing.T) {
			d := Design(s.gains(), s.Group, s.experimental())
			checkClose(t, "ICC", d.ICC.Estimate, s.Design.ICC)
			for _, arm := range []struct {
				name string
				got  ArmDesign
				want armDesignCase
			}{{"E", d.E, s.Design.E}, {"C", d.C, s.Design.C}, {"all", d.All, s.Design.All}} {
				g, w := arm.got, arm.want
				if g.Groups != w.Groups || g.Children != w.Children || g.MinSize != w.MinSize || g.MaxSize != w.MaxSize {
					t.Errorf("%s: %d groups, %d children, sizes %d..%d; R: %d, %d, %d..%d", arm.name,
						g.Groups, g.Children, g.MinSize, g.MaxSize, w.Groups, w.Children, w.MinSize, w.MaxSize)
				}
				checkClose(t, arm.name+" mean size", g.MeanSize, w.MeanSize)
				checkClose(t, arm.name+" Σn²/N", g.WeightedSize, w.WeightedSize)
				checkClose(t, arm.name+" design effect", g.DesignEffect, w.DesignEffect)
				checkClose(t, arm.name+" effective n", g.EffectiveN, w.EffectiveN)
			}
		})
	}
}

func TestDesignTruncatesNegativeICC(t *testing.T) {
	// Every group holds the same values: group means are equal, MSB = 0 and
	// the ICC is −MSW/((n0 − 1)·MSW) = −1/(n0 − 1) = −1/3.
	gain := []float64{0, 1, 2, 3, 0, 1, 2, 3, 3, 2, 1, 0}
	group := []int64{1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3}
	exp := []bool{true, true, true, true, true, true, true, true, false, false, false, false}
	d := Design(gain, group, exp)
	if !d.ICC.Computable || !agrees(d.ICC.Estimate, -1.0/3) {
		t.Fatalf("ICC = %v (%v), want −1/3", d.ICC.Estimate, d.ICC.Reason)
	}
	if d.All.DesignEffect != 1 || d.All.EffectiveN != 12 || d.E.EffectiveN != 8 {
		t.Errorf("negative ICC must give design effect 1 and the real n: %+v", d.All)
	}
}

func TestICCNotComputable(t *testing.T) {
	cases := []struct {
		name   string
		y      []float64
		group  []int64
		exp    []bool
		reason Reason
	}{
		{"one group per arm", []float64{1, 2, 3, 4}, []int64{1, 1, 2, 2}, []bool{true, true, false, false}, ReasonTooFewObservations},
		{"one child per group", []float64{1, 2, 3, 4, 5, 6}, []int64{1, 2, 3, 4, 5, 6}, []bool{true, true, true, false, false, false}, ReasonTooFewObservations},
		{"all equal", []float64{2, 2, 2, 2, 2, 2}, []int64{1, 1, 2, 2, 3, 3}, []bool{true, true, true, true, false, false}, ReasonNoVariation},
		{"group in both arms", []float64{1, 2, 3, 4}, []int64{1, 1, 2, 2}, []bool{true, false, false, false}, ReasonInvalidInput},
		{"ragged", []float64{1, 2, 3}, []int64{1, 1, 2, 2}, []bool{true, true, false, false}, ReasonInvalidInput},
		{"empty", nil, nil, nil, ReasonTooFewObservations},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ICCWithinArms(c.y, c.group, c.exp)
			if got.Computable || got.Reason != c.reason || !math.IsNaN(got.Estimate) {
				t.Errorf("got %+v, want reason %v", got, c.reason)
			}
			d := Design(c.y, c.group, c.exp)
			if !math.IsNaN(d.All.DesignEffect) || !math.IsNaN(d.All.EffectiveN) {
				t.Errorf("design effect %v, effective n %v without an ICC", d.All.DesignEffect, d.All.EffectiveN)
			}
		})
	}
}

func TestDesignDropsMissingGains(t *testing.T) {
	nan := math.NaN()
	gain := []float64{0.5, nan, 0.25, 1, 0, nan, 0.5, 0.25}
	group := []int64{7, 7, 7, 8, 8, 9, 9, 9}
	exp := []bool{true, true, true, true, true, false, false, false}
	d := Design(gain, group, exp)
	if d.E.Children != 4 || d.E.Groups != 2 || d.C.Children != 2 || d.C.MinSize != 2 || d.All.MaxSize != 2 {
		t.Errorf("missing gains must not count: E %+v, C %+v", d.E, d.C)
	}
	if d.ICC.N != 6 {
		t.Errorf("ICC over %d children, want 6", d.ICC.N)
	}
}
