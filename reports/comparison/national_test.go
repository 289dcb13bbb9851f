package comparison_test

import (
	"math"
	"testing"
	"time"

	"baulu/data/datatest"
	"baulu/reports/comparison"
)

func TestNationalComparesEachRegionAndAllTogether(t *testing.T) {
	// Given: the own region ULY with data, AST imported from a package (its
	// region_import row), KAR with its kindergartens loaded but no data.
	w := newWorld(t, "ULY")
	w.regionFixture(t, "ULY", 2)
	for _, r := range []string{"AST", "KAR"} {
		if err := w.s.LoadRegion(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	w.regionFixture(t, "AST", 3)
	datatest.Exec(t, w.s, `INSERT INTO region_import(region_code, created_at, imported_at, centre_name) VALUES
		('AST', '2026-11-20T09:30:00Z', '2026-11-25 10:00:00', 'Астана қаласының әдістемелік орталығы')`)
	datatest.Exec(t, w.s, `INSERT INTO event(region_code, kind, held_on, topic, format, hours, created_at, updated_at) VALUES
		('AST', 'seminar', '2026-03-02', 'Кәсіптер әлемі', 'offline', 4, 'x', 'x'), ('AST', 'webinar', '2026-04-02', 'Бақша', 'online', 1.5, 'x', 'x')`)

	rows, all, err := comparison.National(ctx, w.s, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Then: two regions in the order's sequence (ULY is 16th, AST 18th).
	if len(rows) != 2 || rows[0].Region != "ULY" || rows[1].Region != "AST" {
		t.Fatalf("regions %+v", rows)
	}
	uly, ast := rows[0], rows[1]
	if !uly.Own || !uly.Created.IsZero() || uly.CentreName != "Әдістемелік орталық" {
		t.Errorf("own region source %+v", uly.RegionSource)
	}
	if ast.Own || !ast.Created.Equal(time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)) || ast.Imported.IsZero() ||
		ast.CentreName != "Астана қаласының әдістемелік орталығы" {
		t.Errorf("imported region source %+v", ast.RegionSource)
	}
	// Two experimental and two control groups in each of five kindergartens.
	want := comparison.RegionTotals{Kindergartens: 5, Groups: 20, ChildrenE: 30, ChildrenC: 30, Events: 2, Hours: 5.5}
	if ast.RegionTotals != want {
		t.Errorf("AST totals %+v, want %+v", ast.RegionTotals, want)
	}
	if uly.ChildrenE != 20 || uly.Events != 0 {
		t.Errorf("ULY totals %+v", uly.RegionTotals)
	}
	if all.ChildrenE != 50 || all.Groups != 40 || all.Kindergartens != 10 || all.Hours != 5.5 {
		t.Errorf("national totals %+v", all.RegionTotals)
	}

	// Each region's figures are Compare's for that region.
	for _, r := range rows {
		res, err := comparison.Compare(ctx, w.s, comparison.Scope{RegionCode: r.Region})
		if err != nil {
			t.Fatal(err)
		}
		if res.DiD != r.Result.DiD || res.AtTo.Phi.PhiStar != r.Result.AtTo.Phi.PhiStar || res.Gains.P != r.Result.Gains.P {
			t.Errorf("%s: national row differs from Compare", r.Region)
		}
	}
	// The national row pools the children: counts add up, and its mean gain
	// is the paired-weighted mean of the regions' gains.
	e := all.Result.Experimental
	if e.Children != uly.Result.Experimental.Children+ast.Result.Experimental.Children || e.Paired != 50 {
		t.Fatalf("pooled experimental arm %+v", e)
	}
	pooled := (float64(uly.Result.Experimental.Gain.Mean)*float64(uly.Result.Experimental.Paired) +
		float64(ast.Result.Experimental.Gain.Mean)*float64(ast.Result.Experimental.Paired)) / 50
	if math.Abs(float64(e.Gain.Mean)-pooled) > 1e-12 {
		t.Errorf("pooled gain %v, want %v", e.Gain.Mean, pooled)
	}
	if all.Result.Scope.RegionCode != "" || !all.Result.Gains.Computable || all.Result.DiD <= 0 {
		t.Errorf("national result %+v", all.Result.Scope)
	}
}

func TestNationalOfAnEmptyDatabase(t *testing.T) {
	w := newWorld(t, "ULY")
	rows, all, err := comparison.National(ctx, w.s, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Region != "ULY" || !rows[0].Result.NoData || !all.Result.NoData {
		t.Fatalf("rows %+v all %+v", rows, all)
	}
}
