package regional

import (
	"embed"
	"strings"

	"baulu/data/text"
	"baulu/reports/format"
	"baulu/reports/labels"
	"baulu/reports/resultdoc"
)

//go:embed texts
var texts embed.FS

// The report's wording is the catalogue's "regional." texts (texts/*.json).
func init() { text.MustRegister("regional", texts, "texts") }

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
		case isListItem(s):
			bullets = append(bullets, strings.TrimSpace(strings.TrimLeft(s, "–-•")))
		case strings.HasSuffix(s, ":"):
			flush()
			b.RunIn(s)
		default:
			flush()
			b.Para(s)
		}
	}
	flush()
}

// count lists "label – n" pairs for the values with a non-zero count, in
// order: «семинар – 5, вебинар – 3»; prefix names the labels ("event.").
func (b *builder) count(prefix string, values []string, n map[string]int) string {
	var parts []string
	for _, v := range values {
		if n[v] > 0 {
			parts = append(parts, labels.Of(b.Lang, prefix, v)+" – "+format.Int(b.Lang, n[v]))
		}
	}
	return strings.Join(parts, ", ")
}
