package national

import (
	"baulu/reports/format"
	"baulu/reports/resultdoc"
)

// summaryItems is how many findings and recommendations the executive
// summary lists.
const summaryItems = 3

// summaryNames is the most region names a list of the summary gives.
const summaryNames = 4

// executiveSummary opens the report after the title page, on one page: the
// sources and coverage, the pooled comparison with its caveat first, three
// findings and three recommendations (the first of the conclusions').
func (b *builder) executiveSummary() {
	f := b.f
	b.listMax = summaryNames
	defer func() { b.listMax = 0 }()
	b.Doc.Unnumbered(b.T("national.sum"))
	if len(f.present) == 0 {
		b.Para(b.T("national.c.none"))
	} else {
		b.Para(b.coverageSentence())
		for _, s := range b.primaryResult() {
			b.Para(s)
		}
	}
	if fs := b.summaryFindings(); len(fs) > 0 {
		b.RunIn(b.T("national.sum.findings"))
		b.Doc.Bullets(fs[:min(summaryItems, len(fs))]...)
	}
	if rs := b.recommendations(); len(rs) > 0 {
		rs = append([]string(nil), rs[:min(summaryItems, len(rs))]...)
		resultdoc.EndList(rs)
		b.RunIn(b.T("national.sum.recommendations"))
		b.Doc.Bullets(rs...)
	}
}

// primaryResult is the pooled comparison as the summary states it, the
// caveat first, the gains by the clustered primary result
// (pooledConclusions).
func (b *builder) primaryResult() []string {
	r := b.f.all
	switch {
	case !scored(b.f) || r.NoData:
		return []string{b.T("national.c.mon.none")}
	case r.Experimental.Children == 0 || r.Control.Children == 0:
		return []string{b.T("national.c.mon.one_arm")}
	}
	out, _ := b.pooledConclusions(r)
	return append([]string{b.T("national.c.caveat.pooled")}, out...)
}

// summaryFindings are the regions' results and the centres' work pooled.
func (b *builder) summaryFindings() []string {
	f, w := b.f, b.f.sum.work
	if len(f.present) == 0 {
		return nil
	}
	out := b.regionSentences()
	out = append(out, b.T("national.sum.work", "events", f.sum.events, "hours", format.Hours(b.Lang, f.sum.hours), "visits", w.visits,
		"practices", w.practices, "disseminated", w.disseminated))
	if w.risks.Total > 0 {
		out = append(out, b.T("national.sum.risks", "total", w.risks.Total, "unclosed", w.risks.Unclosed, "high", w.risks.UnclosedHigh))
	}
	return out
}
