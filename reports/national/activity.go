package national

import (
	"context"
	"fmt"

	"baulu/data"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
)

// work is a region's methodical work of the pilot year beside its events:
// support visits, best practices and risks, counted by the rules of the
// regional report (data.Visit.Overdue, data.TallyRisks).
type work struct {
	visits, overdue int
	practices       int
	disseminated    int
	risks           data.RiskTally
}

// add adds o's counts, for the pooled totals.
func (w *work) add(o work) {
	w.visits += o.visits
	w.overdue += o.overdue
	w.practices += o.practices
	w.disseminated += o.disseminated
	w.risks.Total += o.risks.Total
	w.risks.Unclosed += o.risks.Unclosed
	w.risks.UnclosedHigh += o.risks.UnclosedHigh
}

// loadWork counts a region's visits, practices and risks.
func (f *facts) loadWork(ctx context.Context, s *data.Store, code string) (work, error) {
	var w work
	visits, err := s.Visits(ctx, code)
	if err != nil {
		return w, fmt.Errorf("visits of %s: %w", code, err)
	}
	for _, v := range visits {
		if !f.opts.Period.Contains(v.VisitedOn) {
			continue
		}
		w.visits++
		if v.Overdue(f.today) {
			w.overdue++
		}
	}
	practices, err := s.Practices(ctx, code)
	if err != nil {
		return w, fmt.Errorf("practices of %s: %w", code, err)
	}
	for _, p := range practices {
		w.practices++
		if p.Status == data.PracticeDisseminated {
			w.disseminated++
		}
	}
	risks, err := s.Risks(ctx, code)
	if err != nil {
		return w, fmt.Errorf("risks of %s: %w", code, err)
	}
	w.risks = data.TallyRisks(risks)
	return w, nil
}

// activity is the section on the centres' methodical work pooled: events,
// visits, practices and risks region by region, with the totals.
func (b *builder) activity() {
	f, t := b.f, b.f.sum
	b.Doc.Section(1, b.T("national.sa"))
	if len(f.present) == 0 {
		b.Missing(b.T("national.s2.none"))
		return
	}
	b.Para(b.T("national.sa.summary", "events", t.events, "hours", format.Hours(b.Lang, t.hours), "visits", t.work.visits,
		"practices", t.work.practices, "disseminated", t.work.disseminated, "risks", t.work.risks.Total,
		"unclosed", t.work.risks.Unclosed, "high", t.work.risks.UnclosedHigh))
	row := func(name string, events int, w work) []string {
		n := func(k int) string { return format.Int(b.Lang, k) }
		return []string{name, n(events), unbroken(n(w.visits) + " / " + n(w.overdue)), unbroken(n(w.practices) + " / " + n(w.disseminated)),
			unbroken(n(w.risks.Unclosed) + " / " + n(w.risks.UnclosedHigh))}
	}
	var rows [][]string
	for _, r := range f.present {
		rows = append(rows, row(b.regionName(r), r.region.Events, r.work))
	}
	b.Table(b.T("national.sa.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("national.col.region"), Weight: 1.6},
			{Title: b.T("national.col.events"), Weight: 1, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.visits"), Weight: 1.1, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.practices"), Weight: 1.2, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.risks"), Weight: 1.2, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: row(b.T("national.all"), t.events, t.work),
	})
	b.Note(b.T("national.note.activity"))
}

// activityRecommendations name the regions with follow-ups overdue and
// with high risks not closed.
func (b *builder) activityRecommendations() []string {
	var overdue, risky []*regionFacts
	for _, r := range b.f.present {
		if r.work.overdue > 0 {
			overdue = append(overdue, r)
		}
		if r.work.risks.UnclosedHigh > 0 {
			risky = append(risky, r)
		}
	}
	var out []string
	if len(risky) > 0 {
		out = append(out, b.T("national.r.risks", "list", b.names(risky)))
	}
	if len(overdue) > 0 {
		out = append(out, b.T("national.r.overdue", "list", b.names(overdue)))
	}
	return out
}
