package national

import (
	"math"
	"strings"

	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/docfmt"
	"baulu/reports/pdfdoc"
)

// conclusions is section 5: what the figures support and what they do
// not, then the recommendations they lead to. Like the verdict, it claims
// no more than the tests show, and names the regions whose results need
// care.
func (b *builder) conclusions() {
	b.Doc.Section(1, b.T("s5"))
	f := b.f
	if len(f.present) == 0 {
		b.Para(b.T("c.none"))
		b.recommend([]string{b.T("r.missing.all")})
		return
	}
	t := f.sum
	b.Para(b.Tf("c.coverage", len(f.present), f.regions, t.kgs, t.groupsE+t.groupsC, t.childrenE+t.childrenC))
	var recs []string
	rec := func(key string, args ...any) { recs = append(recs, b.Tf(key, args...)) }
	if len(f.missing) > 0 {
		var names []string
		for _, r := range f.missing {
			names = append(names, r.Name(f.opts.Lang))
		}
		b.Para(b.Tf("c.missing", strings.Join(names, ", ")))
		rec("r.missing", strings.Join(names, ", "))
	}
	r := f.all
	switch {
	case !scored(f) || r.NoData:
		b.Para(b.T("c.mon.none"))
		rec("r.mon.none")
		b.recommend(recs)
		return
	case r.Experimental.Children == 0 || r.Control.Children == 0:
		b.Para(b.T("c.mon.one_arm"))
		rec("r.mon.none")
		b.recommend(recs)
		return
	}
	effect := b.pooledConclusions(r)
	fd := f.findings()
	if len(fd.compared) > 0 {
		b.Para(b.Tf("c.regions", len(fd.better), len(fd.compared)))
		if lo, hi := didRange(fd.compared); lo != nil && lo != hi {
			b.Para(b.Tf("c.range", docfmt.SignedFloat(lo.region.Result.DiD), lo.info.Name(f.opts.Lang),
				docfmt.SignedFloat(hi.region.Result.DiD), hi.info.Name(f.opts.Lang)))
		}
	}
	if len(fd.notSig) > 0 {
		b.Para(b.Tf("c.regions.ns", b.names(fd.notSig)))
	}
	if len(fd.worse) > 0 {
		b.Para(b.Tf("c.regions.neg", b.names(fd.worse)))
	}
	if len(fd.baseline) > 0 {
		b.Para(b.Tf("c.caveat.baseline", b.names(fd.baseline)))
	}
	if len(fd.small) > 0 {
		b.Para(b.Tf("c.caveat.small", b.names(fd.small)))
	}
	b.Para(b.T("c.caveat.pooled"))
	if effect {
		rec("r.spread")
	} else {
		rec("r.review")
	}
	if weak := append(append([]*regionFacts{}, fd.notSig...), fd.worse...); len(weak) > 0 {
		rec("r.regions.ns", b.names(weak))
	}
	if len(fd.baseline) > 0 {
		rec("r.baseline", b.names(fd.baseline))
	}
	if len(fd.small) > 0 {
		rec("r.small", b.names(fd.small))
	}
	b.recommend(recs)
}

// pooledConclusions words the pooled comparison: the share at level III,
// φ* and the gains; it reports whether they show an effect in favour of
// the experimental groups.
func (b *builder) pooledConclusions(r comparison.Result) (effect bool) {
	e, c := r.Experimental, r.Control
	pct := func(x comparison.Float) string { return docfmt.Pct(float64(x)) }
	if e.From.N > 0 && e.To.N > 0 && c.From.N > 0 && c.To.N > 0 {
		b.Para(b.Tf("c.share", docfmt.Signed(float64(e.CutShareChange), 1), pct(e.From.CutShare), pct(e.To.CutShare),
			docfmt.Signed(float64(c.CutShareChange), 1), pct(c.From.CutShare), pct(c.To.CutShare)))
	}
	phi := r.AtTo.Phi
	switch {
	case !phi.Computable:
	case phi.Significance != analysis.NotSignificant && phi.PhiStar > 0:
		b.Para(b.Tf("c.phi.e", docfmt.Float(phi.PhiStar, 2), docfmt.PhiP(phi.Significance)))
		effect = true
	case phi.Significance != analysis.NotSignificant:
		b.Para(b.Tf("c.phi.c", docfmt.Float(phi.PhiStar, 2), docfmt.PhiP(phi.Significance)))
	default:
		b.Para(b.Tf("c.phi.ns", docfmt.Float(phi.PhiStar, 2)))
	}
	w := r.Gains
	switch {
	case !w.Computable || r.DiD.NaN():
	case welchSignificant(r) && r.DiD > 0:
		b.Para(b.Tf("c.gain.e", docfmt.Float(r.DiD, 2), docfmt.PValue(float64(w.P)), docfmt.Float(w.CohenD, 2)))
		effect = true
	case welchSignificant(r):
		b.Para(b.Tf("c.gain.c", docfmt.Num(math.Abs(float64(r.DiD)), 2), docfmt.PValue(float64(w.P))))
	default:
		b.Para(b.Tf("c.gain.ns", docfmt.Float(r.DiD, 2), docfmt.PValue(float64(w.P))))
	}
	return effect
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
	last := &recs[len(recs)-1]
	*last = strings.TrimSuffix(*last, ";") + "."
	b.Doc.Text(pdfdoc.Para{Text: b.T("c.recommendations"), Bold: true, SpaceAfter: 1})
	b.Doc.Bullets(recs...)
}
