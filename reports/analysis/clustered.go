package analysis

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// ClusteredEffect is the experimental − control difference estimated with
// the groups respected: the arm coefficient of an OLS regression with CR2
// cluster-robust SE and Satterthwaite df (cluster = group).
type ClusteredEffect struct {
	// CR2Coef is the arm coefficient (1 = experimental, 0 = control), so
	// Estimate is E − C. It is not computable with fewer than two groups in
	// either arm (ReasonTooFewGroups), on malformed input
	// (ReasonInvalidInput), or when the model cannot be fitted.
	CR2Coef
	// GroupsE and GroupsC count the groups with at least one child used.
	GroupsE, GroupsC int
	// Model has every coefficient (intercept first, then arm, then any
	// covariate), N and the number of clusters; Model.Coefs is nil when
	// the model was not fitted.
	Model CR2Result
}

// ClusteredGain is the gain difference E − C from gain ~ arm with CR2
// errors, equal to R's
//
//	clubSandwich::coef_test(lm(gain ~ arm), vcov = "CR2", cluster = group,
//	                        test = "Satterthwaite")["arm", ]
//
// with arm = 1 for experimental children. Its Estimate is the difference
// of the child-level mean gains (the DiD of the paired children); only the
// SE, df, p and interval change. Children with a NaN gain are dropped.
func ClusteredGain(gain []float64, group []int64, experimental []bool) ClusteredEffect {
	return clusteredFit(gain, group, experimental)
}

// ClusteredANCOVA is the baseline-adjusted difference E − C from
// final ~ arm + baseline with CR2 errors, equal to R's
//
//	clubSandwich::coef_test(lm(final ~ arm + baseline), vcov = "CR2",
//	                        cluster = group, test = "Satterthwaite")["arm", ]
//
// Model.Coefs[2] is the baseline slope. Children missing either score are
// dropped.
func ClusteredANCOVA(final, baseline []float64, group []int64, experimental []bool) ClusteredEffect {
	return clusteredFit(final, group, experimental, baseline)
}

// clusteredFit regresses y on [1, arm, covariates…] with CR2 errors.
func clusteredFit(y []float64, group []int64, experimental []bool, covariates ...[]float64) ClusteredEffect {
	nan := math.NaN()
	res := ClusteredEffect{CR2Coef: CR2Coef{Estimate: nan, SE: nan, DF: nan, T: nan, P: nan, CILow: nan, CIHigh: nan}}
	cl, ok := groupRows(group, experimental, append([][]float64{y}, covariates...)...)
	if !ok {
		res.Reason, res.Model.Reason = ReasonInvalidInput, ReasonInvalidInput
		return res
	}
	res.GroupsE, res.GroupsC = cl.perArm()
	p := 2 + len(covariates)
	x := mat.NewDense(max(len(y), 1), p, nil)
	for _, rows := range cl.rows {
		for _, i := range rows {
			x.Set(i, 0, 1)
			if experimental[i] {
				x.Set(i, 1, 1)
			}
			for c, cov := range covariates {
				x.Set(i, 2+c, cov[i])
			}
		}
	}
	res.Model = cr2(x, y, cl)
	switch {
	case res.GroupsE < 2 || res.GroupsC < 2:
		// The model may fit, but the arm's SE is 0 with one group per arm
		// and undefined with none: report the coefficient, not a test.
		res.Reason = ReasonTooFewGroups
		if res.Model.Computable {
			res.Estimate = res.Model.Coefs[1].Estimate
		}
	case !res.Model.Computable:
		res.Reason = res.Model.Reason
	default:
		res.CR2Coef = res.Model.Coefs[1]
	}
	return res
}

// GroupWelch is Welch's t-test on group mean gains: each group counts once,
// as its mean over its children with a gain, and the experimental groups'
// means are compared with the control groups' (NX, NY are numbers of
// groups). It equals R's t.test(mean_gain ~ arm) over one row per group,
// i.e. t.test(means of E groups, means of C groups). D is Cohen's d of the
// group means, not of children. Malformed input (ragged slices, a group in
// both arms) gives ReasonInvalidInput.
func GroupWelch(gain []float64, group []int64, experimental []bool) WelchResult {
	cl, ok := groupRows(group, experimental, gain)
	if !ok {
		nan := math.NaN()
		return WelchResult{Reason: ReasonInvalidInput, MeanX: nan, MeanY: nan, SDX: nan, SDY: nan,
			StdErr: nan, T: nan, DF: nan, P: nan, CILow: nan, CIHigh: nan, D: nan}
	}
	var e, c []float64
	for j, rows := range cl.rows {
		s := 0.0
		for _, i := range rows {
			s += gain[i]
		}
		if m := s / float64(len(rows)); cl.exp[j] {
			e = append(e, m)
		} else {
			c = append(c, m)
		}
	}
	return Welch(e, c)
}
