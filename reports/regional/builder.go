package regional

import (
	"fmt"
	"strings"

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

// colNo is the width of a "№" column.
const colNo = 9.0

// colDate fits a date "dd.mm.yyyy" in 12 pt.
const colDate = 25.0

// builder composes the document from the facts.
type builder struct {
	f       *facts
	tr      texts
	doc     *pdfdoc.Document
	figs    figures
	tables  int
	figures int
}

// t returns the text of key, from the report's texts or the shared labels
// of enumerations; a missing key shows itself, and a test makes sure none
// is missing.
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
func (b *builder) figure(png []byte, captionKey string) {
	if png == nil {
		return
	}
	b.figures++
	b.doc.Image(png, pdfdoc.TextWidth, b.tf("caption.figure", b.figures, b.t(captionKey)))
}

// para adds a body paragraph.
func (b *builder) para(s string) { b.doc.Paragraph(s) }

// note adds a small italic note under a table or figure.
func (b *builder) note(s string) {
	b.doc.Text(pdfdoc.Para{Text: s, Italic: true, Size: pdfdoc.TableSize, NoIndent: true, SpaceAfter: 2})
}

// missing says plainly that a section has no data yet.
func (b *builder) missing(key string, args ...any) {
	b.doc.Text(pdfdoc.Para{Text: b.tf(key, args...), Italic: true})
}

// lines adds paragraphs in the format of Options.Conclusions: "– item" is a
// list item, "Heading:" a run-in heading, anything else a paragraph.
func (b *builder) lines(items []string) {
	var bullets []string
	flush := func() {
		if len(bullets) > 0 {
			b.doc.Bullets(bullets...)
			bullets = nil
		}
	}
	for _, s := range items {
		s = strings.TrimSpace(s)
		switch {
		case s == "":
			continue
		case strings.HasPrefix(s, "–") || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "•"):
			bullets = append(bullets, strings.TrimSpace(strings.TrimLeft(s, "–-•")))
		case strings.HasSuffix(s, ":"):
			flush()
			b.doc.Text(pdfdoc.Para{Text: s, Bold: true, SpaceAfter: 1})
		default:
			flush()
			b.para(s)
		}
	}
	flush()
}

// count lists "name – n" pairs for the keys with a non-zero count, in order:
// «семинар – 5, вебинар – 3».
func (b *builder) count(prefix string, keys []string, n map[string]int) string {
	var parts []string
	for _, k := range keys {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s – %d", b.t(prefix+k), n[k]))
		}
	}
	return strings.Join(parts, ", ")
}
