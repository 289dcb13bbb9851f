package regional

import (
	"math"
	"strings"

	"baulu/data"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/docfmt"
)

// conclusionsSection is section 9: the edited conclusions, or generated ones.
func (b *builder) conclusionsSection() {
	b.Doc.Section(1, b.T("s9"))
	items := b.f.opts.Conclusions
	if len(items) == 0 {
		items = b.conclusions()
	}
	b.lines(items)
}

// conclusions words what the figures show and what follows from them: a
// paragraph per part of the report, then the recommendations as a list.
// Like the verdict, it claims no more than the tests show.
func (b *builder) conclusions() []string {
	f := b.f
	var out, recs []string
	rec := func(key string, args ...any) { recs = append(recs, "– "+b.Tf(key, args...)) }

	ge, gc, ce, cc := f.groupCounts()
	if len(f.groups) == 0 {
		out = append(out, b.T("c.no_groups"))
		rec("r.groups")
	} else {
		out = append(out, b.Tf("c.coverage", len(f.kgs), ge+gc, ge, gc, ce+cc))
	}

	rows, notStarted := f.environment()
	var env envCount
	weakest := ""
	for _, r := range rows {
		env.add(r.envCount)
	}
	switch {
	case len(rows) == 0:
		out = append(out, b.T("c.env.none"))
		rec("r.env.none")
	case env.total() > 0:
		out = append(out, b.Tf("c.env", share(env.full, env.total()), share(env.partly, env.total()),
			share(env.none, env.total())))
		weakest = b.weakestItems(notStarted, 2)
		if env.none > 0 && weakest != "" {
			rec("r.env", weakest)
		}
	}

	s := sumEvents(f.events)
	overdue := 0
	for _, v := range f.visits {
		if v.Overdue(f.today) {
			overdue++
		}
	}
	if s.events == 0 && len(f.visits) == 0 {
		out = append(out, b.T("c.support.none"))
		rec("r.support.none")
	} else {
		out = append(out, b.Tf("c.support", s.events, hours(s.hours), s.people(), len(f.visits)))
		if absent := b.absentKindergartens(); absent != "" && s.events > 0 {
			rec("r.absent", absent)
		}
		if s.events > 0 && s.parents == 0 {
			rec("r.parents")
		}
		if overdue > 0 {
			rec("r.overdue", overdue)
		}
	}

	mon, mrecs := b.monitoringConclusions()
	out = append(out, mon...)
	for _, r := range mrecs {
		recs = append(recs, "– "+r)
	}

	practices := map[string]int{}
	for _, p := range f.practices {
		practices[p.Status]++
	}
	if len(f.practices) > 0 {
		out = append(out, b.Tf("c.practices", len(f.practices), practices[data.PracticeDisseminated]))
		if waiting := practices[data.PracticeCandidate] + practices[data.PracticeRecommended]; waiting > 0 {
			rec("r.practices", waiting)
		}
	} else {
		rec("r.practices.none")
	}

	open, high := 0, 0
	for _, r := range f.risks {
		if r.Open() {
			open++
			if r.Level() == data.RiskHigh {
				high++
			}
		}
	}
	if len(f.risks) > 0 {
		out = append(out, b.Tf("c.risks", len(f.risks), open, high))
		if high > 0 {
			rec("r.risks.high", high)
		}
	}

	noEffect := 0
	for _, c := range f.corrections {
		if strings.TrimSpace(c.Effect) == "" {
			noEffect++
		}
	}
	if len(f.feedback)+len(f.corrections) > 0 {
		out = append(out, b.Tf("c.feedback", len(f.feedback), len(f.corrections)))
		if noEffect > 0 {
			rec("r.effect", noEffect)
		}
	}
	if len(recs) > 0 {
		// A list of clauses ends with a full stop, not a semicolon.
		last := &recs[len(recs)-1]
		*last = strings.TrimSuffix(*last, ";") + "."
		*last = strings.TrimSuffix(*last, "..") + "."
		out = append(out, b.T("c.recommendations"))
		out = append(out, recs...)
	}
	return out
}

