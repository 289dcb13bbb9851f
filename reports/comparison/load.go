package comparison

import (
	"context"
	"fmt"
	"math"
	"strings"

	"baulu/data"
)

var nan = math.NaN()

// Load reads the child-level tallies of a scope in one query: for every
// child of the scope's kindergartens scored in either round, the integer sum
// and count of the child's scores over the scope's indicators in each round.
// Children scored in neither round are not returned (they took no part).
func Load(ctx context.Context, s *data.Store, scope Scope) (*Dataset, error) {
	r, err := resolve(ctx, s, &scope)
	if err != nil {
		return nil, err
	}
	ds := &Dataset{
		Scope: scope, From: r.from, To: r.to, Indicators: r.indicators,
		ThresholdLow: r.low, ThresholdHigh: r.high,
	}
	if len(r.indicators) == 0 {
		return ds, nil
	}

	// The indicator list is short (at most the framework), so an IN list of
	// placeholders is simpler than a temporary table. The primary key
	// (child_id, round_id, indicator_id) of assessment serves the join.
	args := []any{r.from.ID, r.to.ID, scope.RegionCode, scope.KindergartenID, scope.KindergartenID}
	marks := make([]string, len(r.indicators))
	for i, in := range r.indicators {
		marks[i] = "?"
		args = append(args, in.ID)
	}
	q := `SELECT c.id, g.id, g.kindergarten_id, g.role, a.round_id, sum(a.score), count(*)
		FROM kindergarten k
		JOIN child_group g ON g.kindergarten_id = k.id
		JOIN child c ON c.group_id = g.id
		JOIN assessment a ON a.child_id = c.id AND a.round_id IN (?, ?)
		WHERE k.region_code = ? AND (? = 0 OR k.id = ?)
		  AND a.indicator_id IN (` + strings.Join(marks, ",") + `)
		GROUP BY c.id, a.round_id
		ORDER BY c.id`
	rows, err := s.DB().QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("comparison: load scores: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			cs         ChildScores
			round      int64
			sum, count int
		)
		if err := rows.Scan(&cs.ChildID, &cs.GroupID, &cs.KindergartenID, &cs.Role, &round, &sum, &count); err != nil {
			return nil, fmt.Errorf("comparison: read scores: %w", err)
		}
		// Rows come ordered by child, so a child's second round extends the
		// entry its first round started.
		if n := len(ds.Children); n == 0 || ds.Children[n-1].ChildID != cs.ChildID {
			ds.Children = append(ds.Children, cs)
		}
		c := &ds.Children[len(ds.Children)-1]
		if round == r.from.ID {
			c.From = Tally{Sum: sum, Count: count}
		} else {
			c.To = Tally{Sum: sum, Count: count}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("comparison: read scores: %w", err)
	}
	return ds, nil
}

// Compare is Load followed by Compute: everything the Comparison screen and
// `baulu stats --json` show for a scope.
func Compare(ctx context.Context, s *data.Store, scope Scope) (Result, error) {
	ds, err := Load(ctx, s, scope)
	if err != nil {
		return Result{}, err
	}
	return Compute(ds), nil
}
