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
	// listMax, when set, shortens the lists of region names to that many
	// and a count of the rest (the executive summary's one page).
	listMax int
}

// regionName is a region's name as a table or list writes it, capitalised
// («Область Абай»).
func (b *builder) regionName(r *regionFacts) string {
	return format.Capitalize(r.info.Name(b.f.opts.Lang))
}

// names joins region names for a sentence; with listMax set, a longer
// list names the first ones and counts the rest («… и ещё 12»).
func (b *builder) names(rs []*regionFacts) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.info.Name(b.f.opts.Lang))
	}
	return b.list(out)
}

// list joins names for a sentence, shortened to listMax when it is set.
func (b *builder) list(names []string) string {
	if b.listMax > 0 && len(names) > b.listMax {
		names = append(names[:b.listMax-1:b.listMax-1], b.T("national.more", "n", len(names)-b.listMax+1))
	}
	return strings.Join(names, ", ")
}

// roundName is a round's name inside a sentence («бастапқы»).
func (b *builder) roundName(fromRound bool) string {
	r := b.f.to
	if fromRound {
		r = b.f.from
	}
	return format.Lower(r.Name(b.f.opts.Lang))
}

// scope names what the pooled figures cover, as titles and sentences say
// it: the republic only when every region of the pilot has data, else
// «N of 20 regions» — never «Республика бойынша» with one region.
func (b *builder) scope() string {
	if len(b.f.missing) == 0 {
		return b.T("national.scope.all")
	}
	return b.T("national.scope.some", "present", len(b.f.present), "total", b.f.regions)
}
