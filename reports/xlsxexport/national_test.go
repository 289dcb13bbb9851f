package xlsxexport

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/text"
	"baulu/reports/format"
	"baulu/reports/national"
	"baulu/reports/official"
	"baulu/seeds"
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

// TestNationalWorkbookRussianNames: a Russian workbook names centres,
// kindergartens and forms in Russian — the entered Russian name, else the
// neutral form reports/official prints, a dash for a centre without one —
// and never in Kazakh; the Kazakh workbook keeps the Kazakh names.
func TestNationalWorkbookRussianNames(t *testing.T) {
	ctx := context.Background()
	s := datatest.New(t)
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY", "AST"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	datatest.Exec(t, s, `UPDATE kindergarten SET name_ru = 'Детский сад «Проверка»' WHERE id = (SELECT MIN(id) FROM kindergarten WHERE region_code = 'AST')`)
	// A name of no regular shape has no Russian form until one is entered.
	datatest.Exec(t, s, `UPDATE kindergarten SET name = 'Тамаша балабақшасы', name_ru = '' WHERE id = (SELECT MAX(id) FROM kindergarten WHERE region_code = 'AST')`)
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
		off := official.New(lang, data.Settings{}, data.Region{})
		regions, _ := f.GetRows(text.T(lang, "xlsxexport.nat.sheet.regions"))
		kgs, _ := f.GetRows(text.T(lang, "xlsxexport.nat.sheet.kindergartens"))
		f.Close()
		centreCol, nameCol, formCol := index(t, regions[0], lang, "xlsxexport.nat.col.centre"), index(t, kgs[0], lang, "xlsxexport.col.kindergarten"), index(t, kgs[0], lang, "xlsxexport.col.form")
		for i, r := range figs.Regions {
			want := r.CentreName
			if lang == "ru" {
				want = format.OrDash(r.CentreNameRU)
			}
			if got := regions[i+1][centreCol]; got != want || lang == "ru" && seeds.HasKazakhLetters(strings.ReplaceAll(got, "Ұлытау", "")) {
				t.Errorf("%s %s: centre %q, want %q", lang, r.Code, got, want)
			}
		}
		row, neutral, entered := 1, 0, 0
		for _, r := range figs.Regions {
			for _, k := range r.Kindergartens {
				got, form := kgs[row][nameCol], kgs[row][formCol]
				row++
				if want := off.KindergartenName(k.Kindergarten); got != want {
					t.Errorf("%s №%d: name %q, want %q", lang, k.Seed, got, want)
				}
				if lang == "kk" {
					if got != seeds.BalancedName(k.Name) {
						t.Errorf("kk №%d: name %q, want the Kazakh %q", k.Seed, got, k.Name)
					}
					continue
				}
				if seeds.HasKazakhLetters(got) || seeds.HasKazakhLetters(form) {
					t.Errorf("ru №%d: Kazakh in %q / %q", k.Seed, got, form)
				}
				switch {
				case got == "Детский сад «Проверка»":
					entered++
				case got == text.T("ru", "official.kg.neutral", "name", seeds.RussianSpelling("Тамаша балабақшасы"), "seed", k.Seed):
					neutral++
				}
			}
		}
		if lang == "ru" && (entered != 1 || neutral != 1) {
			t.Errorf("ru: %d entered and %d neutral names, want 1 and 1", entered, neutral)
		}
	}
}

// index is the column of the header titled by key.
func index(t *testing.T, head []string, lang, key string) int {
	t.Helper()
	for i, h := range head {
		if h == text.T(lang, key) {
			return i
		}
	}
	t.Fatalf("%s: no column %s in %q", lang, key, head)
	return -1
}
