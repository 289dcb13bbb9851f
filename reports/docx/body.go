package docx

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"baulu/reports/pdfdoc"
)

// body writes the blocks of a document as the body of word/document.xml.
type body struct {
	blocks []pdfdoc.Block
	layout pdfdoc.Layout
	meta   pdfdoc.Meta

	b            strings.Builder
	media        []media
	err          error
	idx          int  // index of the block being written
	started      bool // a paragraph or table has been written
	pendingBreak bool // the next paragraph starts a new page
	headings     int  // headings written so far
	titleFirst   bool
	keepNext     bool // a Keep before this paragraph: it stays with the next
}

func newBody(blocks []pdfdoc.Block, layout pdfdoc.Layout, meta pdfdoc.Meta) *body {
	return &body{blocks: blocks, layout: layout, meta: meta}
}

func (w *body) write() {
	for i, blk := range w.blocks {
		w.idx = i
		switch blk := blk.(type) {
		case pdfdoc.TitlePage:
			w.titleFirst = w.titleFirst || i == 0
			w.titlePage(blk)
		case pdfdoc.Contents:
			w.contents(blk)
		case pdfdoc.Heading:
			w.heading(blk)
		case pdfdoc.Para:
			w.paragraph(blk)
		case pdfdoc.List:
			w.list(blk)
		case pdfdoc.KeyValues:
			w.keyValues(blk)
		case pdfdoc.Table:
			w.table(blk)
		case pdfdoc.Figure:
			w.figure(blk)
		case pdfdoc.Signature:
			w.signature(blk)
		case pdfdoc.Executor:
			w.executor(blk)
		case pdfdoc.PageBreak:
			w.pendingBreak = w.started
		case pdfdoc.Space:
			w.space(blk.MM)
		case pdfdoc.Keep:
			// Word keeps blocks together with keep-with-next, which the
			// headings, captions and signature already carry; a paragraph
			// after a Keep (a run-in heading) gets it too.
			w.keepNext = true
		default:
			w.err = fmt.Errorf("block %d: unknown type %T", i, blk)
		}
	}
}

// beforeSignature says whether the next block is the signature: the last
// paragraph of this block is then kept on its page.
func (w *body) beforeSignature() bool {
	if w.idx+1 >= len(w.blocks) {
		return false
	}
	_, ok := w.blocks[w.idx+1].(pdfdoc.Signature)
	return ok
}

// open starts a paragraph, honouring a pending page break.
func (w *body) open(p paraProps) {
	if w.pendingBreak {
		p.breakBefore = true
		w.pendingBreak = false
	}
	w.started = true
	w.b.WriteString("<w:p>" + p.xml())
}

func (w *body) close() { w.b.WriteString("</w:p>") }

// line writes a paragraph of one text.
func (w *body) line(p paraProps, text string, r runProps) {
	w.open(p)
	run(&w.b, text, r)
	w.close()
}

// breakParagraph writes a pending page break as a paragraph of its own,
// before a table, which cannot carry one.
func (w *body) breakParagraph() {
	if w.pendingBreak {
		w.pendingBreak = false
		p := para("")
		p.before, p.after, p.exact = 0, 0, 20
		w.b.WriteString("<w:p>" + p.xml() + `<w:r><w:br w:type="page"/></w:r></w:p>`)
	}
	w.started = true
}

// centred is a centred paragraph without indent.
func centred() paraProps {
	p := para("")
	p.align, p.firstLine = "center", 0
	return p
}

// lineTw is the body line height, for spacing counted in lines.
var lineTw = twips(pdfdoc.BodySize * pdfdoc.LineSpacing * 25.4 / 72)

// titleTopMM is where pdfdoc's title page starts the title.
const titleTopMM = 100.0

func (w *body) titlePage(tp pdfdoc.TitlePage) {
	if w.started {
		w.pendingBreak = true
	}
	var place []string
	for _, s := range []string{tp.City, tp.Year} {
		if strings.TrimSpace(s) != "" {
			place = append(place, s)
		}
	}
	if len(place) > 0 {
		// A frame at the foot of the type area, as the PDF puts the city.
		// It comes first: a frame is anchored to the paragraph after it,
		// which must be on the title page.
		p := centred()
		p.frame = `<w:framePr w:w="` + itoa(textWidthTw) + `" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="center" w:yAlign="bottom"/>`
		w.line(p, strings.Join(place, ", "), runProps{})
	}
	lines := 0
	for _, s := range tp.Top {
		w.line(centred(), s, runProps{})
		// About 66 letters of 14 pt fit a line of the type area.
		lines += max(1, (utf8.RuneCountInString(s)+65)/66)
	}
	p := centred()
	p.before = max(lineTw, twips(titleTopMM-pdfdoc.MarginTop)-lines*lineTw)
	p.after = lineTw
	w.line(p, tp.Title, runProps{bold: true, size: pdfdoc.TitleSize})
	for _, s := range tp.Subtitle {
		w.line(centred(), s, runProps{})
	}
	w.pendingBreak = true
}

