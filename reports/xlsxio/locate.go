package xlsxio

// Teachers often put a line above the table («Тәрбиеші: …») or a column of
// numbers before the codes, and sometimes delete the title. The sheet is
// still read when its whole indicator code row is found elsewhere: the
// rows and columns are shifted by the same amount, and the preview says so.
const (
	maxRowShift = 20 // rows inserted above the header
	maxColShift = 10 // columns inserted before the child codes
)

// shift is how far a sheet's table moved from where the template put it.
type shift struct{ rows, cols int }

// locateHeader finds the code row of a sheet: where the metadata says, or
// shifted down (or up, when rows above it were deleted) and right, with
// every indicator code in place and in order. ok is false when the full
// row is nowhere; the caller then reports the header where it should be.
func locateHeader(at func(row, col int) string, codeRow, firstCol int, codes []string) (shift, bool) {
	if len(codes) == 0 {
		return shift{}, true
	}
	want := make([]string, len(codes))
	for i, c := range codes {
		want[i] = normCode(c)
	}
	matches := func(s shift) bool {
		for j, w := range want {
			if normCode(at(codeRow+s.rows, firstCol+s.cols+j)) != w {
				return false
			}
		}
		return true
	}
	if matches(shift{}) {
		return shift{}, true
	}
	// Nearest shifts first, so that a header copied further down the sheet
	// does not win over the moved one.
	for dist := 1; dist <= maxRowShift+maxColShift; dist++ {
		for dc := 0; dc <= min(dist, maxColShift); dc++ {
			for _, dr := range []int{dist - dc, -(dist - dc)} {
				if dr > maxRowShift || codeRow+dr < 1 {
					continue
				}
				if s := (shift{dr, dc}); matches(s) {
					return s, true
				}
			}
		}
	}
	return shift{}, false
}
