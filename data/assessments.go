package data

import "context"

// Score is one assessment: a child's score (1–3) on an indicator in a round.
// Scores are written only through WriteScores (scores_write.go).
type Score struct {
	ChildID     int64
	RoundID     int64
	IndicatorID int64
	Value       int
}

// idSet reads a one-column id query into a set.
func idSet(ctx context.Context, q queryer, query string, args ...any) (map[int64]bool, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}

// GroupScores returns the scores of a group's children in a round, keyed by
// child then indicator (retired indicators included: this is history).
func (s *Store) GroupScores(ctx context.Context, groupID, roundID int64) (map[int64]map[int64]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.child_id, a.indicator_id, a.score FROM assessment a
		JOIN child c ON c.id = a.child_id WHERE c.group_id = ? AND a.round_id = ?`, groupID, roundID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	out := map[int64]map[int64]int{}
	for rows.Next() {
		var c, i int64
		var v int
		if err := rows.Scan(&c, &i, &v); err != nil {
			return nil, err
		}
		if out[c] == nil {
			out[c] = map[int64]int{}
		}
		out[c][i] = v
	}
	return out, rows.Err()
}
