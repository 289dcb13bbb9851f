package comparison_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"baulu/data"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
)

// clusteredCase: four groups per arm; experimental groups gain more, and
// groups differ among themselves (a real ICC).
func clusteredCase() *comparison.Dataset {
	return synth(48, 40, 4,
		func(i int) int { return 10 + i%7 }, func(i int) int { return 15 + i%7 + 2*(i%4) },
		func(i int) int { return 10 + i%6 }, func(i int) int { return 12 + i%6 + (i % 4) })
}

// pairedVectors rebuilds, from a dataset, what the primary result must be
// computed on: the children scored in both rounds, with consent.
func pairedVectors(ds *comparison.Dataset) (gain, from, to []float64, group []int64, exp []bool) {
	for _, role := range []string{data.RoleExperimental, data.RoleControl} {
		for _, c := range ds.Children {
			if c.Role != role || c.NoConsent || c.From.Count == 0 || c.To.Count == 0 {
				continue
			}
			from, to = append(from, c.From.Mean()), append(to, c.To.Mean())
			gain = append(gain, c.To.Mean()-c.From.Mean())
			group, exp = append(group, c.GroupID), append(exp, role == data.RoleExperimental)
		}
	}
	return
}

func TestPrimaryIsTheClusteredAnalysis(t *testing.T) {
	ds := clusteredCase()
	r := comparison.Compute(ds)
	gain, from, to, group, exp := pairedVectors(ds)
	cg := analysis.ClusteredGain(gain, group, exp)
	an := analysis.ClusteredANCOVA(to, from, group, exp)
	gw := analysis.GroupWelch(gain, group, exp)
	d := analysis.Design(gain, group, exp)
	if !cg.Computable || !an.Computable || !gw.Computable || !d.ICC.Computable {
		t.Fatalf("fixture not computable: %+v %+v", cg, d.ICC)
	}
	p := r.Primary
	checkF(t, "CR2 estimate", p.Gain.Estimate, cg.Estimate)
	checkF(t, "CR2 SE", p.Gain.SE, cg.SE)
	checkF(t, "CR2 df", p.Gain.DF, cg.DF)
	checkF(t, "CR2 p", p.Gain.P, cg.P)
	checkF(t, "CR2 CI low", p.Gain.CILow, cg.CILow)
	checkF(t, "CR2 CI high", p.Gain.CIHigh, cg.CIHigh)
	checkF(t, "ANCOVA estimate", p.ANCOVA.Estimate, an.Estimate)
	checkF(t, "ANCOVA p", p.ANCOVA.P, an.P)
	checkF(t, "ANCOVA slope", p.BaselineSlope, an.Model.Coefs[2].Estimate)
	checkF(t, "group Welch t", p.GroupWelch.T, gw.T)
	checkF(t, "group Welch p", p.GroupWelch.P, gw.P)
	checkF(t, "ICC", r.Design.ICC, d.ICC.Estimate)
	checkF(t, "design effect", r.Design.All.DesignEffect, d.All.DesignEffect)
	checkF(t, "effective n", r.Design.All.EffectiveN, d.All.EffectiveN)
	// The CR2 estimate is the DiD of the paired children.
	checkF(t, "estimate = DiD", p.Gain.Estimate, float64(r.DiD))
	if !p.Causal || r.Design.E.Groups != 4 || r.Design.C.Groups != 4 || r.Has(comparison.WarnFewGroups) {
		t.Errorf("causal %v, groups %d/%d, warnings %+v", p.Causal, r.Design.E.Groups, r.Design.C.Groups, r.Warnings)
	}
}

// With fewer than three groups per arm the verdict draws no causal
// conclusion, says why, and says it before any result.
func TestFewGroupsNoCausalVerdict(t *testing.T) {
	r := comparison.Compute(verdictCases["significant"]) // two groups per arm
	if r.Primary.Causal || !r.Has(comparison.WarnFewGroups) {
		t.Fatalf("causal %v, warnings %+v", r.Primary.Causal, r.Warnings)
	}
	want := map[string][2]string{
		"en": {"cannot be told apart from that of the teacher", "Main result, with the groups taken into account"},
		"ru": {"нельзя отделить от влияния педагога", "Основной результат с учётом групп"},
		"kk": {"педагогтың әсерінен ажырату мүмкін емес", "Топтар ескерілген негізгі нәтиже"},
	}
	for lang, w := range want {
		v := comparison.Verdict(r, lang)
		few, primary := indexOf(v, w[0]), indexOf(v, w[1])
		if few < 0 || primary < 0 || few > primary {
			t.Errorf("[%s] few groups at %d, primary at %d: %q", lang, few, primary, v)
			continue
		}
		for _, s := range []string{"in favour of", "в пользу", "пайдасына"} {
			if strings.Contains(v[primary], s) {
				t.Errorf("[%s] descriptive primary result claims a winner: %q", lang, v[primary])
			}
		}
	}
}

// Caveats (design, baseline, attrition, unusual effect) come before the
// primary result, which comes before the child-level tests.
func TestCaveatsBeforeResults(t *testing.T) {
	r := comparison.Compute(clusteredCase())
	v := comparison.Verdict(r, "en")
	order := []string{"Design:", "At the start of the period", "Main result", "child-level", "The share of children at level III"}
	last := -1
	for _, s := range order {
		i := indexOf(v, s)
		if i <= last {
			t.Fatalf("%q at %d, after %d: %q", s, i, last, v)
		}
		last = i
	}
}

