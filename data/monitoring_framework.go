package data

import (
	"context"
	"database/sql"
	"fmt"
)

// MoveIndicator moves an indicator one place up (towards the start of its
// block) or down. At the edge of its block nothing changes. The block's
// order numbers are renumbered 1..n on the way, so gaps left by deletions
// never make a move look like a no-op.
func (s *Store) MoveIndicator(ctx context.Context, id int64, up bool) error {
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		var block int64
		if err := tx.QueryRowContext(ctx, `SELECT block_id FROM indicator WHERE id = ?`, id).Scan(&block); err != nil {
			return notFound(err, "indicator", id)
		}
		moved, err := moveWithin(ctx, tx, `SELECT id FROM indicator WHERE block_id = ? ORDER BY ord, id`, []any{block},
			`UPDATE indicator SET ord = ?, updated_at = ? WHERE id = ?`, id, up, now)
		if err != nil || !moved {
			return err
		}
		return bumpFramework(ctx, tx, now)
	})
}

// MoveBlock moves a block one place up or down among the blocks.
func (s *Store) MoveBlock(ctx context.Context, id int64, up bool) error {
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		moved, err := moveWithin(ctx, tx, `SELECT id FROM indicator_block ORDER BY ord, id`, nil,
			`UPDATE indicator_block SET ord = ?, updated_at = ? WHERE id = ?`, id, up, now)
		if err != nil || !moved {
			return err
		}
		return bumpFramework(ctx, tx, now)
	})
}

// moveWithin swaps row id with its neighbour in the list selected by list
// and writes the order 1..n back with set. It reports whether anything moved.
func moveWithin(ctx context.Context, tx *sql.Tx, list string, args []any, set string, id int64, up bool, now string) (bool, error) {
	rows, err := tx.QueryContext(ctx, list, args...)
	if err != nil {
		return false, err
	}
	var ids []int64
	for rows.Next() {
		var x int64
		if err := rows.Scan(&x); err != nil {
			rows.Close()
			return false, err
		}
		ids = append(ids, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return false, err
	}
	at := -1
	for i, x := range ids {
		if x == id {
			at = i
		}
	}
	if at < 0 {
		return false, notFound(errNoRows, "row", id)
	}
	to := at + 1
	if up {
		to = at - 1
	}
	if to < 0 || to >= len(ids) {
		return false, nil
	}
	ids[at], ids[to] = ids[to], ids[at]
	for i, x := range ids {
		if _, err := tx.ExecContext(ctx, set, i+1, now, x); err != nil {
			return false, err
		}
	}
	return true, nil
}

// RetireIndicator stops offering an indicator for new scoring from the
// given date. Its past scores stay and still appear in history.
func (s *Store) RetireIndicator(ctx context.Context, id int64, on Date) error {
	if on.IsZero() {
		return invalid("retired_on", ReasonRequired)
	}
	w, err := s.Window(ctx)
	if err != nil {
		return err
	}
	if on.Before(w.From) || on.After(s.Today().AddDays(366)) {
		return invalid("retired_on", ReasonDate)
	}
	return s.setRetired(ctx, id, on)
}

// RestoreIndicator offers a retired indicator for scoring again.
func (s *Store) RestoreIndicator(ctx context.Context, id int64) error {
	return s.setRetired(ctx, id, Date{})
}

func (s *Store) setRetired(ctx context.Context, id int64, on Date) error {
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE indicator SET retired_on = ?, updated_at = ? WHERE id = ?`, on, now, id)
		if err != nil {
			return err
		}
		if err := mustAffect(res, "indicator", id); err != nil {
			return err
		}
		return bumpFramework(ctx, tx, now)
	})
}

// IndicatorScores counts the scores recorded on an indicator (the editor
// offers Delete only when there are none, Retire otherwise).
func (s *Store) IndicatorScores(ctx context.Context, id int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM assessment WHERE indicator_id = ?`, id).Scan(&n)
	return n, mapErr(err)
}

// DeleteIndicator removes an indicator that has never been scored; one with
// scores gives ErrInUse (retire it instead, so history stays whole).
func (s *Store) DeleteIndicator(ctx context.Context, id int64) error {
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM assessment WHERE indicator_id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fmt.Errorf("indicator %d has %d scores: %w", id, n, ErrInUse)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM indicator WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if err := mustAffect(res, "indicator", id); err != nil {
			return err
		}
		return bumpFramework(ctx, tx, now)
	})
}
