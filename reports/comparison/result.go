package comparison

import "baulu/reports/analysis"

// Result is the whole comparison of a scope. Field names in JSON are stable
// snake_case and documented in JSON.md; NaN is written as null.
type Result struct {
	Scope ScopeInfo `json:"scope"`
	// NoData is true when no child of the scope was scored in either round.
	NoData bool `json:"no_data"`
	// Experimental and Control describe each arm of the pilot.
	Experimental GroupResult `json:"experimental"`
	Control      GroupResult `json:"control"`
	// DiD is the difference-in-differences of mean scores over children
	// scored in both rounds: mean gain E − mean gain C.
	DiD Float `json:"did"`
	// AtFrom and AtTo compare E with C in the first and the second round
	// (AtFrom answers "were the groups comparable at the start?").
	AtFrom Between `json:"at_from"`
	AtTo   Between `json:"at_to"`
	// Gains is Welch's t-test of per-child gains, E vs C, with Cohen's d:
	// child-level, assuming independence (the primary result is Primary).
	Gains WelchTest `json:"gains_test"`
	// Excluded counts children left out (no parental consent).
	Excluded Exclusions `json:"excluded"`
	// Attrition counts children of the first round lost by the second.
	Attrition AttritionInfo `json:"attrition"`
	// Design and Primary respect the groups: whole groups are experimental
	// or control (see clustered.go).
	Design  DesignInfo `json:"design"`
	Primary Primary    `json:"primary"`
	// Subgroups compares the gains by sex, locality, language and age
	// group (descriptive, Holm-adjusted; see subgroups.go). Empty in the
	// summary's sub-scopes.
	Subgroups []SubgroupRow `json:"subgroups"`
	// Warnings lists the caveats, in a fixed order (see warnings.go).
	Warnings []Warning `json:"warnings"`
}

// ScopeInfo echoes the resolved scope.
type ScopeInfo struct {
	RegionCode     string         `json:"region_code"`
	KindergartenID int            `json:"kindergarten_id"`
	BlockID        int64          `json:"block_id"`
	IndicatorID    int64          `json:"indicator_id"`
	Indicators     []IndicatorRef `json:"indicators"`
	From           RoundRef       `json:"from"`
	To             RoundRef       `json:"to"`
	PhiCut         string         `json:"phi_cut"`
	ThresholdLow   float64        `json:"threshold_low"`
	ThresholdHigh  float64        `json:"threshold_high"`
}

// GroupResult is one arm (experimental or control) of the comparison.
type GroupResult struct {
	// Role is "experimental" or "control".
	Role string `json:"role"`
	// Groups and Kindergartens count the groups and kindergartens of this
	// arm with at least one child scored in either round.
	Groups        int `json:"groups"`
	Kindergartens int `json:"kindergartens"`
	// Children counts children scored in at least one of the two rounds.
	Children int `json:"children"`
	// From and To are the cross-sectional figures of each round.
	From RoundStats `json:"from"`
	To   RoundStats `json:"to"`
	// CutShareChange is To.CutShare − From.CutShare, in percentage points.
	CutShareChange Float `json:"cut_share_change_pp"`
	// Paired counts children scored in both rounds; OnlyFrom and OnlyTo
	// those scored in one round only (left out of paired figures).
	Paired   int `json:"paired"`
	OnlyFrom int `json:"only_from"`
	OnlyTo   int `json:"only_to"`
	// MissingShare is (OnlyFrom + OnlyTo) / Children, 0..1.
	MissingShare Float `json:"missing_share"`
	// PairedFromMean and PairedToMean are the mean scores of the paired
	// children in each round; Gain is their per-child gain, mean ± SD.
	PairedFromMean Float  `json:"paired_from_mean"`
	PairedToMean   Float  `json:"paired_to_mean"`
	Gain           MeanSD `json:"gain"`
	// Wilcoxon is the signed-rank test of the paired children, from → to.
	Wilcoxon WilcoxonTest `json:"wilcoxon"`
	// BaselineExtreme is "ceiling" (≥ 80 % at level III in the first
	// round), "floor" (≥ 80 % at level I) or "none" (analysis.ExtremeOf).
	BaselineExtreme analysis.Extreme `json:"baseline_extreme"`
}

// RoundStats are the figures of one arm in one round.
type RoundStats struct {
	// N counts children scored in the round.
	N int `json:"n"`
	// Levels counts children at levels I, II, III; Percent is the same in
	// percent of N (null when N is 0).
	Levels  [3]int   `json:"levels"`
	Percent [3]Float `json:"percent"`
	// Mean and SD of child mean scores (SD null for fewer than two).
	Mean Float `json:"mean"`
	SD   Float `json:"sd"`
	// CutShare is the percent of children at the φ* cut (level III, or
	// levels II and III).
	CutShare Float `json:"cut_share"`
}

