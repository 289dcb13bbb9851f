package national

import (
	"math"

	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/resultdoc"
)

// conclusions is section 5: what the figures support and what they do
// not, then the recommendations they lead to. Like the verdict, it claims
// no more than the tests show, and names the regions whose results need
// care.
func (b *builder) conclusions() {
	b.Doc.Section(1, b.T("national.s5"))
	for _, p := range b.conclusionParagraphs() {
		b.Para(p)
	}
	b.recommend(b.recommendations())
}

// conclusionParagraphs are the paragraphs of section 5: the coverage, the
// pooled comparison with its caveats first, the regions' results.
func (b *builder) conclusionParagraphs() []string {
	f := b.f
	if len(f.present) == 0 {
		return []string{b.T("national.c.none")}
	}
	out := []string{b.coverageSentence()}
	r := f.all
	switch {
	case !scored(f) || r.NoData:
		return append(out, b.T("national.c.mon.none"))
	case r.Experimental.Children == 0 || r.Control.Children == 0:
		return append(out, b.T("national.c.mon.one_arm"))
	}
	out = append(out, b.T("national.c.caveat.pooled"))
	pooled, _ := b.pooledConclusions(r)
	out = append(out, pooled...)
	return append(out, b.regionSentences()...)
}

// coverageSentence says how many regions the report rests on and which
// are missing.
func (b *builder) coverageSentence() string {
	t := b.f.sum
	s := b.T("national.c.coverage", "present", len(b.f.present), "total", b.f.regions, "kgs", t.kgs, "groups", t.groupsE+t.groupsC, "children", t.childrenE+t.childrenC)
	if len(b.f.missing) > 0 {
		s += " " + b.T("national.c.missing", "list", b.missingNames())
	}
	return s
}

// missingNames joins the names of the regions without data, shortened
// as names shortens them.
func (b *builder) missingNames() string {
	var names []string
	for _, r := range b.f.missing {
		names = append(names, r.Name(b.f.opts.Lang))
	}
	return b.list(names)
}

// regionSentences word the regions' comparisons: how many show an effect,
// the range of the gains' difference, the regions that need care.
func (b *builder) regionSentences() []string {
	f := b.f
	var out []string
	fd := f.findings()
	if len(fd.tested) > 0 {
		out = append(out, b.T("national.c.regions", "n", len(fd.better), "tested", len(fd.tested), "min", comparison.MinGroupsForVerdict))
	}
	if len(fd.few) > 0 {
		out = append(out, b.T("national.c.regions.descriptive", "min", comparison.MinGroupsForVerdict, "list", b.names(fd.few)))
	}
	if len(fd.compared) > 0 {
		if lo, hi := didRange(fd.compared); lo != nil && lo != hi {
			out = append(out, b.T("national.c.range", "low", format.Signed(b.Lang, lo.region.Result.DiD, 2), "low_region", lo.info.Name(f.opts.Lang), "high", format.Signed(b.Lang, hi.region.Result.DiD, 2), "high_region", hi.info.Name(f.opts.Lang)))
		}
	}
	if len(fd.notSig) > 0 {
		out = append(out, b.T("national.c.regions.ns", "list", b.names(fd.notSig)))
	}
	if len(fd.worse) > 0 {
		out = append(out, b.T("national.c.regions.neg", "list", b.names(fd.worse)))
	}
	if len(fd.baseline) > 0 {
		out = append(out, b.T("national.c.caveat.baseline", "list", b.names(fd.baseline)))
	}
	if len(fd.small) > 0 {
		out = append(out, b.T("national.c.caveat.small", "list", b.names(fd.small)))
	}
	return out
}

