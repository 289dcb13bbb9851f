package regional

import (
	"strings"

	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// monitoringSection is section 4: level distributions per round, E and C,
// and the results of each kindergarten.
func (b *builder) monitoringSection() {
	f, m := b.f, &b.f.mon
	b.Doc.Section(1, b.T("s4"))
	low, high := num(f.settings.ThresholdLow, 1), num(f.settings.ThresholdHigh, 1)
	b.Para(b.Tf("s4.framework", len(f.blocks), len(f.inds)))
	b.Para(b.Tf("s4.levels", low, low, high, high))
	if len(m.rounds) == 0 {
		b.Missing("s4.no_rounds")
		return
	}
	var names []string
	for _, r := range m.rounds {
		names = append(names, lower(r.Name(f.opts.Lang))+" ("+r.Start.DMY()+" – "+r.End.DMY()+")")
	}
	b.Para(b.Tf("s4.rounds", strings.Join(names, ", ")))
	if !m.scored() {
		b.Missing("s4.no_scores")
		return
	}
	b.Doc.Section(2, b.T("s4.1"))
	var rounds []resultdoc.RoundLevels
	for _, d := range m.dist {
		rounds = append(rounds, resultdoc.RoundLevels{Round: d.round.Name(f.opts.Lang), E: d.e, C: d.c})
	}
	b.Table("s4.table", resultdoc.Levels(f.opts.Lang, rounds))
	b.Note(b.T("note.levels") + " " + b.T("note.ec"))
	b.Figure(b.figs.levels, b.T("s4.figure"))
	if len(m.dist) > 1 {
		first, last := m.dist[0], m.dist[len(m.dist)-1]
		b.Para(b.Tf("s4.share3", lower(first.round.Name(f.opts.Lang)), lower(last.round.Name(f.opts.Lang)),
			fnum(first.e.CutShare, 1), fnum(last.e.CutShare, 1), fnum(first.c.CutShare, 1), fnum(last.c.CutShare, 1)))
	}
	if m.main == nil || len(m.byKg) == 0 {
		return
	}
	b.Doc.Section(2, b.T("s4.2"))
	b.Para(b.Tf("s4.kg", lower(m.baseline.Name(f.opts.Lang)), lower(m.to.Name(f.opts.Lang))))
	var kgRows [][]string
	for _, k := range m.byKg {
		e, c := k.res.Experimental, k.res.Control
		kgRows = append(kgRows, []string{f.kgLabel(k.id),
			fnum(e.From.Mean, 2), fnum(e.To.Mean, 2), fnum(c.From.Mean, 2), fnum(c.To.Mean, 2),
			fnum(e.To.CutShare, 1) + " / " + fnum(c.To.CutShare, 1)})
	}
	from, to := b.T("short."+m.baseline.Kind), b.T("short."+m.to.Kind)
	b.Table("s4.kg.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("col.kindergarten"), Weight: 1},
			{Title: b.Tf("col.e.round", from), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.Tf("col.e.round", to), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.Tf("col.c.round", from), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.Tf("col.c.round", to), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.Tf("col.share3.ec", to), Width: 30, Align: pdfdoc.AlignCenter},
		},
		Rows: kgRows,
	})
	b.Figure(b.figs.kgMean, b.T("s4.kg.figure"))
}
