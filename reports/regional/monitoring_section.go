package regional

import (
	"strings"

	"baulu/data"
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
	b.roundsHeld()
	b.Para(b.approvalSentence(m.rounds))
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
		b.Para(b.T("regional.s4.share3", "from", format.Lower(first.round.Name(f.opts.Lang)), "to", format.Lower(last.round.Name(f.opts.Lang)), "e_from", format.Pct(b.Lang, first.e.CutShare), "e_to", format.Pct(b.Lang, last.e.CutShare), "c_from", format.Pct(b.Lang, first.c.CutShare), "c_to", format.Pct(b.Lang, last.c.CutShare)))
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

// roundsHeld names the monitoring rounds of the report: those held in the
// period and, for a quarter, those the results rest on (every round ended
// by the quarter's end), saying so when the quarter held none.
func (b *builder) roundsHeld() {
	f, m := b.f, &b.f.mon
	name := func(r data.Round) string {
		return format.Lower(r.Name(f.opts.Lang)) + " (" + r.Start.DMY() + " – " + r.End.DMY() + ")"
	}
	var all, held []string
	for _, r := range m.rounds {
		all = append(all, name(r))
	}
	if f.opts.Kind != Quarterly {
		b.Para(b.T("regional.s4.rounds", "list", strings.Join(all, ", ")))
		return
	}
	for _, r := range f.allRound {
		end := r.End
		if end.IsZero() {
			end = r.Start
		}
		if !r.Start.After(f.period.to) && !end.Before(f.period.from) {
			held = append(held, name(r))
		}
	}
	if len(held) == 0 {
		b.Para(b.T("regional.s4.rounds.none") + " " + b.T("regional.s4.rounds.earlier", "list", strings.Join(all, ", ")))
		return
	}
	b.Para(b.T("regional.s4.rounds.quarter", "list", strings.Join(held, ", ")) + " " +
		b.T("regional.s4.rounds.earlier", "list", strings.Join(all, ", ")))
}
