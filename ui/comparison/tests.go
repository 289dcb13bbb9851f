package comparison

import (
	"strconv"

	"baulu/data"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/ui/i18n"
	"baulu/ui/kit"
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
		between := i18n.T("cmp.between", "round", kit.LowerFirst(rd.name))
		chi, mw, phi := rd.b.ChiSquare, rd.b.MannWhitney, rd.b.Phi
		if rd.ne == 0 || rd.nc == 0 {
			// One arm has nobody in this round: that, not the test's own
			// reason (e.g. φ*'s "invalid input"), is what the user needs.
			m := i18n.T("cmp.na") + note(i18n.T("cmp.reason.no_arm"))
			name := i18n.T("cmp.test.phi", "cut", r.Scope.PhiCut)
			rows = append(rows,
				[]string{i18n.T("cmp.test.chi_square"), between, format.Dash, format.Dash, format.Dash, "", m},
				[]string{i18n.T("cmp.test.mann_whitney"), between, format.Dash, "", format.Dash, format.Dash, m},
				[]string{name, between, format.Dash, "", format.Dash, "", m})
			continue
		}
		name := i18n.T("cmp.test.chi_square")
		if chi.Computable {
			concl := significance(chi.P)
			if chi.SmallExpected > 0 {
				concl += note(i18n.T("cmp.note.small_expected"))
			}
			rows = append(rows, []string{name, between, "χ² = " + format.Num(i18n.Current(), chi.Statistic, 2), strconv.Itoa(chi.DF), format.PValue(i18n.Current(), chi.P), "", concl})
		} else {
			rows = append(rows, []string{name, between, format.Dash, format.Dash, format.Dash, "", na(chi.Reason)})
		}
		name = i18n.T("cmp.test.mann_whitney")
		if mw.Computable {
			rows = append(rows, []string{name, between, "U = " + format.Trim(i18n.Current(), mw.U, 1), "", format.PValue(i18n.Current(), mw.P), "r = " + format.Num(i18n.Current(), mw.R, 2), significance(mw.P)})
		} else {
			rows = append(rows, []string{name, between, format.Dash, "", format.Dash, format.Dash, na(mw.Reason)})
		}
		name = i18n.T("cmp.test.phi", "cut", r.Scope.PhiCut)
		if phi.Computable {
			concl := i18n.T("cmp.sig.no")
			if phi.Significance != analysis.NotSignificant {
				concl = i18n.T("cmp.sig.yes")
			}
			rows = append(rows, []string{name, between, "φ* = " + format.Num(i18n.Current(), phi.PhiStar, 2), "", format.PhiPValue(i18n.Current(), phi.Significance), "", concl})
		} else {
			rows = append(rows, []string{name, between, format.Dash, "", format.Dash, "", na(phi.Reason)})
		}
	}
	if r.Experimental.Paired+r.Control.Paired == 0 {
		return rows, notes
	}
	for _, g := range []comparison.GroupResult{r.Experimental, r.Control} {
		w := g.Wilcoxon
		within := i18n.T("cmp.within", "arm", armAbbr(g), "from", kit.LowerFirst(v.from), "to", kit.LowerFirst(v.to))
		name := i18n.T("cmp.test.wilcoxon")
		if w.Computable {
			rows = append(rows, []string{name, within, "V = " + format.Trim(i18n.Current(), w.V, 1) + "; Z = " + format.Num(i18n.Current(), w.Z, 2), "", format.PValue(i18n.Current(), w.P),
				"r = " + format.Num(i18n.Current(), w.R, 2), significance(w.P)})
		} else {
			rows = append(rows, []string{name, within, format.Dash, "", format.Dash, format.Dash, na(w.Reason)})
		}
	}
	g := r.Gains
	name, compared := i18n.T("cmp.test.welch"), i18n.T("cmp.gains_between")
	if g.Computable {
		rows = append(rows, []string{name, compared, "t = " + format.Num(i18n.Current(), g.T, 2), format.Num(i18n.Current(), g.DF, 1), format.PValue(i18n.Current(), g.P), "d = " + format.Num(i18n.Current(), g.CohenD, 2), significance(g.P)})
	} else {
		rows = append(rows, []string{name, compared, format.Dash, format.Dash, format.Dash, format.Dash, na(g.Reason)})
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
