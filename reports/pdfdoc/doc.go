// Package pdfdoc owns Baulu's official documents: their model and their
// look. The model (model.go) is the list of blocks the reports compose —
// title page, contents, numbered headings, paragraphs, lists, tables,
// figures, signature, executor line. The look is an A4 page set in
// Liberation Serif (Times New Roman metrics, every Kazakh letter) with the
// margins and sizes a Kazakh or Russian department expects; Output draws it
// as PDF, and package docx draws the same blocks as an editable Word file
// with the constants defined here. It knows no report and no language.
//
// A Document is a list of blocks laid out only when Output is called. Output
// renders the list twice (rarely three times): the first pass learns on which
// page every heading falls, the next prints those numbers in the contents.
// The footers carry the plain page number.
//
// Builder methods never fail: the first problem (a bad column spec, an image
// that is not a PNG) is kept and returned by Err and Output, as gofpdf does.
package pdfdoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// Page geometry and type sizes of the official look, in millimetres and
// points. Margins follow the customary 30/15/20/20 mm of Kazakh and Russian
// office documents (left margin wide for binding).
const (
	PageWidth    = 210.0
	PageHeight   = 297.0
	MarginLeft   = 30.0
	MarginRight  = 15.0
	MarginTop    = 20.0
	MarginBottom = 20.0
	// TextWidth is the width of the type area.
	TextWidth = PageWidth - MarginLeft - MarginRight

	BodySize  = 14.0 // body text, headings, contents
	TableSize = 12.0 // tables, captions under images, footers
	TitleSize = 20.0 // the title on the title page

	// ParagraphIndent is the first-line indent of body paragraphs.
	ParagraphIndent = 12.5
	// LineSpacing multiplies the type size to give the line height; 1.2 is
	// what a word processor calls single spacing for Times New Roman.
	LineSpacing = 1.2
	// TableLineSpacing is tighter, as in a word processor's tables.
	TableLineSpacing = 1.1
)

// fixedDate is used when Meta.Date is zero so that output stays reproducible.
var fixedDate = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)

// maxPasses bounds the layout passes; two suffice unless printing the page
// numbers changes the layout, which the fixed-width number column prevents.
const maxPasses = 4

// Meta is the document information shown by PDF viewers (File → Properties).
type Meta struct {
	Title    string
	Author   string
	Subject  string
	Keywords string
	Creator  string
	// Lang is the language of the text, "kk" or "ru": the PDF's /Lang and
	// the DOCX's proofing language, so that readers and spelling checkers
	// use the right one.
	Lang string
	// Date becomes both the creation and the modification date. Zero means a
	// fixed date, so that the same input always gives the same bytes.
	Date time.Time
}

// LangTag returns the BCP 47 tag of Lang with its country, as documents
// carry it ("kk-KZ", "ru-RU"), or "" when Lang is not set.
func (m Meta) LangTag() string {
	switch m.Lang {
	case "":
		return ""
	case "kk":
		return "kk-KZ"
	case "ru":
		return "ru-RU"
	}
	return m.Lang
}

// DateOrFixed returns Date, or a fixed date when it is zero, so that the same
// input always gives the same bytes.
func (m Meta) DateOrFixed() time.Time {
	if m.Date.IsZero() {
		return fixedDate
	}
	return m.Date
}

// Heading is a heading as laid out: its number ("2.1.", empty when
// unnumbered), text, level (1 = section) and the page it starts on.
type Heading struct {
	Number string
	Text   string
	Level  int
	Page   int
}

// Document collects blocks and renders them to PDF. It is not safe for
// concurrent use; Output may be called again and gives the same bytes.
type Document struct {
	meta     Meta
	blocks   []Block
	counters [3]int
	err      error

	pages   int
	laidOut []Heading
}

// New returns an empty document with the given metadata.
func New(meta Meta) *Document {
	return &Document{meta: meta}
}

// Err returns the first error met while building the document, if any.
func (d *Document) Err() error { return d.err }

// setErr keeps the first error only: later ones are usually its consequences.
func (d *Document) setErr(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *Document) add(b Block) {
	d.blocks = append(d.blocks, b)
}

// Pages returns the page count found by the last Output (0 before it).
func (d *Document) Pages() int { return d.pages }

// Headings returns the headings with the pages found by the last Output.
func (d *Document) Headings() []Heading {
	out := make([]Heading, len(d.laidOut))
	copy(out, d.laidOut)
	return out
}

// layout is what one pass learns: the pages of the headings and the total.
type layout struct {
	pages        int
	headingPages []int
}

func (l layout) equal(o layout) bool {
	if l.pages != o.pages || len(l.headingPages) != len(o.headingPages) {
		return false
	}
	for i, p := range l.headingPages {
		if o.headingPages[i] != p {
			return false
		}
	}
	return true
}

// Output lays the document out and writes the PDF to w.
func (d *Document) Output(w io.Writer) error {
	if d.err != nil {
		return fmt.Errorf("pdfdoc: build: %w", d.err)
	}
	if len(d.blocks) == 0 {
		return errors.New("pdfdoc: empty document")
	}
	p := d.plan()
	var prev *layout
	for pass := 0; pass < maxPasses; pass++ {
		r, err := d.render(p, pass, prev)
		if err != nil {
			return err
		}
		got := r.layout()
		if prev != nil && got.equal(*prev) {
			d.record(p, got)
			var buf bytes.Buffer
			if err := r.pdf.Output(&buf); err != nil {
				return fmt.Errorf("pdfdoc: write: %w", err)
			}
			out, err := withLang(buf.Bytes(), d.meta.LangTag())
			if err != nil {
				return err
			}
			if _, err := w.Write(out); err != nil {
				return fmt.Errorf("pdfdoc: write: %w", err)
			}
			return nil
		}
		prev = &got
	}
	return fmt.Errorf("pdfdoc: page numbers did not settle after %d passes", maxPasses)
}

// record keeps the final layout for Pages and Headings.
func (d *Document) record(p *plan, l layout) {
	d.pages = l.pages
	d.laidOut = make([]Heading, len(p.headings))
	for i, h := range p.headings {
		d.laidOut[i] = h.h
		d.laidOut[i].Page = l.headingPages[i]
	}
}

// render runs one layout pass on a fresh gofpdf document.
func (d *Document) render(p *plan, pass int, prev *layout) (*renderer, error) {
	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           gofpdf.SizeType{Wd: PageWidth, Ht: PageHeight},
	})
	date := d.meta.DateOrFixed()
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(d.meta.Title, true)
	pdf.SetAuthor(d.meta.Author, true)
	pdf.SetSubject(d.meta.Subject, true)
	pdf.SetKeywords(d.meta.Keywords, true)
	creator := d.meta.Creator
	if creator == "" {
		creator = "Baulu"
	}
	pdf.SetCreator(creator, true)
	pdf.SetMargins(MarginLeft, MarginTop, MarginRight)
	// Breaks are decided by the blocks (rows and lines never split), so
	// gofpdf must not break on its own in the middle of a drawing.
	pdf.SetAutoPageBreak(false, MarginBottom)
	pdf.SetDisplayMode("fullwidth", "continuous")
	addFonts(pdf, p.italic)
	// Text blocks place their lines exactly; only table cells pad.
	pdf.SetCellMargin(0)

	r := newRenderer(p, pdf, pass, prev)
	pdf.SetFooterFunc(r.footer)
	r.newPage()
	for i, b := range p.blocks {
		r.idx = i
		b.render(r)
	}
	// gofpdf keeps its first error and ignores every later call.
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdfdoc: pass %d: %w", pass+1, err)
	}
	return r, nil
}
