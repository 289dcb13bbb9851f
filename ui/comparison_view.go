package ui

import (
	"bytes"
	"fmt"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"baulu/data"
	"baulu/reports/charts"
	"baulu/reports/comparison"
	"baulu/ui/i18n"
)

// comparisonView shows one computed comparison: verdict, chart, tables.
type comparisonView struct {
	u       *UI
	r       comparison.Result
	rows    []comparison.Row
	kgs     map[int]data.Kindergarten
	inds    map[int64]data.Indicator
	verdict []string
	summary *recordTable[comparison.Row]
}

func newComparisonView(u *UI, r comparison.Result, rows []comparison.Row, kgs []data.Kindergarten, inds []data.Indicator) *comparisonView {
	v := &comparisonView{u: u, r: r, rows: rows, kgs: map[int]data.Kindergarten{}, inds: map[int64]data.Indicator{}}
	for _, k := range kgs {
		v.kgs[k.ID] = k
	}
	for _, in := range inds {
		v.inds[in.ID] = in
	}
	v.verdict = comparison.Verdict(r, u.lang())
	return v
}

func (v *comparisonView) content() fyne.CanvasObject {
	box := container.NewVBox(heading(i18n.T("cmp.verdict")))
	for _, s := range v.verdict {
		box.Add(wrapped("• " + s))
	}
	if v.r.NoData {
		return box
	}
	if img := v.chart(); img != nil {
		box.Add(img)
	}
	box.Add(heading(i18n.T("cmp.levels")))
	box.Add(v.levelsTable())
	box.Add(heading(i18n.T("cmp.gains")))
	box.Add(v.gainsTable())
	box.Add(wrapped(i18n.Tf("cmp.did", num(v.r.DiD, 2))))
	box.Add(heading(i18n.T("cmp.tests")))
	box.Add(v.testsTable())
	if len(v.rows) > 0 {
		box.Add(heading(i18n.T("cmp.summary")))
		box.Add(container.NewGridWrap(fyne.NewSize(1000, 420), v.summaryTable()))
	}
	return box
}

func heading(s string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// num formats a figure with the decimal comma, "—" when there is none.
func num(f comparison.Float, prec int) string {
	if f.NaN() || math.IsInf(float64(f), 0) {
		return "—"
	}
	return formatFloat(float64(f), prec)
}

// pval formats a p-value; tiny ones are "< 0,001".
func pval(f comparison.Float) string {
	if f.NaN() {
		return "—"
	}
	if f < 0.001 {
		return "< " + formatFloat(0.001, 3)
	}
	return formatFloat(float64(f), 3)
}

func (v *comparisonView) roundName(id int64) string {
	rs, _ := v.u.store.Rounds(v.u.ctx)
	for _, r := range rs {
		if r.ID == id {
			return r.Name(v.u.lang())
		}
	}
	return ""
}

// arms lists (label, figures) for E and C in both rounds.
func (v *comparisonView) arms() []struct {
	label string
	st    comparison.RoundStats
} {
	from, to := v.roundName(v.r.Scope.From.ID), v.roundName(v.r.Scope.To.ID)
	e, c := i18n.T("role.short.experimental"), i18n.T("role.short.control")
	return []struct {
		label string
		st    comparison.RoundStats
	}{
		{e + " — " + from, v.r.Experimental.From}, {e + " — " + to, v.r.Experimental.To},
		{c + " — " + from, v.r.Control.From}, {c + " — " + to, v.r.Control.To},
	}
}

func (v *comparisonView) chart() fyne.CanvasObject {
	lc := charts.LevelChart{Levels: [3]string{i18n.T("level.1"), i18n.T("level.2"), i18n.T("level.3")}, WidthMM: 170, DPI: 110}
	for _, a := range v.arms() {
		if a.st.N > 0 {
			lc.Bars = append(lc.Bars, charts.LevelBar{Label: a.label, Counts: a.st.Levels})
		}
	}
	if len(lc.Bars) == 0 {
		return nil
	}
	png, err := charts.LevelDistribution(lc)
	if err != nil {
		fyne.LogError("comparison chart", err)
		return nil
	}
	img := canvas.NewImageFromReader(bytes.NewReader(png), "levels.png")
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(720, float32(90+45*len(lc.Bars))))
	return img
}

func (v *comparisonView) levelsTable() fyne.CanvasObject {
	cell := func(st comparison.RoundStats, i int) string {
		return fmt.Sprintf("%d (%s %%)", st.Levels[i], num(st.Percent[i], 1))
	}
	var rows [][]string
	for _, a := range v.arms() {
		rows = append(rows, []string{a.label, strconv.Itoa(a.st.N), cell(a.st, 0), cell(a.st, 1), cell(a.st, 2),
			num(a.st.Mean, 2) + " ± " + num(a.st.SD, 2)})
	}
	return staticTable([]string{i18n.T("cmp.col.group_round"), "n", i18n.T("level.1"), i18n.T("level.2"), i18n.T("level.3"), i18n.T("cmp.col.mean_sd")}, rows)
}

