package comparison

import (
	"embed"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"baulu/data"
	"baulu/data/text"
	"baulu/reports/analysis"
	"baulu/reports/format"
)

// The verdict's sentences are the catalogue's "comparison." texts
// (texts/*.json, kk, ru and en). Kazakh terms follow the pilot's
// documents: эксперименттік топ / бақылау тобы, статистикалық тұрғыдан
// мәнді, пайыздық тармақ. Numbers never take Kazakh case endings (their
// form depends on how the number is read), so amounts are followed by a
// noun that takes them: «0,45 баллға», «24 пайыздық тармаққа». Sentences
// start lower-case where they may start with an inserted phrase; add
// capitalises the first letter.
//
//go:embed texts
var texts embed.FS

func init() { text.MustRegister("comparison", texts, "texts") }

// Verdict words a result as short plain sentences in lang ("kk", "ru",
// "en"; anything else gives Kazakh). Each sentence states a figure and what
// its test supports, nothing more: a non-significant test says that no
// significant difference was found, small samples make the conclusions
// tentative, a baseline difference says the groups were not comparable.
// Figures are written by reports/format.
func Verdict(r Result, lang string) []string {
	caveats, results := VerdictParts(r, lang)
	return append(caveats, results...)
}

// VerdictParts is Verdict in its two parts: the caveats (the design, who
// was left out or lost, why there is no causal verdict, the baseline,
// small samples, ceilings, uneven drop-out, an unusual effect), which a
// document prints before any result, and the results (the primary
// clustered result, then the child-level tests).
func VerdictParts(r Result, lang string) (caveats, results []string) {
	v := verdict{r: r, lang: lang}
	v.build()
	return v.out[:v.split:v.split], v.out[v.split:]
}

// build writes every sentence, marking where the caveats end.
func (v *verdict) build() {
	r := v.r
	if r.NoData {
		v.add(v.t("comparison.no_data"))
		v.split = len(v.out)
		return
	}
	e, c := &r.Experimental, &r.Control
	if e.Children == 0 || c.Children == 0 {
		if e.Children == 0 {
			v.add(v.t("comparison.no_experimental_group"))
		} else {
			v.add(v.t("comparison.no_control_group"))
		}
		present := e
		if e.Children == 0 {
			present = c
		}
		v.exclusions()
		v.caveats()
		v.split = len(v.out)
		if !r.Has(WarnRoundEmpty) {
			v.add(v.t("comparison.wilcoxon.single", "clause", v.wilcoxonClause(present)))
		}
		return
	}

	// Caveats come before results (ARCHITECTURE: Comparison): the design,
	// who was left out or lost, why no causal verdict, the baseline, small
	// samples, ceilings; then the primary result that respects the groups;
	// then the child-level tests, labelled as assuming independence.
	fromBoth := e.From.N > 0 && c.From.N > 0
	toBoth := e.To.N > 0 && c.To.N > 0
	pairedBoth := e.Paired > 0 && c.Paired > 0
	if pairedBoth {
		v.design()
	}
	v.exclusions()
	if r.Has(WarnFewGroups) {
		v.add(v.t("comparison.few_groups", "ge", r.Design.E.Groups, "gc", r.Design.C.Groups, "min", MinGroupsForVerdict))
	}
	if fromBoth {
		v.baseline()
	}
	for _, w := range r.Warnings {
		if w.Code == WarnRoundEmpty {
			v.add(v.t("comparison.round_empty", "at", v.at(w.Round)))
		}
	}
	v.caveats()
	v.split = len(v.out)
	if pairedBoth {
		v.primary()
	}
	if toBoth || pairedBoth {
		v.add(v.t("comparison.child_level"))
	}
	if fromBoth && toBoth {
		v.share()
	}
	if toBoth {
		v.endTests()
	}
	if pairedBoth {
		v.gains()
	}
	if !r.Has(WarnRoundEmpty) {
		v.add(v.t("comparison.wilcoxon", "e", v.wilcoxonClause(e), "c", v.wilcoxonClause(c)))
	}
}

// verdict accumulates sentences for one result and language.
type verdict struct {
	r     Result
	lang  string
	out   []string
	split int // out[:split] are the caveats
}

// t is the text of key in the verdict's language, filled from args.
func (v *verdict) t(key string, args ...any) string { return text.T(v.lang, key, args...) }

// add appends a sentence with its first letter capitalised (templates may
// start with an inserted phrase).
func (v *verdict) add(s string) {
	r, n := utf8.DecodeRuneInString(s)
	v.out = append(v.out, string(unicode.ToUpper(r))+s[n:])
}

