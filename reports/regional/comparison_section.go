package regional

import (
	"math"
	"strconv"

	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/pdfdoc"
)

// comparisonSection is section 5: E vs C with every test and the verdict.
func (b *builder) comparisonSection() {
	f, m := b.f, &b.f.mon
	b.doc.Section(1, b.t("s5"))
	switch {
	case m.main != nil:
	case m.base != nil && m.scored():
		b.baselineOnly(*m.base)
		return
	default:
		b.missing("s5.no_data")
		return
	}
	r := *m.main
	from, to := m.baseline.Name(f.opts.Lang), m.to.Name(f.opts.Lang)
	b.para(b.tf("s5.intro", from, to))
	b.doc.Section(2, b.t("s5.1"))
	b.descriptive(r, lower(from), lower(to))
	b.doc.Section(2, b.t("s5.2"))
	b.tests(r, lower(from), lower(to), false)
	b.note(b.t("note.tests"))
	b.doc.Section(2, b.t("s5.3"))
	for _, s := range comparison.Verdict(r, f.opts.Lang) {
		b.para(s)
	}
	if f.opts.Kind == Regional && len(m.summary) > 0 {
		b.doc.Section(2, b.t("s5.4"))
		b.para(b.tf("s5.summary", lower(from), lower(to)))
		b.summaryTable(comparison.RowKindergarten, "s5.kg.table", "col.kindergarten")
		b.summaryTable(comparison.RowIndicator, "s5.ind.table", "col.indicator")
		b.note(b.t("note.summary"))
	}
}

// baselineOnly compares the arms at the baseline, when no later round of
// the period has scores yet.
func (b *builder) baselineOnly(r comparison.Result) {
	from := lower(b.f.mon.baseline.Name(b.f.opts.Lang))
	b.para(b.t("s5.baseline_only"))
	b.tests(r, from, "", true)
	chi, mw := r.AtFrom.ChiSquare, r.AtFrom.MannWhitney
	switch {
	case !chi.Computable && !mw.Computable:
		b.para(b.t("s5.baseline.na"))
	case significant(chi.Computable, chi.P) || significant(mw.Computable, mw.P):
		b.para(b.tf("s5.baseline.differ", pval(float64(chi.P)), pval(float64(mw.P))))
	default:
		b.para(b.tf("s5.baseline.same", pval(float64(chi.P)), pval(float64(mw.P))))
	}
	b.note(b.t("note.tests"))
}

func significant(ok bool, p comparison.Float) bool { return ok && float64(p) < comparison.Alpha }

// descriptive is the table of key figures per arm.
func (b *builder) descriptive(r comparison.Result, from, to string) {
	e, c := r.Experimental, r.Control
	row := func(label string, fe, fc string) []string { return []string{label, fe, fc} }
	n := func(x int) string { return strconv.Itoa(x) }
	rows := [][]string{
		row(b.t("d.groups"), pair(e.Groups, e.Kindergartens), pair(c.Groups, c.Kindergartens)),
		row(b.tf("d.assessed", from), n(e.From.N), n(c.From.N)),
		row(b.tf("d.assessed", to), n(e.To.N), n(c.To.N)),
		row(b.t("d.paired"), n(e.Paired), n(c.Paired)),
		row(b.t("d.single"), n(e.OnlyFrom+e.OnlyTo), n(c.OnlyFrom+c.OnlyTo)),
		row(b.tf("d.mean", from), meanSD(e.From.Mean, e.From.SD), meanSD(c.From.Mean, c.From.SD)),
		row(b.tf("d.mean", to), meanSD(e.To.Mean, e.To.SD), meanSD(c.To.Mean, c.To.SD)),
		row(b.t("d.gain"), meanSD(e.Gain.Mean, e.Gain.SD), meanSD(c.Gain.Mean, c.Gain.SD)),
		row(b.tf("d.share3", from), pct(float64(e.From.CutShare)), pct(float64(c.From.CutShare))),
		row(b.tf("d.share3", to), pct(float64(e.To.CutShare)), pct(float64(c.To.CutShare))),
		row(b.t("d.share3.change"), signed(float64(e.CutShareChange), 1), signed(float64(c.CutShareChange), 1)),
	}
	b.table("s5.desc.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.t("col.figure"), Weight: 1},
			{Title: b.t("col.arm.e"), Width: 42, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.arm.c"), Width: 42, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
}

// tests is the table of every test; onlyFrom keeps the first round's rows.
func (b *builder) tests(r comparison.Result, from, to string, onlyFrom bool) {
	rows := b.betweenRows(r.AtFrom, from)
	if !onlyFrom {
		rows = append(rows, b.betweenRows(r.AtTo, to)...)
		rows = append(rows,
			b.wilcoxonRow(r.Experimental.Wilcoxon, b.tf("t.wilcoxon.what", b.t("arm.e.short"), from, to)),
			b.wilcoxonRow(r.Control.Wilcoxon, b.tf("t.wilcoxon.what", b.t("arm.c.short"), from, to)),
			b.welchRow(r.Gains),
			b.didRow(r))
	}
	b.table("s5.tests.table", pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.t("col.test"), Weight: 1.1},
			{Title: b.t("col.compared"), Weight: 1.4},
			{Title: b.t("col.statistic"), Width: 33, Align: pdfdoc.AlignCenter},
			{Title: "p", Width: 17, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.effect"), Width: 20, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.conclusion"), Weight: 1},
		},
		Rows: rows,
	})
}

// verdictCell words a test's outcome at α = 0.05.
func (b *builder) verdictCell(ok bool, p comparison.Float, reason analysis.Reason, key string) string {
	if !ok {
		return b.t("reason." + reason.String())
	}
	if float64(p) < comparison.Alpha {
		return b.t(key + ".sig")
	}
	return b.t(key + ".ns")
}

