package docx

import (
	"fmt"
	"strings"

	"baulu/reports/pdfdoc"
)

// cell is one table cell as written.
type cell struct {
	text   string
	align  string
	bold   bool
	fill   string // hex RGB, "" for none
	border string // tcBorders, "" for the table's
	vAlign string
	size   float64
}

// row is one table row as written.
type row struct {
	cells    []cell
	header   bool // repeated at the top of every page
	keepNext bool // kept on the page of the next row
}

// grid writes a table of fixed columns (millimetres); style is the table
// style, "" for none (borderless).
func (w *body) grid(style string, cols []float64, rows []row) {
	w.breakParagraph()
	tw := make([]int, len(cols))
	total := 0
	for i, c := range cols {
		tw[i] = twips(c)
		total += tw[i]
	}
	var b = &w.b
	b.WriteString(`<w:tbl><w:tblPr>`)
	if style != "" {
		b.WriteString(`<w:tblStyle w:val="` + style + `"/>`)
	}
	b.WriteString(`<w:tblW w:w="` + itoa(total) + `" w:type="dxa"/><w:tblLayout w:type="fixed"/>`)
	// A ruled table pads its cells as the PDF does; a borderless one (key–
	// value pairs, the signature) does not, its columns being the PDF's
	// text widths.
	padX, padY := cellPadXTw, cellPadYTw
	if style == "" {
		padX, padY = 0, 0
	}
	b.WriteString(`<w:tblCellMar><w:top w:w="` + itoa(padY) + `" w:type="dxa"/><w:left w:w="` + itoa(padX) +
		`" w:type="dxa"/><w:bottom w:w="` + itoa(padY) + `" w:type="dxa"/><w:right w:w="` + itoa(padX) + `" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, t := range tw {
		b.WriteString(`<w:gridCol w:w="` + itoa(t) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for _, r := range rows {
		// A row moves to the next page whole, as in the PDF.
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if r.header {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		for i, c := range r.cells {
			if i >= len(tw) {
				break
			}
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + itoa(tw[i]) + `" w:type="dxa"/>` + c.border)
			if c.fill != "" {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + c.fill + `"/>`)
			}
			va := c.vAlign
			if va == "" {
				va = "center"
			}
			b.WriteString(`<w:vAlign w:val="` + va + `"/></w:tcPr>`)
			p := para("TableText")
			p.align, p.keepNext = c.align, r.keepNext
			b.WriteString("<w:p>" + p.xml())
			run(b, c.text, runProps{bold: c.bold, size: c.size})
			b.WriteString("</w:p></w:tc>")
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

// columns returns the widths the PDF layout gave block idx, or an even
// split of the text width.
func (w *body) columns(n int) []float64 {
	if c, ok := w.layout.Columns[w.idx]; ok && len(c) == n {
		return c
	}
	out := make([]float64, n)
	for i := range out {
		out[i] = pdfdoc.TextWidth / float64(n)
	}
	return out
}

func (w *body) table(t pdfdoc.Table) {
	if t.Caption != "" {
		w.line(para("Caption"), t.Caption, runProps{})
	}
	var rows []row
	head := row{header: true, keepNext: true}
	for _, c := range t.Columns {
		head.cells = append(head.cells, cell{text: c.Title, align: "center", bold: true, fill: headerFillHex})
	}
	rows = append(rows, head)
	body := func(cells []string, i int, bold bool) row {
		r := row{}
		for j, c := range t.Columns {
			text := ""
			if j < len(cells) {
				text = cells[j]
			}
			cl := cell{text: text, align: align(c.Align, "left"), bold: bold}
			if cl.align == "both" {
				cl.align = "left"
			}
			if i >= 0 && i < len(t.Fills) && j < len(t.Fills[i]) && t.Fills[i][j] != (pdfdoc.RGB{}) {
				f := t.Fills[i][j]
				cl.fill = fmt.Sprintf("%02X%02X%02X", f.R, f.G, f.B)
			}
			r.cells = append(r.cells, cl)
		}
		return r
	}
	for i, cells := range t.Rows {
		r := body(cells, i, false)
		// The total is never alone under a repeated header.
		r.keepNext = t.Total != nil && i == len(t.Rows)-1
		rows = append(rows, r)
	}
	if t.Total != nil {
		rows = append(rows, body(t.Total, -1, true))
	}
	// Cells the PDF sets smaller, rather than break a word, are set so
	// here too.
	if sizes, ok := w.layout.CellSizes[w.idx]; ok && len(sizes) == len(rows) {
		for i, r := range rows {
			for j := range r.cells {
				if j < len(sizes[i]) && sizes[i][j] < pdfdoc.TableSize {
					r.cells[j].size = sizes[i][j]
				}
			}
		}
	}
	w.grid("TableGrid", w.columns(len(t.Columns)), rows)
	w.spacer(twips(4), false)
}

func (w *body) keyValues(kv pdfdoc.KeyValues) {
	var rows []row
	for _, p := range kv {
		rows = append(rows, row{cells: []cell{
			{text: p.Key, align: "left", bold: true, vAlign: "top", size: pdfdoc.BodySize},
			{text: p.Value, align: "left", vAlign: "top", size: pdfdoc.BodySize},
		}})
	}
	w.grid("", w.columns(2), rows)
	w.spacer(twips(2), false)
}

func (w *body) figure(f pdfdoc.Figure) {
	wmm := f.Width
	if wmm <= 0 || wmm > pdfdoc.TextWidth {
		wmm = pdfdoc.TextWidth
	}
	hmm := wmm * float64(f.PixelHeight) / float64(max(f.PixelWidth, 1))
	// Shrunk to leave room for its caption on one page, as in the PDF.
	if maxH := pdfdoc.PageHeight - pdfdoc.MarginTop - pdfdoc.MarginBottom - 30; hmm > maxH {
		wmm, hmm = wmm*maxH/hmm, maxH
	}
	n := len(w.media) + 1
	m := media{id: "rIdImg" + itoa(n), target: fmt.Sprintf("media/image%d.png", n), data: f.PNG}
	w.media = append(w.media, m)
	p := centred()
	p.before = twips(2)
	p.keepNext = f.Caption != ""
	w.open(p)
	cx, cy := itoa(emu(wmm)), itoa(emu(hmm))
	id := itoa(n)
	w.b.WriteString(`<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="` + cx + `" cy="` + cy + `"/>` +
		`<wp:docPr id="` + id + `" name="` + esc(fmt.Sprintf("image%d", n)) + `" descr="` + esc(f.Caption) + `"/>` +
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
		`<a:graphic><a:graphicData uri="` + nsPic + `"><pic:pic><pic:nvPicPr><pic:cNvPr id="` + id + `" name="` + m.target + `"/><pic:cNvPicPr/></pic:nvPicPr>` +
		`<pic:blipFill><a:blip r:embed="` + m.id + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="` + cx + `" cy="` + cy + `"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`)
	w.close()
	if f.Caption != "" {
		p := para("Caption")
		p.align, p.before, p.after, p.keepNext = "center", twips(2), twips(4), false
		w.line(p, f.Caption, runProps{})
	}
}

// signature writes the signers as a borderless table: position, the rule
// (a bottom border) ending beside the name, the name at the right margin;
// the block is kept with the paragraph before it and never split.
func (w *body) signature(s pdfdoc.Signature) {
	w.spacer(twips(10), true)
	cols := w.columns(5)
	rule := `<w:tcBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>`
	var rows []row
	for i, sg := range s.Signers {
		rows = append(rows, row{keepNext: true, cells: []cell{
			{text: sg.Position, align: "left", vAlign: "bottom", size: pdfdoc.BodySize},
			{vAlign: "bottom"},
			{border: rule, vAlign: "bottom", size: pdfdoc.BodySize},
			{vAlign: "bottom"},
			{text: sg.Name, align: "right", vAlign: "bottom", size: pdfdoc.BodySize},
		}})
		if s.LineCaption != "" {
			rows = append(rows, row{keepNext: true, cells: []cell{{}, {}, {text: s.LineCaption, align: "center", vAlign: "top", size: pdfdoc.TableSize - 2}, {}, {}}})
		}
		if i < len(s.Signers)-1 {
			rows = append(rows, row{keepNext: true, cells: []cell{{}, {}, {}, {}, {}}})
		}
	}
	w.grid("", cols, rows)
	var tail []string
	for _, t := range []string{s.Stamp, s.Date} {
		if t != "" {
			tail = append(tail, t)
		}
	}
	for i, t := range tail {
		p := para("")
		p.firstLine, p.align = 0, "left"
		if i == 0 {
			p.before = lineTw / 2
		}
		p.keepNext = i < len(tail)-1 || w.nextIsExecutor()
		w.line(p, t, runProps{})
	}
}

func (w *body) nextIsExecutor() bool {
	if w.idx+1 >= len(w.blocks) {
		return false
	}
	_, ok := w.blocks[w.idx+1].(pdfdoc.Executor)
	return ok
}

func (w *body) executor(e pdfdoc.Executor) {
	p := para("")
	p.firstLine, p.align, p.before = 0, "left", twips(8)
	w.line(p, strings.TrimSpace(e.Line()), runProps{size: pdfdoc.TableSize})
}
