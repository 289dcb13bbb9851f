package analysis

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// SmallExpectedLimit is the expected count under which the χ² approximation
// is traditionally considered unreliable (R warns "Chi-squared approximation
// may be incorrect" on the same condition).
const SmallExpectedLimit = 5

// ChiSquareResult is Pearson's χ² test of independence for an r×c table.
type ChiSquareResult struct {
	// Computable is false when fewer than two non-empty rows or columns
	// remain, or the table is malformed; Statistic and P are then NaN.
	Computable bool
	Reason     Reason
	// Statistic is Σ (O − E)² / E over the kept cells.
	Statistic float64
	// DF is (kept rows − 1)·(kept columns − 1); 0 when not computable.
	DF int
	// P is the upper tail of χ²(DF) at Statistic.
	P float64
	// Expected has the shape of the input table: row sum × column sum / n.
	// Cells of a dropped (empty) row or column are 0, which is exactly
	// their expected count. Nil when the table is empty or malformed.
	Expected [][]float64
	// KeptRows and KeptCols are the indices of the input rows and columns
	// that entered the test (those with a non-zero total).
	KeptRows, KeptCols []int
	// MinExpected is the smallest expected count among kept cells (NaN if
	// there are none); SmallExpected counts kept cells with E < 5.
	MinExpected   float64
	SmallExpected int
}

// ChiSquare runs Pearson's χ² test without continuity correction on a
// contingency table of counts, rows = groups (E, C), columns = levels
// (I, II, III). It equals R's chisq.test(m, correct = FALSE) on the table
// left after dropping empty rows and columns.
//
// A column empty in both groups (no child at that level) is dropped, so the
// degrees of freedom fall; an all-zero row (a group with no children) is
// dropped the same way. With fewer than two rows or columns left the result
// is not computable: R would either fail or silently switch to a
// goodness-of-fit test, neither of which answers "do the groups differ?".
// Negative, NaN or infinite counts and ragged rows are invalid input.
func ChiSquare(table [][]float64) ChiSquareResult {
	res := ChiSquareResult{Statistic: math.NaN(), P: math.NaN(), MinExpected: math.NaN()}
	if len(table) == 0 || len(table[0]) == 0 {
		res.Reason = ReasonInvalidInput
		return res
	}
	cols := len(table[0])
	rowSum := make([]float64, len(table))
	colSum := make([]float64, cols)
	var n float64
	for i, row := range table {
		if len(row) != cols {
			res.Reason = ReasonInvalidInput
			return res
		}
		for j, v := range row {
			if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
				res.Reason = ReasonInvalidInput
				return res
			}
			rowSum[i] += v
			colSum[j] += v
			n += v
		}
	}
	for i, s := range rowSum {
		if s > 0 {
			res.KeptRows = append(res.KeptRows, i)
		}
	}
	for j, s := range colSum {
		if s > 0 {
			res.KeptCols = append(res.KeptCols, j)
		}
	}
	if n == 0 {
		res.Reason = ReasonTooFewObservations
		return res
	}

	// Same order of operations as R: E <- outer(sr, sc) / n.
	res.Expected = make([][]float64, len(table))
	for i := range table {
		res.Expected[i] = make([]float64, cols)
		for j := range cols {
			res.Expected[i][j] = rowSum[i] * colSum[j] / n
		}
	}
	var stat float64
	for _, i := range res.KeptRows {
		for _, j := range res.KeptCols {
			e := res.Expected[i][j]
			d := table[i][j] - e
			stat += d * d / e
			if math.IsNaN(res.MinExpected) || e < res.MinExpected {
				res.MinExpected = e
			}
			if e < SmallExpectedLimit {
				res.SmallExpected++
			}
		}
	}
	if len(res.KeptRows) < 2 || len(res.KeptCols) < 2 {
		res.Reason = ReasonOneLevel
		return res
	}
	res.DF = (len(res.KeptRows) - 1) * (len(res.KeptCols) - 1)
	res.Statistic = stat
	res.P = distuv.ChiSquared{K: float64(res.DF)}.Survival(stat)
	res.Computable = true
	return res
}

// ChiSquareCounts is ChiSquare for the usual two groups × three levels
// layout built from Distribution: rows are the two groups (experimental
// first by convention), columns levels I, II, III.
func ChiSquareCounts(a, b [3]int) ChiSquareResult {
	table := [][]float64{make([]float64, 3), make([]float64, 3)}
	for j := range 3 {
		table[0][j] = float64(a[j])
		table[1][j] = float64(b[j])
	}
	return ChiSquare(table)
}
