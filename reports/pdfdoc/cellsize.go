package pdfdoc

import "math"

// Hyphenation is off (see wrap.go), so a word wider than its table cell —
// a heading «Бағаланған» over a column of numbers — is set smaller until it
// fits, rather than broken. MinCellSize bounds that; below it the word is
// cut between letters, the last resort that only codes and links need.
const MinCellSize = 8.0

// cellSizeStep keeps the sizes a row uses few and regular.
const cellSizeStep = 0.5

// cellSize returns the type size of a cell: TableSize, or smaller if its
// widest unbreakable piece is wider than inner millimetres.
func cellSize(r *renderer, style, text string, inner float64) float64 {
	r.setFont(style, TableSize)
	widest := 0.0
	for _, w := range words(sanitize(text)) {
		for _, p := range splitAfterHyphens(w) {
			widest = max(widest, r.pdf.GetStringWidth(p))
		}
	}
	if widest <= inner+eps {
		return TableSize
	}
	// Widths scale with the size.
	size := math.Floor(TableSize*inner/widest/cellSizeStep) * cellSizeStep
	return max(size, MinCellSize)
}

// cellUnits is the height of n lines of a cell set at size, in lines of
// TableSize, rounded up.
func cellUnits(n int, size float64) int {
	return int(math.Ceil(float64(n)*tableLineHeight(size)/tableLineHeight(TableSize) - 1e-9))
}

// cellSpan returns the lines [lo, hi) of a cell of n lines at size that
// fall within the row's lines [from, to) of TableSize, for a row split
// between pages.
func cellSpan(n int, size float64, from, to int) (lo, hi int) {
	lh, clh := tableLineHeight(TableSize), tableLineHeight(size)
	lo = min(n, int(math.Ceil(float64(from)*lh/clh-1e-9)))
	hi = min(n, int(math.Floor(float64(to)*lh/clh+1e-9)))
	return lo, max(lo, hi)
}
