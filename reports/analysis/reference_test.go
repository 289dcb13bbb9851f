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

// Tolerances for agreement with R: relative, or absolute near zero.
const (
	relTol = 1e-9
	absTol = 1e-12
)

// num is a float64 whose JSON null means NaN (R's NA/NaN: "no value").
type num float64

func (n *num) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = num(math.NaN())
		return nil
	}
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("number %s: %w", b, err)
	}
	*n = num(f)
	return nil
}

// nums is a slice of num convertible to []float64.
type nums []num

func (s nums) floats() []float64 {
	out := make([]float64, len(s))
	for i, v := range s {
		out[i] = float64(v)
	}
	return out
}

type chisqCase struct {
	Name          string      `json:"name"`
	Table         [][]float64 `json:"table"`
	Computable    bool        `json:"computable"`
	Statistic     num         `json:"statistic"`
	DF            num         `json:"df"`
	P             num         `json:"p"`
	Expected      [][]float64 `json:"expected"`
	MinExpected   num         `json:"min_expected"`
	SmallExpected int         `json:"small_expected"`
}

type mwCase struct {
	Name       string `json:"name"`
	X          nums   `json:"x"`
	Y          nums   `json:"y"`
	Computable bool   `json:"computable"`
	W          num    `json:"w"`
	Z          num    `json:"z"`
	P          num    `json:"p"`
}

type wsrCase struct {
	Name       string `json:"name"`
	Before     nums   `json:"before"`
	After      nums   `json:"after"`
	Computable bool   `json:"computable"`
	V          num    `json:"v"`
	N          int    `json:"n"`
	Z          num    `json:"z"`
	P          num    `json:"p"`
}

type welchCase struct {
	Name       string `json:"name"`
	X          nums   `json:"x"`
	Y          nums   `json:"y"`
	Computable bool   `json:"computable"`
	T          num    `json:"t"`
	DF         num    `json:"df"`
	P          num    `json:"p"`
	MeanX      num    `json:"mean_x"`
	MeanY      num    `json:"mean_y"`
	CILow      num    `json:"ci_low"`
	CIHigh     num    `json:"ci_high"`
	CohenD     num    `json:"cohen_d"`
}

type phiCase struct {
	K1       int `json:"k1"`
	N1       int `json:"n1"`
	K2       int `json:"k2"`
	N2       int `json:"n2"`
	Phi1     num `json:"phi1"`
	Phi2     num `json:"phi2"`
	PhiStar  num `json:"phi_star"`
	P        num `json:"p"`
	PGreater num `json:"p_greater"`
}

type meanSDCase struct {
	Name string `json:"name"`
	X    nums   `json:"x"`
	Mean num    `json:"mean"`
	SD   num    `json:"sd"`
}

type reference struct {
	RVersion    string       `json:"r_version"`
	ChiSq       []chisqCase  `json:"chisq"`
	MannWhitney []mwCase     `json:"mannwhitney"`
	Wilcoxon    []wsrCase    `json:"wilcoxon"`
	Welch       []welchCase  `json:"welch"`
	Phi         []phiCase    `json:"phi"`
	MeanSD      []meanSDCase `json:"meansd"`
}

var loadReference = sync.OnceValues(func() (reference, error) {
	var ref reference
	b, err := os.ReadFile(filepath.Join("testdata", "reference.json"))
	if err != nil {
		return ref, fmt.Errorf("read R fixtures: %w", err)
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		return ref, fmt.Errorf("parse R fixtures: %w", err)
	}
	return ref, nil
})

// fixtures loads testdata/reference.json (written by testdata/reference.R).
func fixtures(t *testing.T) reference {
	t.Helper()
	ref, err := loadReference()
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

// agrees reports whether got agrees with R's want: both NaN, or within
// relTol relative or absTol absolute.
func agrees(got, want float64) bool {
	if math.IsNaN(want) || math.IsNaN(got) {
		return math.IsNaN(want) && math.IsNaN(got)
	}
	d := math.Abs(got - want)
	return d <= absTol || d <= relTol*math.Abs(want)
}

// checkClose fails the test when got and want disagree.
func checkClose(t *testing.T, what string, got float64, want num) {
	t.Helper()
	if !agrees(got, float64(want)) {
		t.Errorf("%s = %.17g, R gives %.17g (rel. error %.3g)",
			what, got, float64(want), math.Abs(got-float64(want))/math.Abs(float64(want)))
	}
}

func TestFixturesCoverEnoughCases(t *testing.T) {
	ref := fixtures(t)
	n := len(ref.ChiSq) + len(ref.MannWhitney) + len(ref.Wilcoxon) + len(ref.Welch) +
		len(ref.Phi) + len(ref.MeanSD)
	if n < 30 {
		t.Fatalf("only %d R reference cases, want at least 30", n)
	}
	t.Logf("%d reference cases from %s", n, ref.RVersion)
}
