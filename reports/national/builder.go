package national

import (
	"strings"

	"baulu/reports/docfmt"
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

// builder composes the document from the facts.
type builder struct {
	f *facts
	resultdoc.Writer
	figs figures
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
