package data

import (
	"context"
	"database/sql"
)

// Score is one assessment: a child's score (1–3) on an indicator in a round.
type Score struct {
	ChildID     int64
	RoundID     int64
	IndicatorID int64
	Value       int
}

// SetScore writes one score (0 clears it).
func (s *Store) SetScore(ctx context.Context, sc Score) error {
	return setScore(ctx, s.db, sc, s.stamp())
}

func setScore(ctx context.Context, q queryer, sc Score, stamp string) error {
	if sc.Value == 0 {
		_, err := q.ExecContext(ctx, `DELETE FROM assessment WHERE child_id=? AND round_id=? AND indicator_id=?`, sc.ChildID, sc.RoundID, sc.IndicatorID)
		return mapErr(err)
	}
	if sc.Value < 1 || sc.Value > 3 {
		return invalid("score", ReasonRange)
	}
	_, err := q.ExecContext(ctx, `INSERT INTO assessment(child_id, round_id, indicator_id, score, updated_at) VALUES (?,?,?,?,?)
		ON CONFLICT(child_id, round_id, indicator_id) DO UPDATE SET score=excluded.score, updated_at=excluded.updated_at
		WHERE score <> excluded.score`, sc.ChildID, sc.RoundID, sc.IndicatorID, sc.Value, stamp)
	return mapErr(err)
}

// SetScores writes many scores in one transaction: all or none.
func (s *Store) SetScores(ctx context.Context, scores []Score) error {
	stamp := s.stamp()
	return s.Tx(ctx, func(tx *sql.Tx) error {
		for _, sc := range scores {
			if err := setScore(ctx, tx, sc, stamp); err != nil {
				return err
			}
		}
		return nil
	})
}

// GroupScores returns the scores of a group's children in a round, keyed by
// child then indicator.
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
