package data

import (
	"context"
	"strings"
)

// ChildResult is a child's outcome in one round, for the analysis: the mean
// over the active (non-retired) indicators the child was scored on.
type ChildResult struct {
	ChildID        int64
	Code           string
	GroupID        int64
	Role           string // experimental, control
	KindergartenID int
	RoundID        int64
	Scored         int     // active indicators scored
	Mean           float64 // over those
	Level          int     // 1–3 by the settings' thresholds
	// BlockMeans is the mean per block (block id → mean) over the block's
	// scored active indicators.
	BlockMeans map[int64]float64
}

// ResultFilter narrows ChildResults; zero fields mean "all".
type ResultFilter struct {
	RegionCode     string
	KindergartenID int
	GroupID        int64
	RoundID        int64
}

// ChildResults gives every child's result per round (only rounds in which
// the child has at least one score on an active indicator), ordered by
// kindergarten, group, child code and round.
func (s *Store) ChildResults(ctx context.Context, f ResultFilter) ([]ChildResult, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	var where []string
	var args []any
	if f.RegionCode != "" {
		where, args = append(where, "k.region_code = ?"), append(args, f.RegionCode)
	}
	if f.KindergartenID != 0 {
		where, args = append(where, "g.kindergarten_id = ?"), append(args, f.KindergartenID)
	}
	if f.GroupID != 0 {
		where, args = append(where, "g.id = ?"), append(args, f.GroupID)
	}
	if f.RoundID != 0 {
		where, args = append(where, "r.id = ?"), append(args, f.RoundID)
	}
	q := `SELECT c.id, c.code, g.id, g.role, g.kindergarten_id, r.id, i.block_id, a.score
		FROM assessment a
		JOIN child c ON c.id = a.child_id
		JOIN child_group g ON g.id = c.group_id
		JOIN kindergarten k ON k.id = g.kindergarten_id
		JOIN round r ON r.id = a.round_id
		JOIN indicator i ON i.id = a.indicator_id AND i.retired_on IS NULL`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY g.kindergarten_id, g.id, c.code, r.ord, r.id"
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	type acc struct{ sum, n int }
	var out []ChildResult
	var blocks map[int64]*acc
	finish := func() {
		if len(out) == 0 {
			return
		}
		r := &out[len(out)-1]
		r.BlockMeans = make(map[int64]float64, len(blocks))
		for b, a := range blocks {
			r.BlockMeans[b] = float64(a.sum) / float64(a.n)
		}
		r.Level = st.Level(r.Mean)
	}
	var total int
	for rows.Next() {
		var r ChildResult
		var block int64
		var v int
		if err := rows.Scan(&r.ChildID, &r.Code, &r.GroupID, &r.Role, &r.KindergartenID, &r.RoundID, &block, &v); err != nil {
			return nil, err
		}
		if n := len(out); n == 0 || out[n-1].ChildID != r.ChildID || out[n-1].RoundID != r.RoundID {
			finish()
			out = append(out, r)
			blocks, total = map[int64]*acc{}, 0
		}
		cur := &out[len(out)-1]
		total += v
		cur.Scored++
		cur.Mean = float64(total) / float64(cur.Scored)
		if blocks[block] == nil {
			blocks[block] = &acc{}
		}
		blocks[block].sum += v
		blocks[block].n++
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	finish()
	return out, nil
}
