package comparison

import (
	"context"
	"fmt"
	"math"

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

	// data.ChildTallies keeps the query and the timings of its join order.
	tallies, err := s.ChildTallies(ctx, data.ScoreScope{Region: scope.RegionCode, KindergartenID: scope.KindergartenID,
		From: r.from.ID, To: r.to.ID, Indicators: indicatorIDs(r.indicators)})
	if err != nil {
		return nil, fmt.Errorf("comparison: load scores: %w", err)
	}
	for _, t := range tallies {
		// Rows come ordered by child, so a child's second round extends the
		// entry its first round started.
		if n := len(ds.Children); n == 0 || ds.Children[n-1].ChildID != t.ChildID {
			ds.Children = append(ds.Children, ChildScores{ChildID: t.ChildID, GroupID: t.GroupID,
				KindergartenID: t.KindergartenID, Role: t.Role, NoConsent: t.NoConsent,
				Sex: t.Sex, Locality: t.Locality, Language: t.Language, AgeGroup: t.AgeGroup})
		}
		c := &ds.Children[len(ds.Children)-1]
		if t.RoundID == r.from.ID {
			c.From = Tally{Sum: t.Sum, Count: t.Count}
		} else {
			c.To = Tally{Sum: t.Sum, Count: t.Count}
		}
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

// indicatorIDs lists the ids of a scope's indicators, in order.
func indicatorIDs(inds []IndicatorRef) []int64 {
	ids := make([]int64, len(inds))
	for i, in := range inds {
		ids[i] = in.ID
	}
	return ids
}
