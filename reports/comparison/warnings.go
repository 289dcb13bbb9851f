package comparison

import (
	"math"

	"baulu/data"
	"baulu/reports/analysis"
)

// Warning codes, in the order Compute lists them.
const (
	// WarnNoData: no child of the scope was scored in either round.
	WarnNoData = "no_data"
	// WarnNoExperimental / WarnNoControl: one arm has no scored child, so
	// nothing can be compared.
	WarnNoExperimental = "no_experimental_group"
	WarnNoControl      = "no_control_group"
	// WarnRoundEmpty: no child of either arm was scored in Round.
	WarnRoundEmpty = "round_empty"
	// WarnSmallSample: an arm has fewer than SmallSampleLimit children scored
	// in Round (N); conclusions are tentative.
	WarnSmallSample = "small_sample"
	// WarnMissingRound: more than MissingRoundLimit of an arm's children (N
	// of Of) were scored in one round only.
	WarnMissingRound = "missing_round"
	// WarnSmallExpected: the χ² of Round has N cells with an expected count
	// under 5.
	WarnSmallExpected = "small_expected"
	// WarnBaselineDifference: the arms differ in the first round (Test, P),
	// so they were not comparable at the start.
	WarnBaselineDifference = "baseline_difference"
	// WarnFewGroups: an arm has fewer than MinGroupsForVerdict groups (N
	// experimental, Of control groups), so no causal verdict is drawn.
	WarnFewGroups = "few_groups"
	// WarnCeiling / WarnFloor: at least 80 % of an arm's children were at
	// level III / level I in the first round (analysis.ExtremeOf).
	WarnCeiling = "ceiling"
	WarnFloor   = "floor"
	// WarnDifferentialAttrition: the arms' drop-out rates between the rounds
	// differ by more than DifferentialAttritionLimit (figures in Attrition);
	// Group is the arm that lost more.
	WarnDifferentialAttrition = "differential_attrition"
	// WarnUnusualEffect: the child-level Cohen's d of the gains exceeds
	// analysis.DUnusual (1.2), rare in education; each group's teacher,
	// who knows the group's arm, also scored it.
	WarnUnusualEffect = "unusual_effect"
)

// Limits behind the warnings.
const (
	// SmallSampleLimit: fewer children than this in an arm is a small sample.
	SmallSampleLimit = 10
	// MissingRoundLimit: a larger share of an arm missing a round is "many".
	MissingRoundLimit = 0.10
	// Alpha is the significance level of every test except φ* (which has its
	// own critical values).
	Alpha = 0.05
)

// Values of Warning.Group, Warning.Round and Warning.Test.
const (
	RoundFrom       = "from"
	RoundTo         = "to"
	TestChiSquare   = "chi_square"
	TestMannWhitney = "mann_whitney"
)

// Warning is a caveat with a machine code and its arguments; Verdict words
// it. Fields a code does not use are left empty (and omitted in JSON).
type Warning struct {
	Code string `json:"code"`
	// Group is "experimental" or "control".
	Group string `json:"group,omitempty"`
	// Round is "from" or "to".
	Round string `json:"round,omitempty"`
	// N and Of are counts: children (small_sample, missing_round) or cells
	// (small_expected); Of is the total N is part of.
	N  int `json:"n,omitempty"`
	Of int `json:"of,omitempty"`
	// Test and P name the test that found a baseline difference.
	Test string `json:"test,omitempty"`
	P    Float  `json:"p,omitempty"`
}

// warnings derives the caveats of a computed result.
func warnings(r *Result) []Warning {
	out := []Warning{}
	if r.NoData {
		return append(out, Warning{Code: WarnNoData})
	}
	arms := []*GroupResult{&r.Experimental, &r.Control}
	if r.Experimental.Children == 0 {
		out = append(out, Warning{Code: WarnNoExperimental})
	}
	if r.Control.Children == 0 {
		out = append(out, Warning{Code: WarnNoControl})
	}
	fromEmpty := r.Experimental.From.N+r.Control.From.N == 0
	toEmpty := r.Experimental.To.N+r.Control.To.N == 0
	if fromEmpty {
		out = append(out, Warning{Code: WarnRoundEmpty, Round: RoundFrom})
	}
	if toEmpty {
		out = append(out, Warning{Code: WarnRoundEmpty, Round: RoundTo})
	}
	for _, a := range arms {
		if a.Children == 0 {
			continue
		}
		// Report the smaller of the arm's two rounds, ignoring a round in
		// which nobody was scored (round_empty already says so).
		w := Warning{Code: WarnSmallSample, Group: a.Role, N: SmallSampleLimit}
		if !fromEmpty && a.From.N < w.N {
			w.N, w.Round = a.From.N, RoundFrom
		}
		if !toEmpty && a.To.N < w.N {
			w.N, w.Round = a.To.N, RoundTo
		}
		if w.Round != "" {
			out = append(out, w)
		}
	}
	for _, a := range arms {
		missing := a.OnlyFrom + a.OnlyTo
		if a.Children > 0 && !fromEmpty && !toEmpty && float64(missing) > MissingRoundLimit*float64(a.Children) {
			out = append(out, Warning{Code: WarnMissingRound, Group: a.Role, N: missing, Of: a.Children})
		}
	}
	for _, x := range []struct {
		round string
		chi   ChiSquareTest
	}{{RoundFrom, r.AtFrom.ChiSquare}, {RoundTo, r.AtTo.ChiSquare}} {
		if x.chi.Computable && x.chi.SmallExpected > 0 {
			out = append(out, Warning{Code: WarnSmallExpected, Round: x.round, N: x.chi.SmallExpected, Of: 2 * len(x.chi.KeptLevels)})
		}
	}
	if !fromEmpty && !toEmpty && r.Experimental.Children > 0 && r.Control.Children > 0 && !r.Primary.Causal {
		out = append(out, Warning{Code: WarnFewGroups, N: r.Design.E.Groups, Of: r.Design.C.Groups})
	}
	for _, a := range arms {
		switch a.BaselineExtreme {
		case analysis.ExtremeCeiling:
			out = append(out, Warning{Code: WarnCeiling, Group: a.Role, Round: RoundFrom, N: a.From.Levels[2], Of: a.From.N})
		case analysis.ExtremeFloor:
			out = append(out, Warning{Code: WarnFloor, Group: a.Role, Round: RoundFrom, N: a.From.Levels[0], Of: a.From.N})
		}
	}
	if at := r.Attrition; math.Abs(float64(at.Differential)) > DifferentialAttritionLimit {
		w := Warning{Code: WarnDifferentialAttrition, Group: data.RoleExperimental, N: at.LostE, Of: at.StartE}
		if at.Differential < 0 {
			w.Group, w.N, w.Of = data.RoleControl, at.LostC, at.StartC
		}
		out = append(out, w)
	}
	if r.Gains.DMagnitude == analysis.MagnitudeUnusuallyLarge {
		out = append(out, Warning{Code: WarnUnusualEffect})
	}
	switch chi, mw := r.AtFrom.ChiSquare, r.AtFrom.MannWhitney; {
	case chi.Computable && chi.P < Alpha:
		out = append(out, Warning{Code: WarnBaselineDifference, Round: RoundFrom, Test: TestChiSquare, P: chi.P})
	case mw.Computable && mw.P < Alpha:
		out = append(out, Warning{Code: WarnBaselineDifference, Round: RoundFrom, Test: TestMannWhitney, P: mw.P})
	}
	return out
}

// Has reports whether the result carries a warning with this code.
func (r Result) Has(code string) bool {
	for _, w := range r.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}
