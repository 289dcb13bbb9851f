package regional

import (
	"math"
	"strings"

	"baulu/data"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/resultdoc"
)

// conclusionsSection is section 9: the edited conclusions, or generated ones.
func (b *builder) conclusionsSection() {
	b.Doc.Section(1, b.T("regional.s9"))
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
	rec := func(s string) { recs = append(recs, "– "+s) }

	ge, gc, ce, cc := f.groupCounts()
	if len(f.groups) == 0 {
		out = append(out, b.T("regional.c.no_groups"))
		rec(b.T("regional.r.groups"))
	} else {
		out = append(out, b.T("regional.c.coverage", "kgs", len(f.kgs), "groups", ge+gc, "groups_e", ge, "groups_c", gc, "children", ce+cc))
	}

	rows, notStarted := f.environment()
	var env envCount
	weakest := ""
	for _, r := range rows {
		env.add(r.envCount)
	}
	switch {
	case len(rows) == 0:
		out = append(out, b.T("regional.c.env.none"))
		rec(b.T("regional.r.env.none"))
	case env.total() > 0:
		out = append(out, b.T("regional.c.env", "full", format.Share(b.Lang, env.full, env.total()), "partly", format.Share(b.Lang, env.partly, env.total()), "none", format.Share(b.Lang, env.none, env.total())))
		weakest = b.weakestItems(notStarted, 2)
		if env.none > 0 && weakest != "" {
			rec(b.T("regional.r.env", "list", weakest))
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
		out = append(out, b.T("regional.c.support.none"))
		rec(b.T("regional.r.support.none"))
	} else {
		out = append(out, b.T("regional.c.support", "events", s.events, "hours", format.Hours(b.Lang, s.hours), "participations", s.people(), "visits", len(f.visits)))
		if absent := b.absentKindergartens(); absent != "" && s.events > 0 {
			rec(b.T("regional.r.absent", "list", absent))
		}
		if s.events > 0 && s.parents == 0 {
			rec(b.T("regional.r.parents"))
		}
		if overdue > 0 {
			rec(b.T("regional.r.overdue", "n", overdue))
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
		out = append(out, b.T("regional.c.practices", "total", len(f.practices), "disseminated", practices[data.PracticeDisseminated]))
		if waiting := practices[data.PracticeCandidate] + practices[data.PracticeRecommended]; waiting > 0 {
			rec(b.T("regional.r.practices", "n", waiting))
		}
	} else {
		rec(b.T("regional.r.practices.none"))
	}

	switch t := data.TallyRisks(f.risks); {
	case t.Total > 0 && t.Unclosed == 0:
		out = append(out, b.T("regional.c.risks.closed", "total", t.Total))
	case t.Total > 0:
		out = append(out, b.T("regional.c.risks", "total", t.Total, "unclosed", t.Unclosed,
			"statuses", b.count("riskstatus.", data.RiskStatuses()[:2], t.ByStatus), "high", t.UnclosedHigh))
		if t.UnclosedHigh > 0 {
			rec(b.T("regional.r.risks.high", "n", t.UnclosedHigh))
		}
	}

	noEffect := 0
	for _, c := range f.corrections {
		if strings.TrimSpace(c.Effect) == "" {
			noEffect++
		}
	}
	if len(f.feedback)+len(f.corrections) > 0 {
		out = append(out, b.T("regional.c.feedback", "feedback", len(f.feedback), "corrections", len(f.corrections)))
		if noEffect > 0 {
			rec(b.T("regional.r.effect", "n", noEffect))
		}
	}
	if len(recs) > 0 {
		resultdoc.EndList(recs)
		out = append(out, b.T("regional.c.recommendations"))
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
		return []string{b.T("regional.c.mon.none")}, []string{b.T("regional.r.mon.none")}
	}
	if m.main == nil {
		r := *m.base
		chi, mw := r.AtFrom.ChiSquare, r.AtFrom.MannWhitney
		if significant(chi.Computable, chi.P) || significant(mw.Computable, mw.P) {
			return []string{b.T("regional.c.base.differ")}, []string{b.T("regional.r.base.differ")}
		}
		return []string{b.T("regional.c.base.same")}, nil
	}
	r := *m.main
	e, c := r.Experimental, r.Control
	if e.Children == 0 || c.Children == 0 {
		return []string{b.T("regional.c.mon.one_arm")}, []string{b.T("regional.r.groups")}
	}
	to := format.Lower(m.to.Name(b.f.opts.Lang))
	out = append(out, b.T("regional.c.share", "round", to, "e_change", format.Signed(b.Lang, float64(e.CutShareChange), 1), "e_from", format.Pct(b.Lang, float64(e.From.CutShare)), "e_to", format.Pct(b.Lang, float64(e.To.CutShare)), "c_change", format.Signed(b.Lang, float64(c.CutShareChange), 1), "c_from", format.Pct(b.Lang, float64(c.From.CutShare)), "c_to", format.Pct(b.Lang, float64(c.To.CutShare))))
	phi := r.AtTo.Phi
	effect := false
	switch {
	case !phi.Computable:
	case phi.Significance != analysis.NotSignificant && phi.PhiStar > 0:
		out = append(out, b.T("regional.c.phi.e", "phi", format.Num(b.Lang, phi.PhiStar, 2), "p", format.PhiP(b.Lang, phi.Significance)))
		effect = true
	case phi.Significance != analysis.NotSignificant:
		out = append(out, b.T("regional.c.phi.c", "phi", format.Num(b.Lang, phi.PhiStar, 2), "p", format.PhiP(b.Lang, phi.Significance)))
	default:
		out = append(out, b.T("regional.c.phi.ns", "phi", format.Num(b.Lang, phi.PhiStar, 2)))
	}
	w := r.Gains
	switch {
	case !w.Computable || r.DiD.NaN():
	case float64(w.P) < comparison.Alpha && r.DiD > 0:
		out = append(out, b.T("regional.c.gain.e", "did", format.Num(b.Lang, r.DiD, 2), "p", format.P(b.Lang, w.P), "d", format.Num(b.Lang, w.CohenD, 2)))
		effect = true
	case float64(w.P) < comparison.Alpha:
		out = append(out, b.T("regional.c.gain.c", "did", format.Num(b.Lang, math.Abs(float64(r.DiD)), 2), "p", format.P(b.Lang, w.P)))
	default:
		out = append(out, b.T("regional.c.gain.ns", "did", format.Num(b.Lang, r.DiD, 2), "p", format.P(b.Lang, w.P)))
	}
	if r.Has(comparison.WarnBaselineDifference) {
		out = append(out, b.T("regional.c.caveat.baseline"))
	}
	if r.Has(comparison.WarnSmallSample) {
		out = append(out, b.T("regional.c.caveat.small"))
	}
	if effect {
		recs = append(recs, b.T("regional.r.spread"))
	} else {
		recs = append(recs, b.T("regional.r.review"))
	}
	if weak := b.weakestIndicator(); weak != "" {
		recs = append(recs, b.T("regional.r.indicator", "indicator", weak))
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
			return in.Code + " «" + format.Lower(in.Name(b.f.opts.Lang)) + "»"
		}
	}
	return best.IndicatorCode
}