// MeanSD is a mean with its sample standard deviation.
type MeanSD struct {
	Mean Float `json:"mean"`
	SD   Float `json:"sd"`
}

// Between holds the E-vs-C tests of one round.
type Between struct {
	ChiSquare   ChiSquareTest   `json:"chi_square"`
	MannWhitney MannWhitneyTest `json:"mann_whitney"`
	Phi         PhiTest         `json:"phi"`
}

// ChiSquareTest is analysis.ChiSquareResult on the 2 × 3 table E/C × levels.
type ChiSquareTest struct {
	Computable bool            `json:"computable"`
	Reason     analysis.Reason `json:"reason"`
	Statistic  Float           `json:"statistic"`
	DF         int             `json:"df"`
	P          Float           `json:"p"`
	// KeptLevels are the levels (1..3) that entered the test.
	KeptLevels    []int `json:"kept_levels"`
	MinExpected   Float `json:"min_expected"`
	SmallExpected int   `json:"small_expected"`
}

// MannWhitneyTest is analysis.MannWhitneyResult on child means, E as x.
type MannWhitneyTest struct {
	Computable bool            `json:"computable"`
	Reason     analysis.Reason `json:"reason"`
	NE         int             `json:"n_e"`
	NC         int             `json:"n_c"`
	W          Float           `json:"w"`
	U          Float           `json:"u"`
	MeanRankE  Float           `json:"mean_rank_e"`
	MeanRankC  Float           `json:"mean_rank_c"`
	Z          Float           `json:"z"`
	P          Float           `json:"p"`
	R          Float           `json:"r"`
	// RMagnitude is r in words (analysis.RMagnitude).
	RMagnitude analysis.Magnitude `json:"r_magnitude"`
}

// PhiTest is analysis.PhiResult on the share at the cut, E first.
type PhiTest struct {
	Computable bool            `json:"computable"`
	Reason     analysis.Reason `json:"reason"`
	Cut        string          `json:"cut"`
	KE         int             `json:"k_e"`
	NE         int             `json:"n_e"`
	KC         int             `json:"k_c"`
	NC         int             `json:"n_c"`
	ShareE     Float           `json:"share_e"`
	ShareC     Float           `json:"share_c"`
	PhiStar    Float           `json:"phi_star"`
	// Significance is "ns", "p<=0.05" or "p<=0.01" for the directional
	// hypothesis "share higher in E": the signed φ* against 1.64 / 2.31, so
	// a negative φ* is never significant (analysis.PhiResult.LevelGreater).
	Significance analysis.Significance `json:"significance"`
	// P is the one-sided p of that hypothesis, 1 − Φ(φ*): at least 0.5
	// when C is ahead.
	P Float `json:"p"`
}

// WilcoxonTest is analysis.WilcoxonResult, differences to − from.
type WilcoxonTest struct {
	Computable bool            `json:"computable"`
	Reason     analysis.Reason `json:"reason"`
	Pairs      int             `json:"pairs"`
	Zeros      int             `json:"zeros"`
	N          int             `json:"n"`
	V          Float           `json:"v"`
	Z          Float           `json:"z"`
	P          Float           `json:"p"`
	R          Float           `json:"r"`
	// RMagnitude is r in words (analysis.RMagnitude).
	RMagnitude analysis.Magnitude `json:"r_magnitude"`
}

// WelchTest is analysis.WelchResult on gains, E as x.
type WelchTest struct {
	Computable bool            `json:"computable"`
	Reason     analysis.Reason `json:"reason"`
	NE         int             `json:"n_e"`
	NC         int             `json:"n_c"`
	MeanE      Float           `json:"mean_e"`
	MeanC      Float           `json:"mean_c"`
	SDE        Float           `json:"sd_e"`
	SDC        Float           `json:"sd_c"`
	StdErr     Float           `json:"std_err"`
	T          Float           `json:"t"`
	DF         Float           `json:"df"`
	P          Float           `json:"p"`
	CILow      Float           `json:"ci_low"`
	CIHigh     Float           `json:"ci_high"`
	CohenD     Float           `json:"cohen_d"`
	// DMagnitude is d in words (analysis.DMagnitude).
	DMagnitude analysis.Magnitude `json:"d_magnitude"`
}
