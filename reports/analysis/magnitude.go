package analysis

import "math"

// Magnitude is an effect size in words, as a code: the wording is the text
// catalogue's (one key per value of String).
type Magnitude int

const (
	// MagnitudeUndefined: the effect size is NaN (not computable).
	MagnitudeUndefined Magnitude = iota
	// MagnitudeNegligible: |d| < 0.2, or r < 0.1.
	MagnitudeNegligible
	// MagnitudeSmall: 0.2 ≤ |d| < 0.5, or 0.1 ≤ r < 0.3.
	MagnitudeSmall
	// MagnitudeMedium: 0.5 ≤ |d| < 0.8, or 0.3 ≤ r < 0.5.
	MagnitudeMedium
	// MagnitudeLarge: 0.8 ≤ |d| ≤ 1.2, or r ≥ 0.5.
	MagnitudeLarge
	// MagnitudeUnusuallyLarge: |d| > 1.2, rare in education; the report
	// says so and states that each group's teacher also scored it.
	MagnitudeUnusuallyLarge
)

// Cohen's (1988) conventional bounds for d and r, and the bound above
// which issue 14 asks that a d be called unusual.
const (
	DSmall, DMedium, DLarge, DUnusual = 0.2, 0.5, 0.8, 1.2
	RSmall, RMedium, RLarge           = 0.1, 0.3, 0.5
)

// DMagnitude puts Cohen's d into words by its absolute value (the sign,
// which arm is ahead, is said separately): negligible below 0.2, small
// from 0.2, medium from 0.5, large from 0.8, unusually large above 1.2.
func DMagnitude(d float64) Magnitude {
	a := math.Abs(d)
	switch {
	case math.IsNaN(a):
		return MagnitudeUndefined
	case a > DUnusual:
		return MagnitudeUnusuallyLarge
	case a >= DLarge:
		return MagnitudeLarge
	case a >= DMedium:
		return MagnitudeMedium
	case a >= DSmall:
		return MagnitudeSmall
	}
	return MagnitudeNegligible
}

// RMagnitude puts an effect size r = |Z|/√N (Mann–Whitney, Wilcoxon) into
// words by its absolute value: negligible below 0.1, small from 0.1,
// medium from 0.3, large from 0.5.
func RMagnitude(r float64) Magnitude {
	a := math.Abs(r)
	switch {
	case math.IsNaN(a):
		return MagnitudeUndefined
	case a >= RLarge:
		return MagnitudeLarge
	case a >= RMedium:
		return MagnitudeMedium
	case a >= RSmall:
		return MagnitudeSmall
	}
	return MagnitudeNegligible
}

// String returns a stable English identifier, suitable for JSON and as the
// suffix of a text key.
func (m Magnitude) String() string {
	switch m {
	case MagnitudeNegligible:
		return "negligible"
	case MagnitudeSmall:
		return "small"
	case MagnitudeMedium:
		return "medium"
	case MagnitudeLarge:
		return "large"
	case MagnitudeUnusuallyLarge:
		return "unusually_large"
	}
	return "undefined"
}

// MarshalText encodes the magnitude as its String form.
func (m Magnitude) MarshalText() ([]byte, error) { return []byte(m.String()), nil }
