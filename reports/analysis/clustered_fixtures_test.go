package analysis

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// coefTable is one clubSandwich coef_test + conf_int table, one entry per
// coefficient in the order of the model formula.
type coefTable struct {
	Names  []string `json:"names"`
	Beta   nums     `json:"beta"`
	SE     nums     `json:"se"`
	DF     nums     `json:"df"`
	T      nums     `json:"t"`
	P      nums     `json:"p"`
	CILow  nums     `json:"ci_low"`
	CIHigh nums     `json:"ci_high"`
}

type armDesignCase struct {
	Groups       int `json:"groups"`
	Children     int `json:"children"`
	MinSize      int `json:"min_size"`
	MaxSize      int `json:"max_size"`
	MeanSize     num `json:"mean_size"`
	WeightedSize num `json:"weighted_size"`
	DesignEffect num `json:"design_effect"`
	EffectiveN   num `json:"effective_n"`
}

type designCase struct {
	ICCOneWay num           `json:"icc_oneway"`
	MSBOneWay num           `json:"msb_oneway"`
	MSWOneWay num           `json:"msw_oneway"`
	N0OneWay  num           `json:"n0_oneway"`
	ICC       num           `json:"icc"`
	MSB       num           `json:"msb"`
	MSW       num           `json:"msw"`
	N0        num           `json:"n0"`
	E         armDesignCase `json:"e"`
	C         armDesignCase `json:"c"`
	All       armDesignCase `json:"all"`
}

type welchFixture struct {
	T      num `json:"t"`
	DF     num `json:"df"`
	P      num `json:"p"`
	MeanX  num `json:"mean_x"`
	MeanY  num `json:"mean_y"`
	CILow  num `json:"ci_low"`
	CIHigh num `json:"ci_high"`
}

// clusteredSet is one data set of testdata/clustered.R: one row per child.
type clusteredSet struct {
	Name      string     `json:"name"`
	Group     []int64    `json:"group"`
	Arm       []int      `json:"arm"` // 1 experimental, 0 control
	Baseline  nums       `json:"baseline"`
	Final     nums       `json:"final"`
	Sex       nums       `json:"sex"`
	Design    designCase `json:"design"`
	Gain      coefTable  `json:"gain"`
	ANCOVA    coefTable  `json:"ancova"`
	ANCOVASex coefTable  `json:"ancova_sex"`
	// ANCOVAFirst adds a 0/1 column for the first group only.
	ANCOVAFirst coefTable    `json:"ancova_first"`
	GroupWelch  welchFixture `json:"group_welch"`
}

func (s clusteredSet) experimental() []bool {
	out := make([]bool, len(s.Arm))
	for i, a := range s.Arm {
		out[i] = a == 1
	}
	return out
}

// gains are final − baseline, the same subtraction R did.
func (s clusteredSet) gains() []float64 {
	out := make([]float64, len(s.Final))
	for i := range s.Final {
		out[i] = float64(s.Final[i]) - float64(s.Baseline[i])
	}
	return out
}

type holmCase struct {
	Name     string `json:"name"`
	P        nums   `json:"p"`
	Adjusted nums   `json:"adjusted"`
}

type clusteredReference struct {
	RVersion            string         `json:"r_version"`
	ClubSandwichVersion string         `json:"clubsandwich_version"`
	LME4Version         string         `json:"lme4_version"`
	Datasets            []clusteredSet `json:"datasets"`
	Holm                []holmCase     `json:"holm"`
}

var loadClustered = sync.OnceValues(func() (clusteredReference, error) {
	var ref clusteredReference
	b, err := os.ReadFile(filepath.Join("testdata", "clustered.json"))
	if err != nil {
		return ref, fmt.Errorf("read R fixtures: %w", err)
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		return ref, fmt.Errorf("parse R fixtures: %w", err)
	}
	return ref, nil
})

// clusteredFixtures loads testdata/clustered.json (written by
// testdata/clustered.R).
func clusteredFixtures(t *testing.T) clusteredReference {
	t.Helper()
	ref, err := loadClustered()
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

// checkWithin is checkClose with its own relative tolerance, for results
// that R and Go reach by different linear algebra (eigen-decompositions),
// so agree to rounding in many operations rather than to the last bits.
func checkWithin(t *testing.T, what string, got float64, want num, rel float64) {
	t.Helper()
	w := float64(want)
	if math.IsNaN(w) || math.IsNaN(got) {
		if math.IsNaN(w) != math.IsNaN(got) {
			t.Errorf("%s = %v, R gives %v", what, got, w)
		}
		return
	}
	if d := math.Abs(got - w); d > absTol && d > rel*math.Abs(w) {
		t.Errorf("%s = %.17g, R gives %.17g (rel. error %.3g)", what, got, w, d/math.Abs(w))
	}
}

func TestClusteredFixturesCoverTheDesigns(t *testing.T) {
	ref := clusteredFixtures(t)
	if len(ref.Datasets) < 6 || len(ref.Holm) < 6 {
		t.Fatalf("%d data sets and %d Holm cases, want at least 6 of each", len(ref.Datasets), len(ref.Holm))
	}
	fewest := math.MaxInt
	negative := false
	for _, s := range ref.Datasets {
		fewest = min(fewest, s.Design.E.Groups, s.Design.C.Groups)
		negative = negative || s.Design.ICC < 0
	}
	if fewest > 2 || !negative {
		t.Errorf("fixtures need a data set with 2 groups in an arm (fewest: %d) and one with a negative ICC (%v)", fewest, negative)
	}
	t.Logf("%d data sets, %d Holm cases from %s, clubSandwich %s, lme4 %s",
		len(ref.Datasets), len(ref.Holm), ref.RVersion, ref.ClubSandwichVersion, ref.LME4Version)
}
