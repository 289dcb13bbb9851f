package national

import (
	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/docfmt"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// levelTableMM is about the height of the level table with its caption.
const levelTableMM = 85

// monitoring is section 3: the level distribution of every region's
// children pooled, baseline and final, per arm.
func (b *builder) monitoring() {
	f := b.f
	b.Doc.Section(1, b.T("s3"))
	low, high := docfmt.Num(f.settings.ThresholdLow, 1), docfmt.Num(f.settings.ThresholdHigh, 1)
	b.Para(b.Tf("s3.levels", low, low, high, high))
	if !scored(f) {
		b.Missing("s3.none")
		return
	}
	lang := f.opts.Lang
	b.Para(b.Tf("s3.pooled", b.roundName(true), b.roundName(false)))
	e, c := f.all.Experimental, f.all.Control
	// The four rows of the table stay together: one row under a repeated
	// header on the next page reads badly.
	b.Doc.KeepSpace(levelTableMM)
	b.Table("s3.table", resultdoc.Levels(lang, []resultdoc.RoundLevels{
		{Round: f.from.Name(lang), E: e.From, C: c.From},
		{Round: f.to.Name(lang), E: e.To, C: c.To},
	}))
	b.Note(b.T("note.levels"))
	b.Figure(b.figs.levels, b.T("s3.figure"))
	pct := func(x comparison.Float) string { return docfmt.Pct(float64(x)) }
	b.Para(b.Tf("s3.share3", b.roundName(true), b.roundName(false),
		pct(e.From.CutShare), pct(e.To.CutShare), pct(c.From.CutShare), pct(c.To.CutShare)))
}

// comparison is section 4: experimental against control groups in each
// region, then all regions pooled with every test and the verdict.
func (b *builder) comparison() {
	f := b.f
	b.Doc.Section(1, b.T("s4"))
	if !scored(f) {
		b.Missing("s4.none")
		return
	}
	lang := f.opts.Lang
	from, to := b.roundName(true), b.roundName(false)
	b.Doc.Section(2, b.T("s4.1"))
	b.Para(b.Tf("s4.intro", from, to))
	b.regionsTable()
	b.Note(b.Tf("note.regions", to, to))
	for i, png := range b.figs.gains {
		caption := b.T("s4.figure")
		if part := b.figs.parts[i]; len(b.figs.parts) > 1 {
			caption = b.Tf("s4.figure.n", part[0].info.Name(lang), part[len(part)-1].info.Name(lang))
		}
		b.Figure(png, caption)
	}
	if b.figs.negative {
		b.Note(b.T("note.negative"))
	}
	b.regionFindings()

	r := f.all
	b.Doc.Section(2, b.T("s4.2"))
	b.Para(b.Tf("s4.2.intro", len(f.present)))
	b.Table("s4.desc.table", resultdoc.Descriptive(r, lang, from, to))
	b.Table("s4.tests.table", resultdoc.Tests(r, lang, from, to))
	b.Note(resultdoc.TestsNote(lang))
	b.Doc.Section(2, b.T("s4.3"))
	for _, s := range comparison.Verdict(r, lang) {
		b.Para(s)
	}
}

// regionsTable compares the arms in each region, the pooled figures last.
func (b *builder) regionsTable() {
	var rows [][]string
	for _, r := range b.f.present {
		rows = append(rows, comparisonRow(b.regionName(r), r.region.Result))
	}
	b.Table("s4.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("col.region"), Weight: 1},
			{Title: b.T("col.pairs"), Width: 22, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.gain.e"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.gain.c"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: "DiD", Width: 14, Align: pdfdoc.AlignCenter},
			{Title: "φ*", Width: 17, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.p.mw"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: b.T("col.p.welch"), Width: 17, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: comparisonRow(b.T("all"), b.f.all),
	})
}

// comparisonRow is one region's line: pairs, gains, DiD, φ* with its
// significance marks, and the p of Mann–Whitney (final round) and Welch.
func comparisonRow(name string, r comparison.Result) []string {
	phi := docfmt.Dash
	if p := r.AtTo.Phi; p.Computable {
		phi = docfmt.Float(p.PhiStar, 2) + phiMarks(p.Significance)
	}
	mw := docfmt.Dash
	if r.AtTo.MannWhitney.Computable {
		mw = docfmt.PValue(float64(r.AtTo.MannWhitney.P))
	}
	welch := docfmt.Dash
	if r.Gains.Computable {
		welch = docfmt.PValue(float64(r.Gains.P))
	}
	return []string{name, docfmt.Pair(r.Experimental.Paired, r.Control.Paired),
		docfmt.SignedFloat(r.Experimental.Gain.Mean), docfmt.SignedFloat(r.Control.Gain.Mean),
		docfmt.SignedFloat(r.DiD), phi, mw, welch}
}

// phiMarks are the stars of φ*'s significance: * at p ≤ 0.05, ** at 0.01.
func phiMarks(s analysis.Significance) string {
	switch s {
	case analysis.SignificantAt01:
		return "**"
	case analysis.SignificantAt05:
		return "*"
	}
	return ""
}

// findings sorts the present regions by what their comparison shows.
type findings struct {
	compared, better, worse, notSig, baseline, small, uncompared []*regionFacts
}

// welchSignificant reports whether Welch's test of the gains found a
// difference at α = 0.05.
func welchSignificant(r comparison.Result) bool {
	return r.Gains.Computable && float64(r.Gains.P) < comparison.Alpha
}

func (f *facts) findings() findings {
	var out findings
	for _, r := range f.present {
		res := r.region.Result
		if !compared(res) {
			out.uncompared = append(out.uncompared, r)
			continue
		}
		out.compared = append(out.compared, r)
		switch {
		case welchSignificant(res) && res.DiD > 0:
			out.better = append(out.better, r)
		case welchSignificant(res):
			out.worse = append(out.worse, r)
		default:
			out.notSig = append(out.notSig, r)
		}
		if res.Has(comparison.WarnBaselineDifference) {
			out.baseline = append(out.baseline, r)
		}
		if res.Has(comparison.WarnSmallSample) {
			out.small = append(out.small, r)
		}
	}
	return out
}

// regionFindings words the regions table: how many regions show a
// significant gain, and names those that do not, those whose groups
// differed at the start and those with small samples.
func (b *builder) regionFindings() {
	fd := b.f.findings()
	if len(fd.compared) > 0 {
		b.Para(b.Tf("s4.sig", len(fd.better), len(fd.compared)))
	}
	if len(fd.notSig) > 0 {
		b.Para(b.Tf("s4.ns", b.names(fd.notSig)))
	}
	if len(fd.worse) > 0 {
		b.Para(b.Tf("s4.neg", b.names(fd.worse)))
	}
	if len(fd.baseline) > 0 {
		b.Para(b.Tf("s4.baseline", b.names(fd.baseline)))
	}
	if len(fd.small) > 0 {
		b.Para(b.Tf("s4.small", comparison.SmallSampleLimit, b.names(fd.small)))
	}
	if len(fd.uncompared) > 0 {
		b.Para(b.Tf("s4.uncompared", b.names(fd.uncompared)))
	}
}
