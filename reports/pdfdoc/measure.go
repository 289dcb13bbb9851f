package pdfdoc

import (
	"errors"
	"fmt"
)

// Layout is what one measuring pass of the PDF layout learns, for a
// renderer that paginates on its own (package docx): the page of every
// heading, to pre-fill a contents field so that it reads right before the
// word processor updates it, and the widths the PDF gives the columns of
// tables and key–value blocks, so that both files have the same columns.
type Layout struct {
	Pages    int
	Headings []Heading
	// Columns maps the index of a Table, KeyValues or Signature block in
	// Blocks to its column widths in millimetres: key and value for
	// KeyValues; position, space, rule, gap and name for a Signature.
	Columns map[int][]float64
	// CellSizes maps the index of a Table to the type sizes of its cells
	// (header row, body rows, total row), for tables where a cell is set
	// smaller than TableSize because a word is wider than its column.
	CellSizes map[int][][]float64
}

// Measure lays the document out once, without drawing, and returns what it
// learned. The pages are those of the PDF: the contents' page numbers have
// a fixed-width column, so the first pass already finds the final pages.
func (d *Document) Measure() (Layout, error) {
	if d.err != nil {
		return Layout{}, fmt.Errorf("pdfdoc: build: %w", d.err)
	}
	if len(d.blocks) == 0 {
		return Layout{}, errors.New("pdfdoc: empty document")
	}
	p := d.plan()
	r, err := d.render(p, 0, nil)
	if err != nil {
		return Layout{}, err
	}
	l := Layout{Pages: r.pdf.PageNo(), Columns: map[int][]float64{}, CellSizes: map[int][][]float64{}}
	for i, h := range p.headings {
		hd := h.h
		hd.Page = r.headingPages[i]
		l.Headings = append(l.Headings, hd)
	}
	for i, b := range p.blocks {
		switch b := b.(type) {
		case *tableBlock:
			l.Columns[i] = append([]float64(nil), b.fit(r)...)
			if sizes, small := b.cellSizes(r); small {
				l.CellSizes[i] = sizes
			}
		case *signatureBlock:
			c := b.columns(r)
			l.Columns[i] = c[:]
		case *kvBlock:
			kw := b.keyWidth(r)
			l.Columns[i] = []float64{kw + kvGap, TextWidth - kw - kvGap}
		}
	}
	return l, nil
}

// cellSizes returns the type size of every cell, rows in the order of
// Layout.CellSizes, and whether any is below TableSize.
func (b *tableBlock) cellSizes(r *renderer) ([][]float64, bool) {
	rows := []row{b.header(r)}
	for _, cells := range b.t.Rows {
		rows = append(rows, b.layoutRow(r, cells, "", false))
	}
	if b.t.Total != nil {
		rows = append(rows, b.layoutRow(r, b.t.Total, "B", false))
	}
	out := make([][]float64, len(rows))
	small := false
	for i, rw := range rows {
		out[i] = rw.sizes
		for _, s := range rw.sizes {
			small = small || s < TableSize
		}
	}
	return out, small
}
