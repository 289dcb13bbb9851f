package resultdoc

import (
	"baulu/data/text"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/pdfdoc"
)

// Design is the table of the clustered design: groups per arm, children
// per group, the ICC of gains within groups, the design effect and the
// effective sample size, the children left out (no consent) and lost
// between the rounds, per arm.
func Design(r comparison.Result, lang string) pdfdoc.Table {
	w := words(lang)
	d, x, a := r.Design, r.Excluded, r.Attrition
	lost := func(n, of int, rate comparison.Float) string {
		return w.t("resultdoc.g.of", "n", format.Int(lang, n), "of", format.Int(lang, of)) + " (" + format.Pct(lang, 100*rate) + ")"
	}
	size := format.Num(lang, d.All.MeanSize, 1)
	if d.All.Groups > 0 {
		size += " (" + format.Int(lang, d.All.MinSize) + "–" + format.Int(lang, d.All.MaxSize) + ")"
	}
	rows := [][]string{
		{w.t("resultdoc.g.groups"), format.Pair(lang, d.E.Groups, d.C.Groups)},
		{w.t("resultdoc.g.children"), format.Pair(lang, d.E.Children, d.C.Children)},
		{w.t("resultdoc.g.size"), size},
		{w.t("resultdoc.g.icc"), format.Num(lang, d.ICC, 2)},
		{w.t("resultdoc.g.deff"), format.Num(lang, d.All.DesignEffect, 2)},
		{w.t("resultdoc.g.neff"), format.Num(lang, d.All.EffectiveN, 0)},
		{w.t("resultdoc.g.consent"), format.Pair(lang, x.NoConsentE, x.NoConsentC)},
		{w.t("resultdoc.g.lost"), lost(a.LostE, a.StartE, a.RateE) + " / " + lost(a.LostC, a.StartC, a.RateC)},
	}
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: w.t("resultdoc.col.figure"), Weight: 1.6},
			{Title: w.t("resultdoc.g.value"), Weight: 1, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	}
}

// Primary is the table of the primary result, the groups taken into
// account: the gain difference with CR2 errors, the ANCOVA and Welch's
// test on group mean gains, each with its estimate E − C, 95 % interval,
// Satterthwaite df, p and what it supports. Without a causal verdict
// (fewer than three groups in an arm) every conclusion is "descriptive".
func Primary(r comparison.Result, lang string) pdfdoc.Table {
	w := words(lang)
	p := r.Primary
	conclusion := func(computable bool, pv, est comparison.Float) string {
		switch {
		case !computable:
			return w.t("resultdoc.t.na")
		case !p.Causal:
			return w.t("resultdoc.p.descriptive", "min", comparison.MinGroupsForVerdict)
		case float64(pv) >= comparison.Alpha:
			return w.t("resultdoc.t.diff.ns")
		case est > 0:
			return w.t("resultdoc.p.sig.e")
		}
		return w.t("resultdoc.p.sig.c")
	}
	cr2 := func(name string, t comparison.ClusteredTest) []string {
		return []string{name, format.Signed(lang, t.Estimate, 2),
			w.t("resultdoc.p.ci", "low", format.Num(lang, t.CILow, 2), "high", format.Num(lang, t.CIHigh, 2)),
			format.Num(lang, t.DF, 1), format.PValue(lang, t.P), conclusion(t.Computable, t.P, t.Estimate)}
	}
	g := p.GroupWelch
	rows := [][]string{
		cr2(w.t("resultdoc.p.gain"), p.Gain),
		cr2(w.t("resultdoc.p.ancova"), p.ANCOVA),
		{w.t("resultdoc.p.groups", "e", g.NE, "c", g.NC), format.Signed(lang, g.MeanE-g.MeanC, 2),
			w.t("resultdoc.p.ci", "low", format.Num(lang, g.CILow, 2), "high", format.Num(lang, g.CIHigh, 2)),
			format.Num(lang, g.DF, 1), format.PValue(lang, g.P), conclusion(g.Computable, g.P, g.MeanE-g.MeanC)},
	}
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: w.t("resultdoc.col.method"), Weight: 1.5},
			{Title: w.t("resultdoc.col.estimate"), Width: 20, Align: pdfdoc.AlignCenter},
			{Title: w.t("resultdoc.col.ci"), Width: 28, Align: pdfdoc.AlignCenter},
			{Title: "df", Width: 13, Align: pdfdoc.AlignCenter},
			{Title: "p", Width: 16, Align: pdfdoc.AlignCenter},
			{Title: w.t("resultdoc.col.conclusion"), Weight: 1},
		},
		Rows: rows,
	}
}

// PrimaryNote explains the primary table and states the φ* convention.
func PrimaryNote(lang string) string { return text.T(lang, "resultdoc.note.primary") }
