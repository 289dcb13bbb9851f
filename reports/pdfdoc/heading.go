package pdfdoc

import (
	"fmt"
	"strconv"
	"strings"
)

// Heading spacing in millimetres.
const (
	headingBefore = 6.0
	headingAfter  = 3.0
	// headingKeep is how much of the following block a heading keeps with
	// it at least, when that block is taller (three body lines).
	headingKeep = 3 * BodySize * LineSpacing * 25.4 / 72
)

// Section adds a numbered heading of the given level (1 = "2.", 2 = "2.1.",
// 3 = "2.1.1.") and returns its number. Numbered headings are bold and start
// at the paragraph indent, as GOST 7.32 and its Kazakh counterpart ask.
func (d *Document) Section(level int, text string) string {
	if level < 1 || level > len(d.counters) {
		d.setErr(fmt.Errorf("heading %q: level %d out of 1..%d", text, level, len(d.counters)))
		level = min(max(level, 1), len(d.counters))
	}
	d.counters[level-1]++
	for i := level; i < len(d.counters); i++ {
		d.counters[i] = 0
	}
	var num strings.Builder
	for i := 0; i < level; i++ {
		num.WriteString(strconv.Itoa(d.counters[i]))
		num.WriteByte('.')
	}
	d.add(Heading{Number: num.String(), Text: text, Level: level})
	return num.String()
}

// Unnumbered adds a centred bold heading without a number that still appears
// in the contents, for structural parts such as an introduction, the
// conclusion or the annexes.
func (d *Document) Unnumbered(text string) {
	d.add(Heading{Text: text, Level: 1})
}

// Label is the heading as printed: number, space, text.
func (h Heading) Label() string {
	if h.Number == "" {
		return h.Text
	}
	return h.Number + " " + h.Text
}

type headingBlock struct {
	h   Heading
	id  int // index among headings
	pos int // index among blocks
}

// lines wraps the label and returns the x and width of the text lines after the first: they
// hang under the text, clear of the number.
func (h *headingBlock) lines(r *renderer) (lines []line, x, w float64) {
	r.setFont("B", BodySize)
	if h.h.Number == "" {
		return wrap(r.measure(), h.h.Text, TextWidth, TextWidth), MarginLeft, TextWidth
	}
	hang := ParagraphIndent + r.pdf.GetStringWidth(h.h.Number+" ")
	w = TextWidth - hang
	return wrap(r.measure(), h.h.Label(), TextWidth-ParagraphIndent, w), MarginLeft + hang, w
}

func (h *headingBlock) height(r *renderer) float64 {
	lines, _, _ := h.lines(r)
	return float64(len(lines))*lineHeight(BodySize) + headingAfter
}

// keep is the heading's height plus the start of what follows it; a heading
// followed by a subheading keeps that one's start too.
func (h *headingBlock) keep(r *renderer) float64 {
	return h.height(r) + min(max(r.leadAt(h.pos+1), headingKeep), usable()/2)
}

func (h *headingBlock) lead(r *renderer) float64 {
	return headingBefore + h.keep(r)
}

func (h *headingBlock) render(r *renderer) {
	r.begin()
	keep := h.keep(r)
	if !r.ensure(headingBefore + keep) {
		r.space(headingBefore)
		r.ensure(keep)
	}
	r.headingPages[h.id] = r.pdf.PageNo()
	r.pdf.SetLink(r.links[h.id], r.pdf.GetY(), -1)
	r.pdf.Bookmark(h.h.Label(), h.h.Level-1, r.pdf.GetY())

	lines, hx, hw := h.lines(r)
	lh := lineHeight(BodySize)
	for i, l := range lines {
		switch {
		case h.h.Number == "":
			r.text(MarginLeft, TextWidth, lh, l.text, AlignCenter)
		case i == 0:
			r.text(MarginLeft+ParagraphIndent, TextWidth-ParagraphIndent, lh, l.text, AlignLeft)
		default:
			r.text(hx, hw, lh, l.text, AlignLeft)
		}
		r.advance(lh)
	}
	r.space(headingAfter)
}
