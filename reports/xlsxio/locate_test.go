package xlsxio

import "testing"

func TestLocateHeader(t *testing.T) {
	codes := []string{"K1", "K2", "E1"}
	sheet := func(row, col int) func(int, int) string {
		return func(r, c int) string {
			if r == row && c >= col && c < col+len(codes) {
				return codes[c-col]
			}
			if r == row && c == col-1 {
				return "Бала коды"
			}
			return ""
		}
	}
	for _, tc := range []struct {
		row, col int
		want     shift
		ok       bool
	}{
		{3, 2, shift{}, true},
		{4, 2, shift{1, 0}, true},  // «Тәрбиеші: …» above the title
		{3, 3, shift{0, 1}, true},  // a № column before the codes
		{6, 4, shift{3, 2}, true},  // both
		{1, 2, shift{-2, 0}, true}, // title and block rows deleted
		{40, 2, shift{}, false},    // too far to be the same table
		{3, 1, shift{}, false},     // the code column was deleted
	} {
		got, ok := locateHeader(sheet(tc.row, tc.col), 3, 2, codes)
		if got != tc.want || ok != tc.ok {
			t.Errorf("header at row %d col %d: %+v %v, want %+v %v", tc.row, tc.col, got, ok, tc.want, tc.ok)
		}
	}
	edited := func(r, c int) string {
		if r == 4 && c == 2 {
			return "K1"
		}
		if r == 4 && c == 3 {
			return "K2 (білім)"
		}
		return ""
	}
	if _, ok := locateHeader(edited, 3, 2, codes); ok {
		t.Error("an edited header is not a moved one")
	}
}
