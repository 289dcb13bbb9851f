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
	// placeholders is simpler than a temporary table. CROSS JOIN fixes the
	// join order (SQLite keeps it as written): children in id order, each
	// with one range scan of assessment's primary key (child_id, round_id)
	// per round; the unary + keeps SQLite from turning the indicator list
	// into one seek per indicator. Rows then arrive grouped and ordered with
	// no temporary sort. Best of 40 on 500 children × 9 indicators: 3.8 ms,
	// against 5.6 ms with a seek per indicator and 9.8 ms for the planner's
	// own order (driving from assessment_round_idx).
	marks := make([]string, len(r.indicators))
	args := []any{scope.RegionCode, scope.KindergartenID, scope.KindergartenID, r.from.ID, r.to.ID}
	for i, in := range r.indicators {
		marks[i] = "?"
		args = append(args, in.ID)
	}
	q := `SELECT c.id, g.id, g.kindergarten_id, g.role = 'control', a.round_id, sum(a.score), count(*)
		FROM child c
		CROSS JOIN child_group g ON g.id = c.group_id
		CROSS JOIN kindergarten k ON k.id = g.kindergarten_id
		CROSS JOIN assessment a ON a.child_id = c.id
		WHERE k.region_code = ? AND (? = 0 OR k.id = ?)
		  AND a.round_id IN (?, ?)
		  AND +a.indicator_id IN (` + strings.Join(marks, ",") + `)
		GROUP BY c.id, a.round_id
		ORDER BY c.id, a.round_id`
	rows, err := s.DB().QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("comparison: load scores: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			cs         ChildScores
			control    bool // the role as a flag: no string per row
			round      int64
			sum, count int
		)
		if err := rows.Scan(&cs.ChildID, &cs.GroupID, &cs.KindergartenID, &control, &round, &sum, &count); err != nil {
			return nil, fmt.Errorf("comparison: read scores: %w", err)
		}
		cs.Role = roleOf(control)
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

// roleOf turns the query's "is control" flag back into the role.
func roleOf(control bool) string {
	if control {
		return data.RoleControl
	}
	return data.RoleExperimental
}
