package analysis

import (
	"math"
	"testing"
)

func TestExtremeOf(t *testing.T) {
	cases := []struct {
		d    [3]int
		want Extreme
	}{
		{[3]int{0, 0, 10}, ExtremeCeiling},
		{[3]int{1, 1, 8}, ExtremeCeiling}, // exactly 80 %
		{[3]int{1, 2, 7}, ExtremeNone},
		{[3]int{8, 2, 0}, ExtremeFloor},
		{[3]int{79, 21, 0}, ExtremeNone}, // 79 %
		{[3]int{0, 20, 0}, ExtremeNone},  // all at II: no ceiling, no floor
		{[3]int{0, 0, 0}, ExtremeNone},
		{[3]int{0, 0, 1}, ExtremeCeiling},
	}
	for _, c := range cases {
		if got := ExtremeOf(c.d); got != c.want {
			t.Errorf("ExtremeOf(%v) = %v, want %v", c.d, got, c.want)
		}
	}
	for _, e := range []Extreme{ExtremeNone, ExtremeCeiling, ExtremeFloor} {
		if b, _ := e.MarshalText(); string(b) != e.String() {
			t.Errorf("%d marshals as %q", e, b)
		}
	}
}

func TestAttritionOf(t *testing.T) {
	// Issue 14's demo: all 5 leavers experimental.
	a := AttritionOf(150, 5, 121, 0)
	if a.E.Lost != 5 || !agrees(a.E.Rate, 5.0/150) || a.C.Rate != 0 || a.All.Start != 271 || a.All.Lost != 5 ||
		!agrees(a.All.Rate, 5.0/271) || !agrees(a.Differential, 5.0/150) {
		t.Errorf("AttritionOf(150, 5, 121, 0) = %+v", a)
	}
	if b := AttritionOf(0, 0, 40, 4); !math.IsNaN(b.E.Rate) || !math.IsNaN(b.Differential) || b.All.Rate != 0.1 || b.C.Rate != 0.1 {
		t.Errorf("empty E arm: %+v", b)
	}
	if b := AttritionOf(10, 11, 10, -1); !math.IsNaN(b.E.Rate) || !math.IsNaN(b.C.Rate) || !math.IsNaN(b.All.Rate) {
		t.Errorf("impossible counts: %+v", b)
	}
}
