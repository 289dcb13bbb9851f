package data

import (
	"context"
	"database/sql"
	"strings"
	"time"
)

// Query is a comment or "check this" on a child's round (IndicatorID 0) or
// one score — «absent two weeks», «score looks wrong» — open until
// resolved; the dashboard lists the open ones. Queries are notes about the
// data, not the data: an approved round can still be queried.
type Query struct {
	ID          int64
	ChildID     int64
	RoundID     int64
	IndicatorID int64 // 0: the child's whole round
	Text        string
	RaisedBy    string
	RaisedAt    time.Time
	ResolvedAt  time.Time // zero while open
	ResolvedBy  string
	Resolution  string
	// Read with the query: where it is.
	ChildCode      string
	GroupID        int64
	KindergartenID int
	IndicatorCode  string
}

// Open reports whether the query waits for an answer.
func (q Query) Open() bool { return q.ResolvedAt.IsZero() }

const queryCols = `q.id, q.child_id, q.round_id, coalesce(q.indicator_id, 0), q.text, q.raised_by, q.created_at,
	coalesce(q.resolved_at, ''), q.resolved_by, q.resolution, c.code, c.group_id, g.kindergarten_id, coalesce(i.code, '')`

const queryFrom = ` FROM data_query q JOIN child c ON c.id = q.child_id JOIN child_group g ON g.id = c.group_id
	JOIN kindergarten k ON k.id = g.kindergarten_id LEFT JOIN indicator i ON i.id = q.indicator_id`

func scanQuery(sc interface{ Scan(...any) error }) (Query, error) {
	var q Query
	var raised, resolved string
	err := sc.Scan(&q.ID, &q.ChildID, &q.RoundID, &q.IndicatorID, &q.Text, &q.RaisedBy, &raised, &resolved,
		&q.ResolvedBy, &q.Resolution, &q.ChildCode, &q.GroupID, &q.KindergartenID, &q.IndicatorCode)
	q.RaisedAt, q.ResolvedAt = stampTime(raised), stampTime(resolved)
	return q, err
}

// RaiseQuery records a new query (the ID is set); the person raising it is
// the methodologist of the settings with the OS user.
func (s *Store) RaiseQuery(ctx context.Context, q *Query) error {
	q.Text = strings.TrimSpace(q.Text)
	switch {
	case q.ChildID == 0:
		return invalid("child", ReasonRequired)
	case q.RoundID == 0:
		return invalid("round", ReasonRequired)
	case q.Text == "":
		return invalid("text", ReasonRequired)
	}
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		w, err := who(ctx, tx)
		if err != nil {
			return err
		}
		q.RaisedBy, q.RaisedAt = w.String(), stampTime(now)
		res, err := tx.ExecContext(ctx, `INSERT INTO data_query(child_id, round_id, indicator_id, text, raised_by, created_at, updated_at)
			VALUES (?,?,?,?,?,?,?)`, q.ChildID, q.RoundID, nullID(q.IndicatorID), q.Text, q.RaisedBy, now, now)
		if err != nil {
			return err
		}
		q.ID, err = res.LastInsertId()
		return err
	})
}

// ResolveQuery closes a query with what was found or done.
func (s *Store) ResolveQuery(ctx context.Context, id int64, resolution string) error {
	now := s.stamp()
	return s.tx(ctx, func(tx *sql.Tx) error {
		w, err := who(ctx, tx)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE data_query SET resolved_at = ?, resolved_by = ?, resolution = ?, updated_at = ?
			WHERE id = ? AND resolved_at IS NULL`, now, w.String(), strings.TrimSpace(resolution), now, id)
		if err != nil {
			return err
		}
		return mustAffect(res, "open query", id)
	})
}

// OpenQueries lists a region's ("" = every region) open queries, oldest
// first: the dashboard's list.
func (s *Store) OpenQueries(ctx context.Context, region string) ([]Query, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+queryCols+queryFrom+`
		WHERE q.resolved_at IS NULL AND (?1 = '' OR k.region_code = ?1) ORDER BY q.id`, region)
	return collect(rows, err, scanQuery)
}