// bookmark names heading i for the contents' links.
func bookmark(i int) string { return fmt.Sprintf("_Toc%06d", i+1) }

func (w *body) contents(c pdfdoc.Contents) {
	w.line(para("TOCHeading"), c.Title, runProps{})
	hs := w.layout.Headings
	if len(hs) == 0 {
		w.open(para("TOC1"))
		field(&w.b, `TOC \o "1-3" \h \z \u`, "", runProps{})
		w.close()
		w.pendingBreak = true
		return
	}
	for i, h := range hs {
		w.open(para("TOC" + itoa(min(max(h.Level, 1), 3))))
		if i == 0 {
			w.b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
				`<w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
		}
		// The entries as Word writes them: a link to the heading, a tab
		// to the dot leader, and the page the PDF layout found.
		w.b.WriteString(`<w:hyperlink w:anchor="` + bookmark(i) + `" w:history="1">`)
		run(&w.b, h.Label(), runProps{})
		w.b.WriteString(`<w:r><w:tab/></w:r>`)
		run(&w.b, itoa(h.Page), runProps{})
		w.b.WriteString(`</w:hyperlink>`)
		if i == len(hs)-1 {
			w.b.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		}
		w.close()
	}
	w.pendingBreak = true
}

func (w *body) heading(h pdfdoc.Heading) {
	p := para("Heading" + itoa(min(max(h.Level, 1), 3)))
	if h.Number == "" {
		p.align, p.firstLine = "center", 0
	}
	id := itoa(w.headings + 1)
	w.open(p)
	w.b.WriteString(`<w:bookmarkStart w:id="` + id + `" w:name="` + bookmark(w.headings) + `"/>`)
	run(&w.b, h.Label(), runProps{})
	w.b.WriteString(`<w:bookmarkEnd w:id="` + id + `"/>`)
	w.close()
	w.headings++
}

func (w *body) paragraph(p pdfdoc.Para) {
	pp := para("")
	pp.align = align(p.Align, "")
	if p.NoIndent || p.Align == pdfdoc.AlignCenter || p.Align == pdfdoc.AlignRight {
		pp.firstLine = 0
	}
	if p.SpaceAfter > 0 {
		pp.after = twips(p.SpaceAfter)
	}
	pp.keepNext = w.beforeSignature() || w.keepNext
	w.keepNext = false
	size := 0.0
	if p.Size > 0 && p.Size != pdfdoc.BodySize {
		size = p.Size
	}
	w.line(pp, p.Text, runProps{bold: p.Bold, italic: p.Italic, size: size})
}

func (w *body) list(l pdfdoc.List) {
	keep := w.beforeSignature()
	for i, item := range l.Items {
		p := para("ListBullet")
		// The last two items go with the signature, as in the PDF: one
		// short item alone above it reads as a leftover.
		p.keepNext = keep && i >= len(l.Items)-2
		w.line(p, item, runProps{})
	}
}

// space is vertical space: an empty paragraph of exactly that height.
func (w *body) space(mm float64) {
	if mm <= 0 || !w.started {
		return
	}
	w.spacer(twips(mm), false)
}

// spacer writes an empty paragraph h twips high.
func (w *body) spacer(h int, keepNext bool) {
	p := para("")
	p.keepNext = keepNext
	p.before, p.after, p.exact = 0, 0, max(h, 20)
	w.open(p)
	w.close()
}

// document wraps the body with the section: A4, the PDF's margins, the
// footer with the page number, none on the title page.
func (w *body) document() []byte {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `" xmlns:wp="` + nsWP +
		`" xmlns:a="` + nsA + `" xmlns:pic="` + nsPic + `"><w:body>`)
	b.WriteString(w.b.String())
	b.WriteString(`<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>` +
		`<w:pgSz w:w="` + itoa(twips(pdfdoc.PageWidth)) + `" w:h="` + itoa(twips(pdfdoc.PageHeight)) + `"/>` +
		`<w:pgMar w:top="` + itoa(twips(pdfdoc.MarginTop)) + `" w:right="` + itoa(twips(pdfdoc.MarginRight)) +
		`" w:bottom="` + itoa(twips(pdfdoc.MarginBottom)) + `" w:left="` + itoa(twips(pdfdoc.MarginLeft)) +
		`" w:header="709" w:footer="` + itoa(twips(8)) + `" w:gutter="0"/>`)
	if w.titleFirst {
		b.WriteString(`<w:titlePg/>`)
	}
	b.WriteString(`</w:sectPr></w:body></w:document>`)
	return []byte(b.String())
}
