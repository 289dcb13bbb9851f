package analysis

import (
	"cmp"
	"math"
	"slices"
)

// averageRanks returns the 1-based ranks of v with ties given their average
// rank (R's rank(ties.method = "average")), and the tie term Σ (t³ − t) over
// groups of t tied values that both Wilcoxon variances subtract.
func averageRanks(v []float64) (ranks []float64, ties float64) {
	order := make([]int, len(v))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(v[a], v[b]) })
	ranks = make([]float64, len(v))
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && v[order[j]] == v[order[i]] {
			j++
		}
		// Positions i..j-1 (0-based) share ranks i+1..j; their mean is (i+1+j)/2.
		r := float64(i+1+j) / 2
		for _, k := range order[i:j] {
			ranks[k] = r
		}
		if t := float64(j - i); t > 1 {
			ties += t*t*t - t
		}
		i = j
	}
	return ranks, ties
}

// twoSidedNormalP is 2·min(Φ(z), 1 − Φ(z)) as R computes it for the
// Wilcoxon tests. erfc keeps full relative precision in the far tail, where
// 1 − Φ(|z|) would cancel to zero.
func twoSidedNormalP(z float64) float64 {
	return math.Erfc(math.Abs(z) / math.Sqrt2)
}

// continuityCorrected applies R's two-sided continuity correction to a
// centred rank statistic and standardises it: (d − sign(d)·0.5) / sigma.
func continuityCorrected(d, sigma float64) float64 {
	var corr float64
	switch {
	case d > 0:
		corr = 0.5
	case d < 0:
		corr = -0.5
	}
	return (d - corr) / sigma
}

// dropNaN returns the values of x that are not NaN (NaN marks a missing
// score). It returns x itself when nothing is missing, so callers must not
// modify the result.
func dropNaN(x []float64) []float64 {
	if !slices.ContainsFunc(x, math.IsNaN) {
		return x
	}
	out := make([]float64, 0, len(x))
	for _, v := range x {
		if !math.IsNaN(v) {
			out = append(out, v)
		}
	}
	return out
}
