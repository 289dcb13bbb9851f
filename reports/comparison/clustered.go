package comparison

import (
	"baulu/data"
	"baulu/reports/analysis"
)

// MinGroupsForVerdict is the number of groups each arm needs before the
// comparison draws a causal conclusion: whole groups are experimental or
// control and each group's teacher scores it, so with fewer groups the
// method and the teacher cannot be told apart (ARCHITECTURE: Comparison).
const MinGroupsForVerdict = 3

// DesignInfo describes the clustered design of the paired children (those
// whose gain enters the primary result): groups and group sizes per arm,
// the ICC of child gains within groups given the arm, the design effect and
// the effective sample size (analysis.Design).
type DesignInfo struct {
	ICC           Float           `json:"icc"`
	ICCComputable bool            `json:"icc_computable"`
	ICCReason     analysis.Reason `json:"icc_reason"`
	// E, C and All are the arms and both together.
	E   DesignArm `json:"experimental"`
	C   DesignArm `json:"control"`
	All DesignArm `json:"all"`
}

// DesignArm is analysis.ArmDesign.
type DesignArm struct {
	Groups       int   `json:"groups"`
	Children     int   `json:"children"`
	MinSize      int   `json:"min_group_size"`
	MaxSize      int   `json:"max_group_size"`
	MeanSize     Float `json:"mean_group_size"`
	WeightedSize Float `json:"weighted_group_size"`
	DesignEffect Float `json:"design_effect"`
	EffectiveN   Float `json:"effective_n"`
}

// Primary is the experimental-vs-control result that respects the groups.
type Primary struct {
	// Causal is false when an arm has fewer than MinGroupsForVerdict
	// groups: the figures are then descriptive only and the verdict says
	// why (method and teacher confounded).
	Causal bool `json:"causal"`
	// Gain is gain ~ arm with CR2 errors and Satterthwaite df: the
	// estimate is the difference of mean gains E − C.
	Gain ClusteredTest `json:"gain_cr2"`
	// ANCOVA is final ~ arm + baseline with CR2 errors; BaselineSlope is
	// the baseline's coefficient.
	ANCOVA        ClusteredTest `json:"ancova_cr2"`
	BaselineSlope Float         `json:"ancova_baseline_slope"`
	// GroupWelch is Welch's t-test on group mean gains (n_e, n_c are groups).
	GroupWelch WelchTest `json:"group_welch"`
}

// ClusteredTest is analysis.ClusteredEffect: the arm coefficient, its CR2
// standard error, Satterthwaite df, two-sided p and 95 % interval.
type ClusteredTest struct {
	Computable bool            `json:"computable"`
	Reason     analysis.Reason `json:"reason"`
	N          int             `json:"n"`
	GroupsE    int             `json:"groups_e"`
	GroupsC    int             `json:"groups_c"`
	Estimate   Float           `json:"estimate"`
	SE         Float           `json:"se"`
	DF         Float           `json:"df"`
	T          Float           `json:"t"`
	P          Float           `json:"p"`
	CILow      Float           `json:"ci_low"`
	CIHigh     Float           `json:"ci_high"`
}

// Exclusions counts children left out of a comparison.
type Exclusions struct {
	// NoConsentE and NoConsentC count children scored in either round whose
	// parents have not consented; they enter no figure.
	NoConsentE int `json:"no_consent_e"`
	NoConsentC int `json:"no_consent_c"`
}

// AttritionInfo is analysis.Attrition: children assessed in the first
// round and not in the second, per arm.
type AttritionInfo struct {
	StartE int   `json:"start_e"`
	LostE  int   `json:"lost_e"`
	RateE  Float `json:"rate_e"`
	StartC int   `json:"start_c"`
	LostC  int   `json:"lost_c"`
	RateC  Float `json:"rate_c"`
	// Differential is RateE − RateC.
	Differential Float `json:"differential"`
}

// DifferentialAttritionLimit: drop-out rates of the arms further apart than
// this (5 percentage points) is differential attrition.
const DifferentialAttritionLimit = 0.05

// paired holds the vectors of the children scored in both rounds.
type paired struct {
	gain, from, to []float64
	group          []int64
	exp            []bool
	attrs          [][len(SubgroupDimensions)]string // each child's value per dimension
}

func (p *paired) add(gain, from, to float64, ch *ChildScores) {
	p.gain, p.from, p.to = append(p.gain, gain), append(p.from, from), append(p.to, to)
	p.group, p.exp = append(p.group, ch.GroupID), append(p.exp, ch.Role == data.RoleExperimental)
	p.attrs = append(p.attrs, [len(SubgroupDimensions)]string{ch.Sex, ch.Locality, ch.Language, ch.AgeGroup})
}

// extend appends another arm's paired children.
func (p *paired) extend(q paired) {
	p.gain, p.from, p.to = append(p.gain, q.gain...), append(p.from, q.from...), append(p.to, q.to...)
	p.group, p.exp = append(p.group, q.group...), append(p.exp, q.exp...)
	p.attrs = append(p.attrs, q.attrs...)
}

// clustered fills the design and the primary result from the paired
// children of both arms; without fits the primary result has only Causal
// (its tests are left zero).
func clustered(p paired, fits bool) (DesignInfo, Primary) {
	d := analysis.Design(p.gain, p.group, p.exp)
	di := DesignInfo{
		ICC: Float(d.ICC.Estimate), ICCComputable: d.ICC.Computable, ICCReason: d.ICC.Reason,
		E: designArm(d.E), C: designArm(d.C), All: designArm(d.All),
	}
	causal := d.E.Groups >= MinGroupsForVerdict && d.C.Groups >= MinGroupsForVerdict
	if !fits {
		return di, Primary{Causal: causal}
	}
	ancova := analysis.ClusteredANCOVA(p.to, p.from, p.group, p.exp)
	pr := Primary{
		Gain:          clusteredOf(analysis.ClusteredGain(p.gain, p.group, p.exp)),
		ANCOVA:        clusteredOf(ancova),
		BaselineSlope: Float(nan),
		GroupWelch:    welchOf(analysis.GroupWelch(p.gain, p.group, p.exp)),
	}
	if ancova.Model.Computable {
		pr.BaselineSlope = Float(ancova.Model.Coefs[2].Estimate)
	}
	pr.Causal = causal
	return di, pr
}

func designArm(a analysis.ArmDesign) DesignArm {
	return DesignArm{
		Groups: a.Groups, Children: a.Children, MinSize: a.MinSize, MaxSize: a.MaxSize,
		MeanSize: Float(a.MeanSize), WeightedSize: Float(a.WeightedSize),
		DesignEffect: Float(a.DesignEffect), EffectiveN: Float(a.EffectiveN),
	}
}

func clusteredOf(r analysis.ClusteredEffect) ClusteredTest {
	return ClusteredTest{
		Computable: r.Computable, Reason: r.Reason, N: r.Model.N, GroupsE: r.GroupsE, GroupsC: r.GroupsC,
		Estimate: Float(r.Estimate), SE: Float(r.SE), DF: Float(r.DF), T: Float(r.T), P: Float(r.P),
		CILow: Float(r.CILow), CIHigh: Float(r.CIHigh),
	}
}

func attritionOf(e, c *GroupResult) AttritionInfo {
	a := analysis.AttritionOf(e.From.N, e.OnlyFrom, c.From.N, c.OnlyFrom)
	return AttritionInfo{
		StartE: a.E.Start, LostE: a.E.Lost, RateE: Float(a.E.Rate),
		StartC: a.C.Start, LostC: a.C.Lost, RateC: Float(a.C.Rate),
		Differential: Float(a.Differential),
	}
}
