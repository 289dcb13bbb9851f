package xlsxexport

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"baulu/data"
)

func (c *collector) events(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.events", cols: []column{
		{key: "xlsxexport.col.event_id", kind: integer}, {key: "xlsxexport.col.date", kind: date}, {key: "xlsxexport.col.quarter", kind: integer},
		{key: "xlsxexport.col.event_kind"}, {key: "xlsxexport.col.topic", kind: long}, {key: "xlsxexport.col.format"}, {key: "xlsxexport.col.organiser"},
		{key: "xlsxexport.col.hours", kind: decimal, decimals: 1}, {key: "xlsxexport.col.teachers", kind: integer},
		{key: "xlsxexport.col.parents", kind: integer}, {key: "xlsxexport.col.others", kind: integer}, {key: "xlsxexport.col.total", kind: integer},
		{key: "xlsxexport.col.materials", kind: long}, {key: "xlsxexport.col.notes", kind: long},
	}}
	events, err := c.s.Events(ctx, data.EventFilter{RegionCode: c.region})
	if err != nil {
		return sh, fmt.Errorf("events: %w", err)
	}
	slices.Reverse(events) // oldest first
	c.eventOf = map[int64]data.Event{}
	for _, e := range events {
		c.eventOf[e.ID] = e
		t, p, o := e.Participants()
		sh.rows = append(sh.rows, []any{int(e.ID), day(e.HeldOn), e.HeldOn.Quarter(), c.label("event.", e.Kind), e.Topic,
			c.label("format.", e.Format), e.Organiser, e.Hours, t, p, o, t + p + o, e.Materials, e.Notes})
	}
	return sh, nil
}

// participation has one row per event and kindergarten (events are read
// by the events sheet, which comes first).
func (c *collector) participation(context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.participation", cols: []column{
		{key: "xlsxexport.col.event_id", kind: integer}, {key: "xlsxexport.col.date", kind: date}, {key: "xlsxexport.col.topic", kind: long},
		{key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.kindergarten"}, {key: "xlsxexport.col.teachers", kind: integer},
		{key: "xlsxexport.col.parents", kind: integer}, {key: "xlsxexport.col.others", kind: integer}, {key: "xlsxexport.col.total", kind: integer},
	}}
	ids := make([]int64, 0, len(c.eventOf))
	for id := range c.eventOf {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b int64) int {
		if d := c.eventOf[a].HeldOn.Time().Compare(c.eventOf[b].HeldOn.Time()); d != 0 {
			return d
		}
		return int(a - b)
	})
	for _, id := range ids {
		e := c.eventOf[id]
		for _, p := range e.Participation {
			sh.rows = append(sh.rows, []any{int(e.ID), day(e.HeldOn), e.Topic, p.KindergartenID, c.kgName[p.KindergartenID],
				p.Teachers, p.Parents, p.Others, p.Total()})
		}
	}
	return sh, nil
}

func (c *collector) visits(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.visits", cols: []column{
		{key: "xlsxexport.col.date", kind: date}, {key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.kindergarten"}, {key: "xlsxexport.col.purpose"},
		{key: "xlsxexport.col.direction"}, {key: "xlsxexport.col.findings", kind: long}, {key: "xlsxexport.col.recommendations", kind: long},
		{key: "xlsxexport.col.followup_on", kind: date}, {key: "xlsxexport.col.followup"}, {key: "xlsxexport.col.overdue"},
	}}
	visits, err := c.s.Visits(ctx, c.region)
	if err != nil {
		return sh, fmt.Errorf("visits: %w", err)
	}
	slices.SortStableFunc(visits, func(a, b data.Visit) int { return a.VisitedOn.Time().Compare(b.VisitedOn.Time()) })
	today := c.s.Today()
	for _, v := range visits {
		sh.rows = append(sh.rows, []any{day(v.VisitedOn), v.KindergartenID, c.kgName[v.KindergartenID],
			c.label("purpose.", v.Purpose), c.dirName(v.DirectionID), v.Findings, v.Recommendations, day(v.FollowupOn),
			c.label("followup.", v.FollowupStatus), c.yesNo(v.Overdue(today))})
	}
	return sh, nil
}

