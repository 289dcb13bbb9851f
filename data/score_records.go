package data

import "context"

// ScoreRecord is one score as the full Excel export lists it: by codes, with
// no row ids and no names.
type ScoreRecord struct {
	ChildCode      string
	GroupName      string
	KindergartenID int
	Role           string
	RoundCode      string
	RoundKind      string
	IndicatorCode  string
	Score          int
}

// ScoreRecords lists every score of a region's children (retired indicators
// included: this is history) by kindergarten, group code, child code, round
// and framework order, in one query (thousands of rows per region).
func (s *Store) ScoreRecords(ctx context.Context, region string) ([]ScoreRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.code, g.name, g.kindergarten_id, g.role, r.code, r.kind, i.code, a.score
		FROM assessment a
		JOIN child c ON c.id = a.child_id
		JOIN child_group g ON g.id = c.group_id
		JOIN kindergarten k ON k.id = g.kindergarten_id
		JOIN round r ON r.id = a.round_id
		JOIN indicator i ON i.id = a.indicator_id
		WHERE k.region_code = ?
		ORDER BY g.kindergarten_id, g.code, c.code, r.ord, r.starts_on, i.ord`, region)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (ScoreRecord, error) {
		var x ScoreRecord
		err := sc.Scan(&x.ChildCode, &x.GroupName, &x.KindergartenID, &x.Role, &x.RoundCode, &x.RoundKind, &x.IndicatorCode, &x.Score)
		return x, err
	})
}
