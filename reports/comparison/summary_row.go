package comparison

// SummaryRow reduces a result to a summary row of kind (RowRegion,
// RowKindergarten), as Summary writes its rows: the national figures list
// one per region and kindergarten.
func SummaryRow(kind string, res Result) Row {
	return rowOf(kind, res, res.Scope.KindergartenID, -1, nil)
}
