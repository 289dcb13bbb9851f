package xlsxexport

import (
	"bytes"
	"context"
	"math"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/text"
	"baulu/reports/comparison"
	"baulu/reports/national"
)

// primaryCells checks the primary-result cells of row (1-based, with the
// header at 1) of sheet against res: numbers, not text, to 1e-9.
func primaryCells(t *testing.T, f *excelize.File, sheet, lang string, row int, res comparison.Result) {
	t.Helper()
	head, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col := func(key string) string {
		for i, h := range head[0] {
			if h == text.T(lang, key) {
				name, _ := excelize.CoordinatesToCellName(i+1, row)
				return name
			}
		}
		t.Fatalf("%s/%s: no column %s", lang, sheet, key)
		return ""
	}
	g := res.Primary.Gain
	causal := 0.0
	if res.Primary.Causal {
		causal = 1
	}
	for _, c := range []struct {
		key  string
		want float64
	}{
		{"xlsxexport.col.cr2_groups_e", float64(res.Design.E.Groups)}, {"xlsxexport.col.cr2_groups_c", float64(res.Design.C.Groups)},
		{"xlsxexport.col.cr2_diff", float64(g.Estimate)}, {"xlsxexport.col.cr2_ci_low", float64(g.CILow)},
		{"xlsxexport.col.cr2_ci_high", float64(g.CIHigh)}, {"xlsxexport.col.cr2_df", float64(g.DF)},
		{"xlsxexport.col.cr2_p", float64(g.P)}, {"xlsxexport.col.cr2_causal", causal},
	} {
		ref := col(c.key)
		if typ, _ := f.GetCellType(sheet, ref); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s/%s %s (%s) is text", lang, sheet, ref, c.key)
		}
		raw, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		got, err := strconv.ParseFloat(raw, 64)
		if err != nil || math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s/%s %s (%s) = %q, want %v", lang, sheet, ref, c.key, raw, c.want)
		}
	}
}

// TestSummaryPrimary: the summary sheet's region row carries the primary
// result of Compare (CR2, the groups taken into account); the rows of one
// kindergarten leave it empty.
func TestSummaryPrimary(t *testing.T) {
	s := demoStore(t)
	res, err := comparison.Compare(context.Background(), s, comparison.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Primary.Gain.Computable || !res.Primary.Causal {
		t.Fatalf("ULY demo primary result %+v: want a computable, causal one", res.Primary)
	}
	for _, lang := range []string{"kk", "ru"} {
		f := export(t, s, lang)
		sheet := text.T(lang, "xlsxexport.sheet.summary")
		rows, _ := f.GetRows(sheet)
		region, kg := 0, 0
		for i, r := range rows {
			switch r[0] {
			case text.T(lang, "xlsxexport.kind.region"):
				region = i + 1
			case text.T(lang, "xlsxexport.kind.kindergarten"):
				kg = i + 1
			}
		}
		if region == 0 || kg == 0 {
			t.Fatalf("%s: no region or kindergarten row in the summary", lang)
		}
		primaryCells(t, f, sheet, lang, region, res)
		if n := len(rows[kg-1]); n > len(rows[0])-len(primaryCols) {
			t.Errorf("%s: a kindergarten row has primary cells: %q", lang, rows[kg-1])
		}
	}
}

// TestNationalPrimary: each region's row and the pooled row of the
// national regions sheet carry their primary result.
func TestNationalPrimary(t *testing.T) {
	ctx := context.Background()
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY", "AST"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	figs, err := national.LoadFigures(ctx, s, national.Options{Now: s.Today().Time()})
	if err != nil {
		t.Fatal(err)
	}
	if !figs.Pooled.Primary.Gain.Computable {
		t.Fatalf("pooled primary result not computable: %+v", figs.Pooled.Primary)
	}
	for _, lang := range []string{"kk", "ru"} {
		var buf bytes.Buffer
		if err := ExportNational(ctx, s, &buf, lang); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		sheet := text.T(lang, "xlsxexport.nat.sheet.regions")
		for i, r := range figs.Regions {
			primaryCells(t, f, sheet, lang, i+2, r.Comparison)
		}
		primaryCells(t, f, sheet, lang, len(figs.Regions)+2, figs.Pooled)
	}
}
