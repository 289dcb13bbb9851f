package xlsxexport

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/text"
	"baulu/reports/comparison"
)

// demoStore is one demo region whose children all have names.
func demoStore(t testing.TB) *data.Store {
	t.Helper()
	s := datatest.New(t)
	ctx := context.Background()
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY"}, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	datatest.Exec(t, s, `UPDATE child SET full_name = 'Әлихан Тексерісұлы'`)
	return s
}

func export(t *testing.T, s *data.Store, lang string) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := Export(context.Background(), s, "", &buf, lang); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestWorkbook opens the export back: every sheet with its header, frozen
// and styled; dates are dates, numbers numbers; no child's name anywhere.
func TestWorkbook(t *testing.T) {
	s := demoStore(t)
	for _, lang := range []string{"kk", "ru"} {
		f := export(t, s, lang)
		var want []string
		for _, k := range []string{"kindergartens", "groups", "children", "scores", "environment", "events",
			"participation", "visits", "practices", "risks", "feedback", "corrections", "levels", "comparison",
			"tests", "summary"} {
			want = append(want, text.T(lang, "xlsxexport.sheet."+k))
		}
		if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("%s sheets %q, want %q", lang, got, want)
		}
		for _, name := range want {
			rows, err := f.GetRows(name)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) < 2 {
				t.Errorf("%s/%s: %d rows, want a header and data", lang, name, len(rows))
				continue
			}
			for _, cell := range rows[0] {
				if cell == "" || strings.HasPrefix(cell, "col.") {
					t.Errorf("%s/%s: header %q", lang, name, rows[0])
					break
				}
			}
			panes, err := f.GetPanes(name)
			if err != nil || !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("%s/%s: header row not frozen: %+v %v", lang, name, panes, err)
			}
			style, _ := f.GetCellStyle(name, "A1")
			if st, _ := f.GetStyle(style); st == nil || st.Font == nil || !st.Font.Bold || len(st.Fill.Color) == 0 {
				t.Errorf("%s/%s: header not bold with a fill", lang, name)
			}
			if w, _ := f.GetColWidth(name, "A"); w < minWidth || w > maxWidth {
				t.Errorf("%s/%s: column A width %v", lang, name, w)
			}
			for _, r := range rows {
				for _, c := range r {
					if strings.Contains(c, "Тексерісұлы") {
						t.Fatalf("%s/%s: a child's name is exported", lang, name)
					}
				}
			}
		}
	}
}

// TestTypedCells checks a date, an integer and a decimal cell.
func TestTypedCells(t *testing.T) {
	s := demoStore(t)
	f := export(t, s, "kk")
	events := text.T("kk", "xlsxexport.sheet.events")
	// B2 is the date of the first event: a number with a dd.mm.yyyy format.
	typ, _ := f.GetCellType(events, "B2")
	raw, _ := f.GetCellValue(events, "B2", excelize.Options{RawCellValue: true})
	shown, _ := f.GetCellValue(events, "B2")
	if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString || strings.Contains(raw, ".") {
		t.Errorf("event date stored as %v %q", typ, raw)
	}
	if shown != "06.01.2026" {
		t.Errorf("event date shows %q, want 06.01.2026", shown)
	}
	d, err := excelize.ExcelDateToTime(mustFloat(t, raw), false)
	if err != nil || !d.Equal(time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("serial %s is %v", raw, d)
	}
	// Hours (H) and participants (I) are numbers.
	for _, ref := range []string{"H2", "I2", "L2"} {
		raw, _ := f.GetCellValue(events, ref, excelize.Options{RawCellValue: true})
		typ, _ := f.GetCellType(events, ref)
		if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString || raw == "" {
			t.Errorf("events %s is %v %q, want a number", ref, typ, raw)
		}
	}
	// The scores sheet: a child code, then a score 1–3 stored as a number.
	scores := text.T("kk", "xlsxexport.sheet.scores")
	rows, _ := f.GetRows(scores)
	n := datatest.Int(t, s, `SELECT count(*) FROM assessment`)
	if len(rows)-1 != n {
		t.Errorf("%d score rows, want %d", len(rows)-1, n)
	}
	if typ, _ := f.GetCellType(scores, "H2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Error("a score is stored as text")
	}
}

// TestComparisonSheetsMatchCompare checks the tests sheet against Compare.
func TestComparisonSheetsMatchCompare(t *testing.T) {
	s := demoStore(t)
	res, err := comparison.Compare(context.Background(), s, comparison.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	f := export(t, s, "ru")
	rows, _ := f.GetRows(text.T("ru", "xlsxexport.sheet.tests"), excelize.Options{RawCellValue: true})
	found := false
	for _, r := range rows {
		if len(r) > 3 && r[2] == "φ*" && r[1] == text.T("ru", "xlsxexport.at.to") {
			found = true
			if got := mustFloat(t, r[3]); got-float64(res.AtTo.Phi.PhiStar) > 1e-9 || float64(res.AtTo.Phi.PhiStar)-got > 1e-9 {
				t.Errorf("φ* %v, want %v", got, res.AtTo.Phi.PhiStar)
			}
		}
	}
	if !found {
		t.Error("no φ* row at the final round")
	}
}

// TestEmptyRegionWorkbook has every sheet with its header only.
func TestEmptyRegionWorkbook(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	f := export(t, s, "kk")
	if len(f.GetSheetList()) != 16 {
		t.Fatalf("%d sheets", len(f.GetSheetList()))
	}
	rows, _ := f.GetRows(text.T("kk", "xlsxexport.sheet.kindergartens"))
	if len(rows) != 6 {
		t.Errorf("%d rows of kindergartens, want header + 5", len(rows))
	}
	if rows, _ := f.GetRows(text.T("kk", "xlsxexport.sheet.scores")); len(rows) != 1 {
		t.Errorf("%d score rows in an empty region", len(rows))
	}
}

func TestSheetNamesFit(t *testing.T) {
	for _, k := range text.Keys("xlsxexport") {
		for _, lang := range []string{"kk", "ru"} {
			if v, _ := text.Lookup(lang, k); strings.HasPrefix(k, "xlsxexport.sheet.") && len([]rune(v)) > 31 {
				t.Errorf("sheet name %s (%s) is longer than Excel allows", k, lang)
			}
		}
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return f
}
