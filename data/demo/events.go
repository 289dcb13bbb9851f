package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"baulu/data"
)

// makeEvents logs 12–20 events of 2026: the five every centre holds
// (launch, the three monitoring rounds, the regional report) and a random
// choice of the others, each in its season.
func (g *regionGen) makeEvents(ctx context.Context) error {
	r := g.rand("events")
	n := 12 + r.IntN(9)
	var chosen []eventTpl
	var rest []eventTpl
	for _, t := range eventTpls {
		if t.core {
			chosen = append(chosen, t)
		} else {
			rest = append(rest, t)
		}
	}
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	chosen = append(chosen, rest[:n-len(chosen)]...)
	var events []data.Event
	for _, t := range chosen {
		e := data.Event{RegionCode: g.code, Kind: t.kind, Format: t.format, Topic: t.topic, Hours: t.hours,
			HeldOn: day(r, date(2026, t.from[0], t.from[1]), date(2026, t.to[0], t.to[1])), Materials: t.materials}
		var host int // a master class is held in the teacher's own kindergarten
		switch t.by {
		case byInstitute:
			e.Organiser = instituteName[t.lang]
		case byTeacher:
			k := pick(r, g.withDirection(t.direction))
			host = k.ID
			e.Organiser = fmt.Sprintf("%s (%s, %s)", pick(r, g.teachers[k.ID]).Short(), teacherWord[t.lang], quoted(k.ShortName))
		default:
			e.Organiser = pick(r, g.staff).Short() + ", " + methodologist[t.lang]
		}
		if r.IntN(3) == 0 {
			e.Notes = pick(r, eventNotes[t.lang])
		}
		e.Participation = g.participation(r, t, host)
		events = append(events, e)
	}
	// Log them in date order, as a methodologist would through the year.
	slices.SortStableFunc(events, func(a, b data.Event) int { return strings.Compare(a.HeldOn.String(), b.HeldOn.String()) })
	for i := range events {
		if err := g.s.SaveEvent(ctx, &events[i]); err != nil {
			return fmt.Errorf("%q: %w", events[i].Topic, err)
		}
	}
	g.events = events
	g.sum.Events += len(events)
	return nil
}

// participation draws who came from each kindergarten. Village
// kindergartens come to offline events in the centre less often.
func (g *regionGen) participation(r *rand.Rand, t eventTpl, host int) []data.Participation {
	var out []data.Participation
	for _, k := range g.kgs {
		p := t.share
		if t.format == data.FormatOffline && k.Locality == "rural" {
			p *= 0.6
		}
		if k.ID != host && r.Float64() >= p {
			continue
		}
		pt := data.Participation{KindergartenID: k.ID, Teachers: t.teachers[0] + r.IntN(t.teachers[1]-t.teachers[0]+1)}
		if t.parents {
			pt.Parents = 6 + r.IntN(15)
			if t.format == data.FormatOnline {
				pt.Parents += 5 + r.IntN(10)
			}
		}
		if t.withOthers && r.IntN(2) == 0 {
			pt.Others = 1
		}
		out = append(out, pt)
	}
	if len(out) == 0 { // an event nobody attended would not be logged
		out = append(out, data.Participation{KindergartenID: g.kgs[0].ID, Teachers: t.teachers[0]})
	}
	return out
}

// withDirection lists the kindergartens that chose a direction (all of
// them when none did, or code is "").
func (g *regionGen) withDirection(code string) []data.Kindergarten {
	var out []data.Kindergarten
	for _, k := range g.kgs {
		if code == "" || slices.ContainsFunc(g.kgDirs[k.ID], func(d data.Direction) bool { return d.Code == code }) {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return g.kgs
	}
	return out
}

// quoted gives the kindergarten's name in «quotes», e.g. «Ақбота», as
// people say it; names without quotes stay whole.
func quoted(name string) string {
	i := strings.Index(name, "«")
	if i < 0 {
		return name
	}
	rest := name[i+len("«"):]
	j := strings.Index(rest, "»")
	if j < 0 {
		return name
	}
	return "«" + rest[:j] + "»"
}
