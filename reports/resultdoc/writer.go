package resultdoc

import (
	"strings"

	"baulu/data/text"
	"baulu/reports/pdfdoc"
)

// Writer is what every report builder shares: the document, its language,
// and the numbering of tables and figures.
type Writer struct {
	Doc  *pdfdoc.Document
	Lang string

	tables, figures int
}

// T returns the catalogue's text of key in the report's language, its
// placeholders filled from the name/value pairs args.
func (w *Writer) T(key string, args ...any) string {
	return text.T(w.Lang, key, args...)
}

// Table adds a table with a numbered caption: «1-кесте – …», «Таблица 1 – …».
func (w *Writer) Table(caption string, t pdfdoc.Table) {
	w.tables++
	t.Caption = text.T(w.Lang, "resultdoc.caption.table", "n", w.tables, "caption", caption)
	w.Doc.AddTable(t)
}

// Figure adds a chart with a numbered caption under it; nil adds nothing.
func (w *Writer) Figure(png []byte, caption string) {
	if png == nil {
		return
	}
	w.figures++
	w.Doc.Image(png, pdfdoc.TextWidth, text.T(w.Lang, "resultdoc.caption.figure", "n", w.figures, "caption", caption))
}

// Para adds a body paragraph.
func (w *Writer) Para(s string) { w.Doc.Paragraph(s) }

// Note adds a small italic note under a table or figure.
func (w *Writer) Note(s string) {
	w.Doc.Text(pdfdoc.Para{Text: s, Italic: true, Size: pdfdoc.TableSize, NoIndent: true, SpaceAfter: 2})
}

// Missing says plainly, in italics, that a section has no data (yet).
func (w *Writer) Missing(s string) { w.Doc.Text(pdfdoc.Para{Text: s, Italic: true}) }

// EndList makes the last of a list of clauses end with one full stop: the
// items end with a semicolon, some with a full stop of their own, the
// list with a full stop (never «..» or «;.»).
func EndList(items []string) {
	if len(items) == 0 {
		return
	}
	last := &items[len(items)-1]
	*last = strings.TrimRight(*last, ";. ") + "."
}
