package comparison

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// cmpSummary is the per-kindergarten and per-indicator table: one row per
// sub-scope of the region between the two rounds, in comparison.Summary's
// order (region, indicators, kindergartens, kindergarten × indicator; within
// each, what moved most first). A picker narrows it to one kind of row;
// the header sorts by any column.
type cmpSummary struct {
	rows  []comparison.Row
	kinds *kit.Choice
	table *kit.RecordTable[comparison.Row]
	kgs   map[int]data.Kindergarten
	inds  map[int64]data.Indicator
	lang  string
}

func newCmpSummary(s *comparisonScreen, rows []comparison.Row) *cmpSummary {
	v := &cmpSummary{rows: rows, kgs: map[int]data.Kindergarten{}, inds: map[int64]data.Indicator{}, lang: i18n.Current()}
	for _, k := range s.kgs {
		v.kgs[k.ID] = k
	}
	for _, in := range s.inds {
		v.inds[in.ID] = in
	}
	num := func(f func(comparison.Row) comparison.Float) func(a, b comparison.Row) bool {
		return func(a, b comparison.Row) bool { return nanLast(f(a), f(b)) }
	}
	gainE := func(r comparison.Row) comparison.Float { return r.GainE }
	gainC := func(r comparison.Row) comparison.Float { return r.GainC }
	did := func(r comparison.Row) comparison.Float { return r.DiD }
	phi := func(r comparison.Row) comparison.Float { return r.PhiStar }
	pMW := func(r comparison.Row) comparison.Float { return r.MannWhitneyP }
	pW := func(r comparison.Row) comparison.Float { return r.WelchP }
	v.table = kit.NewRecordTable([]kit.Column[comparison.Row]{
		{Title: i18n.T("cmp.col.kind"), Width: 140, Text: func(r comparison.Row) string { return i18n.T("cmp.kind." + r.Kind) }},
		{Title: i18n.T("cmp.col.where"), Width: 320, Text: v.where},
		{Title: i18n.T("cmp.col.paired_ec"), Width: 90, Text: func(r comparison.Row) string {
			return strconv.Itoa(r.PairedE) + " / " + strconv.Itoa(r.PairedC)
		}, Less: func(a, b comparison.Row) bool { return a.PairedE+a.PairedC < b.PairedE+b.PairedC }},
		{Title: i18n.T("cmp.col.gain_e"), Width: 110, Text: func(r comparison.Row) string { return format.Num(i18n.Current(), r.GainE, 2) }, Less: num(gainE)},
		{Title: i18n.T("cmp.col.gain_c"), Width: 110, Text: func(r comparison.Row) string { return format.Num(i18n.Current(), r.GainC, 2) }, Less: num(gainC)},
		{Title: i18n.T("cmp.col.did"), Width: 110, Text: func(r comparison.Row) string { return format.Num(i18n.Current(), r.DiD, 2) }, Less: num(did)},
		{Title: "φ* (III)", Width: 80, Text: func(r comparison.Row) string { return format.Num(i18n.Current(), r.PhiStar, 2) }, Less: num(phi)},
		// Holm-adjusted within the table (the rows of one kind): the
		// one-sided p of φ* for "higher in E", so a negative φ* is never
		// significant.
		{Title: i18n.T("cmp.col.p_phi_holm"), Width: 100, Text: func(r comparison.Row) string {
			return format.PValue(i18n.Current(), r.PhiPHolm)
		}, Less: num(func(r comparison.Row) comparison.Float { return r.PhiPHolm })},
		{Title: i18n.T("cmp.col.p_mw"), Width: 110, Text: func(r comparison.Row) string { return format.PValue(i18n.Current(), r.MannWhitneyP) }, Less: num(pMW)},
		{Title: i18n.T("cmp.col.p_welch"), Width: 90, Text: func(r comparison.Row) string { return format.PValue(i18n.Current(), r.WelchP) }, Less: num(pW)},
		{Title: i18n.T("cmp.col.p_welch_holm"), Width: 110, Text: func(r comparison.Row) string {
			return format.PValue(i18n.Current(), r.WelchPHolm)
		}, Less: num(func(r comparison.Row) comparison.Float { return r.WelchPHolm })},
		{Title: i18n.T("cmp.col.warnings"), Width: 260, Text: v.warnings},
	}, nil)
	kinds := []string{"", comparison.RowIndicator, comparison.RowKindergarten, comparison.RowCell}
	v.kinds = kit.NewChoice(kinds, func(k string) string {
		if k == "" {
			return i18n.T("cmp.kinds.all")
		}
		return i18n.T("cmp.kinds." + k)
	}, func(string) { v.filter() })
	v.kinds.SetKey("")
	return v
}

func (v *cmpSummary) content() fyne.CanvasObject {
	top := container.NewVBox(kit.Heading(i18n.T("cmp.summary")), kit.Wrapped(i18n.T("cmp.summary.exploratory")),
		container.NewBorder(nil, nil, widget.NewLabel(i18n.T("cmp.kinds.label")), nil, v.kinds))
	return container.NewBorder(top, nil, nil, nil, v.table.Content())
}

// filter shows the rows of the chosen kind (all when none is chosen).
func (v *cmpSummary) filter() {
	kind := v.kinds.Key()
	var rows []comparison.Row
	for _, r := range v.rows {
		if kind == "" || r.Kind == kind {
			rows = append(rows, r)
		}
	}
	v.table.SetRows(rows)
}

// where names a row's sub-scope: the region, an indicator, a kindergarten,
// or a kindergarten and an indicator.
func (v *cmpSummary) where(r comparison.Row) string {
	kg := "№" + strconv.Itoa(r.KindergartenID) + " " + v.kgs[r.KindergartenID].ShortName
	ind := r.IndicatorCode + " " + v.inds[r.IndicatorID].Name(v.lang)
	switch r.Kind {
	case comparison.RowRegion:
		return i18n.T("cmp.scope.region")
	case comparison.RowIndicator:
		return ind
	case comparison.RowKindergarten:
		return kg
	}
	return kg + " · " + ind
}

// warnings names a row's warnings briefly.
func (v *cmpSummary) warnings(r comparison.Row) string {
	var out []string
	for _, w := range r.Warnings {
		out = append(out, i18n.T("cmp.wshort."+w))
	}
	return strings.Join(out, "; ")
}

// nanLast orders figures ascending with missing ones (NaN) last.
func nanLast(a, b comparison.Float) bool {
	if a.NaN() {
		return false
	}
	return b.NaN() || a < b
}
