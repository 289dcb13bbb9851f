package regional

import (
	"context"
	"fmt"

	"baulu/data"
	"baulu/reports/comparison"
)

// roundDist is the level distribution of one round, per arm.
type roundDist struct {
	round data.Round
	e, c  comparison.RoundStats
}

// kgResult is the main comparison limited to one kindergarten.
type kgResult struct {
	id  int
	res comparison.Result
}

// monitoring holds the figures of sections 4 and 5.
type monitoring struct {
	// rounds are those ended by the end of the period, in order.
	rounds []data.Round
	// baseline is the first baseline round among them (ID 0: none).
	baseline data.Round
	// dist has the rounds in which some child was scored.
	dist []roundDist
	// main compares the baseline with the latest round that has scores
	// (nil when only the baseline has them); to is that round.
	main *comparison.Result
	to   data.Round
	// base is a result whose first round is the baseline, for its figures
	// when no later round has scores yet (nil when main is set).
	base *comparison.Result
	// byKg splits main by kindergarten, in kindergarten order.
	byKg []kgResult
	// summary has the per-indicator and per-kindergarten rows of main
	// (regional report only).
	summary []comparison.Row
}

// scored reports whether any child was scored in a round of the period.
func (m *monitoring) scored() bool { return len(m.dist) > 0 }

// loadMonitoring compares the baseline with every later round of the
// period: one query per round, everything else in memory.
func (f *facts) loadMonitoring(ctx context.Context, s *data.Store) error {
	m := &f.mon
	for _, r := range f.allRound {
		end := r.End
		if end.IsZero() {
			end = r.Start
		}
		if !end.IsZero() && !end.After(f.period.to) {
			m.rounds = append(m.rounds, r)
		}
	}
	for _, r := range m.rounds {
		if r.Kind == data.RoundBaseline {
			m.baseline = r
			break
		}
	}
	if m.baseline.ID == 0 {
		return nil
	}
	var later []data.Round
	for _, r := range m.rounds {
		if r.ID != m.baseline.ID && r.Order >= m.baseline.Order {
			later = append(later, r)
		}
	}
	if len(later) == 0 {
		// Only the baseline is in the period: any other round gives a
		// result whose first-round figures are the baseline's.
		for _, r := range f.allRound {
			if r.ID != m.baseline.ID {
				later = []data.Round{r}
				break
			}
		}
		if len(later) == 0 {
			return nil
		}
		res, _, err := f.compare(ctx, s, later[0])
		if err != nil {
			return err
		}
		m.base = &res
		m.addDist(m.baseline, res.Experimental.From, res.Control.From)
		return nil
	}
	var mainDS *comparison.Dataset
	for i, r := range later {
		res, ds, err := f.compare(ctx, s, r)
		if err != nil {
			return err
		}
		if i == 0 {
			m.addDist(m.baseline, res.Experimental.From, res.Control.From)
			m.base = &res
		}
		m.addDist(r, res.Experimental.To, res.Control.To)
		if res.Experimental.To.N+res.Control.To.N > 0 {
			m.main, m.to, mainDS = &res, r, ds
		}
	}
	if m.main == nil {
		return nil
	}
	m.base = nil
	for _, k := range f.kgs {
		sub := *mainDS
		sub.Scope.KindergartenID = k.ID
		sub.Children = keep(mainDS.Children, func(c comparison.ChildScores) bool { return c.KindergartenID == k.ID })
		m.byKg = append(m.byKg, kgResult{id: k.ID, res: comparison.Compute(&sub)})
	}
	return nil
}

// compare runs the region's comparison of the baseline with round r.
func (f *facts) compare(ctx context.Context, s *data.Store, r data.Round) (comparison.Result, *comparison.Dataset, error) {
	ds, err := comparison.Load(ctx, s, comparison.Scope{RegionCode: f.settings.RegionCode, From: f.mon.baseline.ID, To: r.ID})
	if err != nil {
		return comparison.Result{}, nil, fmt.Errorf("compare %s with %s: %w", f.mon.baseline.Code, r.Code, err)
	}
	return comparison.Compute(ds), ds, nil
}

// addDist records a round's distribution if anybody was scored in it.
func (m *monitoring) addDist(r data.Round, e, c comparison.RoundStats) {
	if e.N+c.N > 0 {
		m.dist = append(m.dist, roundDist{round: r, e: e, c: c})
	}
}

// loadSummary adds the per-indicator and per-kindergarten rows of the main
// comparison.
func (f *facts) loadSummary(ctx context.Context, s *data.Store) error {
	m := &f.mon
	if m.main == nil {
		return nil
	}
	rows, err := comparison.Summary(ctx, s, f.settings.RegionCode, m.baseline.ID, m.to.ID)
	if err != nil {
		return fmt.Errorf("summary: %w", err)
	}
	m.summary = rows
	return nil
}
