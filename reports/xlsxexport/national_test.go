package xlsxexport

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/text"
	"baulu/reports/national"
)

// TestNationalWorkbook exports three demo regions' national figures: the
// regions with a totals row, every kindergarten, the pooled comparison
// and its tests, the numbers equal to national.LoadFigures, no child's
// name anywhere.
func TestNationalWorkbook(t *testing.T) {
	ctx := context.Background()
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY", "AST", "ABA"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	datatest.Exec(t, s, `UPDATE child SET full_name = 'Әлихан Тексерісұлы'`)
	figs, err := national.LoadFigures(ctx, s, national.Options{Now: s.Today().Time()})
	if err != nil {
		t.Fatal(err)
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
		var want []string
		for _, k := range []string{"regions", "kindergartens", "pooled", "tests"} {
			want = append(want, text.T(lang, "xlsxexport.nat.sheet."+k))
		}
		if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("%s sheets %q, want %q", lang, got, want)
		}
		regions, _ := f.GetRows(want[0])
		if len(regions) != 1+len(figs.Regions)+1 {
			t.Fatalf("%s: %d rows of regions, want a header, %d regions and the total", lang, len(regions), len(figs.Regions))
		}
		head := regions[0]
		col := func(key string) int {
			for i, h := range head {
				if h == text.T(lang, key) {
					return i
				}
			}
			t.Fatalf("no column %s", key)
			return -1
		}
		pairs, kgsCol := col("xlsxexport.col.paired_e"), col("xlsxexport.nat.col.kgs")
		for i, r := range figs.Regions {
			row := regions[i+1]
			if row[0] != r.Code || row[pairs] != strconv.Itoa(r.Comparison.Experimental.Paired) || row[kgsCol] != strconv.Itoa(r.Counts.Kindergartens) {
				t.Errorf("%s row %d: %q", lang, i, row)
			}
		}
		total := regions[len(regions)-1]
		if total[1] != text.T(lang, "xlsxexport.nat.all") || total[pairs] != strconv.Itoa(figs.Pooled.Experimental.Paired) ||
			total[kgsCol] != strconv.Itoa(figs.Totals.Kindergartens) {
			t.Errorf("%s total row %q", lang, total)
		}
		kgs, _ := f.GetRows(want[1])
		if len(kgs) != 1+figs.Totals.Kindergartens {
			t.Errorf("%s: %d kindergarten rows, want %d", lang, len(kgs)-1, figs.Totals.Kindergartens)
		}
		for _, sh := range want {
			rows, _ := f.GetRows(sh)
			for _, r := range rows {
				if strings.Contains(strings.Join(r, " "), "Тексерісұлы") {
					t.Fatalf("a child's name in sheet %s", sh)
				}
			}
		}
		f.Close()
	}
}
