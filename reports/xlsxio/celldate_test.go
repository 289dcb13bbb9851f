package xlsxio

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestShownDate(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	builtin, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	dmy := "DD.MM.YY"
	custom, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &dmy})
	text := `0" балл"`
	notDate, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &text})
	for _, c := range []struct {
		cell  string
		style int
		raw   string
		want  string
		ok    bool
	}{
		{"A1", builtin, "46083", "02.03.2026", true},
		{"A2", custom, "46083", "02.03.2026", true},
		{"A3", 0, "46083", "", false},       // a number, not a date
		{"A4", notDate, "46083", "", false}, // "d" only inside quotes
		{"A5", builtin, "2", "", false},     // 02.01.1900: no one means that
	} {
		f.SetCellValue("Sheet1", c.cell, c.raw)
		if c.style != 0 {
			f.SetCellStyle("Sheet1", c.cell, c.cell, c.style)
		}
		got, ok := shownDate(f, "Sheet1", c.cell, c.raw)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: %q %v, want %q %v", c.cell, got, ok, c.want, c.ok)
		}
	}
	for code, want := range map[string]bool{"dd.mm.yyyy": true, "[$-419]d mmm;@": true, "General": false, "0.00": false, `"day "0`: false, "mm:ss": false} {
		if isDateFormat(code) != want {
			t.Errorf("isDateFormat(%q) != %v", code, want)
		}
	}
}
