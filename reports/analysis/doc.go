// Package analysis owns the statistics behind Baulu's control-vs-experimental
// comparison (DESIGN.md §4): Pearson χ², Mann–Whitney U, Wilcoxon signed-rank,
// Welch's t with Cohen's d, Fisher's angular transform φ*, and the descriptive
// figures (mean ± SD, levels I/II/III) they are reported with; and, because
// whole groups are experimental or control, the statistics of a clustered
// design: the ICC within groups, design effect and effective n (Design),
// CR2 cluster-robust regression with Satterthwaite df (CR2, ClusteredGain,
// ClusteredANCOVA), the group-level Welch test (GroupWelch), Holm's
// adjustment for tables of many tests, effect sizes in words (DMagnitude,
// RMagnitude), and the facts the verdict's caveats rest on (ExtremeOf for a
// ceiling or floor, AttritionOf).
//
// Everything here is a pure function over slices: no database, no Fyne, no
// I/O. Distributions come from gonum (stat/distuv), linear algebra from
// gonum/mat; only what gonum lacks (ranks with ties, U, W/V, φ*, CR2) is
// written here. Each test reproduces a named R call to 1e-9 relative; the R
// scripts and their numbers live in testdata/ (reference.R for the
// child-level tests, clustered.R for the clustered design, which needs
// clubSandwich and lme4).
//
// φ* convention (one for every report): the hypothesis is directional,
// "the share at the level (III, or II+III) is higher in the experimental
// groups", fixed before the data are seen. The classical critical values
// 1.64 (p ≤ 0.05) and 2.31 (p ≤ 0.01) are one-sided quantiles of that
// hypothesis and are applied to the signed φ* (PhiResult.LevelGreater), with
// the one-sided p = 1 − Φ(φ*) (PGreater). A negative φ* (control ahead) is
// never significant, its p is at least 0.5, and the sign is kept wherever φ*
// is shown. In words for the reports: «φ* is one-sided: it tests whether the
// share is higher in the experimental groups; 1.64 and 2.31 are its 5 % and
// 1 % critical values».
//
// Clustered design: child-level tests treat children as independent, which
// they are not when a group shares a teacher who also scores it; they stay,
// labelled as child-level. The primary E-vs-C result is ClusteredGain (and
// ClusteredANCOVA), which needs at least two groups per arm to be computed
// at all; the rule that fewer than three per arm allows no causal verdict
// belongs to the verdict, not here.
//
// Missing values: NaN marks a missing score and is dropped, as R drops NA
// (for paired data the whole pair is dropped). A test that cannot be computed
// on the data it gets (too few observations, every value tied, one level
// only) returns Computable == false with a Reason, never an error or a zero
// that could be mistaken for a result; its statistics are then NaN.
//
// Ties are detected by exact float64 equality, as R does. Child mean scores
// computed as integer sum / count are bitwise equal whenever they are equal
// as fractions, so compute them that way (not by accumulating running means).
package analysis

// Reason says why a test result is not computable.
type Reason int

const (
	// ReasonNone means the result is computable.
	ReasonNone Reason = iota
	// ReasonTooFewObservations: a group is empty, or too small for the test
	// (Welch needs at least two values per group).
	ReasonTooFewObservations
	// ReasonOneLevel: χ² has fewer than two non-empty rows or columns left,
	// e.g. every child is at the same level.
	ReasonOneLevel
	// ReasonNoVariation: all values are tied (rank tests) or the data are
	// essentially constant (Welch), so the test statistic is 0/0.
	ReasonNoVariation
	// ReasonInvalidInput: malformed input such as a ragged or negative
	// contingency table, paired slices of different lengths, or k > n.
	// For clustered data also a group with children in both arms.
	ReasonInvalidInput
	// ReasonTooFewGroups: a cluster-robust test needs at least two groups
	// in each arm; with one, its SE is 0 (the arm rests on one group's
	// children, and method and teacher cannot be told apart).
	ReasonTooFewGroups
	// ReasonCollinear: the design matrix of a regression has linearly
	// dependent columns, e.g. every child has the same baseline score.
	ReasonCollinear
)

// String returns a stable English identifier, suitable for logs and JSON.
func (r Reason) String() string {
	switch r {
	case ReasonNone:
		return "none"
	case ReasonTooFewObservations:
		return "too_few_observations"
	case ReasonOneLevel:
		return "one_level"
	case ReasonNoVariation:
		return "no_variation"
	case ReasonInvalidInput:
		return "invalid_input"
	case ReasonTooFewGroups:
		return "too_few_groups"
	case ReasonCollinear:
		return "collinear"
	}
	return "unknown"
}

// MarshalText encodes the reason as its String form, so JSON output carries
// "one_level" rather than a bare number.
func (r Reason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }
