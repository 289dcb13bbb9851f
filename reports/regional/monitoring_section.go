package regional

import (
	"strings"

	"baulu/reports/format"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// monitoringSection is section 4: level distributions per round, E and C,
// and the results of each kindergarten.
func (b *builder) monitoringSection() {
	f, m := b.f, &b.f.mon
	b.Doc.Section(1, b.T("regional.s4"))
	low, high := format.Num(b.Lang, f.settings.ThresholdLow, 1), format.Num(b.Lang, f.settings.ThresholdHigh, 1)
	b.Para(b.T("regional.s4.framework", "blocks", len(f.blocks), "indicators", len(f.inds)))
	b.Para(b.T("regional.s4.levels", "low", low, "high", high))
	if len(m.rounds) == 0 {
		b.Missing(b.T("regional.s4.no_rounds"))
		return
	}
	var names []string
	for _, r := range m.rounds {
		names = append(names, format.Lower(r.Name(f.opts.Lang))+" ("+r.Start.DMY()+" – "+r.End.DMY()+")")
	}
	b.Para(b.T("regional.s4.rounds", "list", strings.Join(names, ", ")) + " " + b.approvalSentence(m.rounds))
	if !m.scored() {
		b.Missing(b.T("regional.s4.no_scores"))
		return
	}
	b.Doc.Section(2, b.T("regional.s4.1"))
	var rounds []resultdoc.RoundLevels
	for _, d := range m.dist {
		rounds = append(rounds, resultdoc.RoundLevels{Round: d.round.Name(f.opts.Lang), E: d.e, C: d.c})
	}
	b.Table(b.T("regional.s4.table"), resultdoc.Levels(f.opts.Lang, rounds))
	b.Note(b.T("regional.note.levels") + " " + b.T("regional.note.ec"))
	b.Figure(b.figs.levels, b.T("regional.s4.figure"))
	if len(m.dist) > 1 {
		first, last := m.dist[0], m.dist[len(m.dist)-1]
		b.Para(b.T("regional.s4.share3", "from", format.Lower(first.round.Name(f.opts.Lang)), "to", format.Lower(last.round.Name(f.opts.Lang)), "e_from", format.Num(b.Lang, first.e.CutShare, 1), "e_to", format.Num(b.Lang, last.e.CutShare, 1), "c_from", format.Num(b.Lang, first.c.CutShare, 1), "c_to", format.Num(b.Lang, last.c.CutShare, 1)))
	}
	if m.main == nil || len(m.byKg) == 0 {
		return
	}
	b.Doc.Section(2, b.T("regional.s4.2"))
	b.Para(b.T("regional.s4.kg", "from", format.Lower(m.baseline.Name(f.opts.Lang)), "to", format.Lower(m.to.Name(f.opts.Lang))))
	var kgRows [][]string
	for _, k := range m.byKg {
		e, c := k.res.Experimental, k.res.Control
		kgRows = append(kgRows, []string{f.kgLabel(k.id),
			format.Num(b.Lang, e.From.Mean, 2), format.Num(b.Lang, e.To.Mean, 2), format.Num(b.Lang, c.From.Mean, 2), format.Num(b.Lang, c.To.Mean, 2),
			format.Num(b.Lang, e.To.CutShare, 1) + " / " + format.Num(b.Lang, c.To.CutShare, 1)})
	}
	from, to := b.T("regional.short."+m.baseline.Kind), b.T("regional.short."+m.to.Kind)
	b.Table(b.T("regional.s4.kg.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("regional.col.kindergarten"), Weight: 1},
			{Title: b.T("regional.col.e.round", "round", from), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.e.round", "round", to), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.c.round", "round", from), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.c.round", "round", to), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.share3.ec", "round", to), Width: 30, Align: pdfdoc.AlignCenter},
		},
		Rows: kgRows,
	})
	b.Figure(b.figs.kgMean, b.T("regional.s4.kg.figure"))
}