func (b *builder) betweenRows(t comparison.Between, round string) [][]string {
	chi, mw, phi := t.ChiSquare, t.MannWhitney, t.Phi
	na := b.t("t.na")
	rows := make([][]string, 0, 3)
	if chi.Computable {
		rows = append(rows, []string{b.t("t.chi"), b.tf("t.chi.what", round),
			"χ² = " + fnum(chi.Statistic, 2) + "\ndf = " + strconv.Itoa(chi.DF), pval(float64(chi.P)), dash,
			b.verdictCell(true, chi.P, chi.Reason, "t.diff")})
	} else {
		rows = append(rows, []string{b.t("t.chi"), b.tf("t.chi.what", round), na, dash, dash,
			b.verdictCell(false, chi.P, chi.Reason, "t.diff")})
	}
	if mw.Computable {
		rows = append(rows, []string{b.t("t.mw"), b.tf("t.mw.what", round),
			"U = " + trim(float64(mw.U), 1) + "\nZ = " + fnum(mw.Z, 2), pval(float64(mw.P)), "r = " + fnum(mw.R, 2),
			b.verdictCell(true, mw.P, mw.Reason, "t.diff")})
	} else {
		rows = append(rows, []string{b.t("t.mw"), b.tf("t.mw.what", round), na, dash, dash,
			b.verdictCell(false, mw.P, mw.Reason, "t.diff")})
	}
	if phi.Computable {
		verdict := b.t("t.diff.ns")
		if phi.Significance != analysis.NotSignificant {
			verdict = b.t("t.diff.sig")
		}
		rows = append(rows, []string{b.t("t.phi"), b.tf("t.phi.what", round),
			"φ* = " + fnum(phi.PhiStar, 2), b.phiP(phi.Significance), dash, verdict})
	} else {
		rows = append(rows, []string{b.t("t.phi"), b.tf("t.phi.what", round), na, dash, dash,
			b.t("reason." + phi.Reason.String())})
	}
	return rows
}

// phiP words φ*'s significance by its critical values.
func (b *builder) phiP(s analysis.Significance) string {
	switch s {
	case analysis.SignificantAt01:
		return "≤ " + num(0.01, 2)
	case analysis.SignificantAt05:
		return "≤ " + num(0.05, 2)
	}
	return "> " + num(0.05, 2)
}

func (b *builder) wilcoxonRow(w comparison.WilcoxonTest, what string) []string {
	if !w.Computable {
		return []string{b.t("t.wilcoxon"), what, b.t("t.na"), dash, dash, b.t("reason." + w.Reason.String())}
	}
	return []string{b.t("t.wilcoxon"), what, "V = " + trim(float64(w.V), 1) + "\nZ = " + fnum(w.Z, 2),
		pval(float64(w.P)), "r = " + fnum(w.R, 2), b.verdictCell(true, w.P, w.Reason, "t.change")}
}

func (b *builder) welchRow(w comparison.WelchTest) []string {
	if !w.Computable {
		return []string{b.t("t.welch"), b.t("t.welch.what"), b.t("t.na"), dash, dash, b.t("reason." + w.Reason.String())}
	}
	return []string{b.t("t.welch"), b.t("t.welch.what"), "t = " + fnum(w.T, 2) + "\ndf = " + fnum(w.DF, 1),
		pval(float64(w.P)), "d = " + fnum(w.CohenD, 2), b.verdictCell(true, w.P, w.Reason, "t.diff")}
}

func (b *builder) didRow(r comparison.Result) []string {
	w := r.Gains
	if r.DiD.NaN() {
		return []string{b.t("t.did"), b.t("t.did.what"), b.t("t.na"), dash, dash, dash}
	}
	stat := "DiD = " + fnum(r.DiD, 2)
	if w.Computable {
		stat += "\n" + b.tf("t.ci", fnum(w.CILow, 2), fnum(w.CIHigh, 2))
	}
	return []string{b.t("t.did"), b.t("t.did.what"), stat, dash, dash, b.t("t.did.see")}
}

// summaryTable lists the summary rows of one kind (kindergarten or
// indicator), in the summary's order (largest DiD first).
func (b *builder) summaryTable(kind, captionKey, nameKey string) {
	f := b.f
	names := map[int64]string{}
	for _, in := range f.inds {
		names[in.ID] = in.Code + " – " + in.Name(f.opts.Lang)
	}
	var rows [][]string
	for _, r := range f.mon.summary {
		if r.Kind != kind {
			continue
		}
		name := f.kgLabel(r.KindergartenID)
		if kind == comparison.RowIndicator {
			name = names[r.IndicatorID]
			if name == "" {
				name = r.IndicatorCode
			}
		}
		phi := fnum(r.PhiStar, 2)
		if r.PhiSignificance != analysis.NotSignificant && !r.PhiStar.NaN() {
			phi += "*"
		}
		rows = append(rows, []string{name, pair(r.PairedE, r.PairedC), signedF(r.GainE), signedF(r.GainC),
			signedF(r.DiD), phi, pval(float64(r.WelchP))})
	}
	b.table(captionKey, pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: b.t(nameKey), Weight: 1},
			{Title: b.t("col.pairs"), Width: 20, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.gain.e"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.gain.c"), Width: 18, Align: pdfdoc.AlignCenter},
			{Title: "DiD", Width: 17, Align: pdfdoc.AlignCenter},
			{Title: "φ*", Width: 16, Align: pdfdoc.AlignCenter},
			{Title: b.t("col.p.welch"), Width: 20, Align: pdfdoc.AlignCenter},
		},
		Rows: rows,
	})
}

func signedF(x comparison.Float) string {
	if math.IsNaN(float64(x)) {
		return dash
	}
	return signed(float64(x), 2)
}
