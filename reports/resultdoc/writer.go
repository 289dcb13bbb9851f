package resultdoc

import (
	"fmt"

	"baulu/data/text"
	"baulu/reports/pdfdoc"
)

// Writer is what every report builder shares: the document, its wording
// in one language, and the numbering of tables and figures.
type Writer struct {
	Doc   *pdfdoc.Document
	Lang  string
	Texts map[string]string // the report's own wording; labels fill the rest

	tables, figures int
}

// T returns the text of key, from the report's texts or the shared labels
// of enumerations; a missing key shows itself (each report's tests make
// sure none is missing).
func (w *Writer) T(key string) string {
	if s, ok := w.Texts[key]; ok {
		return s
	}
	if s, ok := text.Lookup(w.Lang, "labels."+key); ok {
		return s
	}
	return "{" + key + "}"
}

// Tf is T with fmt verbs filled.
func (w *Writer) Tf(key string, args ...any) string { return fmt.Sprintf(w.T(key), args...) }

// Table adds a table with a numbered caption: «1-кесте – …», «Таблица 1 – …»
// (the texts' "caption.table" pattern).
func (w *Writer) Table(captionKey string, t pdfdoc.Table) {
	w.tables++
	t.Caption = w.Tf("caption.table", w.tables, w.T(captionKey))
	w.Doc.AddTable(t)
}

// Figure adds a chart with a numbered caption under it; nil adds nothing.
func (w *Writer) Figure(png []byte, caption string) {
	if png == nil {
		return
	}
	w.figures++
	w.Doc.Image(png, pdfdoc.TextWidth, w.Tf("caption.figure", w.figures, caption))
}

// Para adds a body paragraph.
func (w *Writer) Para(s string) { w.Doc.Paragraph(s) }

// Note adds a small italic note under a table or figure.
func (w *Writer) Note(s string) {
	w.Doc.Text(pdfdoc.Para{Text: s, Italic: true, Size: pdfdoc.TableSize, NoIndent: true, SpaceAfter: 2})
}

// Missing says plainly, in italics, that a section has no data (yet).
func (w *Writer) Missing(key string, args ...any) {
	w.Doc.Text(pdfdoc.Para{Text: w.Tf(key, args...), Italic: true})
}
