package pdfdoc

import (
	"strconv"

	"github.com/jung-kurt/gofpdf"

	"baulu/reports/fonts"
)

// family is the gofpdf name of the embedded serif face.
const family = "LiberationSerif"

// eps absorbs floating-point noise when comparing lengths in millimetres.
const eps = 1e-6

// footerOffset is the distance of the footer's baseline box from the page
// bottom: inside the 20 mm margin, clear of the type area.
const footerOffset = 12.0

// addFonts registers the serif styles; gofpdf needs one call per style or
// it fails with "undefined font" on the first bold or italic text. Regular
// and bold are always there; the italics only when the document uses them,
// since each costs a font parse per pass and an embedded subset.
func addFonts(pdf *gofpdf.Fpdf, italic bool) {
	pdf.AddUTF8FontFromBytes(family, "", fonts.SerifRegular())
	pdf.AddUTF8FontFromBytes(family, "B", fonts.SerifBold())
	if italic {
		pdf.AddUTF8FontFromBytes(family, "I", fonts.SerifItalic())
		pdf.AddUTF8FontFromBytes(family, "BI", fonts.SerifBoldItalic())
	}
}

// block is one element of the document. render draws it from the current
// position, breaking pages as it needs. lead is the height it must find on a
// page together with a heading placed right before it, so that a heading is
// never left alone at the bottom of a page.
type block interface {
	render(r *renderer)
	lead(r *renderer) float64
}

// renderer is the state of one layout pass.
type renderer struct {
	plan *plan
	pdf  *gofpdf.Fpdf
	pass int
	prev *layout // what the previous pass learned; nil on the first pass

	idx          int   // index of the block being rendered
	headingPages []int // learned in this pass
	links        []int // gofpdf link ids, one per heading
	fresh        bool  // nothing drawn on the current page yet
	pendingBreak bool  // a page break waits for the next content
}

func newRenderer(p *plan, pdf *gofpdf.Fpdf, pass int, prev *layout) *renderer {
	r := &renderer{
		plan:         p,
		pdf:          pdf,
		pass:         pass,
		prev:         prev,
		headingPages: make([]int, len(p.headings)),
		links:        make([]int, len(p.headings)),
	}
	for i := range r.links {
		r.links[i] = pdf.AddLink()
	}
	return r
}

func (r *renderer) layout() layout {
	return layout{pages: r.pdf.PageNo(), headingPages: r.headingPages}
}

// drawing says whether this pass draws. The first pass is never written
// out: it only needs the measurements, which come from the font metrics and
// the images' known sizes, so it skips the drawing calls (a third of its
// time) and the images.
func (r *renderer) drawing() bool { return r.pass > 0 }

// headingPage returns the page of heading i learned by the previous pass, or
// 0 on the first pass.
func (r *renderer) headingPage(i int) int {
	if r.prev == nil || i >= len(r.prev.headingPages) {
		return 0
	}
	return r.prev.headingPages[i]
}

// footer prints the page number centred below the type area, plain, as
// GOST R 7.0.97 and 7.32 ask of Kazakh and Russian documents; the title
// page shows no number but counts as page 1.
func (r *renderer) footer() {
	n := r.pdf.PageNo()
	if (n == 1 && r.plan.titleFirst) || !r.drawing() {
		return
	}
	cm := r.pdf.GetCellMargin()
	defer r.pdf.SetCellMargin(cm)
	r.setFont("", TableSize)
	r.pdf.SetCellMargin(0)
	r.pdf.SetXY(MarginLeft, PageHeight-footerOffset)
	r.pdf.CellFormat(TextWidth, lineHeight(TableSize), strconv.Itoa(n), "", 0, "C", false, 0, "")
}

// setFont selects a style ("", "B", "I", "BI") and a size in points.
func (r *renderer) setFont(style string, size float64) {
	r.pdf.SetFont(family, style, size)
}

// lineHeight is the body line height for a type size, in millimetres.
func lineHeight(size float64) float64 {
	return size * LineSpacing * 25.4 / 72
}

// tableLineHeight is the line height inside table cells.
func tableLineHeight(size float64) float64 {
	return size * TableLineSpacing * 25.4 / 72
}

// measure returns a width function for the current font.
func (r *renderer) measure() func(string) float64 {
	return r.pdf.GetStringWidth
}

// bottom is the lowest y the type area reaches.
func bottom() float64 { return PageHeight - MarginBottom }

// room is the height left on the current page.
func (r *renderer) room() float64 { return bottom() - r.pdf.GetY() }

// usable is the height of a whole type area.
func usable() float64 { return bottom() - MarginTop }

// newPage starts a page and puts the cursor at the top of the type area.
func (r *renderer) newPage() {
	r.pdf.AddPage()
	r.pdf.SetXY(MarginLeft, MarginTop)
	r.fresh = true
	r.pendingBreak = false
}

// begin is called by every block before it draws: it honours a pending
// page break, so that a break at the very end makes no empty page.
func (r *renderer) begin() {
	if r.pendingBreak {
		r.newPage()
	}
}

// ensure starts a new page unless h millimetres fit on the current one.
// It reports whether a page was started. On a fresh page it never breaks:
// content taller than a page must be split by its block.
func (r *renderer) ensure(h float64) bool {
	if r.fresh || h <= r.room()+eps {
		return false
	}
	r.newPage()
	return true
}

// advance moves the cursor down by h and marks the page as used.
func (r *renderer) advance(h float64) {
	r.pdf.SetXY(MarginLeft, r.pdf.GetY()+h)
	r.fresh = false
}

// space adds vertical space, which is dropped at the top of a page.
func (r *renderer) space(h float64) {
	if r.fresh {
		return
	}
	if h > r.room() {
		r.pdf.SetY(bottom())
		return
	}
	r.pdf.SetXY(MarginLeft, r.pdf.GetY()+h)
}

// stickyBlock is a block that must share its page with the end of the
// block before it.
type stickyBlock interface {
	sticky(r *renderer) float64
}

// stickyNext returns the height the blocks after the current one need on
// the page of its last lines (the signature and the executor line after
// it), or 0 if the next block is not sticky.
func (r *renderer) stickyNext() float64 { return r.stickyFrom(r.idx + 1) }

func (r *renderer) stickyFrom(i int) float64 {
	if i >= len(r.plan.blocks) {
		return 0
	}
	if s, ok := r.plan.blocks[i].(stickyBlock); ok {
		return s.sticky(r) + r.stickyFrom(i+1)
	}
	return 0
}

// leadAt returns the lead height of block i, or 0 past the end.
func (r *renderer) leadAt(i int) float64 {
	if i >= len(r.plan.blocks) {
		return 0
	}
	return r.plan.blocks[i].lead(r)
}

// text draws one line of text in a box at (x, current y).
func (r *renderer) text(x, w, h float64, s string, align Align) {
	r.pdf.SetXY(x, r.pdf.GetY())
	if r.drawing() {
		r.pdf.CellFormat(w, h, s, "", 0, align.gofpdf(), false, 0, "")
	}
}
