// Package resultdoc presents a comparison.Result in an official document,
// in Kazakh or Russian: the key figures of each arm, the table of every
// test with its outcome, and the level distribution of rounds. The
// regional and the national reports share these tables, so that the same
// comparison reads the same in both; each report adds its own numbered
// caption (the tables come without one). Its wording is the catalogue's
// "resultdoc." texts (texts/*.json); figures are written by reports/format.
package resultdoc

import (
	"embed"

	"baulu/data/text"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/format"
	_ "baulu/reports/labels" // the reasons a test was not computed
	"baulu/reports/pdfdoc"
)

//go:embed texts
var texts embed.FS

func init() { text.MustRegister("resultdoc", texts, "texts") }

// TestsNote explains the symbols of the Tests table, for a note under it.
func TestsNote(lang string) string { return text.T(lang, "resultdoc.note.tests") }

// Descriptive is the table of key figures per arm: groups, children
// assessed and paired, mean scores, gains and the share at level III.
// from and to name the rounds inside a sentence («бастапқы»).
func Descriptive(r comparison.Result, lang, from, to string) pdfdoc.Table {
	e, c := r.Experimental, r.Control
	row := func(label string, fe, fc string) []string { return []string{label, fe, fc} }
	n := func(k int) string { return format.Int(lang, k) }
	pct := func(x comparison.Float) string { return format.Pct(lang, x) }
	meanSD := func(m, sd comparison.Float) string { return format.MeanSD(lang, m, sd) }
	rows := [][]string{
		row(text.T(lang, "resultdoc.d.groups"), format.Pair(lang, e.Groups, e.Kindergartens), format.Pair(lang, c.Groups, c.Kindergartens)),
		row(text.T(lang, "resultdoc.d.assessed", "round", from), n(e.From.N), n(c.From.N)),
		row(text.T(lang, "resultdoc.d.assessed", "round", to), n(e.To.N), n(c.To.N)),
		row(text.T(lang, "resultdoc.d.paired"), n(e.Paired), n(c.Paired)),
		row(text.T(lang, "resultdoc.d.single"), n(e.OnlyFrom+e.OnlyTo), n(c.OnlyFrom+c.OnlyTo)),
		row(text.T(lang, "resultdoc.d.mean", "round", from), meanSD(e.From.Mean, e.From.SD), meanSD(c.From.Mean, c.From.SD)),
		row(text.T(lang, "resultdoc.d.mean", "round", to), meanSD(e.To.Mean, e.To.SD), meanSD(c.To.Mean, c.To.SD)),
		row(text.T(lang, "resultdoc.d.gain"), meanSD(e.Gain.Mean, e.Gain.SD), meanSD(c.Gain.Mean, c.Gain.SD)),
		row(text.T(lang, "resultdoc.d.share3", "round", from), pct(e.From.CutShare), pct(c.From.CutShare)),
		row(text.T(lang, "resultdoc.d.share3", "round", to), pct(e.To.CutShare), pct(c.To.CutShare)),
		row(text.T(lang, "resultdoc.d.share3.change"), format.Signed(lang, e.CutShareChange, 1), format.Signed(lang, c.CutShareChange, 1)),
	}
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: text.T(lang, "resultdoc.col.figure"), Weight: 1},
			{Title: text.T(lang, "resultdoc.col.arm.e"), Width: 42, Align: pdfdoc.AlignCenter},
			{Title: text.T(lang, "resultdoc.col.arm.c"), Width: 42, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	}
}

// Tests is the table of every test of r: χ², Mann–Whitney and φ* in each
// round, Wilcoxon within each arm, Welch on the gains and the
// difference-in-differences, each with its outcome at α = 0.05.
func Tests(r comparison.Result, lang, from, to string) pdfdoc.Table {
	w := words(lang)
	rows := w.betweenRows(r.AtFrom, from)
	rows = append(rows, w.betweenRows(r.AtTo, to)...)
	rows = append(rows,
		w.wilcoxonRow(r.Experimental.Wilcoxon, w.t("resultdoc.t.wilcoxon.what", "arm", w.t("resultdoc.arm.e.short"), "from", from, "to", to)),
		w.wilcoxonRow(r.Control.Wilcoxon, w.t("resultdoc.t.wilcoxon.what", "arm", w.t("resultdoc.arm.c.short"), "from", from, "to", to)),
		w.welchRow(r.Gains),
		w.didRow(r))
	return w.testsTable(rows)
}

// BaselineTests is Tests limited to the first round, for when no later
// round has scores yet.
func BaselineTests(r comparison.Result, lang, from string) pdfdoc.Table {
	w := words(lang)
	return w.testsTable(w.betweenRows(r.AtFrom, from))
}

// words writes the cells of the Tests table in one language.
type words string

func (w words) t(key string, args ...any) string { return text.T(string(w), key, args...) }

