package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"baulu/data"
)

// demoToday is the day the demo's year is seen from: follow-ups planned
// before it and still open are overdue, whatever the real clock says.
var demoToday = date(2026, 11, 25)

// lastVisit keeps every visit before demoToday.
var lastVisit = date(2026, 11, 20)

// makeVisits records 8–12 support visits. The first one always leaves a
// follow-up planned for early November and not yet done, so the dashboard
// has an overdue follow-up to show; later ones vary.
func (g *regionGen) makeVisits(ctx context.Context) error {
	r := g.rand("visits")
	n := 8 + r.IntN(5)
	var visits []data.Visit
	seen := map[[2]int]bool{} // a kindergarten does not get the same finding twice
	for i := range n {
		t, k, ti := visitTpl{}, data.Kindergarten{}, 0
		for range 50 {
			ti = r.IntN(len(visitTpls))
			t, k = visitTpls[ti], g.kgs[r.IntN(len(g.kgs))]
			// The first visit is in early October: its finding must fit then.
			fits := i > 0 || (date(2026, t.from[0], t.from[1]).Before(date(2026, 10, 2)) && date(2026, t.to[0], t.to[1]).After(date(2026, 10, 15)))
			if fits && !seen[[2]int{k.ID, ti}] {
				break
			}
		}
		seen[[2]int{k.ID, ti}] = true
		from, to := date(2026, t.from[0], t.from[1]), date(2026, t.to[0], t.to[1])
		if i == 0 {
			from, to = date(2026, 10, 1), date(2026, 10, 16)
		}
		if to.After(lastVisit) {
			to = lastVisit
		}
		v := data.Visit{KindergartenID: k.ID, VisitedOn: termDay(r, from, to), Purpose: t.purpose,
			Findings: t.findings, Recommendations: t.recommendations}
		if t.purpose == data.PurposeEnvironment {
			d := pick(r, g.kgDirs[k.ID])
			v.DirectionID = d.ID
			name := d.NameKK
			if t.lang == "ru" {
				name = d.NameRU
			}
			v.Findings = fmt.Sprintf(t.findings, name)
		}
		switch x := r.Float64(); {
		case i == 0:
			v.FollowupStatus, v.FollowupOn = data.FollowupPlanned, day(r, date(2026, 11, 2), date(2026, 11, 13))
		case v.VisitedOn.Before(date(2026, 9, 1)) && x < 0.7:
			v.FollowupStatus, v.FollowupOn = data.FollowupDone, v.VisitedOn.AddDays(14+r.IntN(22))
		case v.VisitedOn.Before(date(2026, 9, 1)) && x < 0.8:
			v.FollowupStatus, v.FollowupOn = data.FollowupCancelled, v.VisitedOn.AddDays(14+r.IntN(22))
		case v.VisitedOn.Before(date(2026, 9, 1)):
			v.FollowupStatus = data.FollowupNone
		case x < 0.6:
			v.FollowupStatus, v.FollowupOn = data.FollowupPlanned, v.VisitedOn.AddDays(14+r.IntN(27))
		case x < 0.85 && v.VisitedOn.AddDays(30).Before(demoToday):
			v.FollowupStatus, v.FollowupOn = data.FollowupDone, v.VisitedOn.AddDays(14+r.IntN(17))
		default:
			v.FollowupStatus = data.FollowupNone
		}
		visits = append(visits, v)
	}
	slices.SortStableFunc(visits, func(a, b data.Visit) int { return strings.Compare(a.VisitedOn.String(), b.VisitedOn.String()) })
	for i := range visits {
		if err := g.s.SaveVisit(ctx, &visits[i]); err != nil {
			return err
		}
	}
	g.sum.Visits += len(visits)
	return nil
}

// termDay is a working day outside the summer holidays (July and August),
// when kindergartens keep a summer regime and the centre hardly visits.
func termDay(r *rand.Rand, from, to data.Date) data.Date {
	d := day(r, from, to)
	for range 20 {
		if m := d.Month(); m != time.July && m != time.August {
			break
		}
		d = day(r, from, to)
	}
	return d
}

// makePractices finds 3–6 practices in kindergartens that chose the
// practice's direction. Practices found early in the year have had time to
// be recommended and disseminated; a disseminated one is linked to the
// events after it was found where it was presented.
func (g *regionGen) makePractices(ctx context.Context) error {
	r := g.rand("practices")
	n := 3 + r.IntN(4)
	tpls := slices.Clone(practiceTpls)
	r.Shuffle(len(tpls), func(i, j int) { tpls[i], tpls[j] = tpls[j], tpls[i] })
	var made int
	for _, t := range tpls {
		if made == n {
			break
		}
		cands := g.withDirection(t.direction)
		if t.direction != "" && !slices.ContainsFunc(g.kgDirs[cands[0].ID], func(d data.Direction) bool { return d.Code == t.direction }) {
			continue // nobody chose the direction
		}
		k := pick(r, cands)
		p := data.Practice{KindergartenID: k.ID, Title: t.title, Teacher: pick(r, g.teachers[k.ID]).Full(),
			DirectionID: g.byCode[t.direction].ID, Description: t.description, Evidence: t.evidence,
			IdentifiedOn: day(r, date(2026, 3, 2), date(2026, 10, 16))}
		early := p.IdentifiedOn.Before(date(2026, 6, 1))
		switch x := r.Float64(); {
		case (early && x < 0.5) || (!early && x < 0.2):
			p.Status = data.PracticeDisseminated
		case (early && x < 0.85) || (!early && x < 0.6):
			p.Status = data.PracticeRecommended
		default:
			p.Status = data.PracticeCandidate
		}
		var after []int64
		for _, e := range g.events {
			if e.HeldOn.After(p.IdentifiedOn) && e.Kind != data.EventConsultation {
				after = append(after, e.ID)
			}
		}
		switch {
		case p.Status == data.PracticeDisseminated && len(after) == 0:
			p.Status = data.PracticeRecommended
		case p.Status == data.PracticeDisseminated:
			r.Shuffle(len(after), func(i, j int) { after[i], after[j] = after[j], after[i] })
			p.EventIDs = after[:min(len(after), 1+r.IntN(2))]
		case p.Status == data.PracticeRecommended && len(after) > 0 && r.IntN(2) == 0:
			p.EventIDs = after[:1]
		}
		if err := g.s.SavePractice(ctx, &p); err != nil {
			return fmt.Errorf("%q: %w", p.Title, err)
		}
		made++
	}
	g.sum.Practices += made
	return nil
}
