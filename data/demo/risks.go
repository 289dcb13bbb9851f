package demo

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"baulu/data"
)

// makeRisks records 5–8 risks: one of the two high ones always still open,
// the rest open, being mitigated or closed according to when they were seen.
func (g *regionGen) makeRisks(ctx context.Context) error {
	r := g.rand("risks")
	n := 5 + r.IntN(4)
	high := r.IntN(2)
	tpls := []riskTpl{riskTpls[high]}
	rest := slices.Delete(slices.Clone(riskTpls), high, high+1)
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	tpls = append(tpls, rest[:n-1]...)
	var risks []data.Risk
	for i, t := range tpls {
		rk := data.Risk{RegionCode: g.code, Description: t.description, Category: t.category,
			Likelihood: t.likelihood, Impact: t.impact, Mitigation: t.mitigation, Owner: t.owner,
			IdentifiedOn: day(r, date(2026, 1, 15), date(2026, 9, 30))}
		if t.perKindergarten {
			rk.KindergartenID = pick(r, g.withDirection(t.direction)).ID
		}
		rk.ReviewOn = rk.IdentifiedOn.AddDays(30 + r.IntN(61))
		early := rk.IdentifiedOn.Before(date(2026, 6, 1))
		switch x := r.Float64(); {
		case i == 0:
			rk.Status = data.RiskOpen
		case early && x < 0.4:
			// Closed at a review, which was the last one.
			rk.Status, rk.ClosedOn = data.RiskClosed, rk.ReviewOn.AddDays(r.IntN(8))
		case (early && x < 0.75) || (!early && x < 0.5):
			rk.Status = data.RiskMitigating
		default:
			rk.Status = data.RiskOpen
		}
		// Most risks still watched have their next review ahead; a few are overdue for one.
		if rk.Status != data.RiskClosed && rk.ReviewOn.Before(demoToday) && r.Float64() < 0.7 {
			rk.ReviewOn = day(r, date(2026, 11, 30), date(2026, 12, 18))
		}
		risks = append(risks, rk)
	}
	slices.SortStableFunc(risks, func(a, b data.Risk) int { return strings.Compare(a.IdentifiedOn.String(), b.IdentifiedOn.String()) })
	for i := range risks {
		if err := g.s.SaveRisk(ctx, &risks[i]); err != nil {
			return fmt.Errorf("%q: %w", risks[i].Description, err)
		}
	}
	g.sum.Risks += len(risks)
	return nil
}

// makeFeedback records 6–10 pieces of feedback, 2–4 of which led to a
// correction, plus one or two corrections the centre made on its own
// analysis of the intermediate round: 3–5 corrections in all.
func (g *regionGen) makeFeedback(ctx context.Context) error {
	r := g.rand("feedback")
	n := 6 + r.IntN(5)
	var acted, heard []feedbackTpl
	for _, t := range feedbackTpls {
		if t.change != "" {
			acted = append(acted, t)
		} else {
			heard = append(heard, t)
		}
	}
	a := max(2+r.IntN(3), n-len(heard))
	r.Shuffle(len(acted), func(i, j int) { acted[i], acted[j] = acted[j], acted[i] })
	r.Shuffle(len(heard), func(i, j int) { heard[i], heard[j] = heard[j], heard[i] })
	chosen := append(acted[:a:a], heard[:n-a]...)

	type item struct {
		f data.Feedback
		t feedbackTpl
	}
	var items []item
	for _, t := range chosen {
		f := data.Feedback{RegionCode: g.code, Source: t.source, Text: t.text,
			ReceivedOn: termDay(r, date(2026, t.months[0], 1), minDate(date(2026, t.months[1]+1, 0), lastVisit))}
		if t.source != data.SourceOther {
			f.KindergartenID = g.kgs[r.IntN(len(g.kgs))].ID
		}
		items = append(items, item{f, t})
	}
	slices.SortStableFunc(items, func(x, y item) int { return strings.Compare(x.f.ReceivedOn.String(), y.f.ReceivedOn.String()) })
	var corrections []data.Correction
	for i := range items {
		it := &items[i]
		if err := g.s.SaveFeedback(ctx, &it.f); err != nil {
			return err
		}
		g.feedback = append(g.feedback, it.f)
		if it.t.change == "" {
			continue
		}
		c := data.Correction{RegionCode: g.code, FeedbackID: it.f.ID, Change: it.t.change,
			ChangedOn: it.f.ReceivedOn.AddDays(7 + r.IntN(24))}
		if on := c.ChangedOn.AddDays(30 + r.IntN(61)); it.t.effect != "" && on.Before(lastVisit) {
			c.Effect, c.EffectOn = it.t.effect, on // an effect not yet seen is not written
		}
		corrections = append(corrections, c)
	}
	own := 1
	if a < 4 {
		own += r.IntN(2)
	}
	for _, t := range correctionsWithoutFeedback[:own] {
		c := data.Correction{RegionCode: g.code, Change: t.change, ChangedOn: day(r, date(2026, t.months[0], 8), date(2026, t.months[1], 26))}
		if t.effect != "" {
			c.Effect, c.EffectOn = t.effect, day(r, date(2026, 11, 16), date(2026, 11, 20))
		}
		corrections = append(corrections, c)
	}
	for i := range corrections {
		if err := g.s.SaveCorrection(ctx, &corrections[i]); err != nil {
			return err
		}
	}
	g.sum.Feedback += len(items)
	g.sum.Corrections += len(corrections)
	return nil
}

func minDate(a, b data.Date) data.Date {
	if b.Before(a) {
		return b
	}
	return a
}
