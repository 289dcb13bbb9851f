package analysis

import "math"

// clusters is children (rows) gathered by group, in order of first
// appearance, with each group's arm.
type clusters struct {
	rows [][]int // row indices of each group
	exp  []bool  // arm of each group: true = experimental
}

// groupRows gathers the rows whose values are all present (no NaN in any
// of cols) by group id; experimental == nil puts every group in one arm
// (false). It fails (ok == false) when the slices differ in
// length or a group has children in both arms: a group is wholly
// experimental or control, so a group id in both arms is a data error, not
// something to average over.
func groupRows(group []int64, experimental []bool, cols ...[]float64) (cl clusters, ok bool) {
	if experimental == nil {
		experimental = make([]bool, len(group))
	}
	if len(experimental) != len(group) {
		return cl, false
	}
	for _, c := range cols {
		if len(c) != len(group) {
			return cl, false
		}
	}
	index := make(map[int64]int)
rows:
	for i, g := range group {
		for _, c := range cols {
			if math.IsNaN(c[i]) {
				continue rows
			}
		}
		j, seen := index[g]
		if !seen {
			j = len(cl.rows)
			index[g] = j
			cl.rows = append(cl.rows, nil)
			cl.exp = append(cl.exp, experimental[i])
		} else if cl.exp[j] != experimental[i] {
			return clusters{}, false
		}
		cl.rows[j] = append(cl.rows[j], i)
	}
	return cl, true
}

// perArm counts the groups of each arm.
func (cl clusters) perArm() (e, c int) {
	for _, x := range cl.exp {
		if x {
			e++
		} else {
			c++
		}
	}
	return e, c
}

// n is the number of rows kept.
func (cl clusters) n() int {
	n := 0
	for _, r := range cl.rows {
		n += len(r)
	}
	return n
}
