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
	Own        bool   // the region chosen in Settings
	CentreName string // from the package (or Settings for the own region)
	// CentreNameRU is the centre's name in Russian, "" when the package
	// did not carry it (a package before format 3, or none entered).
	CentreNameRU string
	Created      time.Time // when the package was made; zero when not imported
	Imported     time.Time // when it was imported; zero when not imported
}

// RegionTotals are a region's counts (data.RegionTotals).
type RegionTotals = data.RegionTotals

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
		tot, err := s.RegionTotals(ctx, src.Region)
		if err != nil {
			return nil, all, fmt.Errorf("national view: %w", err)
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
		found[st.RegionCode] = &RegionSource{Region: st.RegionCode, Own: true, CentreName: st.CentreName, CentreNameRU: st.CentreNameRU}
	}
	imports, err := s.RegionImports(ctx)
	if err != nil {
		return nil, fmt.Errorf("national view: imported packages: %w", err)
	}
	for _, im := range imports {
		src := found[im.Region]
		if src == nil {
			src = &RegionSource{Region: im.Region}
			found[im.Region] = src
		}
		src.CentreName, src.CentreNameRU, src.Created, src.Imported = im.CentreName, im.CentreNameRU, im.Created, im.Imported
	}
	// Regions with data entered here: a group in one of their kindergartens
	// or an event of their centre.
	entered, err := s.RegionsWithData(ctx)
	if err != nil {
		return nil, fmt.Errorf("national view: regions with data: %w", err)
	}
	for _, code := range entered {
		if found[code] == nil {
			found[code] = &RegionSource{Region: code}
		}
	}
	var out []RegionSource
	for _, r := range seeds.Regions() {
		if src := found[r.Code]; src != nil {
			out = append(out, *src)
		}
	}
	return out, nil
}
