package data

import "context"

// QuarterTotals sums a quarter's events: how many, their hours, and the
// people who took part (a teacher at two events counts twice).
type QuarterTotals struct {
	Quarter  int
	Events   int
	Hours    float64
	Teachers int
	Parents  int
	Others   int
}

// Participants is everyone who took part.
func (q QuarterTotals) Participants() int { return q.Teachers + q.Parents + q.Others }

// EventTotals gives a row per quarter of the viewed period (year 0: four
// for the pilot year; events of its grace days after the end are in none,
// as in the quarterly reports), or of calendar year year, for a region
// ("" = every region), quarters without events included.
func (s *Store) EventTotals(ctx context.Context, region string, year int) ([]QuarterTotals, error) {
	p := Period{Start: NewDate(year, 1, 1), End: NewDate(year, 12, 31)}
	if year == 0 {
		var err error
		if p, err = s.Period(ctx); err != nil {
			return nil, err
		}
	}
	from, to := p.Start, p.End
	out := make([]QuarterTotals, p.Quarters())
	for i := range out {
		out[i].Quarter = i + 1
	}
	// Events and hours come from event alone, people from the participation
	// rows: one join would count an event's hours once per kindergarten.
	rows, err := s.db.QueryContext(ctx, `SELECT held_on, count(*), total(hours) FROM event
		WHERE (? = '' OR region_code = ?) AND held_on BETWEEN ? AND ? GROUP BY 1`,
		region, region, from, to)
	if err != nil {
		return nil, mapErr(err)
	}
	for rows.Next() {
		var d Date
		var n int
		var h float64
		if err := rows.Scan(&d, &n, &h); err != nil {
			rows.Close()
			return nil, err
		}
		q := &out[p.QuarterOf(d)-1]
		q.Events, q.Hours = q.Events+n, q.Hours+h
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT e.held_on, sum(p.teachers), sum(p.parents), sum(p.others)
		FROM event_participation p JOIN event e ON e.id = p.event_id
		WHERE (? = '' OR e.region_code = ?) AND e.held_on BETWEEN ? AND ? GROUP BY 1`,
		region, region, from, to)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var d Date
		var t QuarterTotals
		if err := rows.Scan(&d, &t.Teachers, &t.Parents, &t.Others); err != nil {
			return nil, err
		}
		q := &out[p.QuarterOf(d)-1]
		q.Teachers, q.Parents, q.Others = q.Teachers+t.Teachers, q.Parents+t.Parents, q.Others+t.Others
	}
	return out, rows.Err()
}

// KindergartenReach is how a kindergarten took part in the region's events:
// the number of events it attended and its participations (a teacher at
// two events counts twice).
type KindergartenReach struct {
	KindergartenID int
	Events         int
	Teachers       int
	Parents        int
	Others         int
}

// TeacherReach lists every kindergarten of a region ("" = all) with its
// participation in events, kindergartens that took part in none included.
func (s *Store) TeacherReach(ctx context.Context, region string) ([]KindergartenReach, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT k.id, count(p.event_id), coalesce(sum(p.teachers), 0),
		coalesce(sum(p.parents), 0), coalesce(sum(p.others), 0)
		FROM kindergarten k LEFT JOIN event_participation p ON p.kindergarten_id = k.id
		WHERE ? = '' OR k.region_code = ? GROUP BY k.id ORDER BY k.id`, region, region)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (KindergartenReach, error) {
		var r KindergartenReach
		err := sc.Scan(&r.KindergartenID, &r.Events, &r.Teachers, &r.Parents, &r.Others)
		return r, err
	})
}
