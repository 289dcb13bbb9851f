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
	var out []string
	ge, gc, ce, cc := f.groupCounts()
	if len(f.groups) == 0 {
		out = append(out, b.T("regional.c.no_groups"))
	} else {
		out = append(out, b.T("regional.c.coverage", "kgs", len(f.kgs), "groups", ge+gc, "groups_e", ge, "groups_c", gc, "children", ce+cc))
	}
	if env := b.envFinding(); env != "" {
		out = append(out, env)
	}
	out = append(out, b.supportFinding())
	mon, _ := b.monitoringConclusions()
	out = append(out, mon...)
	if p := b.practicesFinding(); p != "" {
		out = append(out, p)
	}
	if r := b.risksFinding(); r != "" {
		out = append(out, r)
	}
	if fb := b.feedbackFinding(); fb != "" {
		out = append(out, fb)
	}
	if recs := b.recommendations(); len(recs) > 0 {
		items := make([]string, len(recs))
		for i, r := range recs {
			items[i] = "– " + r
		}
		resultdoc.EndList(items)
		out = append(out, b.T("regional.c.recommendations"))
		out = append(out, items...)
	}
	return out
}

// envFinding words the environment at the end of the period.
func (b *builder) envFinding() string {
	rows, _ := b.f.environment(b.f.period.to)
	var env envCount
	for _, r := range rows {
		env.add(r.envCount)
	}
	switch {
	case len(rows) == 0:
		return b.T("regional.c.env.none")
	case env.total() == 0:
		return ""
	}
	return b.T("regional.c.env", "date", b.f.period.to.DMY(), "full", format.Share(b.Lang, env.full, env.total()),
		"partly", format.Share(b.Lang, env.partly, env.total()), "none", format.Share(b.Lang, env.none, env.total()))
}

// supportFinding words the events and visits of the period, saying so
// when there were none rather than counting zero.
func (b *builder) supportFinding() string {
	f := b.f
	s := sumEvents(f.events)
	if s.events == 0 && len(f.visits) == 0 {
		return b.T("regional.c.support.none")
	}
	events := b.T("regional.c.support.no_events")
	if s.events > 0 {
		events = b.T("regional.c.support.events", "events", s.events, "hours", format.Hours(b.Lang, s.hours), "participations", s.people())
	}
	visits := b.T("regional.c.support.no_visits")
	if len(f.visits) > 0 {
		visits = b.T("regional.c.support.visits", "visits", len(f.visits))
	}
	return events + " " + visits
}

// practicesFinding words the practices of the period, "" without any.
func (b *builder) practicesFinding() string {
	if len(b.f.practices) == 0 {
		return ""
	}
	n := map[string]int{}
	for _, p := range b.f.practices {
		n[p.Status]++
	}
	return b.T("regional.c.practices", "total", len(b.f.practices), "statuses", b.count("practice.", data.PracticeStatuses(), n))
}

// risksFinding words the risks of the period (data.TallyRisks, as section
// 7 counts them), "" without any.
func (b *builder) risksFinding() string {
	switch t := data.TallyRisks(b.f.risks); {
	case t.Total == 0:
		return ""
	case t.Unclosed == 0:
		return b.T("regional.c.risks.closed", "total", t.Total)
	default:
		return b.T("regional.c.risks", "total", t.Total, "unclosed", t.Unclosed,
			"statuses", b.count("riskstatus.", data.RiskStatuses()[:2], t.ByStatus), "high", t.UnclosedHigh)
	}
}

