package national

import (
	"baulu/data/text"
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
	b.Note(b.T("national.note.regions", "round", to, "min", comparison.MinGroupsForVerdict))
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
// Its difference and p are each region's primary result, the groups taken
// into account (CR2 errors, cluster = group); φ* is child-level.
func (b *builder) regionsTable() {
	var rows [][]string
	for _, r := range b.f.present {
		rows = append(rows, comparisonRow(b.Lang, b.regionName(r), r.region.Result))
	}
	b.Table(b.T("national.s4.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("national.col.region"), Weight: 1},
			{Title: b.T("national.col.groups"), Width: 20, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.pairs"), Width: 24, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.gains"), Width: 26, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.did.cr2"), Width: 24, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.p.cr2"), Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.phi.child"), Width: 19, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Total: comparisonRow(b.Lang, b.T("national.all"), b.f.all),
	})
}

// comparisonRow is one region's line: groups and pairs, the gains E / C, the
// primary result's difference E − C with its 95 % interval and p (a dash
// for the p without a causal verdict: fewer than MinGroupsForVerdict
// groups in an arm), and the child-level φ* with its significance marks.
func comparisonRow(lang, name string, r comparison.Result) []string {
	phi := format.Dash
	if p := r.AtTo.Phi; p.Computable {
		phi = format.Num(lang, p.PhiStar, 2) + format.Stars(p.Significance)
	}
	g := r.Primary.Gain
	diff, p := format.Signed(lang, r.DiD, 2), format.Dash
	if g.Computable {
		diff = format.Signed(lang, g.Estimate, 2) + "\n" + text.T(lang, "resultview.p.ci", "low", format.Num(lang, g.CILow, 2), "high", format.Num(lang, g.CIHigh, 2))
		if r.Primary.Causal {
			p = format.PValue(lang, g.P)
		}
	}
	return []string{name, format.Pair(lang, r.Design.E.Groups, r.Design.C.Groups), format.Pair(lang, r.Experimental.Paired, r.Control.Paired),
		format.Signed(lang, r.Experimental.Gain.Mean, 2) + " / " + format.Signed(lang, r.Control.Gain.Mean, 2), diff, p, phi}
}

// findings sorts the present regions by what their primary result shows:
// the gain difference with CR2 errors, cluster = group. A region with
// fewer than MinGroupsForVerdict groups in an arm is only described (few):
// its method and teachers cannot be told apart.
type findings struct {
	compared, tested, better, worse, notSig, few, baseline, small, uncompared []*regionFacts
}

// clusteredSignificant reports whether r's primary result found a
// difference at α = 0.05 with enough groups for a causal verdict.
func clusteredSignificant(r comparison.Result) bool {
	g := r.Primary.Gain
	return r.Primary.Causal && g.Computable && float64(g.P) < comparison.Alpha
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
		case !res.Primary.Causal:
			out.few = append(out.few, r)
		case clusteredSignificant(res) && res.Primary.Gain.Estimate > 0:
			out.better = append(out.better, r)
		case clusteredSignificant(res):
			out.worse = append(out.worse, r)
		default:
			out.notSig = append(out.notSig, r)
		}
		if res.Primary.Causal {
			out.tested = append(out.tested, r)
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

// regionFindings words the regions table: how many of the regions with
// enough groups show a significant gain, the regions only described, those
// that show none, those whose groups differed at the start and those with
// small samples.
func (b *builder) regionFindings() {
	fd := b.f.findings()
	if len(fd.tested) > 0 {
		b.Para(b.T("national.s4.sig", "n", len(fd.better), "tested", len(fd.tested), "min", comparison.MinGroupsForVerdict))
	}
	if len(fd.few) > 0 {
		b.Para(b.T("national.s4.descriptive", "min", comparison.MinGroupsForVerdict, "list", b.names(fd.few)))
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
