package analysis

import (
	"cmp"
	"math"
	"slices"
)

// Holm adjusts p-values for multiple testing by Holm's step-down method,
// equal to R's p.adjust(p, method = "holm"): with the m p-values sorted
// ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎,
//
//	adj₍ᵢ₎ = min(1, max_{j ≤ i} (m − j + 1)·p₍ⱼ₎),
//
// returned in the order of p. NaN (R's NA: a test that could not be
// computed) stays NaN and does not count in m, as in R, where the default
// n = length(p) is evaluated after the NAs are removed. The stars of a table
// of many tests come from the adjusted p, within that table.
func Holm(p []float64) []float64 {
	out := make([]float64, len(p))
	var idx []int
	for i, v := range p {
		if math.IsNaN(v) {
			out[i] = v
			continue
		}
		idx = append(idx, i)
	}
	// Stable, like R's order(): ties keep their places (and get the same
	// adjusted value either way, through the running maximum).
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(p[a], p[b]) })
	m, run := len(idx), math.Inf(-1)
	for r, i := range idx {
		run = math.Max(run, float64(m-r)*p[i])
		out[i] = math.Min(1, run)
	}
	return out
}
