package data

import "context"

// The one rule of who and what a round expects. Grid rows, Excel template
// rows, the Monitoring tab's completeness and the dashboard's (with its
// missing-scores warnings) all use these two fragments, so their counts
// agree; the score writer enforces the same rules on new entries.
const (
	// childInRound: a child r's round monitors — one whose parents have
	// consented (ARCHITECTURE: Monitoring: children without consent are not scored), who
	// had not left the pilot when the round began and, in a closed period,
	// who was recorded before it closed (a child of the next programme
	// year is not missing from the last one's rounds).
	childInRound = `(c.consent = 1 AND (c.left_on IS NULL OR c.left_on >= r.starts_on)
		AND c.created_at <= coalesce((SELECT p.closed_at FROM period p WHERE p.id = r.period_id), c.created_at))`
	// indicatorInUse: an indicator still scored. A retired one takes no
	// new score in any round (WriteScores refuses it) and has no grid
	// column, so no round expects it: a round left incomplete when the
	// indicator was retired could otherwise never be completed.
	indicatorInUse = `i.retired_on IS NULL`
)

// CompletenessCell is how much of one kindergarten's monitoring in one round
// is done: children × indicators expected, and how many of those scores exist.
type CompletenessCell struct {
	RoundID        int64
	KindergartenID int
	Children       int // monitored in the round (childInRound)
	Indicators     int // in use (indicatorInUse)
	Scored         int // scores of those children on those indicators
}

// Expected is the number of scores a complete round would have.
func (c CompletenessCell) Expected() int { return c.Children * c.Indicators }

// Missing is the number of scores still to enter.
func (c CompletenessCell) Missing() int { return c.Expected() - c.Scored }

// Percent is the share scored, 0–100; ok is false when nothing is expected
// (a kindergarten without children), where a share means nothing.
func (c CompletenessCell) Percent() (p float64, ok bool) {
	if c.Expected() == 0 {
		return 0, false
	}
	return 100 * float64(c.Scored) / float64(c.Expected()), true
}

// Completeness gives one cell per round of the viewed period and
// kindergarten of a region ("" = every region), rounds in order, kindergartens by seed number: the figures
// of both the dashboard and the Monitoring tab. Only scores of the children
// a round monitors on indicators in use count, so the share never passes
// 100 %; other scores stay in the database as history.
func (s *Store) Completeness(ctx context.Context, region string) ([]CompletenessCell, error) {
	pid, err := s.viewedPeriodID(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT r.id, k.id,
		(SELECT count(*) FROM child_group g JOIN child c ON c.group_id = g.id
			WHERE g.kindergarten_id = k.id AND `+childInRound+`),
		(SELECT count(*) FROM indicator i WHERE `+indicatorInUse+`)
		FROM round r CROSS JOIN kindergarten k
		WHERE (?1 = '' OR k.region_code = ?1) AND r.period_id = ?2
		ORDER BY r.ord, r.starts_on, r.id, k.id`, region, pid)
	cells, err := collect(rows, err, func(sc interface{ Scan(...any) error }) (CompletenessCell, error) {
		var c CompletenessCell
		err := sc.Scan(&c.RoundID, &c.KindergartenID, &c.Children, &c.Indicators)
		return c, err
	})
	if err != nil || len(cells) == 0 {
		return cells, err
	}
	// The scores in one pass over the region's children. CROSS JOIN fixes
	// the order kindergarten → group → child → score, so SQLite reads only
	// this region's scores instead of every score of each round.
	rows, err = s.db.QueryContext(ctx, `SELECT a.round_id, k.id, count(*)
		FROM kindergarten k
		CROSS JOIN child_group g ON g.kindergarten_id = k.id
		CROSS JOIN child c ON c.group_id = g.id
		CROSS JOIN assessment a ON a.child_id = c.id
		JOIN round r ON r.id = a.round_id
		JOIN indicator i ON i.id = a.indicator_id
		WHERE (?1 = '' OR k.region_code = ?1) AND `+childInRound+` AND `+indicatorInUse+`
		GROUP BY a.round_id, k.id`, region)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	type key struct {
		round int64
		kg    int
	}
	at := map[key]int{}
	for i, c := range cells {
		at[key{c.RoundID, c.KindergartenID}] = i
	}
	for rows.Next() {
		var k key
		var n int
		if err := rows.Scan(&k.round, &k.kg, &n); err != nil {
			return nil, err
		}
		if i, ok := at[k]; ok {
			cells[i].Scored = n
		}
	}
	return cells, rows.Err()
}
