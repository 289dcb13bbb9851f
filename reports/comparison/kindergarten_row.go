package comparison

// KindergartenRow is the summary row of one kindergarten's comparison
// (Compare on a scope with KindergartenID set), as Summary writes its
// kindergarten rows; the national figures list one per kindergarten.
func KindergartenRow(res Result) Row {
	return rowOf(RowKindergarten, res, res.Scope.KindergartenID, -1, nil)
}