// absentKindergartens names the kindergartens that took part in no event.
func (b *builder) absentKindergartens() string {
	took := map[int]bool{}
	for _, e := range b.f.events {
		for _, p := range e.Participation {
			if p.Total() > 0 {
				took[p.KindergartenID] = true
			}
		}
	}
	var names []string
	for _, k := range b.f.kgs {
		if !took[k.ID] {
			names = append(names, b.f.kgLabel(k.ID))
		}
	}
	return strings.Join(names, ", ")
}

// monitoringConclusions words the comparison: the share at level III, the
// gains, the caveats; and the recommendations they support.
func (b *builder) monitoringConclusions() (out, recs []string) {
	m := &b.f.mon
	if !m.scored() || (m.main == nil && m.base == nil) {
		return []string{b.T("c.mon.none")}, []string{b.T("r.mon.none")}
	}
	if m.main == nil {
		r := *m.base
		chi, mw := r.AtFrom.ChiSquare, r.AtFrom.MannWhitney
		if significant(chi.Computable, chi.P) || significant(mw.Computable, mw.P) {
			return []string{b.T("c.base.differ")}, []string{b.T("r.base.differ")}
		}
		return []string{b.T("c.base.same")}, nil
	}
	r := *m.main
	e, c := r.Experimental, r.Control
	if e.Children == 0 || c.Children == 0 {
		return []string{b.T("c.mon.one_arm")}, []string{b.T("r.groups")}
	}
	to := lower(m.to.Name(b.f.opts.Lang))
	out = append(out, b.Tf("c.share", to, signed(float64(e.CutShareChange), 1), pct(float64(e.From.CutShare)),
		pct(float64(e.To.CutShare)), signed(float64(c.CutShareChange), 1), pct(float64(c.From.CutShare)),
		pct(float64(c.To.CutShare))))
	phi := r.AtTo.Phi
	effect := false
	switch {
	case !phi.Computable:
	case phi.Significance != analysis.NotSignificant && phi.PhiStar > 0:
		out = append(out, b.Tf("c.phi.e", fnum(phi.PhiStar, 2), docfmt.PhiP(phi.Significance)))
		effect = true
	case phi.Significance != analysis.NotSignificant:
		out = append(out, b.Tf("c.phi.c", fnum(phi.PhiStar, 2), docfmt.PhiP(phi.Significance)))
	default:
		out = append(out, b.Tf("c.phi.ns", fnum(phi.PhiStar, 2)))
	}
	w := r.Gains
	switch {
	case !w.Computable || r.DiD.NaN():
	case float64(w.P) < comparison.Alpha && r.DiD > 0:
		out = append(out, b.Tf("c.gain.e", num(float64(r.DiD), 2), pval(float64(w.P)), fnum(w.CohenD, 2)))
		effect = true
	case float64(w.P) < comparison.Alpha:
		out = append(out, b.Tf("c.gain.c", num(math.Abs(float64(r.DiD)), 2), pval(float64(w.P))))
	default:
		out = append(out, b.Tf("c.gain.ns", num(float64(r.DiD), 2), pval(float64(w.P))))
	}
	if r.Has(comparison.WarnBaselineDifference) {
		out = append(out, b.T("c.caveat.baseline"))
	}
	if r.Has(comparison.WarnSmallSample) {
		out = append(out, b.T("c.caveat.small"))
	}
	if effect {
		recs = append(recs, b.T("r.spread"))
	} else {
		recs = append(recs, b.T("r.review"))
	}
	if weak := b.weakestIndicator(); weak != "" {
		recs = append(recs, b.Tf("r.indicator", weak))
	}
	return out, recs
}

// weakestIndicator names the indicator on which experimental groups gained
// least, from the summary (regional report).
func (b *builder) weakestIndicator() string {
	best := comparison.Row{}
	found := false
	for _, r := range b.f.mon.summary {
		if r.Kind != comparison.RowIndicator || r.GainE.NaN() {
			continue
		}
		if !found || r.GainE < best.GainE {
			best, found = r, true
		}
	}
	if !found {
		return ""
	}
	for _, in := range b.f.inds {
		if in.ID == best.IndicatorID {
			return in.Code + " «" + lower(in.Name(b.f.opts.Lang)) + "»"
		}
	}
	return best.IndicatorCode
}
