package docx

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"baulu/reports/pdfdoc"
)

// Units of WordprocessingML: lengths in twentieths of a point (twips),
// font sizes in half-points, drawings in EMU.
func twips(mm float64) int { return int(math.Round(mm / 25.4 * 1440)) }

func halfPoints(pt float64) int { return int(math.Round(pt * 2)) }

func emu(mm float64) int { return int(math.Round(mm * 36000)) }

func itoa(n int) string { return strconv.Itoa(n) }

// xmlHead opens every part.
const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Namespaces of the main document and the parts that share its elements.
const (
	nsW   = `http://schemas.openxmlformats.org/wordprocessingml/2006/main`
	nsR   = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
	nsWP  = `http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing`
	nsA   = `http://schemas.openxmlformats.org/drawingml/2006/main`
	nsPic = `http://schemas.openxmlformats.org/drawingml/2006/picture`
)

// escape writes s as XML character data or an attribute value. Characters
// XML 1.0 forbids (control characters, broken UTF-8) are dropped, tabs
// become spaces, as in the PDF.
func escape(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError, r < 0x20 && r != '\n' && r != '\r', r == 0xFFFE, r == 0xFFFF:
		default:
			b.WriteRune(r)
		}
	}
}

func esc(s string) string {
	var b strings.Builder
	escape(&b, s)
	return b.String()
}

// runProps is the formatting of a run of text.
type runProps struct {
	bold, italic bool
	size         float64 // points; 0 keeps the paragraph style's size
}

func (p runProps) xml() string {
	var b strings.Builder
	if p.bold {
		b.WriteString(`<w:b/><w:bCs/>`)
	}
	if p.italic {
		b.WriteString(`<w:i/><w:iCs/>`)
	}
	if p.size > 0 {
		hp := itoa(halfPoints(p.size))
		b.WriteString(`<w:sz w:val="` + hp + `"/><w:szCs w:val="` + hp + `"/>`)
	}
	if b.Len() == 0 {
		return ""
	}
	return "<w:rPr>" + b.String() + "</w:rPr>"
}

// run writes text as runs with the given formatting; a "\n" in the text is
// a line break inside the paragraph.
func run(b *strings.Builder, text string, p runProps) {
	rpr := p.xml()
	for i, part := range strings.Split(text, "\n") {
		b.WriteString("<w:r>" + rpr)
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		if part != "" {
			b.WriteString(`<w:t xml:space="preserve">`)
			escape(b, part)
			b.WriteString("</w:t>")
		}
		b.WriteString("</w:r>")
	}
}

// field writes a complex field: its instruction and the result shown
// until the word processor updates it.
func field(b *strings.Builder, instr, result string, p runProps) {
	rpr := p.xml()
	b.WriteString(`<w:r>` + rpr + `<w:fldChar w:fldCharType="begin"/></w:r>`)
	b.WriteString(`<w:r>` + rpr + `<w:instrText xml:space="preserve"> ` + esc(instr) + ` </w:instrText></w:r>`)
	b.WriteString(`<w:r>` + rpr + `<w:fldChar w:fldCharType="separate"/></w:r>`)
	run(b, result, p)
	b.WriteString(`<w:r>` + rpr + `<w:fldChar w:fldCharType="end"/></w:r>`)
}

// paraProps is the paragraph formatting the body needs beyond its style.
type paraProps struct {
	style       string
	align       string // "both", "left", "center", "right"; "" keeps the style's
	firstLine   int    // twips; -1 keeps the style's
	left        int    // twips of left indent
	before      int    // twips; -1 keeps the style's
	after       int    // twips; -1 keeps the style's
	keepNext    bool
	keepLines   bool
	breakBefore bool
	numID       int // list numbering, 0 for none
	exact       int // twips of an exact line height, 0 for the style's
	frame       string
}

// para returns paragraph properties that keep the style's values.
func para(style string) paraProps {
	return paraProps{style: style, firstLine: -1, before: -1, after: -1}
}

func (p paraProps) xml() string {
	var b strings.Builder
	b.WriteString("<w:pPr>")
	if p.style != "" {
		b.WriteString(`<w:pStyle w:val="` + p.style + `"/>`)
	}
	if p.keepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	if p.keepLines {
		b.WriteString(`<w:keepLines/>`)
	}
	if p.breakBefore {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	b.WriteString(p.frame)
	if p.numID > 0 {
		b.WriteString(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + itoa(p.numID) + `"/></w:numPr>`)
	}
	if p.before >= 0 || p.after >= 0 || p.exact > 0 {
		b.WriteString("<w:spacing")
		if p.before >= 0 {
			b.WriteString(` w:before="` + itoa(p.before) + `"`)
		}
		if p.after >= 0 {
			b.WriteString(` w:after="` + itoa(p.after) + `"`)
		}
		if p.exact > 0 {
			b.WriteString(` w:line="` + itoa(p.exact) + `" w:lineRule="exact"`)
		}
		b.WriteString("/>")
	}
	if p.firstLine >= 0 || p.left > 0 {
		b.WriteString(`<w:ind w:left="` + itoa(p.left) + `"`)
		if p.firstLine >= 0 {
			b.WriteString(` w:firstLine="` + itoa(p.firstLine) + `"`)
		}
		b.WriteString("/>")
	}
	if p.align != "" {
		b.WriteString(`<w:jc w:val="` + p.align + `"/>`)
	}
	b.WriteString("</w:pPr>")
	return b.String()
}

// align maps a pdfdoc alignment to WordprocessingML's, def standing for
// AlignDefault.
func align(a pdfdoc.Align, def string) string {
	switch a {
	case pdfdoc.AlignLeft:
		return "left"
	case pdfdoc.AlignCenter:
		return "center"
	case pdfdoc.AlignRight:
		return "right"
	case pdfdoc.AlignJustify:
		return "both"
	}
	return def
}
