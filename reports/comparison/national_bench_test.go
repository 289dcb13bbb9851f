package comparison_test

import (
	"testing"

	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/reports/comparison"
)

// BenchmarkNationalComparison runs the comparison on the database `baulu
// demo --all` makes (20 regions, 100 kindergartens, about 5,200 children,
// 138,000 scores):
//
//   - national: comparison.National, as the National view and the national
//     report call it — each of the 20 regions compared baseline → final,
//     then all children pooled into the national row;
//   - full: National and, for every region, Compare and the
//     per-kindergarten × per-indicator Summary (60 sub-scopes each, 1,200
//     in all), as the Comparison screen shows each region.
func BenchmarkNationalComparison(b *testing.B) {
	s := datatest.New(b)
	if sum, err := demo.Generate(ctx, s, demo.Options{Regions: demo.AllRegions(), Seed: 1}); err != nil || sum.Regions != 20 {
		b.Fatalf("demo --all: %+v, %v", sum, err)
	}
	national := func(b *testing.B) []comparison.RegionRow {
		rows, all, err := comparison.National(ctx, s, 0, 0)
		if err != nil {
			b.Fatal(err)
		}
		if len(rows) != 20 || all.ChildrenE+all.ChildrenC < 5000 || !all.Result.Gains.Computable || !all.Result.Primary.Gain.Computable {
			b.Fatalf("%d regions, %+v", len(rows), all.RegionTotals)
		}
		return rows
	}
	b.Run("national", func(b *testing.B) {
		for b.Loop() {
			national(b)
		}
	})
	b.Run("full", func(b *testing.B) {
		for b.Loop() {
			for _, r := range national(b) {
				if _, err := comparison.Compare(ctx, s, comparison.Scope{RegionCode: r.Region}); err != nil {
					b.Fatal(err)
				}
				rows, err := comparison.Summary(ctx, s, r.Region, 0, 0)
				if err != nil || len(rows) != 60 {
					b.Fatalf("%s summary: %d rows, %v", r.Region, len(rows), err)
				}
			}
		}
	})
}
