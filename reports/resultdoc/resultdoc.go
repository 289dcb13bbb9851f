// Package resultdoc presents a comparison.Result in an official document,
// in Kazakh or Russian: the key figures of each arm, the table of every
// test with its outcome, and the level distribution of rounds. The
// regional and the national reports share these tables, so that the same
// comparison reads the same in both; each report adds its own numbered
// caption (the tables come without one).
package resultdoc

import (
	"fmt"
	"strconv"

	"baulu/data/text"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/docfmt"
	_ "baulu/reports/labels" // registers the labels
	"baulu/reports/pdfdoc"
)

// words is the wording of one language.
type words struct{ lang string }

func wordsFor(lang string) words { return words{lang: lang} }

// t returns the text of key from the tables' texts or the shared labels;
// a missing key shows itself, and a test makes sure none is missing.
func (w words) t(key string) string {
	m := textsKK
	if w.lang == "ru" {
		m = textsRU
	}
	if s, ok := m[key]; ok {
		return s
	}
	if s, ok := text.Lookup(w.lang, "labels."+key); ok {
		return s
	}
	return "{" + key + "}"
}

func (w words) tf(key string, args ...any) string { return fmt.Sprintf(w.t(key), args...) }

// TestsNote explains the symbols of the Tests table, for a note under it.
func TestsNote(lang string) string { return wordsFor(lang).t("note.tests") }

// Descriptive is the table of key figures per arm: groups, children
// assessed and paired, mean scores, gains and the share at level III.
// from and to name the rounds inside a sentence («бастапқы»).
func Descriptive(r comparison.Result, lang, from, to string) pdfdoc.Table {
	w := wordsFor(lang)
	e, c := r.Experimental, r.Control
	row := func(label string, fe, fc string) []string { return []string{label, fe, fc} }
	n := strconv.Itoa
	pct := func(x comparison.Float) string { return docfmt.Pct(float64(x)) }
	rows := [][]string{
		row(w.t("d.groups"), docfmt.Pair(e.Groups, e.Kindergartens), docfmt.Pair(c.Groups, c.Kindergartens)),
		row(w.tf("d.assessed", from), n(e.From.N), n(c.From.N)),
		row(w.tf("d.assessed", to), n(e.To.N), n(c.To.N)),
		row(w.t("d.paired"), n(e.Paired), n(c.Paired)),
		row(w.t("d.single"), n(e.OnlyFrom+e.OnlyTo), n(c.OnlyFrom+c.OnlyTo)),
		row(w.tf("d.mean", from), docfmt.MeanSD(e.From.Mean, e.From.SD), docfmt.MeanSD(c.From.Mean, c.From.SD)),
		row(w.tf("d.mean", to), docfmt.MeanSD(e.To.Mean, e.To.SD), docfmt.MeanSD(c.To.Mean, c.To.SD)),
		row(w.t("d.gain"), docfmt.MeanSD(e.Gain.Mean, e.Gain.SD), docfmt.MeanSD(c.Gain.Mean, c.Gain.SD)),
		row(w.tf("d.share3", from), pct(e.From.CutShare), pct(c.From.CutShare)),
		row(w.tf("d.share3", to), pct(e.To.CutShare), pct(c.To.CutShare)),
		row(w.t("d.share3.change"), docfmt.Signed(float64(e.CutShareChange), 1), docfmt.Signed(float64(c.CutShareChange), 1)),
	}
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: w.t("col.figure"), Weight: 1},
			{Title: w.t("col.arm.e"), Width: 42, Align: pdfdoc.AlignCenter},
			{Title: w.t("col.arm.c"), Width: 42, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	}
}

// Tests is the table of every test of r: χ², Mann–Whitney and φ* in each
// round, Wilcoxon within each arm, Welch on the gains and the
// difference-in-differences, each with its outcome at α = 0.05.
func Tests(r comparison.Result, lang, from, to string) pdfdoc.Table {
	w := wordsFor(lang)
	rows := w.betweenRows(r.AtFrom, from)
	rows = append(rows, w.betweenRows(r.AtTo, to)...)
	rows = append(rows,
		w.wilcoxonRow(r.Experimental.Wilcoxon, w.tf("t.wilcoxon.what", w.t("arm.e.short"), from, to)),
		w.wilcoxonRow(r.Control.Wilcoxon, w.tf("t.wilcoxon.what", w.t("arm.c.short"), from, to)),
		w.welchRow(r.Gains),
		w.didRow(r))
	return w.testsTable(rows)
}

// BaselineTests is Tests limited to the first round, for when no later
// round has scores yet.
func BaselineTests(r comparison.Result, lang, from string) pdfdoc.Table {
	w := wordsFor(lang)
	return w.testsTable(w.betweenRows(r.AtFrom, from))
}

