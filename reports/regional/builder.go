package regional

import (
	"fmt"
	"strings"

	"baulu/reports/pdfdoc"
	"baulu/reports/resultdoc"
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
	f *facts
	resultdoc.Writer
	figs figures
}

// lines adds paragraphs in the format of Options.Conclusions: "– item" is a
// list item, "Heading:" a run-in heading, anything else a paragraph.
func (b *builder) lines(items []string) {
	var bullets []string
	flush := func() {
		if len(bullets) > 0 {
			b.Doc.Bullets(bullets...)
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
			b.Doc.Text(pdfdoc.Para{Text: s, Bold: true, SpaceAfter: 1})
		default:
			flush()
			b.Para(s)
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
			parts = append(parts, fmt.Sprintf("%s – %d", b.T(prefix+k), n[k]))
		}
	}
	return strings.Join(parts, ", ")
}
