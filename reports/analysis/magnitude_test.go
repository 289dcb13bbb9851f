package analysis

import (
	"math"
	"testing"
)

func TestDMagnitudeBounds(t *testing.T) {
	cases := []struct {
		d    float64
		want Magnitude
	}{
		{0, MagnitudeNegligible}, {0.199, MagnitudeNegligible}, {0.2, MagnitudeSmall}, {-0.2, MagnitudeSmall},
		{0.499, MagnitudeSmall}, {0.5, MagnitudeMedium}, {0.799, MagnitudeMedium}, {0.8, MagnitudeLarge},
		{1.2, MagnitudeLarge}, {1.2001, MagnitudeUnusuallyLarge}, {-1.29, MagnitudeUnusuallyLarge},
		{math.Inf(1), MagnitudeUnusuallyLarge}, {math.NaN(), MagnitudeUndefined},
	}
	for _, c := range cases {
		if got := DMagnitude(c.d); got != c.want {
			t.Errorf("DMagnitude(%v) = %v, want %v", c.d, got, c.want)
		}
	}
}

func TestRMagnitudeBounds(t *testing.T) {
	cases := []struct {
		r    float64
		want Magnitude
	}{
		{0, MagnitudeNegligible}, {0.099, MagnitudeNegligible}, {0.1, MagnitudeSmall}, {0.299, MagnitudeSmall},
		{0.3, MagnitudeMedium}, {-0.45, MagnitudeMedium}, {0.5, MagnitudeLarge}, {0.95, MagnitudeLarge},
		{math.NaN(), MagnitudeUndefined},
	}
	for _, c := range cases {
		if got := RMagnitude(c.r); got != c.want {
			t.Errorf("RMagnitude(%v) = %v, want %v", c.r, got, c.want)
		}
	}
}

func TestMagnitudeText(t *testing.T) {
	seen := map[string]bool{}
	for m := MagnitudeUndefined; m <= MagnitudeUnusuallyLarge; m++ {
		b, _ := m.MarshalText()
		if string(b) != m.String() || seen[m.String()] {
			t.Errorf("%d: %q is not a distinct identifier", m, b)
		}
		seen[m.String()] = true
	}
	if Magnitude(99).String() != "undefined" {
		t.Errorf("unknown magnitude: %q", Magnitude(99).String())
	}
}