func (w words) testsTable(rows [][]string) pdfdoc.Table {
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: w.t("col.test"), Weight: 1.1},
			{Title: w.t("col.compared"), Weight: 1.4},
			{Title: w.t("col.statistic"), Width: 33, Align: pdfdoc.AlignCenter},
			{Title: "p", Width: 17, Align: pdfdoc.AlignCenter},
			{Title: w.t("col.effect"), Width: 20, Align: pdfdoc.AlignCenter},
			{Title: w.t("col.conclusion"), Weight: 1},
		},
		Rows: rows,
	}
}

// verdictCell words a test's outcome at α = 0.05.
func (w words) verdictCell(ok bool, p comparison.Float, reason analysis.Reason, key string) string {
	if !ok {
		return w.t("reason." + reason.String())
	}
	if float64(p) < comparison.Alpha {
		return w.t(key + ".sig")
	}
	return w.t(key + ".ns")
}

func (w words) betweenRows(t comparison.Between, round string) [][]string {
	chi, mw, phi := t.ChiSquare, t.MannWhitney, t.Phi
	na, dash, f := w.t("t.na"), docfmt.Dash, docfmt.Float
	rows := make([][]string, 0, 3)
	if chi.Computable {
		rows = append(rows, []string{w.t("t.chi"), w.tf("t.chi.what", round),
			"χ² = " + f(chi.Statistic, 2) + "\ndf = " + strconv.Itoa(chi.DF), docfmt.PValue(float64(chi.P)), dash,
			w.verdictCell(true, chi.P, chi.Reason, "t.diff")})
	} else {
		rows = append(rows, []string{w.t("t.chi"), w.tf("t.chi.what", round), na, dash, dash,
			w.verdictCell(false, chi.P, chi.Reason, "t.diff")})
	}
	if mw.Computable {
		rows = append(rows, []string{w.t("t.mw"), w.tf("t.mw.what", round),
			"U = " + docfmt.Trim(float64(mw.U), 1) + "\nZ = " + f(mw.Z, 2), docfmt.PValue(float64(mw.P)), "r = " + f(mw.R, 2),
			w.verdictCell(true, mw.P, mw.Reason, "t.diff")})
	} else {
		rows = append(rows, []string{w.t("t.mw"), w.tf("t.mw.what", round), na, dash, dash,
			w.verdictCell(false, mw.P, mw.Reason, "t.diff")})
	}
	if phi.Computable {
		verdict := w.t("t.diff.ns")
		if phi.Significance != analysis.NotSignificant {
			verdict = w.t("t.diff.sig")
		}
		rows = append(rows, []string{w.t("t.phi"), w.tf("t.phi.what", round),
			"φ* = " + f(phi.PhiStar, 2), docfmt.PhiP(phi.Significance), dash, verdict})
	} else {
		rows = append(rows, []string{w.t("t.phi"), w.tf("t.phi.what", round), na, dash, dash,
			w.t("reason." + phi.Reason.String())})
	}
	return rows
}

func (w words) wilcoxonRow(x comparison.WilcoxonTest, what string) []string {
	if !x.Computable {
		return []string{w.t("t.wilcoxon"), what, w.t("t.na"), docfmt.Dash, docfmt.Dash, w.t("reason." + x.Reason.String())}
	}
	return []string{w.t("t.wilcoxon"), what, "V = " + docfmt.Trim(float64(x.V), 1) + "\nZ = " + docfmt.Float(x.Z, 2),
		docfmt.PValue(float64(x.P)), "r = " + docfmt.Float(x.R, 2), w.verdictCell(true, x.P, x.Reason, "t.change")}
}

func (w words) welchRow(x comparison.WelchTest) []string {
	if !x.Computable {
		return []string{w.t("t.welch"), w.t("t.welch.what"), w.t("t.na"), docfmt.Dash, docfmt.Dash, w.t("reason." + x.Reason.String())}
	}
	return []string{w.t("t.welch"), w.t("t.welch.what"), "t = " + docfmt.Float(x.T, 2) + "\ndf = " + docfmt.Float(x.DF, 1),
		docfmt.PValue(float64(x.P)), "d = " + docfmt.Float(x.CohenD, 2), w.verdictCell(true, x.P, x.Reason, "t.diff")}
}

func (w words) didRow(r comparison.Result) []string {
	x := r.Gains
	if r.DiD.NaN() {
		return []string{w.t("t.did"), w.t("t.did.what"), w.t("t.na"), docfmt.Dash, docfmt.Dash, docfmt.Dash}
	}
	stat := "DiD = " + docfmt.Float(r.DiD, 2)
	if x.Computable {
		stat += "\n" + w.tf("t.ci", docfmt.Float(x.CILow, 2), docfmt.Float(x.CIHigh, 2))
	}
	return []string{w.t("t.did"), w.t("t.did.what"), stat, docfmt.Dash, docfmt.Dash, w.t("t.did.see")}
}
