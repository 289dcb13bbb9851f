package analysis

import (
	"math"

	"gonum.org/v1/gonum/stat"
)

// MeanSD returns the mean and the sample standard deviation (divisor n − 1)
// of x, as R's mean() and sd(). The mean is NaN for an empty slice and the
// SD is NaN for fewer than two values. NaN inputs propagate: drop missing
// scores first.
func MeanSD(x []float64) (mean, sd float64) {
	switch len(x) {
	case 0:
		return math.NaN(), math.NaN()
	case 1:
		return x[0], math.NaN()
	}
	mean, v := stat.MeanVariance(x, nil)
	return mean, math.Sqrt(v)
}

// Distribution counts how many of levels are 1, 2 and 3 (index 0, 1, 2).
// Other values, such as 0 for "not scored", are not counted, so the sum of
// the result is the number of children with a level.
func Distribution(levels []int) [3]int {
	var d [3]int
	for _, l := range levels {
		if l >= 1 && l <= 3 {
			d[l-1]++
		}
	}
	return d
}

// Percentages turns a level distribution into percentages of its total
// (0..100). All three are NaN when the distribution is empty.
func Percentages(d [3]int) [3]float64 {
	total := float64(d[0] + d[1] + d[2])
	if total == 0 {
		return [3]float64{math.NaN(), math.NaN(), math.NaN()}
	}
	var p [3]float64
	for i, c := range d {
		p[i] = 100 * float64(c) / total
	}
	return p
}
