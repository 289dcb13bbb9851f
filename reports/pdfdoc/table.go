package pdfdoc

import (
	"errors"
	"fmt"
)

// Column describes one table column. Width fixes it in millimetres; else
// Weight shares the width the fixed columns leave (a column with neither
// gets weight 1). A weighted column is widened, at the expense of the
// other weighted ones, until its longest word fits, when the table has the
// room: words are broken only when it does not.
type Column struct {
	Title  string
	Width  float64
	Weight float64
	// Align of the body cells; AlignDefault is left. Headers are centred.
	Align Align
}

// Table is a ruled table in 12 pt. Its header row (bold, light grey) is
// repeated on every page the table reaches; a row moves to the next page
// whole, unless it is taller than a page, in which case it is split between
// lines, never inside one.
type Table struct {
	// Caption goes above the table, e.g. "1-кесте – Балабақшалар тізімі".
	Caption string
	Columns []Column
	Rows    [][]string
	// Total, when set, is a last row printed in bold.
	Total []string
	// Width of the whole table; zero means the full text width.
	Width float64
	// Fills shades body cells: Fills[i][j] fills cell j of Rows[i] (see
	// fill.go); nil, short rows and the zero RGB leave cells white.
	Fills [][]RGB
}

// Table geometry in millimetres.
const (
	cellPadX      = 1.5
	cellPadY      = 1.0
	ruleWidth     = 0.2
	captionBefore = 3.0
	captionAfter  = 1.5
	tableAfter    = 4.0
)

// headerGrey is the fill of the header row: light enough to photocopy.
const headerGrey = 230

// AddTable adds a table. Rows longer than the column list are an error
// reported by Err; shorter ones are padded with empty cells.
func (d *Document) AddTable(t Table) {
	if _, err := t.widths(); err != nil {
		d.setErr(fmt.Errorf("table %q: %w", t.Caption, err))
		return
	}
	for i, row := range t.Rows {
		if len(row) > len(t.Columns) {
			d.setErr(fmt.Errorf("table %q: row %d has %d cells for %d columns", t.Caption, i+1, len(row), len(t.Columns)))
			return
		}
	}
	if len(t.Total) > len(t.Columns) {
		d.setErr(fmt.Errorf("table %q: total row has %d cells for %d columns", t.Caption, len(t.Total), len(t.Columns)))
		return
	}
	d.add(t)
}

// widths resolves the column specs into millimetres.
func (t Table) widths() ([]float64, error) {
	if len(t.Columns) == 0 {
		return nil, errors.New("no columns")
	}
	total := t.Width
	if total <= 0 || total > TextWidth {
		total = TextWidth
	}
	fixed, weights := 0.0, 0.0
	for i, c := range t.Columns {
		switch {
		case c.Width < 0 || c.Weight < 0:
			return nil, fmt.Errorf("column %d: negative width or weight", i+1)
		case c.Width > 0:
			fixed += c.Width
		case c.Weight > 0:
			weights += c.Weight
		default:
			weights++
		}
	}
	free := total - fixed
	if free < -eps || (weights > 0 && free < 2*cellPadX+1) {
		return nil, fmt.Errorf("fixed columns take %.1f of %.1f mm", fixed, total)
	}
	out := make([]float64, len(t.Columns))
	for i, c := range t.Columns {
		switch {
		case c.Width > 0:
			out[i] = c.Width
		case c.Weight > 0:
			out[i] = free * c.Weight / weights
		default:
			out[i] = free / weights
		}
	}
	return out, nil
}

type tableBlock struct {
	t      Table
	spec   []float64 // widths from the column specs
	widths []float64 // fitted widths, set on the first layout
}

// row is a laid-out row: the wrapped lines of each cell.
type row struct {
	cells  [][]line
	sizes  []float64 // type size of each cell (see cellsize.go)
	style  string
	header bool
	index  int // index in Table.Rows of a body row, -1 otherwise
}

// lines is the height of the row in lines of TableSize; a cell set
// smaller counts its lines at their own height.
func (r row) lines() int {
	n := 1
	for i, c := range r.cells {
		n = max(n, cellUnits(len(c), r.sizes[i]))
	}
	return n
}

func rowHeight(lines int) float64 {
	return float64(lines)*tableLineHeight(TableSize) + 2*cellPadY
}

// fit returns the column widths, computing them on first use: the font
// metrics are the same in every pass.
func (b *tableBlock) fit(r *renderer) []float64 {
	if b.widths == nil {
		b.widths = b.fitWords(r)
	}
	return b.widths
}

