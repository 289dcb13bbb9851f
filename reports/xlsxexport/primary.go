package xlsxexport

import "baulu/reports/comparison"

// primaryCols are the columns of the primary result, the groups taken
// into account (comparison.Primary.Gain: gain ~ arm with CR2 errors and
// Satterthwaite df): the groups of each arm, E − C with its 95 %
// interval, df, p, and 1 when a causal reading is allowed (at least
// comparison.MinGroupsForVerdict groups per arm), else 0.
var primaryCols = []column{
	{key: "xlsxexport.col.cr2_groups_e", kind: integer}, {key: "xlsxexport.col.cr2_groups_c", kind: integer},
	{key: "xlsxexport.col.cr2_diff", kind: decimal, decimals: 3},
	{key: "xlsxexport.col.cr2_ci_low", kind: decimal, decimals: 3}, {key: "xlsxexport.col.cr2_ci_high", kind: decimal, decimals: 3},
	{key: "xlsxexport.col.cr2_df", kind: decimal, decimals: 1}, {key: "xlsxexport.col.cr2_p"},
	{key: "xlsxexport.col.cr2_causal", kind: integer},
}

// primaryValues are a result's values in the order of primaryCols; the
// figures are empty when the CR2 fit is not computable.
func primaryValues(r comparison.Result) []any {
	g := r.Primary.Gain
	causal := 0
	if r.Primary.Causal {
		causal = 1
	}
	if !g.Computable {
		return []any{r.Design.E.Groups, r.Design.C.Groups, nil, nil, nil, nil, nil, causal}
	}
	return []any{r.Design.E.Groups, r.Design.C.Groups, float64(g.Estimate), float64(g.CILow), float64(g.CIHigh),
		float64(g.DF), float64(g.P), causal}
}