// at names a round of the comparison inside a sentence: "from" is the
// start of the period, "to" its end.
func (v *verdict) at(round string) string {
	if round == RoundFrom {
		return v.t("comparison.at.from")
	}
	return v.t("comparison.at.to")
}

// armKeys name the arms' noun phrases: [control][genitive][plural].
var armKeys = [2][2][2]string{
	{{"comparison.e.loc.sg", "comparison.e.loc.pl"}, {"comparison.e.gen.sg", "comparison.e.gen.pl"}},
	{{"comparison.c.loc.sg", "comparison.c.loc.pl"}, {"comparison.c.gen.sg", "comparison.c.gen.pl"}},
}

// loc and gen give the arm's noun phrase (locative: «in the control
// groups»; genitive: «of the control groups»), singular when it has one
// group.
func (v *verdict) loc(g *GroupResult) string { return v.phrase(g, 0) }
func (v *verdict) gen(g *GroupResult) string { return v.phrase(g, 1) }

func (v *verdict) phrase(g *GroupResult, genitive int) string {
	control, plural := 0, 1
	if g.Role == data.RoleControl {
		control = 1
	}
	if g.Groups == 1 {
		plural = 0
	}
	return v.t(armKeys[control][genitive][plural])
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
			parts = append(parts, v.t("comparison.name.mw")+": "+v.mwFigures(mw))
		}
		v.add(v.t("comparison.baseline_difference", "figures", strings.Join(parts, "; ")))
		return
	}
	switch {
	case chi.Computable:
		v.add(v.t("comparison.baseline.same", "figures", v.chiFigures(chi)))
	case mw.Computable:
		v.add(v.t("comparison.baseline.same", "figures", v.t("comparison.name.mw")+": "+v.mwFigures(mw)))
	}
}

// share reports the change of the share at the φ* cut and φ* at the end.
// φ* keeps its sign (negative: the control share is higher) and is judged
// one-sided for "higher in E", so only E can be significantly ahead.
func (v *verdict) share() {
	e, c := &v.r.Experimental, &v.r.Control
	phi := v.r.AtTo.Phi
	figures := format.Phi(v.lang, phi.PhiStar) + "; " + format.PhiP(v.lang, phi.Significance)
	test := v.t("comparison.phi.ns", "figures", figures)
	if phi.Significance != analysis.NotSignificant {
		test = v.t("comparison.phi.sig", "group", v.gen(e), "figures", figures)
	}
	subject := v.t("comparison.share.subj.III")
	if v.r.Scope.PhiCut == PhiIIandIII {
		subject = v.t("comparison.share.subj.II+III")
	}
	v.add(v.t("comparison.share", "subject", subject, "e", v.shareClause(e), "c", v.shareClause(c), "test", test))
}

func (v *verdict) shareClause(g *GroupResult) string {
	before, after := float64(g.From.CutShare), float64(g.To.CutShare)
	args := []any{"group", v.loc(g), "points", format.Trim(v.lang, math.Abs(after-before), 1),
		"before", format.Pct(v.lang, before), "after", format.Pct(v.lang, after)}
	switch shown := round1(after) - round1(before); {
	case shown > 0:
		return v.t("comparison.share.up", args...)
	case shown < 0:
		return v.t("comparison.share.down", args...)
	}
	return v.t("comparison.share.same", args...)
}

// endTests reports χ² and Mann–Whitney in the second round.
func (v *verdict) endTests() {
	chi := v.r.AtTo.ChiSquare
	switch {
	case chi.Computable && chi.P < Alpha:
		v.add(v.t("comparison.chi.sig", "figures", v.chiFigures(chi)))
	case chi.Computable:
		v.add(v.t("comparison.chi.ns", "figures", v.chiFigures(chi)))
	case chi.Reason == analysis.ReasonOneLevel:
		v.add(v.t("comparison.chi.one_level"))
	}
	mw := v.r.AtTo.MannWhitney
	switch {
	case !mw.Computable:
	case mw.P >= Alpha:
		v.add(v.t("comparison.mw.ns", "figures", v.mwFigures(mw)))
	case mw.Z > 0:
		v.add(v.t("comparison.mw.sig", "group", v.loc(&v.r.Experimental), "figures", v.mwFigures(mw)))
	default:
		v.add(v.t("comparison.mw.sig", "group", v.loc(&v.r.Control), "figures", v.mwFigures(mw)))
	}
}