func (v *comparisonView) gainsTable() fyne.CanvasObject {
	row := func(label string, g comparison.GroupResult) []string {
		w := g.Wilcoxon
		wil := "—"
		if w.Computable {
			wil = fmt.Sprintf("V = %s; Z = %s; p %s", num(w.V, 0), num(w.Z, 2), pEq(w.P))
		}
		return []string{label, strconv.Itoa(g.Paired), strconv.Itoa(g.OnlyFrom + g.OnlyTo),
			num(g.PairedFromMean, 2) + " → " + num(g.PairedToMean, 2), num(g.Gain.Mean, 2) + " ± " + num(g.Gain.SD, 2), wil}
	}
	return staticTable([]string{i18n.T("cmp.col.group"), i18n.T("cmp.col.paired"), i18n.T("cmp.col.one_round"),
		i18n.T("cmp.col.means"), i18n.T("cmp.col.gain"), i18n.T("cmp.col.wilcoxon")},
		[][]string{row(i18n.T("role.experimental"), v.r.Experimental), row(i18n.T("role.control"), v.r.Control)})
}

// pEq writes "= 0,012" or "< 0,001".
func pEq(p comparison.Float) string {
	s := pval(p)
	if len(s) > 0 && s[0] == '<' {
		return s
	}
	return "= " + s
}

func (v *comparisonView) testsTable() fyne.CanvasObject {
	from, to := v.roundName(v.r.Scope.From.ID), v.roundName(v.r.Scope.To.ID)
	dash := "—"
	chi := func(round string, t comparison.ChiSquareTest) []string {
		if !t.Computable {
			return []string{"χ²", round, dash, dash, dash, i18n.T("cmp.not_computable")}
		}
		return []string{"χ²", round, num(t.Statistic, 2), strconv.Itoa(t.DF), pval(t.P), ""}
	}
	mw := func(round string, t comparison.MannWhitneyTest) []string {
		if !t.Computable {
			return []string{i18n.T("cmp.test.mw"), round, dash, "", dash, i18n.T("cmp.not_computable")}
		}
		return []string{i18n.T("cmp.test.mw"), round, "U = " + num(t.U, 0), "", pval(t.P), "r = " + num(t.R, 2)}
	}
	phi := func(round string, t comparison.PhiTest) []string {
		if !t.Computable {
			return []string{"φ*", round, dash, "", dash, i18n.T("cmp.not_computable")}
		}
		return []string{"φ*", round, num(t.PhiStar, 2), "", i18n.T("cmp.phi." + t.Significance.String()), ""}
	}
	g := v.r.Gains
	welch := []string{i18n.T("cmp.test.welch"), from + " → " + to, dash, "", dash, i18n.T("cmp.not_computable")}
	if g.Computable {
		welch = []string{i18n.T("cmp.test.welch"), from + " → " + to, "t = " + num(g.T, 2), num(g.DF, 1), pval(g.P), "d = " + num(g.CohenD, 2)}
	}
	rows := [][]string{
		chi(from, v.r.AtFrom.ChiSquare), chi(to, v.r.AtTo.ChiSquare),
		mw(from, v.r.AtFrom.MannWhitney), mw(to, v.r.AtTo.MannWhitney),
		phi(from, v.r.AtFrom.Phi), phi(to, v.r.AtTo.Phi), welch,
	}
	return staticTable([]string{i18n.T("cmp.col.test"), i18n.T("cmp.col.round"), i18n.T("cmp.col.statistic"), "df", "p", i18n.T("cmp.col.effect")}, rows)
}

// rowLabel names a summary row: the region, an indicator, a kindergarten or both.
func (v *comparisonView) rowLabel(r comparison.Row) string {
	kg := func() string { return fmt.Sprintf("№%d %s", r.KindergartenID, v.kgs[r.KindergartenID].ShortName) }
	ind := func() string { return r.IndicatorCode + " " + v.inds[r.IndicatorID].Name(v.u.lang()) }
	switch r.Kind {
	case "region":
		return i18n.T("cmp.scope.region")
	case "indicator":
		return ind()
	case "kindergarten":
		return kg()
	}
	return fmt.Sprintf("№%d · %s", r.KindergartenID, r.IndicatorCode)
}

func (v *comparisonView) summaryTable() fyne.CanvasObject {
	byF := func(f func(comparison.Row) comparison.Float) func(a, b comparison.Row) bool {
		return func(a, b comparison.Row) bool {
			x, y := f(a), f(b)
			if x.NaN() {
				return false
			}
			return y.NaN() || x < y
		}
	}
	did := func(r comparison.Row) comparison.Float { return r.DiD }
	v.summary = newRecordTable([]column[comparison.Row]{
		{title: i18n.T("cmp.col.where"), width: 300, text: v.rowLabel},
		{title: i18n.T("cmp.col.paired_ec"), width: 90, text: func(r comparison.Row) string { return fmt.Sprintf("%d / %d", r.PairedE, r.PairedC) }},
		{title: i18n.T("cmp.col.gain_e"), width: 90, text: func(r comparison.Row) string { return num(r.GainE, 2) }, less: byF(func(r comparison.Row) comparison.Float { return r.GainE })},
		{title: i18n.T("cmp.col.gain_c"), width: 90, text: func(r comparison.Row) string { return num(r.GainC, 2) }, less: byF(func(r comparison.Row) comparison.Float { return r.GainC })},
		{title: i18n.T("cmp.col.did"), width: 80, text: func(r comparison.Row) string { return num(r.DiD, 2) }, less: byF(did)},
		{title: "φ*", width: 80, text: func(r comparison.Row) string { return num(r.PhiStar, 2) }, less: byF(func(r comparison.Row) comparison.Float { return r.PhiStar })},
		{title: i18n.T("cmp.col.p_mw"), width: 90, text: func(r comparison.Row) string { return pval(r.MannWhitneyP) }},
		{title: i18n.T("cmp.col.p_welch"), width: 90, text: func(r comparison.Row) string { return pval(r.WelchP) }},
	}, nil)
	v.summary.setRows(v.rows)
	return v.summary.content()
}
