package comparison

import (
	"context"
	"fmt"
	"slices"
	"time"

	"baulu/data"
	"baulu/seeds"
)

// RegionSource says where a region's data in this database came from: the
// database's own region, a region package imported into the Institute's
// national copy, or data entered here for another region (an earlier own
// region, or demo data for all twenty).
type RegionSource struct {
	Region     string
	Own        bool      // the region chosen in Settings
	CentreName string    // from the package (or Settings for the own region)
	Created    time.Time // when the package was made; zero when not imported
	Imported   time.Time // when it was imported; zero when not imported
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

// RegionRow is one line of the national view: a region (or, in the
// national row, all of them with Region "") with its counts and its
// experimental-vs-control comparison.
type RegionRow struct {
	RegionSource
	RegionTotals
	Result Result
}

// National lists every region present in the database — the own region,
// every imported package and any other region with groups or events — in
// the order's sequence and compares each between rounds from and to (0 =
// baseline / final), with the same statistics as Compare. The national row
// compares all of them together: each region's children are loaded as for
// that region and the datasets concatenated (seed numbers, group and child
// ids are unique across regions, so nothing is counted twice).
func National(ctx context.Context, s *data.Store, from, to int64) (rows []RegionRow, all RegionRow, err error) {
	sources, err := RegionSources(ctx, s)
	if err != nil {
		return nil, all, err
	}
	var merged *Dataset
	for _, src := range sources {
		ds, err := Load(ctx, s, Scope{RegionCode: src.Region, From: from, To: to})
		if err != nil {
			return nil, all, err
		}
		tot, err := regionTotals(ctx, s, src.Region)
		if err != nil {
			return nil, all, err
		}
		rows = append(rows, RegionRow{RegionSource: src, RegionTotals: tot, Result: Compute(ds)})
		if merged == nil {
			cp := *ds
			cp.Scope.RegionCode = ""
			cp.Children = slices.Clone(ds.Children)
			merged = &cp
		} else {
			merged.Children = append(merged.Children, ds.Children...)
		}
		all.Kindergartens += tot.Kindergartens
		all.Groups += tot.Groups
		all.ChildrenE += tot.ChildrenE
		all.ChildrenC += tot.ChildrenC
		all.Events += tot.Events
		all.Hours += tot.Hours
	}
	if merged != nil {
		all.Result = Compute(merged)
	} else {
		all.Result = Compute(&Dataset{})
	}
	return rows, all, nil
}

// RegionSources lists the regions present in the database in the order's
// sequence (see National).
func RegionSources(ctx context.Context, s *data.Store) ([]RegionSource, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, fmt.Errorf("national view: read settings: %w", err)
	}
	found := map[string]*RegionSource{}
	if st.RegionCode != "" {
		found[st.RegionCode] = &RegionSource{Region: st.RegionCode, Own: true, CentreName: st.CentreName}
	}
	rows, err := s.DB().QueryContext(ctx, `SELECT region_code, centre_name, created_at, imported_at FROM region_import`)
	if err != nil {
		return nil, fmt.Errorf("national view: imported packages: %w", err)
	}
	for rows.Next() {
		var code, centre, created, imported string
		if err := rows.Scan(&code, &centre, &created, &imported); err != nil {
			rows.Close()
			return nil, fmt.Errorf("national view: imported packages: %w", err)
		}
		src := found[code]
		if src == nil {
			src = &RegionSource{Region: code}
			found[code] = src
		}
		src.CentreName = centre
		src.Created, _ = time.Parse(time.RFC3339, created)
		src.Imported, _ = time.ParseInLocation("2006-01-02 15:04:05", imported, time.UTC)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("national view: imported packages: %w", err)
	}
	// Regions with data entered here: a group in one of their kindergartens
	// or an event of their centre.
	rows, err = s.DB().QueryContext(ctx, `SELECT DISTINCT k.region_code FROM child_group g JOIN kindergarten k ON k.id = g.kindergarten_id
		UNION SELECT DISTINCT region_code FROM event`)
	if err != nil {
		return nil, fmt.Errorf("national view: regions with data: %w", err)
	}
	for rows.Next() {
		var code string
		if err := rows.Scan(&code); err != nil {
			rows.Close()
			return nil, fmt.Errorf("national view: regions with data: %w", err)
		}
		if found[code] == nil {
			found[code] = &RegionSource{Region: code}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("national view: regions with data: %w", err)
	}
	var out []RegionSource
	for _, r := range seeds.Regions() {
		if src := found[r.Code]; src != nil {
			out = append(out, *src)
		}
	}
	return out, nil
}

// regionTotals counts one region's records in four small queries.
func regionTotals(ctx context.Context, s *data.Store, region string) (RegionTotals, error) {
	var t RegionTotals
	db := s.DB()
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
		return t, fmt.Errorf("national view: totals of %s: %w", region, err)
	}
	return t, nil
}
