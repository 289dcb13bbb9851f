package comparison

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"baulu/data"
	"baulu/reports/analysis"
)

// Verdict words a result as short plain sentences in lang ("kk", "ru",
// "en"; anything else gives Kazakh). Each sentence states a figure and what
// its test supports, nothing more: a non-significant test says that no
// significant difference was found, small samples make the conclusions
// tentative, a baseline difference says the groups were not comparable.
// Numbers use a decimal comma in kk and ru.
func Verdict(r Result, lang string) []string {
	v := verdict{r: r, lang: lang}
	if r.NoData {
		return []string{v.t(WarnNoData)}
	}
	e, c := &r.Experimental, &r.Control
	if e.Children == 0 || c.Children == 0 {
		if e.Children == 0 {
			v.add(v.t(WarnNoExperimental))
		} else {
			v.add(v.t(WarnNoControl))
		}
		present := e
		if e.Children == 0 {
			present = c
		}
		if !r.Has(WarnRoundEmpty) {
			v.add(v.f("wilcoxon.one", v.wilcoxonClause(present)))
		}
		v.caveats()
		return v.out
	}

	fromBoth := e.From.N > 0 && c.From.N > 0
	toBoth := e.To.N > 0 && c.To.N > 0
	if fromBoth {
		v.baseline()
	}
	for _, w := range r.Warnings {
		if w.Code == WarnRoundEmpty {
			v.add(v.f(WarnRoundEmpty, v.t("at."+w.Round)))
		}
	}
	if fromBoth && toBoth {
		v.share()
	}
	if toBoth {
		v.endTests()
	}
	if e.Paired > 0 && c.Paired > 0 {
		v.gains()
	}
	if !r.Has(WarnRoundEmpty) {
		v.add(v.f("wilcoxon", v.wilcoxonClause(e), v.wilcoxonClause(c)))
	}
	v.caveats()
	return v.out
}

// verdict accumulates sentences for one result and language.
type verdict struct {
	r    Result
	lang string
	out  []string
}

func (v *verdict) t(key string) string { return text(v.lang, key) }

func (v *verdict) f(key string, args ...any) string { return fmt.Sprintf(v.t(key), args...) }

// add appends a sentence with its first letter capitalised (templates may
// start with an inserted phrase).
func (v *verdict) add(s string) {
	r, n := utf8.DecodeRuneInString(s)
	v.out = append(v.out, string(unicode.ToUpper(r))+s[n:])
}

// loc and gen give the arm's noun phrase, singular when it has one group.
func (v *verdict) loc(g *GroupResult) string { return v.t(armKey(g) + ".loc" + number(g)) }
func (v *verdict) gen(g *GroupResult) string { return v.t(armKey(g) + ".gen" + number(g)) }

func armKey(g *GroupResult) string {
	if g.Role == data.RoleControl {
		return "C"
	}
	return "E"
}

func number(g *GroupResult) string {
	if g.Groups == 1 {
		return ".sg"
	}
	return ".pl"
}

// baseline says whether the arms differed in the first round.
func (v *verdict) baseline() {
	chi, mw := v.r.AtFrom.ChiSquare, v.r.AtFrom.MannWhitney
	if v.r.Has(WarnBaselineDifference) {
		var parts []string
		if chi.Computable && chi.P < Alpha {
			parts = append(parts, v.chiFigures(chi))
		}
		if mw.Computable && mw.P < Alpha {
			parts = append(parts, v.t("name.mw")+": "+v.mwFigures(mw))
		}
		v.add(v.f(WarnBaselineDifference, strings.Join(parts, "; ")))
		return
	}
	switch {
	case chi.Computable:
		v.add(v.f("baseline.same", v.chiFigures(chi)))
	case mw.Computable:
		v.add(v.f("baseline.same", v.t("name.mw")+": "+v.mwFigures(mw)))
	}
}

