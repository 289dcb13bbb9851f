package analysis

import "math"

// ICCResult is the one-way ANOVA estimate of the intraclass correlation:
// the share of the variance of children's values that lies between groups.
type ICCResult struct {
	// Computable is false when there are too few groups or children for
	// the mean squares (ReasonTooFewObservations), when every value is the
	// same (ReasonNoVariation), or when the slices differ in length or a
	// group is in both arms (ReasonInvalidInput); the numbers are then NaN.
	Computable bool
	Reason     Reason
	// N children (NaN values dropped) in Groups groups.
	N, Groups int
	// MSB is the between-group mean square (for ICCWithinArms: between
	// groups of the same arm), MSW the within-group mean square.
	MSB, MSW float64
	// N0 is the "average" group size of the ANOVA estimator (see ICCOneWay).
	N0 float64
	// Estimate is the ICC as computed: it is negative when group means are
	// more alike than chance allows, and it is reported so; only the design
	// effect truncates it at 0.
	Estimate float64
}

// ICCOneWay estimates the ICC of y within groups by the one-way ANOVA
// estimator for unequal group sizes (k groups, nᵢ children, N in all):
//
//	ICC = (MSB − MSW) / (MSB + (n0 − 1)·MSW),  n0 = (N − Σnᵢ²/N) / (k − 1),
//
// with MSB and MSW the mean squares of R's anova(lm(y ~ factor(group))).
// NaN values are dropped. It ignores the arms: on pilot data, where whole
// groups are experimental or control, a real effect of the method shows up
// as between-group variance, so use ICCWithinArms for the design.
func ICCOneWay(y []float64, group []int64) ICCResult {
	cl, ok := groupRows(group, nil, y)
	return anovaICC(y, cl, ok)
}

// ICCWithinArms is ICCOneWay for groups nested in the two arms: the
// between-group mean square measures how groups differ from the mean of
// their own arm, so the difference the method makes is not counted as
// clustering. With a arms (2, or 1 if one arm has no groups):
//
//	MSB = Σᵢ nᵢ(ȳᵢ − ȳ_arm(i))² / (k − a),  MSW = Σ (y − ȳᵢ)² / (N − k),
//	n0 = (N − Σ_arm Σᵢ∈arm nᵢ² / N_arm) / (k − a),
//
// MSB and MSW being the factor(group) and residual rows of R's
// anova(lm(y ~ factor(arm) + factor(group))). This is the ICC the design
// effect needs: the residual correlation of children in one group, given
// their arm.
func ICCWithinArms(y []float64, group []int64, experimental []bool) ICCResult {
	cl, ok := groupRows(group, experimental, y)
	return anovaICC(y, cl, ok)
}

// anovaICC computes the estimator over cl, whose arms are the strata.
func anovaICC(y []float64, cl clusters, ok bool) ICCResult {
	nan := math.NaN()
	res := ICCResult{MSB: nan, MSW: nan, N0: nan, Estimate: nan}
	if !ok {
		res.Reason = ReasonInvalidInput
		return res
	}
	res.N, res.Groups = cl.n(), len(cl.rows)
	// Sums per arm (index 0 control, 1 experimental) and per group.
	var armSum, armN, armSq [2]float64
	means := make([]float64, len(cl.rows))
	for j, rows := range cl.rows {
		s := 0.0
		for _, i := range rows {
			s += y[i]
		}
		a := armIndex(cl.exp[j])
		n := float64(len(rows))
		means[j] = s / n
		armSum[a] += s
		armN[a] += n
		armSq[a] += n * n
	}
	arms := 0
	for a := range armN {
		if armN[a] > 0 {
			arms++
		}
	}
	N, k := float64(res.N), float64(res.Groups)
	if k-float64(arms) < 1 || N-k < 1 {
		res.Reason = ReasonTooFewObservations
		return res
	}
	var ssb, ssw float64
	for j, rows := range cl.rows {
		a := armIndex(cl.exp[j])
		d := means[j] - armSum[a]/armN[a]
		ssb += float64(len(rows)) * d * d
		for _, i := range rows {
			e := y[i] - means[j]
			ssw += e * e
		}
	}
	res.MSB = ssb / (k - float64(arms))
	res.MSW = ssw / (N - k)
	sq := 0.0
	for a := range armN {
		if armN[a] > 0 {
			sq += armSq[a] / armN[a]
		}
	}
	res.N0 = (N - sq) / (k - float64(arms))
	den := res.MSB + (res.N0-1)*res.MSW
	if !(den > 0) {
		res.Reason = ReasonNoVariation
		return res
	}
	res.Estimate = (res.MSB - res.MSW) / den
	res.Computable = true
	return res
}

