// Package rostertest fills rosters (reports/roster) the way a methodologist
// does, for the tests of the packages that import them.
package rostertest

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

// ListSheet is the roster's sheet of children.
const ListSheet = "Тізім - Список"

// Fill types rows into the list sheet of f from row 3 (the first child's),
// cell by cell from column A; a nil value leaves its cell as it is.
func Fill(t testing.TB, f *excelize.File, rows ...[]any) {
	t.Helper()
	for i, r := range rows {
		for j, v := range r {
			if v == nil {
				continue
			}
			c, err := excelize.CoordinatesToCellName(j+1, 3+i)
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellValue(ListSheet, c, v); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// FillFile is Fill on the roster file at path, saved in place.
func FillFile(t testing.TB, path string, rows ...[]any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	Fill(t, f, rows...)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}
