package national

import (
	"slices"
	"strconv"
	"strings"

	"baulu/reports/pdfdoc"
	"baulu/seeds"
)

// annex lists the kindergartens of the regions present, by region, with
// their ownership form.
func (b *builder) annex() {
	f := b.f
	b.Doc.PageBreak()
	b.Doc.Unnumbered(b.T("national.annex"))
	if len(f.present) == 0 {
		b.Missing(b.T("national.annex.none"))
		return
	}
	b.Para(b.T("national.annex.count", "regions", len(f.present), "kgs", f.sum.kgs))
	var forms []seeds.Form
	for _, r := range f.present {
		for _, k := range r.kgs {
			if form := seeds.Form(k.Form); !slices.Contains(forms, form) {
				forms = append(forms, form)
			}
		}
	}
	// The forms are explained before the list, which is long.
	b.Para(b.T("national.note.forms", "forms", b.formsExplained(forms)))
	var (
		rows  [][]string
		fills [][]pdfdoc.RGB
	)
	for _, r := range f.present {
		// A region's name heads its kindergartens on a shaded row.
		rows = append(rows, []string{"", b.regionName(r), "", ""})
		fills = append(fills, []pdfdoc.RGB{regionFill, regionFill, regionFill, regionFill})
		for _, k := range r.kgs {
			rows = append(rows, []string{strconv.Itoa(k.ID), f.off.KindergartenName(k), f.off.Settlement(k), f.off.Form(k.Form)})
			fills = append(fills, nil)
		}
	}
	b.Table(b.T("national.annex.table"), pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.T("national.col.no"), Width: 11, Align: pdfdoc.AlignCenter},
			{Title: b.T("national.col.kindergarten"), Weight: 1},
			{Title: b.T("national.col.settlement"), Width: 34},
			{Title: b.T("national.col.form"), Width: 27, Align: pdfdoc.AlignCenter},
		},
		Rows:  rows,
		Fills: fills,
	})
}

// regionFill shades the region rows of the annex: light enough to
// photocopy.
var regionFill = pdfdoc.RGB{R: 242, G: 242, B: 242}

// formsExplained spells out the forms that occur, in the seeds' order:
// «КМҚК – коммуналдық мемлекеттік қазыналық кәсіпорын; …».
func (b *builder) formsExplained(found []seeds.Form) string {
	var parts []string
	for _, f := range seeds.Forms() {
		if !slices.Contains(found, f) {
			continue
		}
		full := f.FullKK()
		if b.f.opts.Lang == "ru" {
			full = f.FullRU()
		}
		if name := b.f.off.Form(string(f)); name != full {
			parts = append(parts, name+" – "+full)
		} else {
			parts = append(parts, full)
		}
	}
	return strings.Join(parts, "; ")
}

// signature closes the body of the report: the Institute's signatory
// (the options', else the settings'), the seal, the date and the executor
// line.
func (b *builder) signature() {
	o := b.f.opts
	b.f.off.Close(b.Doc, b.f.off.InstituteSigner(o.SignatoryName, o.SignatoryPosition), b.asOf())
}
