package xlsxexport

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baulu/data/text"
	"baulu/reports/national"
	"baulu/reports/national/nationaltest"
)

// TestSubmissionsWorkbook: the Submissions table as Excel, one row per
// region of the pilot, with the late, re-sent and missing regions as the
// national copy has them.
func TestSubmissionsWorkbook(t *testing.T) {
	s := nationaltest.Store(t)
	for _, lang := range []string{"kk", "ru"} {
		var buf bytes.Buffer
		if err := ExportSubmissions(context.Background(), s, &buf, lang); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(text.T(lang, "xlsxexport.sub.sheet"))
		if err != nil || len(rows) != 21 {
			t.Fatalf("%s: %d rows, %v", lang, len(rows), err)
		}
		by := map[string][]string{}
		for _, r := range rows[1:] {
			by[r[0]] = r
		}
		has := func(code string, want ...string) {
			t.Helper()
			row := strings.Join(by[code], " | ")
			for _, w := range want {
				if !strings.Contains(row, w) {
					t.Errorf("%s: %s's row %q lacks %q", lang, code, row, w)
				}
			}
		}
		has(nationaltest.OnTime, national.StatusText(lang, national.OnTime), "baulu-ABA-2026-11-25.baulu", "28.11.2026",
			"Абай-есеп-2026.pdf", "5/5", text.T(lang, "labels.yes"), text.T(lang, "xlsxexport.sub.first"))
		has(nationaltest.Resent, national.StatusText(lang, national.OnTime), "20.11.2026", "baulu-ULY-2026-12-02.baulu",
			text.T(lang, "labels.table.assessments")+": ~1")
		has(nationaltest.Late, national.StatusText(lang, national.Late), "03.12.2026", "04.12.2026")
		has("KAR", national.StatusText(lang, national.Missing))
		f.Close()
	}
}