func armIndex(experimental bool) int {
	if experimental {
		return 1
	}
	return 0
}

// ArmDesign is the shape of one arm (or of both together) of a clustered
// design.
type ArmDesign struct {
	// Groups and Children counted over children with a value.
	Groups, Children int
	// MinSize and MaxSize are the smallest and largest group; MeanSize is
	// Children / Groups (NaN without groups).
	MinSize, MaxSize int
	MeanSize         float64
	// WeightedSize is Σnᵢ²/N, the mean group size as a child sees it (the
	// size of the group a randomly chosen child is in). It is the m̄ of the
	// design effect.
	WeightedSize float64
	// DesignEffect = 1 + (WeightedSize − 1)·max(ICC, 0), and EffectiveN =
	// Children / DesignEffect; both NaN when the ICC is not computable.
	DesignEffect, EffectiveN float64
}

// DesignResult holds the figures a reviewer of a clustered design asks for
// first.
type DesignResult struct {
	// ICC is ICCWithinArms of the values.
	ICC ICCResult
	// E and C are the experimental and control arms, All both together.
	E, C, All ArmDesign
}

// Design describes a clustered comparison: groups and group sizes per arm,
// the ICC of the values (child gains) within groups given the arm
// (ICCWithinArms), the design effect and the effective sample size.
//
// The design effect is 1 + (m̄ − 1)·ICC with m̄ = Σnᵢ²/N rather than the
// plain mean group size N/k: under exchangeable correlation ICC within
// groups, the variance of a mean over N children in groups of nᵢ is exactly
// σ²/N · (1 + (Σnᵢ²/N − 1)·ICC), and the child-level mean (and the OLS arm
// difference, which weights every child alike) is such a mean. With equal
// sizes the two m̄ agree; with unequal sizes N/k understates the loss.
// A negative ICC is reported as computed but truncated at 0 for the design
// effect, so the effect is never below 1 and the effective n never above
// the real one. Each arm's effect uses its own Σnᵢ²/N_arm with the pooled
// ICC; All uses every group. None of this has an R function: the tests
// check it against the formulas applied to R's ANOVA mean squares.
func Design(gain []float64, group []int64, experimental []bool) DesignResult {
	res := DesignResult{ICC: ICCWithinArms(gain, group, experimental)}
	cl, ok := groupRows(group, experimental, gain)
	if !ok {
		cl = clusters{}
	}
	icc := math.NaN()
	if res.ICC.Computable {
		icc = math.Max(res.ICC.Estimate, 0)
	}
	var e, c, all []int
	for j, rows := range cl.rows {
		all = append(all, len(rows))
		if cl.exp[j] {
			e = append(e, len(rows))
		} else {
			c = append(c, len(rows))
		}
	}
	res.E, res.C, res.All = armDesign(e, icc), armDesign(c, icc), armDesign(all, icc)
	return res
}

// armDesign summarises group sizes; icc is already truncated (or NaN).
func armDesign(sizes []int, icc float64) ArmDesign {
	nan := math.NaN()
	d := ArmDesign{Groups: len(sizes), MeanSize: nan, WeightedSize: nan, DesignEffect: nan, EffectiveN: nan}
	if len(sizes) == 0 {
		return d
	}
	d.MinSize, d.MaxSize = sizes[0], sizes[0]
	sq := 0
	for _, n := range sizes {
		d.Children += n
		sq += n * n
		d.MinSize, d.MaxSize = min(d.MinSize, n), max(d.MaxSize, n)
	}
	N := float64(d.Children)
	d.MeanSize = N / float64(len(sizes))
	d.WeightedSize = float64(sq) / N
	d.DesignEffect = 1 + (d.WeightedSize-1)*icc
	d.EffectiveN = N / d.DesignEffect
	return d
}