// recommendations are what the figures ask of the Institute, those naming
// regions first; the executive summary takes the first three.
func (b *builder) recommendations() []string {
	f := b.f
	if len(f.present) == 0 {
		return []string{b.T("national.r.missing.all")}
	}
	var recs []string
	rec := func(s string) { recs = append(recs, s) }
	r := f.all
	if !scored(f) || r.NoData || r.Experimental.Children == 0 || r.Control.Children == 0 {
		if len(f.missing) > 0 {
			rec(b.T("national.r.missing", "list", b.missingNames()))
		}
		rec(b.T("national.r.mon.none"))
		return recs
	}
	fd := f.findings()
	if weak := append(append([]*regionFacts{}, fd.notSig...), fd.worse...); len(weak) > 0 {
		rec(b.T("national.r.regions.ns", "list", b.names(weak)))
	}
	if len(fd.baseline) > 0 {
		rec(b.T("national.r.baseline", "list", b.names(fd.baseline)))
	}
	if len(fd.few) > 0 {
		rec(b.T("national.r.groups", "min", comparison.MinGroupsForVerdict, "list", b.names(fd.few)))
	}
	if len(fd.small) > 0 {
		rec(b.T("national.r.small", "list", b.names(fd.small)))
	}
	if len(f.missing) > 0 {
		rec(b.T("national.r.missing", "list", b.missingNames()))
	}
	for _, s := range b.activityRecommendations() {
		rec(s)
	}
	if _, effect := b.pooledConclusions(r); effect {
		rec(b.T("national.r.spread"))
	} else {
		rec(b.T("national.r.review"))
	}
	return recs
}

// pooledConclusions words the pooled comparison: the gains by the
// primary result first (the groups of every region as clusters, CR2), then
// the share at level III and the child-level φ*; it reports whether the
// primary result shows an effect in favour of the experimental groups.
func (b *builder) pooledConclusions(r comparison.Result) (out []string, effect bool) {
	if g := r.Primary.Gain; g.Computable {
		// Cohen's d is the child-level effect size.
		ci := []any{"low", format.Num(b.Lang, g.CILow, 2), "high", format.Num(b.Lang, g.CIHigh, 2)}
		abs := append([]any{"did", format.Num(b.Lang, math.Abs(float64(g.Estimate)), 2), "p", format.P(b.Lang, g.P)}, ci...)
		signed := append([]any{"did", format.Signed(b.Lang, g.Estimate, 2)}, ci...)
		switch {
		case !r.Primary.Causal:
			out = append(out, b.T("national.c.gain.descriptive", append(signed, "min", comparison.MinGroupsForVerdict)...))
		case clusteredSignificant(r) && g.Estimate > 0:
			out = append(out, b.T("national.c.gain.e", append(abs, "d", format.Num(b.Lang, r.Gains.CohenD, 2))...))
			effect = true
		case clusteredSignificant(r):
			out = append(out, b.T("national.c.gain.c", abs...))
		default:
			out = append(out, b.T("national.c.gain.ns", append(signed, "p", format.P(b.Lang, g.P))...))
		}
	}
	e, c := r.Experimental, r.Control
	if e.From.N > 0 && e.To.N > 0 && c.From.N > 0 && c.To.N > 0 {
		out = append(out, b.T("national.c.share", "scope", b.scope(), "e_change", format.Signed(b.Lang, float64(e.CutShareChange), 1), "e_from", format.Pct(b.Lang, e.From.CutShare), "e_to", format.Pct(b.Lang, e.To.CutShare), "c_change", format.Signed(b.Lang, float64(c.CutShareChange), 1), "c_from", format.Pct(b.Lang, c.From.CutShare), "c_to", format.Pct(b.Lang, c.To.CutShare)))
	}
	phi := r.AtTo.Phi
	switch {
	case !phi.Computable:
	case phi.Significance != analysis.NotSignificant && phi.PhiStar > 0:
		out = append(out, b.T("national.c.phi.e", "phi", format.Num(b.Lang, phi.PhiStar, 2), "p", format.PhiP(b.Lang, phi.Significance)))
	default:
		out = append(out, b.T("national.c.phi.ns", "phi", format.Num(b.Lang, phi.PhiStar, 2)))
	}
	return out, effect
}

// didRange finds the regions with the smallest and the largest DiD.
func didRange(rs []*regionFacts) (lo, hi *regionFacts) {
	for _, r := range rs {
		d := r.region.Result.DiD
		if d.NaN() {
			continue
		}
		if lo == nil || d < lo.region.Result.DiD {
			lo = r
		}
		if hi == nil || d > hi.region.Result.DiD {
			hi = r
		}
	}
	return lo, hi
}

// recommend adds the recommendations as a list under a run-in heading;
// the last clause ends with a full stop.
func (b *builder) recommend(recs []string) {
	if len(recs) == 0 {
		return
	}
	resultdoc.EndList(recs)
	b.RunIn(b.T("national.c.recommendations"))
	b.Doc.Bullets(recs...)
}