// fitWords widens columns to their longest word, since words are never
// hyphenated. Weighted columns whose share is too narrow are pinned at
// their need, the others share what is left by weight. A fixed column too
// narrow for a word grows too, taking the room from the weighted ones, when
// they can spare it. If the needs cannot all be met the spec widths stand
// (and cells too narrow are set smaller, cellsize.go).
func (b *tableBlock) fitWords(r *renderer) []float64 {
	cols := b.t.Columns
	need := make([]float64, len(cols))
	grow := make([]float64, len(cols))
	free, extra := 0.0, 0.0
	for i, c := range cols {
		need[i] = b.longestWord(r, i) + 2*cellPadX + 0.1
		if c.Width > 0 {
			grow[i] = max(0, need[i]-c.Width)
			extra += grow[i]
			continue
		}
		free += b.spec[i]
	}
	for i := range need {
		// A freak word (a URL) must not starve the other columns.
		need[i] = min(need[i], free/2)
	}
	if out, ok := b.share(need, free-extra); ok && extra > 0 {
		for i, c := range cols {
			if c.Width > 0 {
				out[i] = c.Width + grow[i]
			}
		}
		return out
	}
	if out, ok := b.share(need, free); ok {
		return out
	}
	return b.spec
}

// share divides free millimetres among the weighted columns, each at least
// its need; fixed columns keep their spec. It fails when the needs do not fit.
func (b *tableBlock) share(need []float64, free float64) ([]float64, bool) {
	cols := b.t.Columns
	weight := make([]float64, len(cols))
	for i, c := range cols {
		if c.Width > 0 {
			continue
		}
		weight[i] = c.Weight
		if weight[i] == 0 {
			weight[i] = 1
		}
	}
	pinned := make([]bool, len(cols))
	for {
		rem, wsum := free, 0.0
		for i := range cols {
			if pinned[i] {
				rem -= need[i]
			} else {
				wsum += weight[i]
			}
		}
		if rem < -eps {
			return nil, false
		}
		changed := false
		for i := range cols {
			if weight[i] > 0 && !pinned[i] && rem*weight[i]/wsum < need[i] {
				pinned[i], changed = true, true
			}
		}
		if changed {
			continue
		}
		out := make([]float64, len(cols))
		for i := range cols {
			switch {
			case weight[i] == 0:
				out[i] = b.spec[i]
			case pinned[i]:
				out[i] = need[i]
			default:
				out[i] = rem * weight[i] / wsum
			}
		}
		return out, true
	}
}

// longestWord is the width of the widest unbreakable piece in column i.
func (b *tableBlock) longestWord(r *renderer, i int) float64 {
	widest := 0.0
	measure := func(style, text string) {
		r.setFont(style, TableSize)
		for _, w := range words(text) {
			for _, p := range splitAfterHyphens(w) {
				widest = max(widest, r.pdf.GetStringWidth(p))
			}
		}
	}
	measure("B", b.t.Columns[i].Title)
	for _, row := range b.t.Rows {
		if i < len(row) {
			measure("", row[i])
		}
	}
	if i < len(b.t.Total) {
		measure("B", b.t.Total[i])
	}
	return widest
}

// layoutRow wraps each cell to its column.
func (b *tableBlock) layoutRow(r *renderer, cells []string, style string, header bool) row {
	widths := b.fit(r)
	out := row{cells: make([][]line, len(widths)), sizes: make([]float64, len(widths)), style: style, header: header, index: -1}
	for i, w := range widths {
		text := ""
		if i < len(cells) {
			text = cells[i]
		}
		inner := w - 2*cellPadX
		out.sizes[i] = cellSize(r, style, text, inner)
		r.setFont(style, out.sizes[i])
		out.cells[i] = wrap(r.measure(), text, inner, inner)
	}
	return out
}

func (b *tableBlock) header(r *renderer) row {
	titles := make([]string, len(b.t.Columns))
	for i, c := range b.t.Columns {
		titles[i] = c.Title
	}
	return b.layoutRow(r, titles, "B", true)
}

func (b *tableBlock) captionLines(r *renderer) []line {
	if b.t.Caption == "" {
		return nil
	}
	r.setFont("", BodySize)
	return wrap(r.measure(), b.t.Caption, TextWidth, TextWidth)
}

// lead is the caption, the header and the first row: a table never starts
// with its header alone at the bottom of a page.
func (b *tableBlock) lead(r *renderer) float64 {
	h := float64(len(b.captionLines(r)))*lineHeight(BodySize) + captionAfter
	h += rowHeight(b.header(r).lines())
	if len(b.t.Rows) > 0 {
		h += rowHeight(b.layoutRow(r, b.t.Rows[0], "", false).lines())
	}
	return h
}

