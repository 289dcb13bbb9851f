package data

import "context"

// CompletenessRow says how much of a kindergarten's monitoring in a round is
// entered: Scored cells out of Expected = children monitored in the round
// (childInRound) × active indicators.
type CompletenessRow struct {
	KindergartenID int
	RoundID        int64
	Scored         int
	Expected       int
}

// Percent is Scored / Expected × 100 (0 when nothing is expected).
func (r CompletenessRow) Percent() float64 {
	if r.Expected == 0 {
		return 0
	}
	return 100 * float64(r.Scored) / float64(r.Expected)
}

// Completeness gives a row for every kindergarten of the region ("" = all
// regions) and every round, ordered by seed number and round. Only scores
// on active indicators of monitored children count.
func (s *Store) Completeness(ctx context.Context, region string) ([]CompletenessRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT k.id, r.id,
		(SELECT count(*) FROM assessment a
			JOIN child c ON c.id = a.child_id
			JOIN child_group g ON g.id = c.group_id
			JOIN indicator i ON i.id = a.indicator_id
			WHERE g.kindergarten_id = k.id AND a.round_id = r.id AND i.retired_on IS NULL AND `+childInRound+`),
		(SELECT count(*) FROM child c JOIN child_group g ON g.id = c.group_id
			WHERE g.kindergarten_id = k.id AND `+childInRound+`)
		* (SELECT count(*) FROM indicator WHERE retired_on IS NULL)
		FROM kindergarten k CROSS JOIN round r
		WHERE ? = '' OR k.region_code = ?
		ORDER BY k.id, r.ord, r.id`, region, region)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []CompletenessRow
	for rows.Next() {
		var c CompletenessRow
		if err := rows.Scan(&c.KindergartenID, &c.RoundID, &c.Scored, &c.Expected); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
