package analysis

import "math"

// Extreme says whether an arm's children are already bunched at the top or
// the bottom level, where a test of change has no room to show one.
type Extreme int

const (
	// ExtremeNone: neither level I nor level III holds 80 % of the children
	// (or there are no children).
	ExtremeNone Extreme = iota
	// ExtremeCeiling: at least 80 % at level III.
	ExtremeCeiling
	// ExtremeFloor: at least 80 % at level I.
	ExtremeFloor
)

// ExtremePercent is the share (in %) at one level from which the verdict
// warns of a ceiling or floor (issue 14).
const ExtremePercent = 80

// ExtremeOf classifies a level distribution (counts at I, II, III, as
// Distribution returns): a ceiling when level III holds at least 80 % of
// the children, a floor when level I does. The share is compared in
// integers (100·k ≥ 80·n), so exactly 80 % counts. Apply it to each arm at
// baseline: a ceiling or floor in either arm comes before the results.
func ExtremeOf(d [3]int) Extreme {
	n := d[0] + d[1] + d[2]
	switch {
	case n <= 0:
		return ExtremeNone
	case 100*d[2] >= ExtremePercent*n:
		return ExtremeCeiling
	case 100*d[0] >= ExtremePercent*n:
		return ExtremeFloor
	}
	return ExtremeNone
}

// String returns "none", "ceiling" or "floor".
func (e Extreme) String() string {
	switch e {
	case ExtremeCeiling:
		return "ceiling"
	case ExtremeFloor:
		return "floor"
	}
	return "none"
}

// MarshalText encodes the extreme as its String form.
func (e Extreme) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// ArmAttrition counts one arm's children lost between two rounds.
type ArmAttrition struct {
	// Start children were assessed in the first round; Lost of them were
	// not assessed in the second.
	Start, Lost int
	// Rate is Lost / Start (0..1), NaN when Start is 0.
	Rate float64
}

// Attrition compares drop-out between the arms: uneven drop-out can make
// the arms unlike each other by the end even if they were alike at the
// start.
type Attrition struct {
	E, C, All ArmAttrition
	// Differential is E.Rate − C.Rate (NaN unless both arms have children
	// at the start): positive when more experimental children were lost.
	Differential float64
}

// AttritionOf builds the attrition figures from the counts per arm
// (children assessed in the first round, and of those the ones missing in
// the second). Counts that make no sense (negative, or more lost than
// started) give NaN rates, never a rate outside 0..1.
func AttritionOf(startE, lostE, startC, lostC int) Attrition {
	a := Attrition{E: armAttrition(startE, lostE), C: armAttrition(startC, lostC)}
	a.All = armAttrition(startE+startC, lostE+lostC)
	if !validAttrition(startE, lostE) || !validAttrition(startC, lostC) {
		a.All.Rate = math.NaN() // the sums could look valid
	}
	a.Differential = a.E.Rate - a.C.Rate
	return a
}

func armAttrition(start, lost int) ArmAttrition {
	a := ArmAttrition{Start: start, Lost: lost, Rate: math.NaN()}
	if start > 0 && validAttrition(start, lost) {
		a.Rate = float64(lost) / float64(start)
	}
	return a
}

func validAttrition(start, lost int) bool { return start >= 0 && lost >= 0 && lost <= start }
