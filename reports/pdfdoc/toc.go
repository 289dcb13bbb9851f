package pdfdoc

import (
	"strconv"
	"strings"
)

// TitlePage describes the cover: organisation lines at the top, the title
// in large bold type about a third down, subtitle lines under it, and the
// city and year at the bottom. The cover shows no page number.
type TitlePage struct {
	// Top holds the ministry, department and centre, one per line.
	Top []string
	// Title is printed in 20 pt bold, centred and wrapped.
	Title string
	// Subtitle holds the kind of report, the period, and the like.
	Subtitle []string
	// City and Year are printed together at the bottom: "Көкшетау, 2026".
	City string
	Year string
}

// titleTop is where the title starts, measured from the top of the page.
const titleTop = 100.0

// Title adds the title page; it should be the first block. The next block
// starts on a new page.
func (d *Document) Title(tp TitlePage) {
	d.add(tp)
}

type titleBlock struct{ tp TitlePage }

func (b *titleBlock) lead(*renderer) float64 { return usable() }

// centred prints wrapped, centred lines and returns nothing: the caller
// positions each group itself.
func (r *renderer) centred(style string, size float64, text string) {
	r.setFont(style, size)
	lh := lineHeight(size)
	for _, l := range wrap(r.measure(), text, TextWidth, TextWidth) {
		r.text(MarginLeft, TextWidth, lh, l.text, AlignCenter)
		r.advance(lh)
	}
}

func (b *titleBlock) render(r *renderer) {
	r.begin()
	if !r.fresh {
		r.newPage()
	}
	for _, s := range b.tp.Top {
		r.centred("", BodySize, s)
	}
	r.pdf.SetY(max(r.pdf.GetY()+lineHeight(BodySize), titleTop))
	r.centred("B", TitleSize, b.tp.Title)
	r.space(lineHeight(BodySize))
	for _, s := range b.tp.Subtitle {
		r.centred("", BodySize, s)
	}
	place := strings.Join(nonEmpty(b.tp.City, b.tp.Year), ", ")
	if place != "" {
		r.pdf.SetY(max(r.pdf.GetY(), bottom()-lineHeight(BodySize)))
		r.centred("", BodySize, place)
	}
	r.fresh = false
	r.pendingBreak = true
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// Contents adds the table of contents under the given title, listing every
// heading of the document with dot leaders and its page number; each entry
// links to its heading. The next block starts on a new page.
func (d *Document) Contents(title string) {
	d.add(Contents{Title: title})
}

type tocBlock struct{ title string }

// TOC geometry in millimetres.
const (
	tocLevelIndent = 7.0  // per level below 1
	tocNumberWidth = 12.0 // right-aligned page number column
	tocGap         = 2.0  // between text, leader and number
)

func (b *tocBlock) lead(*renderer) float64 { return usable() }

func (b *tocBlock) render(r *renderer) {
	r.begin()
	if !r.fresh {
		r.newPage()
	}
	r.centred("B", BodySize, b.title)
	r.space(headingAfter)
	lh := lineHeight(BodySize)
	r.setFont("", BodySize)
	dot := r.pdf.GetStringWidth(".")
	for _, hb := range r.plan.headings {
		h := hb.h
		indent := float64(h.Level-1) * tocLevelIndent
		x := MarginLeft + indent
		w := TextWidth - indent - tocNumberWidth - 2*tocGap
		lines := wrap(r.measure(), h.Label(), w, w)
		r.ensure(float64(len(lines)) * lh)
		top, page := r.pdf.GetY(), r.pdf.PageNo()
		for i, l := range lines {
			r.text(x, w, lh, l.text, AlignLeft)
			if i == len(lines)-1 {
				// Dot leader from the end of the text to the number column.
				from := x + r.pdf.GetStringWidth(l.text) + tocGap
				to := MarginLeft + TextWidth - tocNumberWidth - tocGap/2
				if n := int((to - from) / dot); n > 0 {
					r.text(to-float64(n)*dot, float64(n)*dot, lh, strings.Repeat(".", n), AlignLeft)
				}
				num := ""
				if p := r.headingPage(hb.id); p > 0 {
					num = strconv.Itoa(p)
				}
				r.text(MarginLeft+TextWidth-tocNumberWidth, tocNumberWidth, lh, num, AlignRight)
			}
			r.advance(lh)
		}
		if r.pdf.PageNo() == page {
			r.pdf.Link(x, top, MarginLeft+TextWidth-x, r.pdf.GetY()-top, r.links[hb.id])
		}
	}
	r.pendingBreak = true
}
