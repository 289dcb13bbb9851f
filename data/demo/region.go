package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"baulu/data"
)

// regionGen generates one region; later parts use what earlier ones made
// (chosen directions, teachers, events).
type regionGen struct {
	s      *data.Store
	code   string
	seed   uint64
	scale  int
	geo    geo
	sum    *Summary
	kgs    []data.Kindergarten
	dirs   []data.Direction
	byCode map[string]data.Direction

	kgDirs   map[int][]data.Direction // chosen directions per kindergarten
	kgRU     map[int]bool             // the kindergarten teaches in Russian
	teachers map[int][]person         // teachers of experimental groups per kindergarten
	staff    []person                 // the centre's methodologists
	kgLevel  map[int]float64          // a kindergarten's level in the scores
	kgEffect map[int]float64          // and how strongly its experimental groups grow
	events   []data.Event
	feedback []data.Feedback
}

func newRegionGen(ctx context.Context, s *data.Store, code string, seed uint64, scale int, sum *Summary) (*regionGen, error) {
	g := &regionGen{s: s, code: code, seed: seed, scale: max(1, scale), sum: sum, geo: geography[code],
		byCode: map[string]data.Direction{}, kgDirs: map[int][]data.Direction{}, kgRU: map[int]bool{}, teachers: map[int][]person{}}
	var err error
	if g.kgs, err = s.Kindergartens(ctx, code); err != nil {
		return nil, err
	}
	if len(g.kgs) == 0 {
		return nil, fmt.Errorf("demo %s: no kindergartens", code)
	}
	if g.dirs, err = s.Directions(ctx, false); err != nil {
		return nil, err
	}
	for _, d := range g.dirs {
		g.byCode[d.Code] = d
	}
	r := g.rand("staff")
	for range 3 {
		g.staff = append(g.staff, womanFor(r, g.geo.ruShare/2))
	}
	return g, nil
}

func (g *regionGen) rand(part string) *rand.Rand { return newRand(g.seed, g.code, part) }

// run generates the region part by part.
func (g *regionGen) run(ctx context.Context) error {
	steps := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"kindergartens", g.profiles},
		{"directions", g.directions},
		{"groups", g.groupsAndChildren},
		{"events", g.makeEvents},
		{"visits", g.makeVisits},
		{"practices", g.makePractices},
		{"risks", g.makeRisks},
		{"feedback", g.makeFeedback},
	}
	for _, st := range steps {
		if err := st.fn(ctx); err != nil {
			return fmt.Errorf("%s: %w", st.name, err)
		}
	}
	return nil
}

// day draws a date between from and to, inclusive, moved off a weekend:
// the centre works Monday to Friday.
func day(r *rand.Rand, from, to data.Date) data.Date {
	span := int(to.Time().Sub(from.Time()).Hours()/24) + 1
	d := from.AddDays(r.IntN(span))
	switch d.Time().Weekday() {
	case time.Saturday:
		d = d.AddDays(-1)
	case time.Sunday:
		d = d.AddDays(1)
	}
	if d.Before(from) {
		d = d.AddDays(3)
	}
	if d.After(to) {
		d = d.AddDays(-3)
	}
	return d
}

// date is a short constructor for the pilot's dates.
func date(y, m, d int) data.Date { return data.NewDate(y, time.Month(m), d) }
