package regional

import (
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// comparisonSection is section 5: E vs C with every test and the verdict.
func (b *builder) comparisonSection() {
	f, m := b.f, &b.f.mon
	b.Doc.Section(1, b.T("regional.s5"))
	switch {
	case m.main != nil:
	case m.base != nil && m.scored():
		b.baselineOnly(*m.base)
		return
	default:
		b.Missing(b.T("regional.s5.no_data"))
		return
	}
	r := *m.main
	from, to := m.baseline.Name(f.opts.Lang), m.to.Name(f.opts.Lang)
	b.Para(b.T("regional.s5.intro", "from", from, "to", to))
	lang := f.opts.Lang
	caveats, results := comparison.VerdictParts(r, lang)
	// Caveats first (ARCHITECTURE: Comparison): the design and what limits
	// the conclusions, then the primary result that respects the groups,
	// then the child-level tables and tests.
	b.Doc.Section(2, b.T("regional.s5.design"))
	for _, s := range caveats {
		b.Para(s)
	}
	b.Table(b.T("regional.s5.design.table"), resultdoc.Design(r, lang))
	b.Doc.Section(2, b.T("regional.s5.primary"))
	b.Table(b.T("regional.s5.primary.table"), resultdoc.Primary(r, lang))
	b.Note(resultdoc.PrimaryNote(lang))
	b.Doc.Section(2, b.T("regional.s5.1"))
	b.Table(b.T("regional.s5.desc.table"), resultdoc.Descriptive(r, lang, format.Lower(from), format.Lower(to)))
	b.Doc.Section(2, b.T("regional.s5.2"))
	b.Table(b.T("regional.s5.tests.table"), resultdoc.Tests(r, lang, format.Lower(from), format.Lower(to)))
	b.Note(resultdoc.TestsNote(lang))
	b.Doc.Section(2, b.T("regional.s5.3"))
	for _, s := range results {
		b.Para(s)
	}
	if f.opts.Kind == Regional && len(m.summary) > 0 {
		b.Doc.Section(2, b.T("regional.s5.4"))
		b.Para(b.T("regional.s5.summary", "from", format.Lower(from), "to", format.Lower(to)))
		b.summaryTable(comparison.RowKindergarten, b.T("regional.s5.kg.table"), b.T("regional.col.kindergarten"))
		b.summaryTable(comparison.RowIndicator, b.T("regional.s5.ind.table"), b.T("regional.col.indicator"))
		b.Note(b.T("regional.note.summary"))
	}
}

// baselineOnly compares the arms at the baseline, when no later round of
// the period has scores yet.
func (b *builder) baselineOnly(r comparison.Result) {
	from := format.Lower(b.f.mon.baseline.Name(b.f.opts.Lang))
	b.Para(b.T("regional.s5.baseline_only"))
	b.Table(b.T("regional.s5.tests.table"), resultdoc.BaselineTests(r, b.f.opts.Lang, from))
	chi, mw := r.AtFrom.ChiSquare, r.AtFrom.MannWhitney
	switch {
	case !chi.Computable && !mw.Computable:
		b.Para(b.T("regional.s5.baseline.na"))
	case significant(chi.Computable, chi.P) || significant(mw.Computable, mw.P):
		b.Para(b.T("regional.s5.baseline.differ", "p_chi", format.P(b.Lang, chi.P), "p_mw", format.P(b.Lang, mw.P)))
	default:
		b.Para(b.T("regional.s5.baseline.same", "p_chi", format.P(b.Lang, chi.P), "p_mw", format.P(b.Lang, mw.P)))
	}
	b.Note(resultdoc.TestsNote(b.f.opts.Lang))
}

func significant(ok bool, p comparison.Float) bool { return ok && float64(p) < comparison.Alpha }

// summaryTable lists the summary rows of one kind (kindergarten or
// indicator), in the summary's order (largest DiD first).
func (b *builder) summaryTable(kind, caption, nameTitle string) {
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
		// Stars from the Holm-adjusted one-sided p of φ* within the table:
		// a negative φ* (control ahead) is never starred.
		phi := format.Num(b.Lang, r.PhiStar, 2) + format.StarsP(r.PhiPHolm)
		rows = append(rows, []string{name, format.Pair(b.Lang, r.PairedE, r.PairedC), format.Signed(b.Lang, r.GainE, 2), format.Signed(b.Lang, r.GainC, 2),
			format.Signed(b.Lang, r.DiD, 2), phi, format.PValue(b.Lang, r.WelchP), format.PValue(b.Lang, r.WelchPHolm)})
	}
	b.Table(caption, pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: nameTitle, Weight: 1},
			{Title: b.T("regional.col.pairs"), Width: 19, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.gain.e"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.gain.c"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.T("labels.term.did.symbol"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: "φ*", Width: 17, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.p.welch"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: b.T("regional.col.p.holm"), Width: 18, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
}
