package regional

import (
	"slices"
	"strings"

	"baulu/data"
	"baulu/reports/format"
)

// recommendations are what the figures ask of the centre, the most
// specific first: those naming an indicator or kindergartens (from the
// comparison and from the data gaps the dashboard lists), then the general
// ones. The executive summary takes the first three; the conclusions all.
func (b *builder) recommendations() []string {
	f := b.f
	var recs []string
	rec := func(s string) { recs = append(recs, s) }
	_, outcome := b.monitoringConclusions()

	if len(f.groups) == 0 {
		rec(b.T("regional.r.groups"))
	}
	if weak := b.weakestIndicator(); weak != "" && outcome != monEffect {
		rec(b.T("regional.r.indicator", "indicator", weak))
	}
	if outcome == monBaseDiffer {
		rec(b.T("regional.r.base.differ"))
	}
	for _, r := range b.gapRecommendations() {
		rec(r)
	}
	rows, notStarted := f.environment(f.period.to)
	var env envCount
	for _, r := range rows {
		env.add(r.envCount)
	}
	if len(rows) == 0 {
		rec(b.T("regional.r.env.none"))
	} else if weakest := b.weakestItems(notStarted, 2); env.none > 0 && weakest != "" {
		rec(b.T("regional.r.env", "kg", b.leastEquipped(rows), "list", weakest))
	}
	s := sumEvents(f.events)
	if s.events == 0 && len(f.visits) == 0 {
		rec(b.T("regional.r.support.none"))
	}
	if absent := b.absentKindergartens(); absent != "" && s.events > 0 {
		rec(b.T("regional.r.absent", "list", absent))
	}
	if s.events > 0 && s.parents == 0 {
		rec(b.T("regional.r.parents"))
	}
	if overdue := b.overdueKindergartens(); overdue != "" {
		rec(b.T("regional.r.overdue", "list", overdue))
	}
	if t := data.TallyRisks(f.risks); t.UnclosedHigh > 0 {
		rec(b.T("regional.r.risks.high", "n", t.UnclosedHigh))
	}
	waiting := 0
	for _, p := range f.practices {
		if p.Status != data.PracticeDisseminated {
			waiting++
		}
	}
	switch {
	case waiting > 0:
		rec(b.T("regional.r.practices", "n", waiting))
	case len(f.practices) == 0:
		rec(b.T("regional.r.practices.none"))
	}
	noEffect := 0
	for _, c := range f.corrections {
		if strings.TrimSpace(c.Effect) == "" {
			noEffect++
		}
	}
	if noEffect > 0 {
		rec(b.T("regional.r.effect", "n", noEffect))
	}
	switch outcome {
	case monNone:
		rec(b.T("regional.r.mon.none"))
	case monOneArm:
		if len(f.groups) > 0 {
			rec(b.T("regional.r.groups"))
		}
	case monEffect:
		rec(b.T("regional.r.spread"))
	case monNoEffect:
		rec(b.T("regional.r.review"))
	}
	return recs
}

// gapRecommendations turn the region's data gaps into recommendations that
// name the kindergartens: scores missing in the report's rounds, no control
// group, children without consent, groups without children.
func (b *builder) gapRecommendations() []string {
	f := b.f
	inReport := map[int64]string{}
	for _, r := range f.mon.rounds {
		inReport[r.ID] = format.Lower(r.Name(f.opts.Lang))
	}
	var scores, control, consent, empty []string
	missing := map[string][]string{} // kindergarten → rounds with scores missing
	consentN := 0
	for _, w := range f.warnings {
		kg := f.kgLabel(w.KindergartenID)
		switch w.Kind {
		case data.WarnMissingScores:
			if round, ok := inReport[w.RoundID]; ok {
				if missing[kg] == nil {
					scores = append(scores, kg)
				}
				missing[kg] = append(missing[kg], round)
			}
		case data.WarnNoControlGroup:
			// Without any group the first recommendation asks for both.
			if len(f.groups) > 0 {
				control = appendOnce(control, kg)
			}
		case data.WarnNoConsent:
			consent = appendOnce(consent, kg)
			consentN += w.Count
		case data.WarnEmptyGroup:
			empty = appendOnce(empty, b.T("regional.r.gap.group", "kg", kg, "group", w.GroupName))
		}
	}
	var out []string
	if len(scores) > 0 {
		for i, kg := range scores {
			scores[i] = kg + " (" + strings.Join(missing[kg], ", ") + ")"
		}
		out = append(out, b.T("regional.r.scores", "list", strings.Join(scores, ", ")))
	}
	if len(control) > 0 {
		out = append(out, b.T("regional.r.control", "list", strings.Join(control, ", ")))
	}
	if len(consent) > 0 {
		out = append(out, b.T("regional.r.consent", "n", consentN, "list", strings.Join(consent, ", ")))
	}
	if len(empty) > 0 {
		out = append(out, b.T("regional.r.empty", "list", strings.Join(empty, ", ")))
	}
	return out
}

// appendOnce appends s unless the list has it.
func appendOnce(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// leastEquipped names the kindergarten with the smallest share of fully
// equipped items.
func (b *builder) leastEquipped(rows []envRow) string {
	by := map[int]*envCount{}
	var order []int
	for _, r := range rows {
		if by[r.kg] == nil {
			by[r.kg] = &envCount{}
			order = append(order, r.kg)
		}
		by[r.kg].add(r.envCount)
	}
	worst, share := 0, 2.0
	for _, kg := range order {
		c := by[kg]
		if s := float64(c.full) / float64(max(1, c.total())); s < share {
			worst, share = kg, s
		}
	}
	return b.f.kgLabel(worst)
}

// overdueKindergartens names the kindergartens whose follow-ups of the
// period's visits are past their date.
func (b *builder) overdueKindergartens() string {
	var names []string
	for _, v := range b.f.visits {
		if v.Overdue(b.f.today) {
			names = appendOnce(names, b.f.kgLabel(v.KindergartenID))
		}
	}
	return strings.Join(names, ", ")
}
