package regional

import (
	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// comparisonSection is section 5: E vs C with every test and the verdict.
func (b *builder) comparisonSection() {
	f, m := b.f, &b.f.mon
	b.Doc.Section(1, b.T("s5"))
	switch {
	case m.main != nil:
	case m.base != nil && m.scored():
		b.baselineOnly(*m.base)
		return
	default:
		b.Missing("s5.no_data")
		return
	}
	r := *m.main
	from, to := m.baseline.Name(f.opts.Lang), m.to.Name(f.opts.Lang)
	b.Para(b.Tf("s5.intro", from, to))
	lang := f.opts.Lang
	b.Doc.Section(2, b.T("s5.1"))
	b.Table("s5.desc.table", resultdoc.Descriptive(r, lang, lower(from), lower(to)))
	b.Doc.Section(2, b.T("s5.2"))
	b.Table("s5.tests.table", resultdoc.Tests(r, lang, lower(from), lower(to)))
	b.Note(resultdoc.TestsNote(lang))
	b.Doc.Section(2, b.T("s5.3"))
	for _, s := range comparison.Verdict(r, f.opts.Lang) {
		b.Para(s)
	}
	if f.opts.Kind == Regional && len(m.summary) > 0 {
		b.Doc.Section(2, b.T("s5.4"))
		b.Para(b.Tf("s5.summary", lower(from), lower(to)))
		b.summaryTable(comparison.RowKindergarten, "s5.kg.table", "col.kindergarten")
		b.summaryTable(comparison.RowIndicator, "s5.ind.table", "col.indicator")
		b.Note(b.T("note.summary"))
	}
}

// baselineOnly compares the arms at the baseline, when no later round of
// the period has scores yet.
func (b *builder) baselineOnly(r comparison.Result) {
	from := lower(b.f.mon.baseline.Name(b.f.opts.Lang))
	b.Para(b.T("s5.baseline_only"))
	b.Table("s5.tests.table", resultdoc.BaselineTests(r, b.f.opts.Lang, from))
	chi, mw := r.AtFrom.ChiSquare, r.AtFrom.MannWhitney
	switch {
	case !chi.Computable && !mw.Computable:
		b.Para(b.T("s5.baseline.na"))
	case significant(chi.Computable, chi.P) || significant(mw.Computable, mw.P):
		b.Para(b.Tf("s5.baseline.differ", pval(float64(chi.P)), pval(float64(mw.P))))
	default:
		b.Para(b.Tf("s5.baseline.same", pval(float64(chi.P)), pval(float64(mw.P))))
	}
	b.Note(resultdoc.TestsNote(b.f.opts.Lang))
}

func significant(ok bool, p comparison.Float) bool { return ok && float64(p) < comparison.Alpha }

// summaryTable lists the summary rows of one kind (kindergarten or
// indicator), in the summary's order (largest DiD first).
func (b *builder) summaryTable(kind, captionKey, nameKey string) {
	f := b.f
	names := map[int64]string{}
	for _, in := range f.inds {
		names[in.ID] = in.Code + " – " + in.Name(f.opts.Lang)
	}
	var rows [][]string
	for _, r := range f.mon.summary {
		if r.Kind != kind {
			continue
		}
		name := f.kgLabel(r.KindergartenID)
		if kind == comparison.RowIndicator {
			name = names[r.IndicatorID]
			if name == "" {
				name = r.IndicatorCode
			}
		}
		phi := fnum(r.PhiStar, 2)
		if r.PhiSignificance != analysis.NotSignificant && !r.PhiStar.NaN() {
			phi += "*"
		}
		rows = append(rows, []string{name, pair(r.PairedE, r.PairedC), signedF(r.GainE), signedF(r.GainC),
			signedF(r.DiD), phi, pval(float64(r.WelchP))})
	}
	b.Table(captionKey, pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T(nameKey), Weight: 1},
			{Title: b.T("col.pairs"), Width: 20, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.gain.e"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.gain.c"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: "DiD", Width: 17, Align: pdfdoc.AlignCenter},
			{Title: "φ*", Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.p.welch"), Width: 20, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
}