// share reports the change of the share at the φ* cut and φ* at the end.
func (v *verdict) share() {
	e, c := &v.r.Experimental, &v.r.Control
	phi := v.r.AtTo.Phi
	figures := "φ* = " + v.num(math.Abs(float64(phi.PhiStar)), 2) + "; " + v.phiP(phi.Significance)
	var test string
	switch {
	case phi.Significance == analysis.NotSignificant:
		test = v.f("phi.ns", "", figures)
	case phi.PhiStar > 0:
		test = v.f("phi.sig", v.gen(e), figures)
	default:
		test = v.f("phi.sig", v.gen(c), figures)
	}
	v.add(v.f("share", v.t("share.subj."+v.r.Scope.PhiCut), v.shareClause(e), v.shareClause(c), test))
}

func (v *verdict) shareClause(g *GroupResult) string {
	before, after := float64(g.From.CutShare), float64(g.To.CutShare)
	key := changeKey("share", round1(after)-round1(before))
	return v.f(key, v.loc(g), v.points(math.Abs(after-before)), v.pct(before), v.pct(after))
}

// endTests reports χ² and Mann–Whitney in the second round.
func (v *verdict) endTests() {
	chi := v.r.AtTo.ChiSquare
	switch {
	case chi.Computable && chi.P < Alpha:
		v.add(v.f("chi.sig", v.chiFigures(chi)))
	case chi.Computable:
		v.add(v.f("chi.ns", v.chiFigures(chi)))
	case chi.Reason == analysis.ReasonOneLevel:
		v.add(v.t("chi.one_level"))
	}
	mw := v.r.AtTo.MannWhitney
	switch {
	case !mw.Computable:
	case mw.P >= Alpha:
		v.add(v.f("mw.ns", "", v.mwFigures(mw)))
	case mw.Z > 0:
		v.add(v.f("mw.sig", v.loc(&v.r.Experimental), v.mwFigures(mw)))
	default:
		v.add(v.f("mw.sig", v.loc(&v.r.Control), v.mwFigures(mw)))
	}
}

// gains reports the mean change of paired children and Welch's test.
func (v *verdict) gains() {
	e, c := &v.r.Experimental, &v.r.Control
	w := v.r.Gains
	var test string
	switch {
	case !w.Computable:
		test = v.t("welch.na")
	case w.P >= Alpha:
		test = v.f("welch.ns", "", "", v.welchFigures(w))
	case v.r.DiD > 0:
		test = v.f("welch.sig", v.gen(e), v.num(math.Abs(float64(v.r.DiD)), 2), v.welchFigures(w))
	default:
		test = v.f("welch.sig", v.gen(c), v.num(math.Abs(float64(v.r.DiD)), 2), v.welchFigures(w))
	}
	v.add(v.f("gain", v.gainClause(e), v.gainClause(c), test))
}

func (v *verdict) gainClause(g *GroupResult) string {
	gain := float64(g.Gain.Mean)
	key := changeKey("gain", math.Round(gain*100)/100)
	return v.f(key, v.loc(g), v.num(math.Abs(gain), 2), v.num(float64(g.PairedFromMean), 2), v.num(float64(g.PairedToMean), 2))
}

// changeKey picks the .up / .down / .same variant on the displayed change,
// so a change that rounds to zero is not called growth.
func changeKey(prefix string, shown float64) string {
	switch {
	case shown > 0:
		return prefix + ".up"
	case shown < 0:
		return prefix + ".down"
	}
	return prefix + ".same"
}

func (v *verdict) wilcoxonClause(g *GroupResult) string {
	w := g.Wilcoxon
	switch {
	case w.Pairs == 0:
		return v.f("wx.nopairs", v.loc(g))
	case !w.Computable:
		return v.f("wx.nochange", v.loc(g))
	case w.P >= Alpha:
		return v.f("wx.ns", v.loc(g), v.pValue(float64(w.P)))
	case w.Z > 0:
		return v.f("wx.up", v.loc(g), v.pValue(float64(w.P)))
	}
	return v.f("wx.down", v.loc(g), v.pValue(float64(w.P)))
}