// gains reports the mean change of paired children and Welch's test.
func (v *verdict) gains() {
	e, c := &v.r.Experimental, &v.r.Control
	w := v.r.Gains
	did := format.Num(v.lang, math.Abs(float64(v.r.DiD)), 2)
	var test string
	switch {
	case !w.Computable:
		test = v.t("comparison.welch.na")
	case w.P >= Alpha:
		test = v.t("comparison.welch.ns", "figures", v.welchFigures(w))
	case v.r.DiD > 0:
		test = v.t("comparison.welch.sig", "group", v.gen(e), "did", did, "figures", v.welchFigures(w))
	default:
		test = v.t("comparison.welch.sig", "group", v.gen(c), "did", did, "figures", v.welchFigures(w))
	}
	v.add(v.t("comparison.gain", "e", v.gainClause(e), "c", v.gainClause(c), "test", test))
}

// gainClause words an arm's mean gain; the variant follows the displayed
// change, so a change that rounds to zero is not called growth.
func (v *verdict) gainClause(g *GroupResult) string {
	gain := float64(g.Gain.Mean)
	args := []any{"group", v.loc(g), "amount", format.Num(v.lang, math.Abs(gain), 2),
		"before", format.Num(v.lang, g.PairedFromMean, 2), "after", format.Num(v.lang, g.PairedToMean, 2)}
	switch shown := math.Round(gain*100) / 100; {
	case shown > 0:
		return v.t("comparison.gain.up", args...)
	case shown < 0:
		return v.t("comparison.gain.down", args...)
	}
	return v.t("comparison.gain.same", args...)
}

func (v *verdict) wilcoxonClause(g *GroupResult) string {
	w := g.Wilcoxon
	p := format.P(v.lang, w.P)
	switch {
	case w.Pairs == 0:
		return v.t("comparison.wx.nopairs", "group", v.loc(g))
	case !w.Computable:
		return v.t("comparison.wx.nochange", "group", v.loc(g))
	case w.P >= Alpha:
		return v.t("comparison.wx.ns", "group", v.loc(g), "figures", p)
	case w.Z > 0:
		return v.t("comparison.wx.up", "group", v.loc(g), "figures", p)
	}
	return v.t("comparison.wx.down", "group", v.loc(g), "figures", p)
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
				v.add(v.t("comparison.small_sample.none", "group", v.loc(g), "at", v.at(w.Round)))
			} else {
				v.add(v.t("comparison.small_sample", "group", v.loc(g), "n", w.N))
			}
		case WarnSmallExpected:
			v.add(v.t("comparison.small_expected", "at", v.at(w.Round)))
		case WarnMissingRound:
			v.add(v.t("comparison.missing_round", "group", v.loc(g), "n", w.N, "of", w.Of,
				"pct", format.Pct(v.lang, 100*float64(w.N)/float64(w.Of))))
		case WarnCeiling:
			v.add(v.t("comparison.ceiling", "group", v.loc(g), "pct", format.Share(v.lang, w.N, w.Of)))
		case WarnFloor:
			v.add(v.t("comparison.floor", "group", v.loc(g), "pct", format.Share(v.lang, w.N, w.Of)))
		case WarnDifferentialAttrition:
			a := v.r.Attrition
			v.add(v.t("comparison.differential_attrition", "pe", format.Pct(v.lang, 100*a.RateE), "pc", format.Pct(v.lang, 100*a.RateC)))
		case WarnUnusualEffect:
			v.add(v.t("comparison.unusual_effect", "d", format.Num(v.lang, v.r.Gains.CohenD, 2)))
		}
	}
}

// Figures of the tests, as printed inside parentheses.

func (v *verdict) chiFigures(t ChiSquareTest) string {
	return format.Stat(v.lang, "χ²", t.Statistic, 2) + "; " + format.Stat(v.lang, "df", float64(t.DF), 0) + "; " + format.P(v.lang, t.P)
}

func (v *verdict) mwFigures(t MannWhitneyTest) string {
	s := format.StatTrim(v.lang, "U", t.U, 1) + "; " + format.P(v.lang, t.P)
	if t.P < Alpha {
		s += "; " + format.Stat(v.lang, "r", t.R, 2) + ", " + v.size(t.RMagnitude)
	}
	return s
}

func (v *verdict) welchFigures(t WelchTest) string {
	s := format.Stat(v.lang, "t", t.T, 2) + "; " + format.Stat(v.lang, "df", t.DF, 1) + "; " + format.P(v.lang, t.P)
	if !t.CohenD.NaN() {
		s += "; " + format.Stat(v.lang, "d", t.CohenD, 2) + ", " + v.size(t.DMagnitude)
	}
	return s
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