func indexOf(v []string, sub string) int {
	return slices.IndexFunc(v, func(s string) bool { return strings.Contains(s, sub) })
}

// A control arm ahead gives a negative φ* that is never starred (issue
// 14: φ* = −2,06 was starred), with a one-sided p above one half.
func TestNegativePhiIsNotSignificant(t *testing.T) {
	// Control children reach level III, experimental ones do not.
	ds := synth(40, 40, 4,
		func(i int) int { return 12 + i%9 }, func(i int) int { return 13 + i%9 },
		func(i int) int { return 12 + i%9 }, func(i int) int { return 20 + i%7 })
	r := comparison.Compute(ds)
	phi := r.AtTo.Phi
	if !(phi.PhiStar < -analysis.PhiCritical05) || phi.Significance != analysis.NotSignificant || !(phi.P > 0.5) {
		t.Fatalf("φ* %v, significance %v, p %v", phi.PhiStar, phi.Significance, phi.P)
	}
	for _, lang := range []string{"kk", "ru", "en"} {
		all := strings.Join(comparison.Verdict(r, lang), " ")
		if !strings.Contains(all, "φ* = −") {
			t.Errorf("[%s] φ* printed without its sign: %s", lang, all)
		}
	}
}

// Children without consent enter no figure and are counted per arm.
func TestNoConsentLeftOut(t *testing.T) {
	ds := clusteredCase()
	with := *ds
	with.Children = slices.Clone(ds.Children)
	for i := range 5 {
		c := with.Children[i*9]
		c.ChildID, c.NoConsent = int64(1000+i), true
		c.To.Sum = 27 // would pull every figure if counted
		with.Children = append(with.Children, c)
	}
	a, b := comparison.Compute(ds), comparison.Compute(&with)
	if b.Excluded.NoConsentE+b.Excluded.NoConsentC != 5 || a.Excluded != (comparison.Exclusions{}) {
		t.Fatalf("excluded %+v", b.Excluded)
	}
	b.Excluded = a.Excluded
	if ja, jb := jsonOf(t, a), jsonOf(t, b); ja != jb {
		t.Error("children without consent changed the figures")
	}
	v := strings.Join(comparison.Verdict(comparison.Compute(&with), "en"), " ")
	if !strings.Contains(v, "5 children without parental consent are left out") {
		t.Errorf("verdict: %s", v)
	}
}

// Attrition is counted per arm; uneven drop-out is a caveat.
func TestDifferentialAttrition(t *testing.T) {
	ds := clusteredCase()
	for i := range ds.Children {
		if ds.Children[i].Role == data.RoleExperimental && i%6 == 0 {
			ds.Children[i].To = comparison.Tally{}
		}
	}
	r := comparison.Compute(ds)
	a := r.Attrition
	if a.StartE != 48 || a.LostE != 8 || a.StartC != 40 || a.LostC != 0 || math.Abs(float64(a.RateE)-8.0/48) > 1e-12 {
		t.Fatalf("attrition %+v", a)
	}
	if !r.Has(comparison.WarnDifferentialAttrition) {
		t.Errorf("warnings %+v", r.Warnings)
	}
	v := strings.Join(comparison.Verdict(r, "en"), " ")
	if !strings.Contains(v, "8 of 48 in the experimental groups and 0 of 40 in the control groups") {
		t.Errorf("verdict: %s", v)
	}
}

// Everyone at level III at the start: a ceiling, said before the results.
func TestCeilingWarned(t *testing.T) {
	ds := synth(20, 20, 4, func(int) int { return 25 }, func(int) int { return 26 },
		func(int) int { return 24 }, func(int) int { return 25 })
	r := comparison.Compute(ds)
	if r.Experimental.BaselineExtreme != analysis.ExtremeCeiling || !r.Has(comparison.WarnCeiling) {
		t.Fatalf("extreme %v, warnings %+v", r.Experimental.BaselineExtreme, r.Warnings)
	}
	v := comparison.Verdict(r, "ru")
	if i, j := indexOf(v, "эффект потолка"), indexOf(v, "уровне III"); i < 0 || i > j {
		t.Errorf("ceiling at %d: %q", i, v)
	}
}

// The per-kindergarten and per-indicator tables carry Holm-adjusted p,
// adjusted within each table.
func TestSummaryHolm(t *testing.T) {
	w := newWorld(t, "ULY")
	w.regionFixture(t, "ULY", 3)
	rows, err := comparison.Summary(ctx, w.s, "", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{comparison.RowRegion, comparison.RowIndicator, comparison.RowKindergarten, comparison.RowCell} {
		var sub []comparison.Row
		for _, r := range rows {
			if r.Kind == kind {
				sub = append(sub, r)
			}
		}
		var p []float64
		for _, r := range sub {
			p = append(p, float64(r.WelchP))
		}
		for i, adj := range analysis.Holm(p) {
			checkF(t, kind+" Welch Holm", sub[i].WelchPHolm, adj)
			if !(float64(sub[i].WelchPHolm) >= float64(sub[i].WelchP)) && !sub[i].WelchP.NaN() {
				t.Errorf("%s: adjusted %v below raw %v", kind, sub[i].WelchPHolm, sub[i].WelchP)
			}
		}
		if kind == comparison.RowRegion && sub[0].PhiPHolm != sub[0].PhiP {
			t.Errorf("one test: Holm %v ≠ raw %v", sub[0].PhiPHolm, sub[0].PhiP)
		}
	}
}

func jsonOf(t *testing.T, r comparison.Result) string {
	t.Helper()
	var b strings.Builder
	if err := comparison.WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
