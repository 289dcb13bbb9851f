package data

import (
	"context"
	"database/sql"
)

// RegionExport is what a region package carries from this database.
type RegionExport struct {
	Records RegionRecords
	// CentreName is the sending centre: this installation's own for its
	// region, else the centre of the package the region's data came from.
	CentreName string
	// CentreNameRU is the same centre's name in Russian ("" when never
	// entered, or when the package it came from did not carry it).
	CentreNameRU  string
	SchemaVersion int
}

// ExportRegion reads a region's records (see RegionRecords) in one
// transaction, a consistent snapshot even if someone edits meanwhile. Every
// query is ordered, so the same database always gives the same records.
func (s *Store) ExportRegion(ctx context.Context, region string) (RegionExport, error) {
	var out RegionExport
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := collectRegion(ctx, tx, region, &out.Records); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&out.SchemaVersion); err != nil {
			return err
		}
		return centreName(ctx, tx, region, &out.CentreName, &out.CentreNameRU)
	})
	return out, err
}

// centreName is the centre that sends the package, in Kazakh and Russian:
// this installation's own centre for its region, else the centre of the
// package it came from.
func centreName(ctx context.Context, tx *sql.Tx, region string, kk, ru *string) error {
	err := tx.QueryRowContext(ctx, `SELECT centre_name, centre_name_ru FROM settings WHERE id = 1 AND region_code = ?
		UNION ALL SELECT centre_name, centre_name_ru FROM region_import WHERE region_code = ? LIMIT 1`, region, region).Scan(kk, ru)
	if err == sql.ErrNoRows {
		return nil
	}
	return err
}

