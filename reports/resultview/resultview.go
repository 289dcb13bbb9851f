// Package resultview turns a comparison.Result into the rows and sentences
// a person reads, in kk, ru or en, without deciding how they are drawn: the
// Comparison screen shows them as a table (ui/comparison) and the reports
// print them as a document table (reports/resultdoc), so the screen and the
// PDF say the same thing in the same words (issue 12). Figures are written
// by reports/format.
package resultview

import (
	"embed"

	"baulu/data/text"
	"baulu/reports/comparison"
	"baulu/reports/format"
)

//go:embed texts
var texts embed.FS

func init() { text.MustRegister("resultview", texts, "texts") }

// Table is a titled grid of cells.
type Table struct {
	Titles []string
	Rows   [][]string
}

func t(lang, key string, args ...any) string { return text.T(lang, key, args...) }

// Design is the clustered design: groups per arm, children per group, the
// ICC of gains within groups, the design effect and the effective sample
// size, the children left out (no consent) and lost between the rounds,
// per arm. Two columns: figure, value.
func Design(r comparison.Result, lang string) Table {
	d, x, a := r.Design, r.Excluded, r.Attrition
	lost := func(n, of int, rate comparison.Float) string {
		return t(lang, "resultview.g.of", "n", format.Int(lang, n), "of", format.Int(lang, of)) + " (" + format.Pct(lang, 100*rate) + ")"
	}
	size := format.Num(lang, d.All.MeanSize, 1)
	if d.All.Groups > 0 {
		size += " (" + format.Int(lang, d.All.MinSize) + "–" + format.Int(lang, d.All.MaxSize) + ")"
	}
	return Table{
		Titles: []string{t(lang, "resultview.col.figure"), t(lang, "resultview.g.value")},
		Rows: [][]string{
			{t(lang, "resultview.g.groups"), format.Pair(lang, d.E.Groups, d.C.Groups)},
			{t(lang, "resultview.g.children"), format.Pair(lang, d.E.Children, d.C.Children)},
			{t(lang, "resultview.g.size"), size},
			{t(lang, "resultview.g.icc"), format.Num(lang, d.ICC, 2)},
			{t(lang, "resultview.g.deff"), format.Num(lang, d.All.DesignEffect, 2)},
			{t(lang, "resultview.g.neff"), format.Num(lang, d.All.EffectiveN, 0)},
			{t(lang, "resultview.g.consent"), format.Pair(lang, x.NoConsentE, x.NoConsentC)},
			{t(lang, "resultview.g.lost"), lost(a.LostE, a.StartE, a.RateE) + " / " + lost(a.LostC, a.StartC, a.RateC)},
		},
	}
}

// Primary is the primary result, the groups taken into account: the gain
// difference with CR2 errors, the ANCOVA and Welch's test on group mean
// gains, each with its estimate E − C, 95 % interval, Satterthwaite df, p
// and what it supports. Without a causal verdict (fewer than three groups
// in an arm) every conclusion is "descriptive". Columns: method,
// estimate, interval, df, p, conclusion.
func Primary(r comparison.Result, lang string) Table {
	p := r.Primary
	conclusion := func(computable bool, pv, est comparison.Float) string {
		switch {
		case !computable:
			return t(lang, "resultview.t.na")
		case !p.Causal:
			return t(lang, "resultview.p.descriptive", "min", comparison.MinGroupsForVerdict)
		case float64(pv) >= comparison.Alpha:
			return t(lang, "resultview.t.diff.ns")
		case est > 0:
			return t(lang, "resultview.p.sig.e")
		}
		return t(lang, "resultview.p.sig.c")
	}
	ci := func(lo, hi comparison.Float) string { return interval(lang, lo, hi) }
	cr2 := func(name string, x comparison.ClusteredTest) []string {
		return []string{name, format.Signed(lang, x.Estimate, 2), ci(x.CILow, x.CIHigh),
			format.Num(lang, x.DF, 1), format.PValue(lang, x.P), conclusion(x.Computable, x.P, x.Estimate)}
	}
	g := p.GroupWelch
	return Table{
		Titles: []string{t(lang, "resultview.col.method"), t(lang, "resultview.col.estimate"), t(lang, "resultview.col.ci"),
			"df", "p", t(lang, "resultview.col.conclusion")},
		Rows: [][]string{
			cr2(t(lang, "resultview.p.gain"), p.Gain),
			cr2(t(lang, "resultview.p.ancova"), p.ANCOVA),
			{t(lang, "resultview.p.groups", "e", g.NE, "c", g.NC), format.Signed(lang, g.MeanE-g.MeanC, 2), ci(g.CILow, g.CIHigh),
				format.Num(lang, g.DF, 1), format.PValue(lang, g.P), conclusion(g.Computable, g.P, g.MeanE-g.MeanC)},
		},
	}
}

// interval is a 95 % interval, "[0,18; 0,66]".
func interval(lang string, lo, hi comparison.Float) string {
	return t(lang, "resultview.p.ci", "low", format.Num(lang, lo, 2), "high", format.Num(lang, hi, 2))
}

// PrimaryGain is the primary result on one line of a table: the gain
// difference E − C with CR2 errors and its 95 % interval ("+0,42 [0,18;
// 0,66]"), and its p. Both are a dash when the difference is not
// computable or an arm has fewer than comparison.MinGroupsForVerdict
// groups (no causal reading: method and teacher are confounded).
func PrimaryGain(r comparison.Result, lang string) (diff, p string) {
	g := r.Primary.Gain
	if !g.Computable || !r.Primary.Causal {
		return format.Dash, format.Dash
	}
	return format.Signed(lang, g.Estimate, 2) + " " + interval(lang, g.CILow, g.CIHigh), format.PValue(lang, g.P)
}

// PrimaryNote explains the primary table and states the φ* convention
// once, in words.
func PrimaryNote(lang string) string { return t(lang, "resultview.note.primary") }
