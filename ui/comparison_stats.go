package ui

import (
	"strconv"

	"baulu/data"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/ui/i18n"
)

// testRows lists the tests as the table shows them — test, what it
// compares, statistic, df, p, effect size, conclusion — and the notes the
// rows refer to (why a test cannot be computed, small expected counts).
// Tests of a round nobody was scored in, and paired tests when no child was
// scored in both rounds, are left out rather than shown as dashes.
func (v *cmpView) testRows() (rows [][]string, notes []string) {
	r := v.out.res
	marks := map[string]string{}
	note := func(text string) string {
		if m, ok := marks[text]; ok {
			return m
		}
		m := superscript(len(marks) + 1)
		marks[text] = m
		notes = append(notes, m+" "+text)
		return m
	}
	na := func(reason analysis.Reason) string {
		return i18n.T("cmp.na") + note(i18n.T("cmp.reason."+reason.String()))
	}
	for _, rd := range []struct {
		name   string
		ne, nc int
		b      comparison.Between
	}{
		{v.from, r.Experimental.From.N, r.Control.From.N, r.AtFrom},
		{v.to, r.Experimental.To.N, r.Control.To.N, r.AtTo},
	} {
		if rd.ne+rd.nc == 0 {
			continue
		}
		between := i18n.T("cmp.between", "round", lowerFirst(rd.name))
		chi, mw, phi := rd.b.ChiSquare, rd.b.MannWhitney, rd.b.Phi
		if rd.ne == 0 || rd.nc == 0 {
			// One arm has nobody in this round: that, not the test's own
			// reason (e.g. φ*'s "invalid input"), is what the user needs.
			m := i18n.T("cmp.na") + note(i18n.T("cmp.reason.no_arm"))
			name := i18n.T("cmp.test.phi", "cut", r.Scope.PhiCut)
			rows = append(rows,
				[]string{i18n.T("cmp.test.chi_square"), between, dash, dash, dash, "", m},
				[]string{i18n.T("cmp.test.mann_whitney"), between, dash, "", dash, dash, m},
				[]string{name, between, dash, "", dash, "", m})
			continue
		}
		name := i18n.T("cmp.test.chi_square")
		if chi.Computable {
			concl := significance(chi.P)
			if chi.SmallExpected > 0 {
				concl += note(i18n.T("cmp.note.small_expected"))
			}
			rows = append(rows, []string{name, between, "χ² = " + fig(chi.Statistic, 2), strconv.Itoa(chi.DF), pval(chi.P), "", concl})
		} else {
			rows = append(rows, []string{name, between, dash, dash, dash, "", na(chi.Reason)})
		}
		name = i18n.T("cmp.test.mann_whitney")
		if mw.Computable {
			rows = append(rows, []string{name, between, "U = " + figTrim(mw.U, 1), "", pval(mw.P), "r = " + fig(mw.R, 2), significance(mw.P)})
		} else {
			rows = append(rows, []string{name, between, dash, "", dash, dash, na(mw.Reason)})
		}
		name = i18n.T("cmp.test.phi", "cut", r.Scope.PhiCut)
		if phi.Computable {
			concl := i18n.T("cmp.sig.no")
			if phi.Significance != analysis.NotSignificant {
				concl = i18n.T("cmp.sig.yes")
			}
			rows = append(rows, []string{name, between, "φ* = " + fig(phi.PhiStar, 2), "", phiP(phi.Significance), "", concl})
		} else {
			rows = append(rows, []string{name, between, dash, "", dash, "", na(phi.Reason)})
		}
	}
	if r.Experimental.Paired+r.Control.Paired == 0 {
		return rows, notes
	}
	for _, g := range []comparison.GroupResult{r.Experimental, r.Control} {
		w := g.Wilcoxon
		within := i18n.T("cmp.within", "arm", armAbbr(g), "from", lowerFirst(v.from), "to", lowerFirst(v.to))
		name := i18n.T("cmp.test.wilcoxon")
		if w.Computable {
			rows = append(rows, []string{name, within, "V = " + figTrim(w.V, 1) + "; Z = " + fig(w.Z, 2), "", pval(w.P),
				"r = " + fig(w.R, 2), significance(w.P)})
		} else {
			rows = append(rows, []string{name, within, dash, "", dash, dash, na(w.Reason)})
		}
	}
	g := r.Gains
	name, compared := i18n.T("cmp.test.welch"), i18n.T("cmp.gains_between")
	if g.Computable {
		rows = append(rows, []string{name, compared, "t = " + fig(g.T, 2), fig(g.DF, 1), pval(g.P), "d = " + fig(g.CohenD, 2), significance(g.P)})
	} else {
		rows = append(rows, []string{name, compared, dash, dash, dash, dash, na(g.Reason)})
	}
	return rows, notes
}

// superscript writes n (1–9 in practice) as superscript digits.
func superscript(n int) string {
	digits := []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")
	var out []rune
	for _, d := range strconv.Itoa(n) {
		out = append(out, digits[d-'0'])
	}
	return string(out)
}

// armAbbr is the arm's letter, explained under the table (Э / Б).
func armAbbr(g comparison.GroupResult) string {
	if g.Role == data.RoleControl {
		return i18n.T("cmp.abbr.C")
	}
	return i18n.T("cmp.abbr.E")
}