// caveats turns the remaining warnings into sentences.
func (v *verdict) caveats() {
	for _, w := range v.r.Warnings {
		g := &v.r.Experimental
		if w.Group == data.RoleControl {
			g = &v.r.Control
		}
		switch w.Code {
		case WarnSmallSample:
			if w.N == 0 {
				v.add(v.f("small_sample.none", v.loc(g), 0, v.t("at."+w.Round)))
			} else {
				v.add(v.f(WarnSmallSample, v.loc(g), w.N))
			}
		case WarnSmallExpected:
			v.add(v.f(WarnSmallExpected, v.t("at."+w.Round)))
		case WarnMissingRound:
			v.add(v.f(WarnMissingRound, v.loc(g), w.N, w.Of, v.pct(100*float64(w.N)/float64(w.Of))))
		}
	}
}

// Figures of the tests, as printed inside parentheses.

func (v *verdict) chiFigures(t ChiSquareTest) string {
	return "χ² = " + v.num(float64(t.Statistic), 2) + "; df = " + strconv.Itoa(t.DF) + "; " + v.pValue(float64(t.P))
}

func (v *verdict) mwFigures(t MannWhitneyTest) string {
	s := "U = " + v.trim(float64(t.U), 1) + "; " + v.pValue(float64(t.P))
	if t.P < Alpha {
		s += "; r = " + v.num(float64(t.R), 2)
	}
	return s
}

func (v *verdict) welchFigures(t WelchTest) string {
	s := "t = " + v.num(float64(t.T), 2) + "; df = " + v.num(float64(t.DF), 1) + "; " + v.pValue(float64(t.P))
	if !t.CohenD.NaN() {
		s += "; d = " + v.num(float64(t.CohenD), 2)
	}
	return s
}

func (v *verdict) phiP(s analysis.Significance) string {
	switch s {
	case analysis.SignificantAt01:
		return "p ≤ " + v.num(0.01, 2)
	case analysis.SignificantAt05:
		return "p ≤ " + v.num(0.05, 2)
	}
	return "p > " + v.num(0.05, 2)
}

// pValue prints p with three decimals ("p < 0,001" below that), adding a
// fourth when rounding would move it across 0.05 or 0.01.
func (v *verdict) pValue(p float64) string {
	if p < 0.001 {
		return "p < " + v.num(0.001, 3)
	}
	d := 3
	r := math.Round(p*1000) / 1000
	if (r < 0.05) != (p < 0.05) || (r < 0.01) != (p < 0.01) {
		d = 4
	}
	return "p = " + v.num(p, d)
}

// num prints x with d decimals: decimal comma and a true minus in kk/ru.
func (v *verdict) num(x float64, d int) string {
	s := strconv.FormatFloat(x, 'f', d, 64)
	if s == "-"+strconv.FormatFloat(0, 'f', d, 64) {
		s = s[1:] // no "−0,00"
	}
	if v.lang == "en" {
		return s
	}
	return strings.NewReplacer(".", ",", "-", "−").Replace(s)
}

// trim prints x with at most d decimals, dropping trailing zeros.
func (v *verdict) trim(x float64, d int) string {
	s := v.num(x, d)
	if strings.ContainsAny(s, ".,") {
		s = strings.TrimRight(s, "0")
		s = strings.TrimRight(s, ".,")
	}
	return s
}

// points prints percentage points with at most one decimal.
func (v *verdict) points(x float64) string { return v.trim(x, 1) }

// pct prints a percentage with at most one decimal: "44 %" in kk/ru, "44%" in en.
func (v *verdict) pct(x float64) string {
	if v.lang == "en" {
		return v.trim(x, 1) + "%"
	}
	return v.trim(x, 1) + " %"
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