func (w words) testsTable(rows [][]string) pdfdoc.Table {
	return pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: w.t("resultdoc.col.test"), Weight: 1.1},
			{Title: w.t("resultdoc.col.compared"), Weight: 1.4},
			{Title: w.t("resultdoc.col.statistic"), Width: 33, Align: pdfdoc.AlignCenter},
			{Title: "p", Width: 17, Align: pdfdoc.AlignCenter},
			{Title: w.t("resultdoc.col.effect"), Width: 20, Align: pdfdoc.AlignCenter},
			{Title: w.t("resultdoc.col.conclusion"), Weight: 1},
		},
		Rows: rows,
	}
}

// reason words why a test could not be computed.
func (w words) reason(r analysis.Reason) string { return w.t("labels.reason." + r.String()) }

// difference words a between-groups test's outcome at α = 0.05.
func (w words) difference(p comparison.Float) string {
	if float64(p) < comparison.Alpha {
		return w.t("resultdoc.t.diff.sig")
	}
	return w.t("resultdoc.t.diff.ns")
}

// na is the row of a test that could not be computed.
func (w words) na(name, what string, why analysis.Reason) []string {
	return []string{name, what, w.t("resultdoc.t.na"), format.Dash, format.Dash, w.reason(why)}
}

func (w words) betweenRows(t comparison.Between, round string) [][]string {
	lang := string(w)
	chi, mw, phi := t.ChiSquare, t.MannWhitney, t.Phi
	rows := make([][]string, 0, 3)
	name, what := w.t("labels.term.test.chi"), w.t("resultdoc.t.chi.what", "round", round)
	if chi.Computable {
		rows = append(rows, []string{name, what,
			format.Stat(lang, "χ²", chi.Statistic, 2) + "\n" + format.Stat(lang, "df", float64(chi.DF), 0),
			format.PValue(lang, chi.P), format.Dash, w.difference(chi.P)})
	} else {
		rows = append(rows, w.na(name, what, chi.Reason))
	}
	name, what = w.t("labels.term.test.mw"), w.t("resultdoc.t.mw.what", "round", round)
	if mw.Computable {
		rows = append(rows, []string{name, what,
			format.StatTrim(lang, "U", mw.U, 1) + "\n" + format.Stat(lang, "Z", mw.Z, 2),
			format.PValue(lang, mw.P), format.Stat(lang, "r", mw.R, 2), w.difference(mw.P)})
	} else {
		rows = append(rows, w.na(name, what, mw.Reason))
	}
	name, what = w.t("labels.term.test.phi"), w.t("resultdoc.t.phi.what", "round", round)
	if phi.Computable {
		verdict := w.t("resultdoc.t.diff.ns")
		if phi.Significance != analysis.NotSignificant {
			verdict = w.t("resultdoc.t.diff.sig")
		}
		rows = append(rows, []string{name, what, format.Phi(lang, phi.PhiStar),
			format.PhiPValue(lang, phi.Significance), format.Dash, verdict})
	} else {
		rows = append(rows, w.na(name, what, phi.Reason))
	}
	return rows
}

func (w words) wilcoxonRow(x comparison.WilcoxonTest, what string) []string {
	lang, name := string(w), w.t("labels.term.test.wilcoxon")
	if !x.Computable {
		return w.na(name, what, x.Reason)
	}
	change := w.t("resultdoc.t.change.ns")
	if float64(x.P) < comparison.Alpha {
		change = w.t("resultdoc.t.change.sig")
	}
	return []string{name, what, format.StatTrim(lang, "V", x.V, 1) + "\n" + format.Stat(lang, "Z", x.Z, 2),
		format.PValue(lang, x.P), format.Stat(lang, "r", x.R, 2), change}
}

func (w words) welchRow(x comparison.WelchTest) []string {
	lang, name, what := string(w), w.t("labels.term.test.welch"), w.t("resultdoc.t.welch.what")
	if !x.Computable {
		return w.na(name, what, x.Reason)
	}
	return []string{name, what, format.Stat(lang, "t", x.T, 2) + "\n" + format.Stat(lang, "df", x.DF, 1),
		format.PValue(lang, x.P), format.Stat(lang, "d", x.CohenD, 2), w.difference(x.P)}
}

func (w words) didRow(r comparison.Result) []string {
	lang, x := string(w), r.Gains
	name, what := w.t("labels.term.test.did"), w.t("resultdoc.t.did.what")
	if r.DiD.NaN() {
		return []string{name, what, w.t("resultdoc.t.na"), format.Dash, format.Dash, format.Dash}
	}
	stat := format.Stat(lang, w.t("labels.term.did.symbol"), r.DiD, 2)
	if x.Computable {
		stat += "\n" + w.t("resultdoc.t.ci", "low", format.Num(lang, x.CILow, 2), "high", format.Num(lang, x.CIHigh, 2))
	}
	return []string{name, what, stat, format.Dash, format.Dash, w.t("resultdoc.t.did.see")}
}
