package national

import (
	"context"
	"fmt"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/reports/official"
)

// The quarterly note of the Institute to the Ministry (issue 20): the
// pilot's quarter across the regions — each region's activity in the
// quarter, its monitoring completeness, the risks open at the quarter's
// end, the best practices recommended, and the regions that have not
// reported. Its facts are read here, its text written in quarter.go.

// quarterRegion is one region's quarter.
type quarterRegion struct {
	info data.Region
	// events, hours and participations of the quarter's events; visits
	// made in the quarter; practices identified in it.
	events, participations, visits, practices int
	hours                                     float64
	// expected and scored sum the completeness of the rounds that overlap
	// the quarter (expected 0: no such round, or no children).
	expected, scored int
	// unclosed and high count the risks open at the quarter's end.
	unclosed, high int
	// best are the practices recommended or disseminated by the quarter's
	// end; risky the high risks open then.
	best  []data.Practice
	risky []data.Risk
	// kgNames names the region's kindergartens by seed number.
	kgNames map[int]data.Kindergarten
	// reported: a package of the region made since the quarter began (or
	// the data are this database's own).
	reported bool
}

// quarterFacts is everything the note says.
type quarterFacts struct {
	opts     Options
	today    data.Date
	off      *official.Texts
	from, to data.Date
	regions  int // of the pilot
	present  []*quarterRegion
	// silent are the regions of the pilot that have not reported for the
	// quarter: no package made since it began.
	silent []data.Region
	rounds []data.Round // overlapping the quarter
}

// loadQuarter reads the quarter's facts of every region with data.
func loadQuarter(ctx context.Context, s *data.Store, o Options) (*quarterFacts, error) {
	if o.Period.Start.IsZero() {
		p, err := s.Period(ctx)
		if err != nil {
			return nil, fmt.Errorf("read period: %w", err)
		}
		o.Period = p
	}
	if o.Quarter < 1 || o.Quarter > o.Period.Quarters() {
		return nil, fmt.Errorf("quarter %d (1–%d): %w", o.Quarter, o.Period.Quarters(), ErrOptions)
	}
	f := &quarterFacts{opts: o, today: data.DateOf(o.Now)}
	f.from, f.to = o.Period.Quarter(o.Quarter)
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, fmt.Errorf("read settings: %w", err)
	}
	f.off = official.New(o.Lang, st, data.Region{})
	all, err := s.Regions(ctx)
	if err != nil {
		return nil, fmt.Errorf("regions: %w", err)
	}
	f.regions = len(all)
	rounds, err := s.Rounds(ctx)
	if err != nil {
		return nil, fmt.Errorf("rounds: %w", err)
	}
	inQuarter := map[int64]bool{}
	for _, r := range rounds {
		if !r.Start.After(f.to) && !r.End.Before(f.from) {
			f.rounds = append(f.rounds, r)
			inQuarter[r.ID] = true
		}
	}
	sources, err := comparison.RegionSources(ctx, s)
	if err != nil {
		return nil, err
	}
	imports, err := s.PackageImports(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("package imports: %w", err)
	}
	bySource := map[string]comparison.RegionSource{}
	for _, src := range sources {
		bySource[src.Region] = src
	}
	for _, r := range all {
		src, ok := bySource[r.Code]
		if !ok {
			f.silent = append(f.silent, r)
			continue
		}
		q := &quarterRegion{info: r, reported: src.Own || src.Created.IsZero()}
		for _, im := range imports {
			if im.Region == r.Code && !data.DateOf(im.Created).Before(f.from) {
				q.reported = true
			}
		}
		if err := f.loadRegion(ctx, s, q, inQuarter); err != nil {
			return nil, err
		}
		f.present = append(f.present, q)
		if !q.reported {
			f.silent = append(f.silent, r)
		}
	}
	return f, nil
}

// loadRegion counts one region's quarter.
func (f *quarterFacts) loadRegion(ctx context.Context, s *data.Store, q *quarterRegion, inQuarter map[int64]bool) error {
	code := q.info.Code
	in := func(d data.Date) bool { return !d.IsZero() && !d.Before(f.from) && !d.After(f.to) }
	totals, err := s.EventTotals(ctx, code, 0)
	if err != nil {
		return fmt.Errorf("events of %s: %w", code, err)
	}
	for _, t := range totals {
		if t.Quarter == f.opts.Quarter {
			q.events, q.hours, q.participations = t.Events, t.Hours, t.Participants()
		}
	}
	visits, err := s.Visits(ctx, code)
	if err != nil {
		return fmt.Errorf("visits of %s: %w", code, err)
	}
	for _, v := range visits {
		if in(v.VisitedOn) {
			q.visits++
		}
	}
	kgs, err := s.Kindergartens(ctx, code)
	if err != nil {
		return fmt.Errorf("kindergartens of %s: %w", code, err)
	}
	q.kgNames = map[int]data.Kindergarten{}
	for _, k := range kgs {
		q.kgNames[k.ID] = k
	}
	practices, err := s.Practices(ctx, code)
	if err != nil {
		return fmt.Errorf("practices of %s: %w", code, err)
	}
	for _, p := range practices {
		if in(p.IdentifiedOn) {
			q.practices++
		}
		if p.Status != data.PracticeCandidate && !p.IdentifiedOn.After(f.to) {
			q.best = append(q.best, p)
		}
	}
	risks, err := s.Risks(ctx, code)
	if err != nil {
		return fmt.Errorf("risks of %s: %w", code, err)
	}
	for _, r := range risks {
		// Open at the quarter's end: identified by then, not closed by then.
		if r.IdentifiedOn.After(f.to) || (!r.Open() && !r.ClosedOn.After(f.to)) {
			continue
		}
		q.unclosed++
		if r.Level() == data.RiskHigh {
			q.high++
			q.risky = append(q.risky, r)
		}
	}
	cells, err := s.Completeness(ctx, code)
	if err != nil {
		return fmt.Errorf("completeness of %s: %w", code, err)
	}
	for _, c := range cells {
		if inQuarter[c.RoundID] {
			q.expected += c.Expected()
			q.scored += c.Scored
		}
	}
	return nil
}
