package analysis

import "math"

// MannWhitneyResult is the two-sided Wilcoxon rank-sum (Mann–Whitney U)
// test with the normal approximation.
type MannWhitneyResult struct {
	// Computable is false when a group is empty or every value is tied
	// (zero variance: R reports p = NaN); Z, P and R are then NaN.
	Computable bool
	Reason     Reason
	// N1 and N2 are the numbers of non-missing values in x and y.
	N1, N2 int
	// W is R's statistic: the U of x, i.e. the rank sum of x minus
	// N1(N1+1)/2 — the number of (x, y) pairs with x > y, ties counting ½.
	W float64
	// U is min(W, N1·N2 − W), the form printed in most textbooks and tables.
	U float64
	// MeanRankX and MeanRankY are the mean ranks in the pooled sample; they
	// show which group tends to score higher.
	MeanRankX, MeanRankY float64
	// Z is the standardised statistic with tie and continuity correction,
	// signed: positive when x tends to be larger than y.
	Z float64
	// P is the two-sided p-value.
	P float64
	// R is the effect size |Z| / √(N1 + N2) (Rosenthal's r, using the
	// continuity-corrected Z, as rstatix::wilcox_effsize does).
	R float64
}

// MannWhitney compares two independent samples (e.g. child mean scores of
// the experimental and control groups) with the Wilcoxon rank-sum test. It
// equals R's wilcox.test(x, y, exact = FALSE, correct = TRUE): ranks are
// pooled with average ranks for ties,
//
//	σ² = N1·N2/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1))),  N = N1 + N2,
//	Z  = (W − N1·N2/2 − sign(·)·½) / σ,  P = 2·(1 − Φ(|Z|)).
//
// NaN values are dropped as missing.
func MannWhitney(x, y []float64) MannWhitneyResult {
	x, y = dropNaN(x), dropNaN(y)
	res := MannWhitneyResult{
		N1: len(x), N2: len(y),
		W: math.NaN(), U: math.NaN(), MeanRankX: math.NaN(), MeanRankY: math.NaN(),
		Z: math.NaN(), P: math.NaN(), R: math.NaN(),
	}
	if len(x) == 0 || len(y) == 0 {
		res.Reason = ReasonTooFewObservations
		return res
	}
	pooled := make([]float64, 0, len(x)+len(y))
	pooled = append(pooled, x...)
	pooled = append(pooled, y...)
	ranks, ties := averageRanks(pooled)
	var sumX float64
	for _, r := range ranks[:len(x)] {
		sumX += r
	}
	n1, n2 := float64(len(x)), float64(len(y))
	n := n1 + n2
	res.W = sumX - n1*(n1+1)/2
	res.U = math.Min(res.W, n1*n2-res.W)
	res.MeanRankX = sumX / n1
	res.MeanRankY = (n*(n+1)/2 - sumX) / n2

	sigma := math.Sqrt((n1 * n2 / 12) * ((n + 1) - ties/(n*(n-1))))
	if !(sigma > 0) {
		// Every value tied: the statistic is 0/0 (R gives NaN).
		res.Reason = ReasonNoVariation
		return res
	}
	res.Z = continuityCorrected(res.W-n1*n2/2, sigma)
	res.P = twoSidedNormalP(res.Z)
	res.R = math.Abs(res.Z) / math.Sqrt(n)
	res.Computable = true
	return res
}
