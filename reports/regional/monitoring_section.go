package regional

import (
	"strconv"
	"strings"

	"baulu/reports/comparison"
	"baulu/reports/pdfdoc"
)

// monitoringSection is section 4: level distributions per round, E and C,
// and the results of each kindergarten.
func (b *builder) monitoringSection() {
	f, m := b.f, &b.f.mon
	b.doc.Section(1, b.t("s4"))
	low, high := num(f.settings.ThresholdLow, 1), num(f.settings.ThresholdHigh, 1)
	b.para(b.tf("s4.framework", len(f.blocks), len(f.inds)))
	b.para(b.tf("s4.levels", low, low, high, high))
	if len(m.rounds) == 0 {
		b.missing("s4.no_rounds")
		return
	}
	var names []string
	for _, r := range m.rounds {
		names = append(names, lower(r.Name(f.opts.Lang))+" ("+r.Start.DMY()+" – "+r.End.DMY()+")")
	}
	b.para(b.tf("s4.rounds", strings.Join(names, ", ")))
	if !m.scored() {
		b.missing("s4.no_scores")
		return
	}
	b.doc.Section(2, b.t("s4.1"))
	var rows [][]string
	for _, d := range m.dist {
		name := d.round.Name(f.opts.Lang)
		rows = append(rows, distRow(name, b.t("arm.e.letter"), d.e), distRow("", b.t("arm.c.letter"), d.c))
	}
	b.table("s4.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.t("col.round"), Weight: 1},
			{Title: b.t("col.arm"), Width: 19, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.assessed"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.level1"), Width: 25.5, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.level2"), Width: 25.5, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.level3"), Width: 25.5, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.mean"), Width: 27, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
	b.note(b.t("note.levels") + " " + b.t("note.ec"))
	b.figure(b.figs.levels, "s4.figure")
	if len(m.dist) > 1 {
		first, last := m.dist[0], m.dist[len(m.dist)-1]
		b.para(b.tf("s4.share3", lower(first.round.Name(f.opts.Lang)), lower(last.round.Name(f.opts.Lang)),
			fnum(first.e.CutShare, 1), fnum(last.e.CutShare, 1), fnum(first.c.CutShare, 1), fnum(last.c.CutShare, 1)))
	}
	if m.main == nil || len(m.byKg) == 0 {
		return
	}
	b.doc.Section(2, b.t("s4.2"))
	b.para(b.tf("s4.kg", lower(m.baseline.Name(f.opts.Lang)), lower(m.to.Name(f.opts.Lang))))
	var kgRows [][]string
	for _, k := range m.byKg {
		e, c := k.res.Experimental, k.res.Control
		kgRows = append(kgRows, []string{f.kgLabel(k.id),
			fnum(e.From.Mean, 2), fnum(e.To.Mean, 2), fnum(c.From.Mean, 2), fnum(c.To.Mean, 2),
			fnum(e.To.CutShare, 1) + " / " + fnum(c.To.CutShare, 1)})
	}
	from, to := b.t("short."+m.baseline.Kind), b.t("short."+m.to.Kind)
	b.table("s4.kg.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.t("col.kindergarten"), Weight: 1},
			{Title: b.tf("col.e.round", from), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.tf("col.e.round", to), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.tf("col.c.round", from), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.tf("col.c.round", to), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.tf("col.share3.ec", to), Width: 30, Align: pdfdoc.AlignCenter},
		},
		Rows: kgRows,
	})
	b.figure(b.figs.kgMean, "s4.kg.figure")
}

// distRow is a row of the level table: "88 (54,3 %)" per level.
func distRow(round, arm string, s comparison.RoundStats) []string {
	row := []string{round, arm, strconv.Itoa(s.N)}
	for i := range 3 {
		if s.N == 0 {
			row = append(row, dash)
			continue
		}
		row = append(row, strconv.Itoa(s.Levels[i])+" ("+fnum(s.Percent[i], 1)+nbsp+"%)")
	}
	return append(row, meanSD(s.Mean, s.SD))
}
