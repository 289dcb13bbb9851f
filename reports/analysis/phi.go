package analysis

import "math"

// Significance is the level reached by Fisher's φ* against the critical
// values of the Russian methodological tradition.
type Significance int

const (
	// NotSignificant: below 1.64.
	NotSignificant Significance = iota
	// SignificantAt05: at least 1.64 and below 2.31, p ≤ 0.05 one-sided.
	SignificantAt05
	// SignificantAt01: at least 2.31, p ≤ 0.01 one-sided.
	SignificantAt01
)

// Critical values of φ* (one-sided), as tabulated by Гублер and Сидоренко
// («Методы математической обработки в психологии», 2000). They are the
// standard normal one-sided quantiles 1.645 and 2.326, rounded as in the
// published tables, and are kept exactly so reports match hand calculations.
const (
	PhiCritical05 = 1.64
	PhiCritical01 = 2.31
)

// String returns "ns", "p<=0.05" or "p<=0.01".
func (s Significance) String() string {
	switch s {
	case SignificantAt05:
		return "p<=0.05"
	case SignificantAt01:
		return "p<=0.01"
	}
	return "ns"
}

// MarshalText encodes the significance as its String form.
func (s Significance) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// PhiResult is Fisher's angular transform test for two proportions.
type PhiResult struct {
	// Computable is false when n1 or n2 is not positive or k is outside
	// 0..n; the numeric fields are then NaN.
	Computable bool
	Reason     Reason
	// Share1 = k1/n1 and Share2 = k2/n2.
	Share1, Share2 float64
	// Phi1 and Phi2 are the angles φ = 2·asin(√share), in radians.
	Phi1, Phi2 float64
	// PhiStar = (φ1 − φ2)·√(n1·n2/(n1 + n2)), signed: positive when the
	// first sample has the larger share.
	PhiStar float64
	// LevelGreater is the significance of the directional hypothesis
	// "share higher in the first sample" (E): the signed PhiStar against
	// PhiCritical05 and PhiCritical01, so a negative φ* is never
	// significant. This is the convention of the reports (see doc.go).
	LevelGreater Significance
	// PGreater is the one-sided p-value of that hypothesis, 1 − Φ(φ*) from
	// the standard normal distribution (φ* is approximately N(0, 1) under
	// the null): below 0.5 when the first sample is ahead, at least 0.5
	// when it is not. R: pnorm(phi_star, lower.tail = FALSE).
	PGreater float64
	// Level compares |PhiStar| with the critical values, whichever sample
	// is ahead.
	//
	// Deprecated: judged on |φ*|, it stars a control group that is ahead as
	// if the experimental one were (issue 14). Use LevelGreater.
	Level Significance
	// P is 1 − Φ(|φ*|), the one-sided p of whichever direction was
	// observed.
	//
	// Deprecated: a direction chosen after seeing the data; use PGreater.
	P float64
}

// FisherPhi compares the share k1/n1 in one sample with k2/n2 in another
// (e.g. children at level III in experimental vs control groups) using
// Fisher's angular transform, as taught in the Russian methodological
// tradition (criterion φ*):
//
//	φ = 2·arcsin √p,  φ* = (φ1 − φ2)·√(n1·n2 / (n1 + n2)).
//
// The tradition puts the larger share first and compares φ* with one-sided
// critical values (1.64 for p ≤ 0.05, 2.31 for p ≤ 0.01). Those are
// one-sided quantiles, valid for a direction fixed in advance, so here the
// first sample is the experimental one, the sign is kept, and LevelGreater
// and PGreater test "higher in the first sample" on the signed value.
// Shares of exactly 0 or 1 are used as they are (φ = 0 or π); with very
// small n the transform is rough, which the caller should say.
func FisherPhi(k1, n1, k2, n2 int) PhiResult {
	nan := math.NaN()
	res := PhiResult{Share1: nan, Share2: nan, Phi1: nan, Phi2: nan, PhiStar: nan, PGreater: nan, P: nan}
	if n1 <= 0 || n2 <= 0 || k1 < 0 || k2 < 0 || k1 > n1 || k2 > n2 {
		res.Reason = ReasonInvalidInput
		return res
	}
	a, b := float64(n1), float64(n2)
	res.Share1, res.Share2 = float64(k1)/a, float64(k2)/b
	res.Phi1 = 2 * math.Asin(math.Sqrt(res.Share1))
	res.Phi2 = 2 * math.Asin(math.Sqrt(res.Share2))
	res.PhiStar = (res.Phi1 - res.Phi2) * math.Sqrt(a*b/(a+b))
	abs := math.Abs(res.PhiStar)
	res.LevelGreater, res.Level = phiLevel(res.PhiStar), phiLevel(abs)
	res.PGreater = 0.5 * math.Erfc(res.PhiStar/math.Sqrt2)
	res.P = 0.5 * math.Erfc(abs/math.Sqrt2)
	res.Computable = true
	return res
}

// phiLevel compares a φ* with the one-sided critical values.
func phiLevel(phiStar float64) Significance {
	switch {
	case phiStar >= PhiCritical01:
		return SignificantAt01
	case phiStar >= PhiCritical05:
		return SignificantAt05
	}
	return NotSignificant
}