// feedbackFinding words the feedback and corrections, "" without either.
func (b *builder) feedbackFinding() string {
	f := b.f
	if len(f.feedback)+len(f.corrections) == 0 {
		return ""
	}
	fb := b.T("regional.c.feedback.none")
	if len(f.feedback) > 0 {
		fb = b.T("regional.c.feedback", "n", len(f.feedback))
	}
	corr := b.T("regional.c.corrections.none")
	if len(f.corrections) > 0 {
		corr = b.T("regional.c.corrections", "n", len(f.corrections))
	}
	return fb + " " + corr
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

// monOutcome is what the comparison allows the recommendations to say.
type monOutcome int

const (
	monNone       monOutcome = iota // no scores
	monBaseSame                     // only the baseline, groups comparable
	monBaseDiffer                   // only the baseline, groups differ
	monOneArm                       // one kind of group scored
	monEffect                       // a significant effect for E
	monNoEffect                     // compared, no effect for E
)

// monitoringConclusions words the comparison — the caveats first, then the
// share at level III and the gains — and says what it allows.
func (b *builder) monitoringConclusions() (out []string, outcome monOutcome) {
	m := &b.f.mon
	if !m.scored() || (m.main == nil && m.base == nil) {
		return []string{b.T("regional.c.mon.none")}, monNone
	}
	if m.main == nil {
		r := *m.base
		chi, mw := r.AtFrom.ChiSquare, r.AtFrom.MannWhitney
		if significant(chi.Computable, chi.P) || significant(mw.Computable, mw.P) {
			return []string{b.T("regional.c.base.differ")}, monBaseDiffer
		}
		return []string{b.T("regional.c.base.same")}, monBaseSame
	}
	r := *m.main
	e, c := r.Experimental, r.Control
	if e.Children == 0 || c.Children == 0 {
		return []string{b.T("regional.c.mon.one_arm")}, monOneArm
	}
	if r.Has(comparison.WarnBaselineDifference) {
		out = append(out, b.T("regional.c.caveat.baseline"))
	}
	if r.Has(comparison.WarnSmallSample) {
		out = append(out, b.T("regional.c.caveat.small"))
	}
	to := format.Lower(m.to.Name(b.f.opts.Lang))
	out = append(out, b.T("regional.c.share", "round", to, "e_change", format.Signed(b.Lang, float64(e.CutShareChange), 1), "e_from", format.Pct(b.Lang, float64(e.From.CutShare)), "e_to", format.Pct(b.Lang, float64(e.To.CutShare)), "c_change", format.Signed(b.Lang, float64(c.CutShareChange), 1), "c_from", format.Pct(b.Lang, float64(c.From.CutShare)), "c_to", format.Pct(b.Lang, float64(c.To.CutShare))))
	// φ* is one-sided for "higher in E" on its signed value: a control
	// group ahead is never significant, it is reported as not significant.
	phi := r.AtTo.Phi
	switch {
	case !phi.Computable:
	case phi.Significance != analysis.NotSignificant:
		out = append(out, b.T("regional.c.phi.e", "phi", format.Num(b.Lang, phi.PhiStar, 2), "p", format.PhiP(b.Lang, phi.Significance)))
	default:
		out = append(out, b.T("regional.c.phi.ns", "phi", format.Num(b.Lang, phi.PhiStar, 2)))
	}
	// The outcome follows the primary result, which respects the groups.
	outcome = monNoEffect
	if g := b.gainSentence(r); g != "" {
		out = append(out, g)
		if p := r.Primary; p.Causal && significant(p.Gain.Computable, p.Gain.P) && p.Gain.Estimate > 0 {
			outcome = monEffect
		}
	}
	return out, outcome
}

// gainSentence words the primary result, the gain difference with the
// groups taken into account (CR2), "" when there is none: descriptive
// with fewer than three groups in an arm.
func (b *builder) gainSentence(r comparison.Result) string {
	p := r.Primary
	g := p.Gain
	if g.Estimate.NaN() {
		return ""
	}
	args := []any{"did", format.Num(b.Lang, math.Abs(float64(g.Estimate)), 2),
		"lo", format.Num(b.Lang, g.CILow, 2), "hi", format.Num(b.Lang, g.CIHigh, 2), "p", format.P(b.Lang, g.P)}
	switch {
	case !p.Causal || !g.Computable:
		return b.T("regional.c.gain.descriptive", "did", format.Signed(b.Lang, g.Estimate, 2),
			"e", r.Design.E.Groups, "c", r.Design.C.Groups)
	case float64(g.P) < comparison.Alpha && g.Estimate > 0:
		return b.T("regional.c.gain.e", append(args, "d", format.Num(b.Lang, r.Gains.CohenD, 2),
			"size", b.T("comparison.size."+r.Gains.DMagnitude.String()))...)
	case float64(g.P) < comparison.Alpha:
		return b.T("regional.c.gain.c", args...)
	}
	return b.T("regional.c.gain.ns", args...)
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
