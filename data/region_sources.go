package data

import (
	"context"
	"fmt"
	"time"
)

// RegionImport is a region package imported into this database (the
// Institute's national copy keeps the newest package of each region).
type RegionImport struct {
	Region       string
	CentreName   string
	CentreNameRU string    // "" for a package that did not carry it
	Created      time.Time // when the package was made
	Imported     time.Time // when it was imported here
	AppVersion   string    // the Baulu that made it
}

// importedLayout is how region_import.imported_at is stored (a store stamp);
// created_at keeps the package's own RFC 3339 time.
const importedLayout = "2006-01-02 15:04:05"

// RegionImports lists the imported packages by region code.
func (s *Store) RegionImports(ctx context.Context) ([]RegionImport, error) {
	return regionImports(ctx, s.db, "")
}

// regionImports reads the region_import rows of one region, or of all ("").
func regionImports(ctx context.Context, q queryer, region string) ([]RegionImport, error) {
	rows, err := q.QueryContext(ctx, `SELECT region_code, centre_name, centre_name_ru, created_at, imported_at, app_version
		FROM region_import WHERE ?1 = '' OR region_code = ?1 ORDER BY region_code`, region)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (RegionImport, error) {
		var r RegionImport
		var created, imported string
		if err := sc.Scan(&r.Region, &r.CentreName, &r.CentreNameRU, &created, &imported, &r.AppVersion); err != nil {
			return r, err
		}
		// A malformed time reads as zero (unknown) rather than failing the list.
		r.Created, _ = time.Parse(time.RFC3339, created)
		r.Imported, _ = time.ParseInLocation(importedLayout, imported, time.UTC)
		return r, nil
	})
}

// RegionsWithData lists, by code, the regions with data entered in this
// database: a group in one of their kindergartens or an event of their
// centre.
func (s *Store) RegionsWithData(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT k.region_code FROM child_group g JOIN kindergarten k ON k.id = g.kindergarten_id
		UNION SELECT DISTINCT region_code FROM event ORDER BY 1`)
	return collect(rows, err, func(sc interface{ Scan(...any) error }) (string, error) {
		var code string
		return code, sc.Scan(&code)
	})
}

// RegionTotals counts a region's records: the kindergartens, the groups and
// children of each role still in the pilot, the events and their hours.
type RegionTotals struct {
	Kindergartens int
	Groups        int
	ChildrenE     int
	ChildrenC     int
	Events        int
	Hours         float64
}

// RegionTotals counts one region's records in four small queries.
func (s *Store) RegionTotals(ctx context.Context, region string) (RegionTotals, error) {
	var t RegionTotals
	db := s.db
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM kindergarten WHERE region_code = ?`, region).Scan(&t.Kindergartens)
	if err == nil {
		err = db.QueryRowContext(ctx, `SELECT count(*) FROM child_group g JOIN kindergarten k ON k.id = g.kindergarten_id
			WHERE k.region_code = ?`, region).Scan(&t.Groups)
	}
	if err == nil {
		// Children still in the pilot: those who left are not enrolled.
		err = db.QueryRowContext(ctx, `SELECT coalesce(sum(g.role = 'experimental'), 0), coalesce(sum(g.role = 'control'), 0)
			FROM child c JOIN child_group g ON g.id = c.group_id JOIN kindergarten k ON k.id = g.kindergarten_id
			WHERE k.region_code = ? AND c.left_on IS NULL`, region).Scan(&t.ChildrenE, &t.ChildrenC)
	}
	if err == nil {
		err = db.QueryRowContext(ctx, `SELECT count(*), total(hours) FROM event WHERE region_code = ?`, region).Scan(&t.Events, &t.Hours)
	}
	if err != nil {
		return t, fmt.Errorf("totals of %s: %w", region, mapErr(err))
	}
	return t, nil
}
