package data

import "context"

// ChildCount is how many children of a region were in the pilot on a day,
// and how many of them have no parental consent.
type ChildCount struct {
	InPilot   int
	NoConsent int
}

// CountChildren counts a region's children in the pilot at the end of day
// on (those who had not left by then): the denominator of a round's
// completeness and the consent figure of a report. No child's name or code
// leaves the database.
func (s *Store) CountChildren(ctx context.Context, region string, on Date) (ChildCount, error) {
	var c ChildCount
	err := s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(c.consent = 0), 0)
		FROM child c JOIN child_group g ON g.id = c.group_id JOIN kindergarten k ON k.id = g.kindergarten_id
		WHERE k.region_code = ? AND (c.left_on IS NULL OR c.left_on > ?)`, region, on).Scan(&c.InPilot, &c.NoConsent)
	return c, mapErr(err)
}