func (c *collector) practices(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.practices", cols: []column{
		{key: "xlsxexport.col.identified_on", kind: date}, {key: "xlsxexport.col.title", kind: long}, {key: "xlsxexport.col.seed", kind: integer},
		{key: "xlsxexport.col.kindergarten"}, {key: "xlsxexport.col.teacher"}, {key: "xlsxexport.col.direction"}, {key: "xlsxexport.col.practice_status"},
		{key: "xlsxexport.col.description", kind: long}, {key: "xlsxexport.col.evidence", kind: long}, {key: "xlsxexport.col.spread", kind: long},
	}}
	list, err := c.s.Practices(ctx, c.region)
	if err != nil {
		return sh, fmt.Errorf("practices: %w", err)
	}
	slices.SortStableFunc(list, func(a, b data.Practice) int { return a.IdentifiedOn.Time().Compare(b.IdentifiedOn.Time()) })
	for _, p := range list {
		var spread []string
		for _, id := range p.EventIDs {
			if e, ok := c.eventOf[id]; ok {
				spread = append(spread, e.HeldOn.DMY()+" "+c.label("event.", e.Kind))
			}
		}
		sh.rows = append(sh.rows, []any{day(p.IdentifiedOn), p.Title, p.KindergartenID, c.kgName[p.KindergartenID],
			p.Teacher, c.dirName(p.DirectionID), c.label("practice.", p.Status), p.Description, p.Evidence,
			strings.Join(spread, "; ")})
	}
	return sh, nil
}

func (c *collector) risks(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.risks", cols: []column{
		{key: "xlsxexport.col.identified_on", kind: date}, {key: "xlsxexport.col.risk", kind: long}, {key: "xlsxexport.col.category"},
		{key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.kindergarten"}, {key: "xlsxexport.col.likelihood", kind: integer},
		{key: "xlsxexport.col.impact", kind: integer}, {key: "xlsxexport.col.risk_score", kind: integer}, {key: "xlsxexport.col.risk_level"},
		{key: "xlsxexport.col.mitigation", kind: long}, {key: "xlsxexport.col.owner"}, {key: "xlsxexport.col.risk_status"},
		{key: "xlsxexport.col.review_on", kind: date}, {key: "xlsxexport.col.closed_on", kind: date},
	}}
	list, err := c.s.Risks(ctx, c.region)
	if err != nil {
		return sh, fmt.Errorf("risks: %w", err)
	}
	slices.SortStableFunc(list, func(a, b data.Risk) int { return a.IdentifiedOn.Time().Compare(b.IdentifiedOn.Time()) })
	for _, r := range list {
		var kg any
		if r.KindergartenID != 0 {
			kg = r.KindergartenID
		}
		sh.rows = append(sh.rows, []any{day(r.IdentifiedOn), r.Description, c.label("risk.", r.Category), kg,
			c.kgName[r.KindergartenID], r.Likelihood, r.Impact, r.Score(), c.label("risklevel.", r.Level()),
			r.Mitigation, r.Owner, c.label("riskstatus.", r.Status), day(r.ReviewOn), day(r.ClosedOn)})
	}
	return sh, nil
}

func (c *collector) feedback(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.feedback", cols: []column{
		{key: "xlsxexport.col.feedback_id", kind: integer}, {key: "xlsxexport.col.date", kind: date}, {key: "xlsxexport.col.source"},
		{key: "xlsxexport.col.seed", kind: integer}, {key: "xlsxexport.col.kindergarten"}, {key: "xlsxexport.col.content", kind: long},
	}}
	list, err := c.s.Feedbacks(ctx, c.region)
	if err != nil {
		return sh, fmt.Errorf("feedback: %w", err)
	}
	slices.SortStableFunc(list, func(a, b data.Feedback) int { return a.ReceivedOn.Time().Compare(b.ReceivedOn.Time()) })
	for _, f := range list {
		var kg any
		if f.KindergartenID != 0 {
			kg = f.KindergartenID
		}
		sh.rows = append(sh.rows, []any{int(f.ID), day(f.ReceivedOn), c.label("source.", f.Source), kg,
			c.kgName[f.KindergartenID], f.Text})
	}
	return sh, nil
}

func (c *collector) corrections(ctx context.Context) (sheet, error) {
	sh := sheet{name: "xlsxexport.sheet.corrections", cols: []column{
		{key: "xlsxexport.col.date", kind: date}, {key: "xlsxexport.col.feedback_id", kind: integer}, {key: "xlsxexport.col.change", kind: long},
		{key: "xlsxexport.col.effect", kind: long}, {key: "xlsxexport.col.effect_on", kind: date},
	}}
	list, err := c.s.Corrections(ctx, c.region)
	if err != nil {
		return sh, fmt.Errorf("corrections: %w", err)
	}
	slices.SortStableFunc(list, func(a, b data.Correction) int { return a.ChangedOn.Time().Compare(b.ChangedOn.Time()) })
	for _, x := range list {
		var fb any
		if x.FeedbackID != 0 {
			fb = int(x.FeedbackID)
		}
		sh.rows = append(sh.rows, []any{day(x.ChangedOn), fb, x.Change, x.Effect, day(x.EffectOn)})
	}
	return sh, nil
}
