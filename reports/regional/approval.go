package regional

import (
	"strings"

	"baulu/data"
	"baulu/reports/format"
)

// approvalSentence says which of the report's rounds are approved in how
// many of the region's kindergartens (issue 18): data not yet approved may
// still change, and the reader should know.
func (b *builder) approvalSentence(rounds []data.Round) string {
	by := map[int64]data.RoundApproval{}
	for _, ra := range b.f.approvals.Rounds {
		by[ra.Round.ID] = ra
	}
	all, none := true, true
	var items []string
	for _, r := range rounds {
		ra := by[r.ID]
		all = all && ra.Kindergartens > 0 && ra.Approved == ra.Kindergartens
		none = none && ra.Approved == 0
		items = append(items, b.T("regional.s4.approved.item", "round", format.Lower(r.Name(b.f.opts.Lang)),
			"approved", ra.Approved, "total", ra.Kindergartens))
	}
	switch {
	case all:
		return b.T("regional.s4.approved.all")
	case none:
		return b.T("regional.s4.approved.none")
	}
	return b.T("regional.s4.approved", "list", strings.Join(items, "; "))
}
