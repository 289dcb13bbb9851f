package regional

import "baulu/reports/docfmt"

// The report prints figures as reports/docfmt does, shared with the
// national report; the short names keep the section code readable.
const (
	dash = docfmt.Dash
	nbsp = docfmt.NBSP
)

var (
	num        = docfmt.Num
	fnum       = docfmt.Float
	trim       = docfmt.Trim
	signed     = docfmt.Signed
	signedF    = docfmt.SignedFloat
	pct        = docfmt.Pct
	share      = docfmt.Share
	pval       = docfmt.PValue
	meanSD     = docfmt.MeanSD
	hours      = docfmt.Hours
	roman      = docfmt.Roman
	pair       = docfmt.Pair
	orDash     = docfmt.OrDash
	dateWords  = docfmt.DateWords
	monthSpan  = docfmt.MonthSpan
	capitalize = docfmt.Capitalize
	lower      = docfmt.Lower
)
