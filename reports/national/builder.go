package national

import (
	"fmt"
	"strings"

	"baulu/reports/docfmt"
	"baulu/reports/labels"
	"baulu/reports/pdfdoc"
)

// texts maps a key to its wording in one language (texts_kk.go,
// texts_ru.go; a test keeps their keys and verbs in step).
type texts map[string]string

// textsFor returns the wording of lang ("kk" or "ru").
func textsFor(lang string) texts {
	if lang == "ru" {
		return textsRU
	}
	return textsKK
}

// builder composes the document from the facts.
type builder struct {
	f       *facts
	tr      texts
	doc     *pdfdoc.Document
	figs    figures
	tables  int
	figures int
}

// t returns the text of key; a missing key shows itself, and a test makes
// sure none is missing.
func (b *builder) t(key string) string {
	if s, ok := b.tr[key]; ok {
		return s
	}
	if s, ok := labels.Text(b.f.opts.Lang, key); ok {
		return s
	}
	return "{" + key + "}"
}

func (b *builder) tf(key string, args ...any) string { return fmt.Sprintf(b.t(key), args...) }

// table adds a table with a numbered caption: «1-кесте – …», «Таблица 1 – …».
func (b *builder) table(captionKey string, t pdfdoc.Table) {
	b.tables++
	t.Caption = b.tf("caption.table", b.tables, b.t(captionKey))
	b.doc.AddTable(t)
}

// figure adds a chart with a numbered caption under it.
func (b *builder) figure(png []byte, caption string) {
	if png == nil {
		return
	}
	b.figures++
	b.doc.Image(png, pdfdoc.TextWidth, b.tf("caption.figure", b.figures, caption))
}

// para adds a body paragraph.
func (b *builder) para(s string) { b.doc.Paragraph(s) }

// note adds a small italic note under a table or figure.
func (b *builder) note(s string) {
	b.doc.Text(pdfdoc.Para{Text: s, Italic: true, Size: pdfdoc.TableSize, NoIndent: true, SpaceAfter: 2})
}

// missing says plainly that a section has no data.
func (b *builder) missing(key string, args ...any) {
	b.doc.Text(pdfdoc.Para{Text: b.tf(key, args...), Italic: true})
}

// regionName is a region's name as a table or list writes it, capitalised
// («Область Абай»).
func (b *builder) regionName(r *regionFacts) string {
	return docfmt.Capitalize(r.info.Name(b.f.opts.Lang))
}

// names joins region names for a sentence.
func (b *builder) names(rs []*regionFacts) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.info.Name(b.f.opts.Lang))
	}
	return strings.Join(out, ", ")
}

// roundName is a round's name inside a sentence («бастапқы»).
func (b *builder) roundName(fromRound bool) string {
	r := b.f.to
	if fromRound {
		r = b.f.from
	}
	return docfmt.Lower(r.Name(b.f.opts.Lang))
}
