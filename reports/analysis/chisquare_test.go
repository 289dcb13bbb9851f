package analysis

import (
	"math"
	"slices"
	"testing"
)

func TestChiSquareMatchesR(t *testing.T) {
	for _, c := range fixtures(t).ChiSq {
		t.Run(c.Name, func(t *testing.T) {
			got := ChiSquare(c.Table)
			if got.Computable != c.Computable {
				t.Fatalf("Computable = %v (reason %v), R case says %v", got.Computable, got.Reason, c.Computable)
			}
			if !equalTables(got.Expected, c.Expected) {
				t.Errorf("Expected = %v, R gives %v", got.Expected, c.Expected)
			}
			if !c.Computable {
				if got.DF != 0 || !math.IsNaN(got.Statistic) || !math.IsNaN(got.P) || got.Reason == ReasonNone {
					t.Errorf("not computable but DF=%d stat=%v p=%v reason=%v", got.DF, got.Statistic, got.P, got.Reason)
				}
				return
			}
			checkClose(t, "Statistic", got.Statistic, c.Statistic)
			checkClose(t, "DF", float64(got.DF), c.DF)
			checkClose(t, "P", got.P, c.P)
			checkClose(t, "MinExpected", got.MinExpected, c.MinExpected)
			if got.SmallExpected != c.SmallExpected {
				t.Errorf("SmallExpected = %d, R gives %d", got.SmallExpected, c.SmallExpected)
			}
		})
	}
}

// equalTables compares expected-count tables cell by cell within tolerance;
// nil matches nil only.
func equalTables(got, want [][]float64) bool {
	if (got == nil) != (want == nil) || len(got) != len(want) {
		return false
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			return false
		}
		for j := range want[i] {
			if !agrees(got[i][j], want[i][j]) {
				return false
			}
		}
	}
	return true
}

func TestChiSquareDropsEmptyLevelsAndGroups(t *testing.T) {
	cases := []struct {
		name       string
		table      [][]float64
		computable bool
		reason     Reason
		df         int
		rows, cols []int
	}{
		{"full 2x3", [][]float64{{8, 20, 7}, {10, 18, 9}}, true, ReasonNone, 2, []int{0, 1}, []int{0, 1, 2}},
		{"level III empty in both", [][]float64{{12, 8, 0}, {9, 11, 0}}, true, ReasonNone, 1, []int{0, 1}, []int{0, 1}},
		{"level III empty in one group", [][]float64{{5, 10, 0}, {4, 12, 3}}, true, ReasonNone, 2, []int{0, 1}, []int{0, 1, 2}},
		{"one level only", [][]float64{{0, 20, 0}, {0, 18, 0}}, false, ReasonOneLevel, 0, []int{0, 1}, []int{1}},
		{"one group only", [][]float64{{0, 0, 0}, {4, 5, 6}}, false, ReasonOneLevel, 0, []int{1}, []int{0, 1, 2}},
		{"3 groups, one empty", [][]float64{{3, 7, 2}, {0, 0, 0}, {1, 2, 9}}, true, ReasonNone, 2, []int{0, 2}, []int{0, 1, 2}},
		{"empty", [][]float64{{0, 0, 0}, {0, 0, 0}}, false, ReasonTooFewObservations, 0, nil, nil},
		{"negative count", [][]float64{{1, -2, 3}, {4, 5, 6}}, false, ReasonInvalidInput, 0, nil, nil},
		{"ragged", [][]float64{{1, 2, 3}, {4, 5}}, false, ReasonInvalidInput, 0, nil, nil},
		{"NaN count", [][]float64{{1, math.NaN(), 3}, {4, 5, 6}}, false, ReasonInvalidInput, 0, nil, nil},
		{"no rows", nil, false, ReasonInvalidInput, 0, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ChiSquare(c.table)
			if got.Computable != c.computable || got.Reason != c.reason || got.DF != c.df {
				t.Errorf("got computable=%v reason=%v df=%d, want %v %v %d",
					got.Computable, got.Reason, got.DF, c.computable, c.reason, c.df)
			}
			if c.reason != ReasonInvalidInput &&
				(!slices.Equal(got.KeptRows, c.rows) || !slices.Equal(got.KeptCols, c.cols)) {
				t.Errorf("kept rows %v cols %v, want %v %v", got.KeptRows, got.KeptCols, c.rows, c.cols)
			}
		})
	}
}

func TestChiSquareProperties(t *testing.T) {
	table := [][]float64{{2, 15, 25}, {9, 21, 10}}
	base := ChiSquare(table)
	// Swapping the groups or permuting levels leaves χ² unchanged.
	swapped := ChiSquare([][]float64{table[1], table[0]})
	permuted := ChiSquare([][]float64{{25, 2, 15}, {10, 9, 21}})
	for _, other := range []ChiSquareResult{swapped, permuted} {
		if !agrees(other.Statistic, base.Statistic) || !agrees(other.P, base.P) || other.DF != base.DF {
			t.Errorf("symmetry broken: %+v vs %+v", other, base)
		}
	}
	// Doubling every count doubles χ² and lowers p.
	doubled := ChiSquare([][]float64{{4, 30, 50}, {18, 42, 20}})
	if !agrees(doubled.Statistic, 2*base.Statistic) || !(doubled.P < base.P) {
		t.Errorf("doubling: stat %v p %v, base %v %v", doubled.Statistic, doubled.P, base.Statistic, base.P)
	}
}

func TestChiSquareCounts(t *testing.T) {
	got := ChiSquareCounts([3]int{8, 20, 7}, [3]int{10, 18, 9})
	want := ChiSquare([][]float64{{8, 20, 7}, {10, 18, 9}})
	if got.Statistic != want.Statistic || got.P != want.P || got.DF != want.DF {
		t.Errorf("ChiSquareCounts = %+v, ChiSquare = %+v", got, want)
	}
}
