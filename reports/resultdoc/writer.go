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
	captions        []string
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
	w.captions = append(w.captions, t.Caption)
	w.Doc.AddTable(t)
}

// Figure adds a chart with a numbered caption under it; nil adds nothing.
func (w *Writer) Figure(png []byte, caption string) {
	if png == nil {
		return
	}
	w.figures++
	numbered := text.T(w.Lang, "resultdoc.caption.figure", "n", w.figures, "caption", caption)
	w.captions = append(w.captions, numbered)
	w.Doc.Image(png, pdfdoc.TextWidth, numbered)
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

// Captions lists the numbered captions of the tables and figures added so
// far, in order.
func (w *Writer) Captions() []string { return append([]string(nil), w.captions...) }

// ListOfCaptions adds the list of tables and figures: an unnumbered heading
// (so the contents list it) and one line per caption. A report learns its
// captions by composing itself once and adds the list when it composes
// again, so that the list stands after the contents.
func (w *Writer) ListOfCaptions(title string, captions []string) {
	if len(captions) == 0 {
		return
	}
	w.Doc.Unnumbered(title)
	for _, c := range captions {
		w.Doc.Text(pdfdoc.Para{Text: c, NoIndent: true, SpaceAfter: 1})
	}
	w.Doc.PageBreak()
}

// runInKeep is the room a run-in heading asks for on its page: itself and
// the first two lines of what it introduces.
const runInKeep = 25.0

// RunIn adds a run-in heading («Ұсыныстар:»), bold, kept on the page of
// the first lines it introduces.
func (w *Writer) RunIn(s string) {
	w.Doc.KeepSpace(runInKeep)
	w.Doc.Text(pdfdoc.Para{Text: s, Bold: true, SpaceAfter: 1})
}
