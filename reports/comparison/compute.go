package comparison

import (
	"baulu/data"
	"baulu/reports/analysis"
)

// Compute runs every figure of the comparison on a dataset. It is pure:
// the same dataset always gives the same result, and nothing panics on
// empty or one-sided data (tests that cannot run say so in their Reason).
func Compute(ds *Dataset) Result { return compute(ds, true) }

// compute is Compute; without primary it leaves out the model fits of the
// primary result (CR2, ANCOVA, group Welch), which the summary rows do not
// show, and keeps the design, which the warnings need.
func compute(ds *Dataset, primary bool) Result {
	cut := ds.Scope.Phi
	if cut != PhiIIandIII {
		cut = PhiIII // the default; Load has already refused anything else
	}
	res := Result{Scope: ScopeInfo{
		RegionCode: ds.Scope.RegionCode, KindergartenID: ds.Scope.KindergartenID,
		BlockID: ds.Scope.BlockID, IndicatorID: ds.Scope.IndicatorID,
		Indicators: ds.Indicators, From: ds.From, To: ds.To, PhiCut: cut,
		ThresholdLow: ds.ThresholdLow, ThresholdHigh: ds.ThresholdHigh,
	}}
	if res.Scope.Indicators == nil {
		res.Scope.Indicators = []IndicatorRef{}
	}
	e := collect(ds, data.RoleExperimental, cut)
	c := collect(ds, data.RoleControl, cut)
	res.Experimental, res.Control = e.res, c.res
	res.NoData = e.res.Children == 0 && c.res.Children == 0

	res.AtFrom = between(e.fromMeans, c.fromMeans, e.res.From, c.res.From, e.kFrom, c.kFrom, cut)
	res.AtTo = between(e.toMeans, c.toMeans, e.res.To, c.res.To, e.kTo, c.kTo, cut)
	res.Gains = welchOf(analysis.Welch(e.gains, c.gains))
	res.DiD = e.res.Gain.Mean - c.res.Gain.Mean
	res.Excluded = Exclusions{NoConsentE: e.noConsent, NoConsentC: c.noConsent}
	res.Attrition = attritionOf(&res.Experimental, &res.Control)
	var p paired
	p.extend(e.pairs)
	p.extend(c.pairs)
	res.Design, res.Primary = clustered(p, primary)
	res.Subgroups = []SubgroupRow{}
	if primary {
		res.Subgroups = subgroups(p)
	}
	res.Warnings = warnings(&res)
	return res
}

// arm gathers one role's vectors while its GroupResult is filled.
type arm struct {
	res                  GroupResult
	fromMeans, toMeans   []float64
	gains                []float64
	kFrom, kTo           int // children at the φ* cut
	fromLevels, toLevels []int
	noConsent            int
	pairs                paired // the paired children, with their groups
}

// collect walks the dataset once for one role.
func collect(ds *Dataset, role, cut string) arm {
	a := arm{res: GroupResult{Role: role}}
	groups := map[int64]bool{}
	kgs := map[int]bool{}
	atCut := func(level int) bool { return level == 3 || (cut == PhiIIandIII && level == 2) }
	var pairedFrom, pairedTo []float64
	for i := range ds.Children {
		ch := &ds.Children[i]
		if ch.Role != role || (ch.From.Count == 0 && ch.To.Count == 0) {
			continue
		}
		if ch.NoConsent {
			a.noConsent++
			continue
		}
		a.res.Children++
		groups[ch.GroupID], kgs[ch.KindergartenID] = true, true
		if ch.From.Count > 0 {
			m := ch.From.Mean()
			l := data.LevelOf(m, ds.ThresholdLow, ds.ThresholdHigh)
			a.fromMeans, a.fromLevels = append(a.fromMeans, m), append(a.fromLevels, l)
			if atCut(l) {
				a.kFrom++
			}
		}
		if ch.To.Count > 0 {
			m := ch.To.Mean()
			l := data.LevelOf(m, ds.ThresholdLow, ds.ThresholdHigh)
			a.toMeans, a.toLevels = append(a.toMeans, m), append(a.toLevels, l)
			if atCut(l) {
				a.kTo++
			}
		}
		switch {
		case ch.From.Count > 0 && ch.To.Count > 0:
			a.res.Paired++
			a.gains = append(a.gains, exactGain(ch.From, ch.To))
			a.pairs.add(a.gains[len(a.gains)-1], ch.From.Mean(), ch.To.Mean(), ch)
			pairedFrom, pairedTo = append(pairedFrom, ch.From.Mean()), append(pairedTo, ch.To.Mean())
		case ch.From.Count > 0:
			a.res.OnlyFrom++
		default:
			a.res.OnlyTo++
		}
	}
	a.res.Groups, a.res.Kindergartens = len(groups), len(kgs)
	a.res.From = roundStats(a.fromMeans, a.fromLevels, a.kFrom)
	a.res.To = roundStats(a.toMeans, a.toLevels, a.kTo)
	a.res.CutShareChange = a.res.To.CutShare - a.res.From.CutShare
	a.res.BaselineExtreme = analysis.ExtremeOf(a.res.From.Levels)
	a.res.MissingShare = Float(nan)
	if a.res.Children > 0 {
		a.res.MissingShare = Float(float64(a.res.OnlyFrom+a.res.OnlyTo) / float64(a.res.Children))
	}
	pf, _ := analysis.MeanSD(pairedFrom)
	pt, _ := analysis.MeanSD(pairedTo)
	a.res.PairedFromMean, a.res.PairedToMean = Float(pf), Float(pt)
	gm, gsd := analysis.MeanSD(a.gains)
	a.res.Gain = MeanSD{Mean: Float(gm), SD: Float(gsd)}
	// The signed-rank test takes after − before; giving it the exact gains
	// against zeros makes equal gains (e.g. 2/3 − 1/3 and 1 − 2/3) tie
	// exactly, as they do as fractions, instead of differing in the last bit.
	a.res.Wilcoxon = wilcoxonOf(analysis.WilcoxonSignedRank(make([]float64, len(a.gains)), a.gains))
	return a
}

