package data

import (
	"context"
	"database/sql"
	"fmt"
)

// Score is one assessment: a child's score (1–3) on an indicator in a round.
type Score struct {
	ChildID     int64
	RoundID     int64
	IndicatorID int64
	Value       int
}

// SetScore writes one score (0 clears it). A retired indicator accepts no
// change: its past scores are history.
func (s *Store) SetScore(ctx context.Context, sc Score) error {
	return setScore(ctx, s.db, sc, s.stamp())
}

func setScore(ctx context.Context, q queryer, sc Score, stamp string) error {
	if sc.Value < 0 || sc.Value > 3 {
		return invalid("score", ReasonRange)
	}
	var retired bool
	if err := q.QueryRowContext(ctx, `SELECT retired_on IS NOT NULL FROM indicator WHERE id = ?`, sc.IndicatorID).Scan(&retired); err != nil {
		return notFound(err, "indicator", sc.IndicatorID)
	}
	if retired {
		return invalid("indicator", ReasonRetired)
	}
	if sc.Value == 0 {
		_, err := q.ExecContext(ctx, `DELETE FROM assessment WHERE child_id=? AND round_id=? AND indicator_id=?`, sc.ChildID, sc.RoundID, sc.IndicatorID)
		return mapErr(err)
	}
	_, err := q.ExecContext(ctx, upsertScore, sc.ChildID, sc.RoundID, sc.IndicatorID, sc.Value, stamp)
	return mapErr(err)
}

// upsertScore writes a score, touching updated_at only when it changes.
const upsertScore = `INSERT INTO assessment(child_id, round_id, indicator_id, score, updated_at) VALUES (?,?,?,?,?)
	ON CONFLICT(child_id, round_id, indicator_id) DO UPDATE SET score=excluded.score, updated_at=excluded.updated_at
	WHERE score <> excluded.score`

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

// ApplyScores is the bulk path of the Excel import: every score (1–3; 0
// clears) in one transaction through one prepared statement. Children,
// rounds and indicators are checked against sets read once inside the
// transaction, so a bad id gives ErrNotFound (not a foreign-key failure)
// and a retired indicator a ValidationError — and nothing is written.
func (s *Store) ApplyScores(ctx context.Context, scores []Score) error {
	for _, sc := range scores {
		if sc.Value < 0 || sc.Value > 3 {
			return invalid("score", ReasonRange)
		}
	}
	if len(scores) == 0 {
		return nil
	}
	stamp := s.stamp()
	return s.Tx(ctx, func(tx *sql.Tx) error {
		children, err := idSet(ctx, tx, `SELECT id FROM child`)
		if err != nil {
			return err
		}
		rounds, err := idSet(ctx, tx, `SELECT id FROM round`)
		if err != nil {
			return err
		}
		active, err := idSet(ctx, tx, `SELECT id FROM indicator WHERE retired_on IS NULL`)
		if err != nil {
			return err
		}
		all, err := idSet(ctx, tx, `SELECT id FROM indicator`)
		if err != nil {
			return err
		}
		for _, sc := range scores {
			switch {
			case !children[sc.ChildID]:
				return fmt.Errorf("child %d: %w", sc.ChildID, ErrNotFound)
			case !rounds[sc.RoundID]:
				return fmt.Errorf("round %d: %w", sc.RoundID, ErrNotFound)
			case !all[sc.IndicatorID]:
				return fmt.Errorf("indicator %d: %w", sc.IndicatorID, ErrNotFound)
			case !active[sc.IndicatorID]:
				return invalid("indicator", ReasonRetired)
			}
		}
		up, err := tx.PrepareContext(ctx, upsertScore)
		if err != nil {
			return err
		}
		defer up.Close()
		del, err := tx.PrepareContext(ctx, `DELETE FROM assessment WHERE child_id=? AND round_id=? AND indicator_id=?`)
		if err != nil {
			return err
		}
		defer del.Close()
		for _, sc := range scores {
			if sc.Value == 0 {
				_, err = del.ExecContext(ctx, sc.ChildID, sc.RoundID, sc.IndicatorID)
			} else {
				_, err = up.ExecContext(ctx, sc.ChildID, sc.RoundID, sc.IndicatorID, sc.Value, stamp)
			}
			if err != nil {
				return fmt.Errorf("score child %d indicator %d: %w", sc.ChildID, sc.IndicatorID, mapErr(err))
			}
		}
		return nil
	})
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