func (b *tableBlock) render(r *renderer) {
	r.begin()
	cm := r.pdf.GetCellMargin()
	defer r.pdf.SetCellMargin(cm)

	r.space(captionBefore)
	r.ensure(b.lead(r))
	if lines := b.captionLines(r); len(lines) > 0 {
		r.setFont("", BodySize)
		lh := lineHeight(BodySize)
		for _, l := range lines {
			r.text(MarginLeft, TextWidth, lh, l.text, AlignLeft)
			r.advance(lh)
		}
		r.space(captionAfter)
	}
	head := b.header(r)
	r.pdf.SetCellMargin(cellPadX)
	r.pdf.SetLineWidth(ruleWidth)
	r.pdf.SetDrawColor(0, 0, 0)
	b.drawRow(r, head, 0, head.lines())

	rows := make([][]string, 0, len(b.t.Rows)+1)
	rows = append(rows, b.t.Rows...)
	if b.t.Total != nil {
		rows = append(rows, b.t.Total)
	}
	for i, cells := range rows {
		style := ""
		if b.t.Total != nil && i == len(rows)-1 {
			style = "B"
		}
		row := b.layoutRow(r, cells, style, false)
		if i < len(b.t.Rows) {
			row.index = i
		}
		if b.t.Total != nil && i > 0 && i == len(rows)-2 {
			b.keepWithTotal(r, row, b.layoutRow(r, rows[i+1], "B", false), head)
		}
		b.placeRow(r, row, head)
	}
	r.space(tableAfter)
}

// keepWithTotal starts a new page before the last body row when that row
// would fit but the total after it would not: a total standing alone
// under a repeated header reads as a table of its own.
func (b *tableBlock) keepWithTotal(r *renderer, last, total, head row) {
	h, both := rowHeight(last.lines()), rowHeight(last.lines())+rowHeight(total.lines())
	if h <= r.room()+eps && both > r.room()+eps && both+rowHeight(head.lines()) <= usable() {
		b.newPage(r, head)
	}
}

// placeRow draws a body row, moving it to a new page (with the header
// repeated) when it does not fit, and splitting it between lines only when
// it is taller than a whole page.
func (b *tableBlock) placeRow(r *renderer, row, head row) {
	n := row.lines()
	lh := tableLineHeight(TableSize)
	for from := 0; from < n; {
		if rowHeight(n-from) > r.room()+eps {
			fits := int((r.room() - 2*cellPadY + eps) / lh)
			fitsFresh := int((usable() - rowHeight(head.lines()) - 2*cellPadY + eps) / lh)
			if fits < 1 || n-from <= fitsFresh {
				b.newPage(r, head)
				continue
			}
			b.drawRow(r, row, from, from+fits)
			from += fits
			continue
		}
		b.drawRow(r, row, from, n)
		from = n
	}
}

// newPage continues the table on a new page under a repeated header.
func (b *tableBlock) newPage(r *renderer, head row) {
	r.newPage()
	b.drawRow(r, head, 0, head.lines())
}

// drawRow draws lines [from, to) of every cell of a row at the cursor and
// moves the cursor under it.
func (b *tableBlock) drawRow(r *renderer, row row, from, to int) {
	h := rowHeight(to - from)
	y := r.pdf.GetY()
	if r.drawing() {
		b.drawCells(r, row, from, to, y, h)
	}
	r.pdf.SetXY(MarginLeft, y)
	r.advance(h)
}

// drawCells draws borders, the header fill, and the text vertically
// centred in the row.
func (b *tableBlock) drawCells(r *renderer, row row, from, to int, y, h float64) {
	lh := tableLineHeight(TableSize)
	x := MarginLeft
	for i, w := range b.fit(r) {
		if fill, ok := b.t.fillAt(row.index, i); ok {
			r.pdf.SetFillColor(int(fill.R), int(fill.G), int(fill.B))
			r.pdf.Rect(x, y, w, h, "FD")
		} else if row.header {
			r.pdf.SetFillColor(headerGrey, headerGrey, headerGrey)
			r.pdf.Rect(x, y, w, h, "FD")
		} else {
			r.pdf.Rect(x, y, w, h, "D")
		}
		cell := row.cells[i]
		size := row.sizes[i]
		clh := tableLineHeight(size)
		lo, hi := cellSpan(len(cell), size, from, to)
		top := y + cellPadY + (float64(to-from)*lh-float64(hi-lo)*clh)/2
		r.setFont(row.style, size)
		align := b.t.Columns[i].Align.or(AlignLeft)
		if row.header {
			align = AlignCenter
		}
		if align == AlignJustify {
			align = AlignLeft
		}
		for k := lo; k < hi; k++ {
			r.pdf.SetXY(x, top+float64(k-lo)*clh)
			r.pdf.CellFormat(w, clh, cell[k].text, "", 0, align.gofpdf(), false, 0, "")
		}
		x += w
	}
}
