package national

import (
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
)

// levelTableMM is about the height of the level table with its caption.
const levelTableMM = 85

// monitoring is section 3: the level distribution of every region's
// children pooled, baseline and final, per arm.
func (b *builder) monitoring() {
	f := b.f
	b.Doc.Section(1, b.T("national.s3"))
	low, high := format.Num(b.Lang, f.settings.ThresholdLow, 1), format.Num(b.Lang, f.settings.ThresholdHigh, 1)
	b.Para(b.T("national.s3.levels", "low", low, "high", high))
	if !scored(f) {
		b.Missing(b.T("national.s3.none"))
		return
	}
	lang := f.opts.Lang
	b.Para(b.T("national.s3.pooled", "from", b.roundName(true), "to", b.roundName(false)))
	e, c := f.all.Experimental, f.all.Control
	// The four rows of the table stay together: one row under a repeated
	// header on the next page reads badly.
	b.Doc.KeepSpace(levelTableMM)
	b.Table(b.T("national.s3.table", "scope", b.scope()), resultdoc.Levels(lang, []resultdoc.RoundLevels{
		{Round: f.from.Name(lang), E: e.From, C: c.From},
		{Round: f.to.Name(lang), E: e.To, C: c.To},
	}))
	b.Note(b.T("national.note.levels"))
	b.Figure(b.figs.levels, b.T("national.s3.figure", "scope", b.scope()))
	b.Para(b.T("national.s3.share3", "from", b.roundName(true), "to", b.roundName(false), "e_from", format.Pct(b.Lang, e.From.CutShare), "e_to", format.Pct(b.Lang, e.To.CutShare), "c_from", format.Pct(b.Lang, c.From.CutShare), "c_to", format.Pct(b.Lang, c.To.CutShare)))
}

// comparison is section 4: experimental against control groups in each
// region, then all regions pooled with every test and the verdict.
func (b *builder) comparison() {
	f := b.f
	b.Doc.Section(1, b.T("national.s4"))
	if !scored(f) {
		b.Missing(b.T("national.s4.none"))
		return
	}
	lang := f.opts.Lang
	from, to := b.roundName(true), b.roundName(false)
	b.Doc.Section(2, b.T("national.s4.1"))
	b.Para(b.T("national.s4.intro", "from", from, "to", to))
	b.regionsTable()
	b.Note(b.T("national.note.regions", "round", to))
	for i, png := range b.figs.gains {
		caption := b.T("national.s4.figure")
		if part := b.figs.parts[i]; len(b.figs.parts) > 1 {
			caption = b.T("national.s4.figure.n", "first", part[0].info.Name(lang), "last", part[len(part)-1].info.Name(lang))
		}
		b.Figure(png, caption)
	}
	if b.figs.negative {
		b.Note(b.T("national.note.negative"))
	}
	if b.figs.forest != nil {
		b.Para(b.T("national.forest.intro"))
		b.Figure(b.figs.forest, b.T("national.forest.figure"))
	}
	b.regionFindings()

	r := f.all
	caveats, results := comparison.VerdictParts(r, lang)
	b.Doc.Section(2, b.T("national.s4.2"))
	b.Para(b.T("national.s4.2.intro", "n", len(f.present)))
	// Caveats first, then the primary result with the groups of every
	// region as clusters, then the child-level tables.
	for _, s := range caveats {
		b.Para(s)
	}
	b.Table(b.T("national.s4.design.table"), resultdoc.Design(r, lang))
	b.Table(b.T("national.s4.primary.table"), resultdoc.Primary(r, lang))
	b.Note(resultdoc.PrimaryNote(lang))
	b.Table(b.T("national.s4.desc.table"), resultdoc.Descriptive(r, lang, from, to))
	b.Table(b.T("national.s4.tests.table"), resultdoc.Tests(r, lang, from, to))
	b.Note(resultdoc.TestsNote(lang))
	b.Doc.Section(2, b.T("national.s4.3"))
	for _, s := range results {
		b.Para(s)
	}
}

// regionsTable compares the arms in each region, the pooled figures last.
func (b *builder) regionsTable() {
	var rows [][]string
	for _, r := range b.f.present {
		rows = append(rows, comparisonRow(b.Lang, b.regionName(r), r.region.Result))
	}
	b.Table(b.T("national.s4.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("national.col.region"), Weight: 1},
			{Title: b.T("national.col.pairs"), Width: 25, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.gain.e"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.gain.c"), Width: 21, Align: pdfdoc.AlignCenter},
			{Title: b.T("labels.term.did.symbol"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: "φ*", Width: 17, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.p.mw"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.p.welch"), Width: 17, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: comparisonRow(b.Lang, b.T("national.all"), b.f.all),
	})
}

// comparisonRow is one region's line: pairs, gains, DiD, φ* with its
// significance marks, and the p of Mann–Whitney (final round) and Welch.
func comparisonRow(lang, name string, r comparison.Result) []string {
	phi := format.Dash
	if p := r.AtTo.Phi; p.Computable {
		phi = format.Num(lang, p.PhiStar, 2) + format.Stars(p.Significance)
	}
	mw := format.Dash
	if r.AtTo.MannWhitney.Computable {
		mw = format.PValue(lang, r.AtTo.MannWhitney.P)
	}
	welch := format.Dash
	if r.Gains.Computable {
		welch = format.PValue(lang, r.Gains.P)
	}
	return []string{name, format.Pair(lang, r.Experimental.Paired, r.Control.Paired),
		format.Signed(lang, r.Experimental.Gain.Mean, 2), format.Signed(lang, r.Control.Gain.Mean, 2),
		format.Signed(lang, r.DiD, 2), phi, mw, welch}
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
		b.Para(b.T("national.s4.sig", "n", len(fd.better), "compared", len(fd.compared)))
	}
	if len(fd.notSig) > 0 {
		b.Para(b.T("national.s4.ns", "list", b.names(fd.notSig)))
	}
	if len(fd.worse) > 0 {
		b.Para(b.T("national.s4.neg", "list", b.names(fd.worse)))
	}
	if len(fd.baseline) > 0 {
		b.Para(b.T("national.s4.baseline", "list", b.names(fd.baseline)))
	}
	if len(fd.small) > 0 {
		b.Para(b.T("national.s4.small", "limit", comparison.SmallSampleLimit, "list", b.names(fd.small)))
	}
	if len(fd.uncompared) > 0 {
		b.Para(b.T("national.s4.uncompared", "list", b.names(fd.uncompared)))
	}
}
