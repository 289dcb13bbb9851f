package data

import (
	"context"
	"database/sql"
)

// RegionFootprint is what a database holds of one region: what replacing
// the region's data (a package import) would remove, and whether it is the
// database's own region with data entered here rather than imported.
type RegionFootprint struct {
	Groups, Children, Assessments, Events, Visits, Practices, Risks, Feedback int
	Named                                                                     int  // children with a name, birth date or consent date, which no package carries
	Own                                                                       bool // the database's own region (settings)
	Imported                                                                  bool // a package of the region was imported before
}

// Empty reports whether there is nothing of the region to lose.
func (f RegionFootprint) Empty() bool {
	return f.Groups+f.Children+f.Assessments+f.Events+f.Visits+f.Practices+f.Risks+f.Feedback == 0
}

// RegionFootprint counts region's data (see RegionFootprint).
func (s *Store) RegionFootprint(ctx context.Context, region string) (RegionFootprint, error) {
	return regionFootprint(ctx, s.db, region)
}

func regionFootprint(ctx context.Context, q queryer, region string) (RegionFootprint, error) {
	var f RegionFootprint
	kg := `(SELECT id FROM kindergarten WHERE region_code = ?1)`
	children := `(SELECT c.id FROM child c JOIN child_group g ON g.id = c.group_id WHERE g.kindergarten_id IN ` + kg + `)`
	err := q.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM child_group WHERE kindergarten_id IN `+kg+`),
		(SELECT count(*) FROM child WHERE id IN `+children+`),
		(SELECT count(*) FROM child WHERE id IN `+children+` AND (full_name <> '' OR birth_date IS NOT NULL OR consent_date IS NOT NULL)),
		(SELECT count(*) FROM assessment WHERE child_id IN `+children+`),
		(SELECT count(*) FROM event WHERE region_code = ?1),
		(SELECT count(*) FROM visit WHERE kindergarten_id IN `+kg+`),
		(SELECT count(*) FROM practice WHERE kindergarten_id IN `+kg+`),
		(SELECT count(*) FROM risk WHERE region_code = ?1),
		(SELECT count(*) FROM feedback WHERE region_code = ?1),
		EXISTS (SELECT 1 FROM settings WHERE id = 1 AND region_code = ?1),
		EXISTS (SELECT 1 FROM region_import WHERE region_code = ?1)`, region).Scan(
		&f.Groups, &f.Children, &f.Named, &f.Assessments, &f.Events, &f.Visits, &f.Practices, &f.Risks, &f.Feedback, &f.Own, &f.Imported)
	return f, mapErr(err)
}

// personal is what only this database knows of a child.
type personal struct {
	code, name         string
	birth, consentDate sql.NullString
	consent            bool
}

// keepPersonal saves, inside ReplaceRegion's transaction tx and before the
// region's children are replaced, the names, birth dates and consents kept
// only here (packages never carry them). The returned restore writes them
// back onto the imported children of the same codes — a recorded consent
// (with its date) stays as it was — and says how many children kept theirs.
func keepPersonal(ctx context.Context, tx *sql.Tx, region string) (restore func() (int, error), err error) {
	rows, err := tx.QueryContext(ctx, `SELECT c.code, c.full_name, c.birth_date, c.consent, c.consent_date
		FROM child c JOIN child_group g ON g.id = c.group_id JOIN kindergarten k ON k.id = g.kindergarten_id
		WHERE k.region_code = ? AND (c.full_name <> '' OR c.birth_date IS NOT NULL OR c.consent_date IS NOT NULL)`, region)
	if err != nil {
		return nil, mapErr(err)
	}
	var saved []personal
	for rows.Next() {
		var p personal
		if err := rows.Scan(&p.code, &p.name, &p.birth, &p.consent, &p.consentDate); err != nil {
			rows.Close()
			return nil, mapErr(err)
		}
		saved = append(saved, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, mapErr(err)
	}
	return func() (int, error) {
		kept := 0
		for _, p := range saved {
			res, err := tx.ExecContext(ctx, `UPDATE child SET full_name = ?, birth_date = ?, consent_date = ?,
				consent = CASE WHEN ? IS NOT NULL THEN ? ELSE consent END WHERE code = ?`,
				p.name, p.birth, p.consentDate, p.consentDate, p.consent, p.code)
			if err != nil {
				return kept, mapErr(err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				kept++
			}
		}
		return kept, nil
	}, nil
}
