package analysis

import "math"

// WilcoxonResult is the two-sided Wilcoxon signed-rank test for paired
// scores with the normal approximation.
type WilcoxonResult struct {
	// Computable is false when the inputs differ in length (invalid), no
	// complete pair exists, or every difference is zero so nothing is left
	// to rank (R reports p = NaN); Z, P and R are then NaN. Ties among the
	// |differences| never make σ zero once one non-zero difference exists.
	Computable bool
	Reason     Reason
	// Pairs is the number of complete pairs (both scores present).
	Pairs int
	// Zeros is the number of pairs with no change, dropped before ranking.
	Zeros int
	// N is the number of non-zero differences actually ranked.
	N int
	// V is R's statistic: the sum of the ranks of |after − before| over the
	// pairs that improved (after > before).
	V float64
	// Z is the standardised V with tie and continuity correction; positive
	// when scores tend to rise from before to after.
	Z float64
	// P is the two-sided p-value.
	P float64
	// R is the effect size |Z| / √N with N the non-zero differences (the
	// pairs the test actually uses).
	R float64
}

// WilcoxonSignedRank tests whether paired scores changed from before to
// after (e.g. one group's baseline and final rounds). Differences are taken
// as after − before, so it equals R's
//
//	wilcox.test(after, before, paired = TRUE, exact = FALSE, correct = TRUE)
//
// with V = Σ ranks of positive differences. Zero differences are dropped
// (R's default, Wilcoxon's original method), then with n non-zero ones
//
//	σ² = n(n + 1)(2n + 1)/24 − Σ(t³ − t)/48,
//	Z  = (V − n(n + 1)/4 − sign(·)·½) / σ,  P = 2·(1 − Φ(|Z|)).
//
// A pair with a NaN on either side is missing and dropped; children scored
// in one round only should be counted by the caller and left out here.
func WilcoxonSignedRank(before, after []float64) WilcoxonResult {
	res := WilcoxonResult{V: math.NaN(), Z: math.NaN(), P: math.NaN(), R: math.NaN()}
	if len(before) != len(after) {
		res.Reason = ReasonInvalidInput
		return res
	}
	d := make([]float64, 0, len(before))
	for i, b := range before {
		a := after[i]
		if math.IsNaN(a) || math.IsNaN(b) {
			continue
		}
		res.Pairs++
		if diff := a - b; diff != 0 {
			d = append(d, diff)
		} else {
			res.Zeros++
		}
	}
	res.N = len(d)
	if res.Pairs == 0 {
		res.Reason = ReasonTooFewObservations
		return res
	}
	abs := make([]float64, len(d))
	for i, v := range d {
		abs[i] = math.Abs(v)
	}
	ranks, ties := averageRanks(abs)
	var v float64
	for i, r := range ranks {
		if d[i] > 0 {
			v += r
		}
	}
	res.V = v
	n := float64(len(d))
	sigma := math.Sqrt(n*(n+1)*(2*n+1)/24 - ties/48)
	if !(sigma > 0) {
		// No change at all, nothing left to rank: R's z is 0/0.
		res.Reason = ReasonNoVariation
		return res
	}
	res.Z = continuityCorrected(v-n*(n+1)/4, sigma)
	res.P = twoSidedNormalP(res.Z)
	res.R = math.Abs(res.Z) / math.Sqrt(n)
	res.Computable = true
	return res
}