// exactGain is to.Mean() − from.Mean() computed as one integer fraction
// (sT·cF − sF·cT) / (cF·cT), so equal gains are bitwise equal.
func exactGain(from, to Tally) float64 {
	return float64(to.Sum*from.Count-from.Sum*to.Count) / float64(from.Count*to.Count)
}

// roundStats are the cross-sectional figures of one arm in one round.
func roundStats(means []float64, levels []int, atCut int) RoundStats {
	rs := RoundStats{N: len(means), Levels: analysis.Distribution(levels), CutShare: Float(nan)}
	for i, p := range analysis.Percentages(rs.Levels) {
		rs.Percent[i] = Float(p)
	}
	m, sd := analysis.MeanSD(means)
	rs.Mean, rs.SD = Float(m), Float(sd)
	if rs.N > 0 {
		rs.CutShare = Float(100 * float64(atCut) / float64(rs.N))
	}
	return rs
}

// between runs the E-vs-C tests of one round.
func between(eMeans, cMeans []float64, e, c RoundStats, kE, kC int, cut string) Between {
	return Between{
		ChiSquare:   chiOf(analysis.ChiSquareCounts(e.Levels, c.Levels)),
		MannWhitney: mannWhitneyOf(analysis.MannWhitney(eMeans, cMeans)),
		Phi:         phiOf(analysis.FisherPhi(kE, e.N, kC, c.N), cut, kE, e.N, kC, c.N),
	}
}

func chiOf(r analysis.ChiSquareResult) ChiSquareTest {
	t := ChiSquareTest{
		Computable: r.Computable, Reason: r.Reason, Statistic: Float(r.Statistic), DF: r.DF, P: Float(r.P),
		KeptLevels: []int{}, MinExpected: Float(r.MinExpected), SmallExpected: r.SmallExpected,
	}
	for _, j := range r.KeptCols {
		t.KeptLevels = append(t.KeptLevels, j+1)
	}
	return t
}

func mannWhitneyOf(r analysis.MannWhitneyResult) MannWhitneyTest {
	return MannWhitneyTest{
		Computable: r.Computable, Reason: r.Reason, NE: r.N1, NC: r.N2, W: Float(r.W), U: Float(r.U),
		MeanRankE: Float(r.MeanRankX), MeanRankC: Float(r.MeanRankY), Z: Float(r.Z), P: Float(r.P), R: Float(r.R),
		RMagnitude: analysis.RMagnitude(r.R),
	}
}

func phiOf(r analysis.PhiResult, cut string, kE, nE, kC, nC int) PhiTest {
	return PhiTest{
		Computable: r.Computable, Reason: r.Reason, Cut: cut, KE: kE, NE: nE, KC: kC, NC: nC,
		ShareE: Float(r.Share1), ShareC: Float(r.Share2), PhiStar: Float(r.PhiStar),
		Significance: r.LevelGreater, P: Float(r.PGreater),
	}
}

func wilcoxonOf(r analysis.WilcoxonResult) WilcoxonTest {
	return WilcoxonTest{
		Computable: r.Computable, Reason: r.Reason, Pairs: r.Pairs, Zeros: r.Zeros, N: r.N,
		V: Float(r.V), Z: Float(r.Z), P: Float(r.P), R: Float(r.R), RMagnitude: analysis.RMagnitude(r.R),
	}
}

func welchOf(r analysis.WelchResult) WelchTest {
	return WelchTest{
		Computable: r.Computable, Reason: r.Reason, NE: r.NX, NC: r.NY,
		MeanE: Float(r.MeanX), MeanC: Float(r.MeanY), SDE: Float(r.SDX), SDC: Float(r.SDY),
		StdErr: Float(r.StdErr), T: Float(r.T), DF: Float(r.DF), P: Float(r.P),
		CILow: Float(r.CILow), CIHigh: Float(r.CIHigh), CohenD: Float(r.D), DMagnitude: analysis.DMagnitude(r.D),
	}
}
