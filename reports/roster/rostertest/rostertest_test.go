package rostertest

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestFillFileWritesFromTheFirstChildRow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", ListSheet)
	f.SetCellValue(ListSheet, "C3", "kept")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	FillFile(t, path, []any{nil, "E1"}, nil, []any{"ULY-01-E1-001"})
	g, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	for cell, want := range map[string]string{"A3": "", "B3": "E1", "C3": "kept", "A5": "ULY-01-E1-001"} {
		if got, _ := g.GetCellValue(ListSheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}
