package analysis

import (
	"math"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// WelchResult is Welch's two-sample t-test (unequal variances).
type WelchResult struct {
	// Computable is false when a group has fewer than two values or both
	// are essentially constant (R stops with "data are essentially
	// constant"); T, DF, P and the interval are then NaN.
	Computable bool
	Reason     Reason
	NX, NY     int
	// MeanX, MeanY, SDX, SDY are the group means and sample SDs (n − 1);
	// filled whenever the group has values, even if the test is not.
	MeanX, MeanY float64
	SDX, SDY     float64
	// StdErr is √(s²x/nx + s²y/ny), the standard error of MeanX − MeanY.
	StdErr float64
	// T is (MeanX − MeanY) / StdErr.
	T float64
	// DF is the Welch–Satterthwaite degrees of freedom (not an integer).
	DF float64
	// P is the two-sided p-value from Student's t with DF degrees.
	P float64
	// CILow and CIHigh bound the 95 % confidence interval of MeanX − MeanY.
	CILow, CIHigh float64
	// D is CohenD(x, y), given here for convenience.
	D float64
}

// Welch runs Welch's two-sample t-test of mean(x) = mean(y), equal to R's
// t.test(x, y) (var.equal = FALSE, two-sided, 95 % interval):
//
//	se = √(s²x/nx + s²y/ny),  t = (x̄ − ȳ)/se,
//	df = se⁴ / ((s²x/nx)²/(nx − 1) + (s²y/ny)²/(ny − 1)).
//
// Like R it refuses data that are essentially constant: se below
// 10·ε·max(|x̄|, |ȳ|), which also covers se = 0 (e.g. every gain is zero
// in both groups, where R would return NaN). NaN values are dropped.
func Welch(x, y []float64) WelchResult {
	x, y = dropNaN(x), dropNaN(y)
	nan := math.NaN()
	res := WelchResult{
		NX: len(x), NY: len(y), MeanX: nan, MeanY: nan, SDX: nan, SDY: nan,
		StdErr: nan, T: nan, DF: nan, P: nan, CILow: nan, CIHigh: nan,
	}
	res.MeanX, res.SDX = MeanSD(x)
	res.MeanY, res.SDY = MeanSD(y)
	res.D = CohenD(x, y)
	if len(x) < 2 || len(y) < 2 {
		res.Reason = ReasonTooFewObservations
		return res
	}
	nx, ny := float64(len(x)), float64(len(y))
	vx, vy := res.SDX*res.SDX, res.SDY*res.SDY
	sex2, sey2 := vx/nx, vy/ny
	se := math.Sqrt(sex2 + sey2)
	res.StdErr = se
	if !(se >= 10*eps*math.Max(math.Abs(res.MeanX), math.Abs(res.MeanY))) || se == 0 {
		res.Reason = ReasonNoVariation
		return res
	}
	res.DF = se * se * se * se / (sex2*sex2/(nx-1) + sey2*sey2/(ny-1))
	res.T = (res.MeanX - res.MeanY) / se
	dist := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: res.DF}
	res.P = 2 * dist.CDF(-math.Abs(res.T))
	q := dist.Quantile(0.975)
	res.CILow = (res.T - q) * se
	res.CIHigh = (res.T + q) * se
	res.Computable = true
	return res
}

// eps is R's .Machine$double.eps, used in its "essentially constant" check.
const eps = 0x1p-52

// CohenD is the standardised mean difference (x̄ − ȳ) / s_pooled with the
// pooled sample SD
//
//	s_pooled = √(((nx − 1)s²x + (ny − 1)s²y) / (nx + ny − 2)),
//
// i.e. Cohen's d without the small-sample (Hedges) correction. It is NaN
// when either group has fewer than two values (its SD is undefined) or when
// both groups are constant (s_pooled = 0 would give ±Inf or 0/0; NaN says
// "undefined" plainly). NaN values are dropped.
func CohenD(x, y []float64) float64 {
	x, y = dropNaN(x), dropNaN(y)
	if len(x) < 2 || len(y) < 2 {
		return math.NaN()
	}
	mx, vx := stat.MeanVariance(x, nil)
	my, vy := stat.MeanVariance(y, nil)
	nx, ny := float64(len(x)), float64(len(y))
	sp := math.Sqrt(((nx-1)*vx + (ny-1)*vy) / (nx + ny - 2))
	if !(sp > 0) {
		return math.NaN()
	}
	return (mx - my) / sp
}
