package data

import "context"

// ScoreCount is the number of scores recorded for a child (childID ≠ 0) or
// in a round (roundID ≠ 0): what a delete would take with it, said before
// the user confirms.
func (s *Store) ScoreCount(ctx context.Context, childID, roundID int64) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM assessment
		WHERE (? = 0 OR child_id = ?) AND (? = 0 OR round_id = ?)`, childID, childID, roundID, roundID).Scan(&n)
	return n, mapErr(err)
}
