package national

import (
	"embed"
	"strings"

	"baulu/data/text"
	"baulu/reports/format"
	"baulu/reports/resultdoc"
)

//go:embed texts
var texts embed.FS

// The report's wording is the catalogue's "national." texts (texts/*.json).
func init() { text.MustRegister("national", texts, "texts") }

// builder composes the document from the facts.
type builder struct {
	f *facts
	resultdoc.Writer
	figs figures
}

// regionName is a region's name as a table or list writes it, capitalised
// («Область Абай»).
func (b *builder) regionName(r *regionFacts) string {
	return format.Capitalize(r.info.Name(b.f.opts.Lang))
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
	return format.Lower(r.Name(b.f.opts.Lang))
}