// each runs a query and calls scan for every row.
func each(ctx context.Context, tx *sql.Tx, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// collectRegion reads the region's records. Every query is ordered, so the same
// database always gives the same file.
func collectRegion(ctx context.Context, tx *sql.Tx, region string, d *RegionRecords) error {
	r := []any{region}
	kgOf := `(SELECT id FROM kindergarten WHERE region_code = ?)`
	if err := each(ctx, tx, `SELECT i.code, b.code, i.name_kk, i.name_ru FROM indicator i JOIN indicator_block b ON b.id = i.block_id
		ORDER BY b.ord, b.id, i.ord, i.id`, nil, func(rs *sql.Rows) error {
		var x RegionIndicator
		err := rs.Scan(&x.Code, &x.Block, &x.NameKK, &x.NameRU)
		d.Indicators = append(d.Indicators, x)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT r.code, r.kind, r.starts_on, r.ends_on, p.starts_on || '/' || p.ends_on
		FROM round r JOIN period p ON p.id = r.period_id ORDER BY r.ord, r.starts_on, r.id`, nil, func(rs *sql.Rows) error {
		var x RegionRound
		err := rs.Scan(&x.Code, &x.Kind, &x.Starts, &x.Ends, &x.Period)
		d.Rounds = append(d.Rounds, x)
		return err
	}); err != nil {
		return err
	}
	// The directions the region's records use, with their names.
	if err := each(ctx, tx, `SELECT code, name_kk, name_ru, name_en FROM direction WHERE id IN (
		SELECT direction_id FROM kindergarten_direction WHERE kindergarten_id IN `+kgOf+`
		UNION SELECT direction_id FROM env_rating WHERE kindergarten_id IN `+kgOf+`
		UNION SELECT direction_id FROM visit WHERE kindergarten_id IN `+kgOf+`
		UNION SELECT direction_id FROM practice WHERE kindergarten_id IN `+kgOf+`) ORDER BY ord, id`,
		[]any{region, region, region, region}, func(rs *sql.Rows) error {
			var x RegionDirection
			err := rs.Scan(&x.Code, &x.NameKK, &x.NameRU, &x.NameEN)
			d.Directions = append(d.Directions, x)
			return err
		}); err != nil {
		return err
	}
	if err := collectKindergartens(ctx, tx, region, d); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT g.kindergarten_id, g.code, g.name, g.age_group, g.language, g.role, g.teacher, coalesce(g.planned_size, 0)
		FROM child_group g WHERE g.kindergarten_id IN `+kgOf+` ORDER BY g.kindergarten_id, g.code`, r, func(rs *sql.Rows) error {
		var x RegionGroup
		err := rs.Scan(&x.Kindergarten, &x.Code, &x.Name, &x.AgeGroup, &x.Language, &x.Role, &x.Teacher, &x.PlannedSize)
		d.Groups = append(d.Groups, x)
		return err
	}); err != nil {
		return err
	}
	// Children: code, sex, birth YEAR, consent yes/no, left date — no name,
	// no birth date, no consent date (see the package doc).
	if err := each(ctx, tx, `SELECT c.code, g.kindergarten_id, g.code, c.sex,
		coalesce(CAST(strftime('%Y', c.birth_date) AS INTEGER), c.birth_year, 0), c.consent, coalesce(c.left_on, '')
		FROM child c JOIN child_group g ON g.id = c.group_id WHERE g.kindergarten_id IN `+kgOf+` ORDER BY c.code`, r, func(rs *sql.Rows) error {
		var x RegionChild
		err := rs.Scan(&x.Code, &x.Kindergarten, &x.Group, &x.Sex, &x.BirthYear, &x.Consent, &x.LeftOn)
		d.Children = append(d.Children, x)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT c.code, r.code, i.code, a.score FROM assessment a
		JOIN child c ON c.id = a.child_id JOIN child_group g ON g.id = c.group_id
		JOIN round r ON r.id = a.round_id JOIN indicator i ON i.id = a.indicator_id
		WHERE g.kindergarten_id IN `+kgOf+` ORDER BY c.code, r.ord, r.id, i.code`, r, func(rs *sql.Rows) error {
		var x RegionScore
		err := rs.Scan(&x.Child, &x.Round, &x.Indicator, &x.Score)
		d.Assessments = append(d.Assessments, x)
		return err
	}); err != nil {
		return err
	}
	if err := collectWork(ctx, tx, region, d); err != nil {
		return err
	}
	return collectLifecycle(ctx, tx, region, d)
}

func collectKindergartens(ctx context.Context, tx *sql.Tx, region string, d *RegionRecords) error {
	at := map[int]int{}
	if err := each(ctx, tx, `SELECT id, name, short_name, form, settlement, district, locality, address, director, phone, email, notes,
		name_ru, settlement_ru FROM kindergarten WHERE region_code = ? ORDER BY id`, []any{region}, func(rs *sql.Rows) error {
		var k RegionKindergarten
		err := rs.Scan(&k.Seed, &k.Name, &k.ShortName, &k.Form, &k.Settlement, &k.District, &k.Locality, &k.Address,
			&k.Director, &k.Phone, &k.Email, &k.Notes, &k.NameRU, &k.SettlementRU)
		k.Directions, k.Environment = []string{}, []RegionEnvRating{}
		at[k.Seed] = len(d.Kindergartens)
		d.Kindergartens = append(d.Kindergartens, k)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, `SELECT kd.kindergarten_id, dr.code FROM kindergarten_direction kd JOIN direction dr ON dr.id = kd.direction_id
		JOIN kindergarten k ON k.id = kd.kindergarten_id WHERE k.region_code = ? ORDER BY kd.kindergarten_id, dr.ord, dr.id`,
		[]any{region}, func(rs *sql.Rows) error {
			var seed int
			var code string
			err := rs.Scan(&seed, &code)
			k := &d.Kindergartens[at[seed]]
			k.Directions = append(k.Directions, code)
			return err
		}); err != nil {
		return err
	}
	return each(ctx, tx, `SELECT e.kindergarten_id, dr.code, it.code, e.status, coalesce(e.rated_on, ''), e.note
		FROM env_rating e JOIN direction dr ON dr.id = e.direction_id JOIN env_item it ON it.id = e.item_id
		JOIN kindergarten k ON k.id = e.kindergarten_id WHERE k.region_code = ?
		ORDER BY e.kindergarten_id, dr.ord, dr.id, it.ord, it.id`, []any{region}, func(rs *sql.Rows) error {
		var seed int
		var x RegionEnvRating
		err := rs.Scan(&seed, &x.Direction, &x.Item, &x.Status, &x.RatedOn, &x.Note)
		k := &d.Kindergartens[at[seed]]
		k.Environment = append(k.Environment, x)
		return err
	})
}
