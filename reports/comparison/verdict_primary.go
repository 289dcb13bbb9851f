package comparison

import (
	"baulu/reports/analysis"
	"baulu/reports/format"
)

// The verdict's sentences on the clustered design and the primary result.

// design states groups per arm, children per group, the ICC, the design
// effect and the effective sample size of the paired children.
func (v *verdict) design() {
	d := v.r.Design
	args := []any{"ge", d.E.Groups, "gc", d.C.Groups, "size", format.Num(v.lang, d.All.MeanSize, 1),
		"min", d.All.MinSize, "max", d.All.MaxSize}
	if !d.ICCComputable {
		v.add(v.t("comparison.design.no_icc", args...))
		return
	}
	v.add(v.t("comparison.design", append(args, "icc", format.Num(v.lang, d.ICC, 2),
		"deff", format.Num(v.lang, d.All.DesignEffect, 2), "n", d.All.Children,
		"neff", format.Num(v.lang, d.All.EffectiveN, 0))...))
}

// exclusions counts children without consent and those lost between the
// rounds, per arm.
func (v *verdict) exclusions() {
	x := v.r.Excluded
	if n := x.NoConsentE + x.NoConsentC; n > 0 {
		v.add(v.t("comparison.no_consent", "n", n, "e", x.NoConsentE, "c", x.NoConsentC))
	}
	a := v.r.Attrition
	if (a.LostE > 0 || a.LostC > 0) && !v.r.Has(WarnRoundEmpty) {
		v.add(v.t("comparison.attrition", "le", a.LostE, "se", a.StartE, "lc", a.LostC, "sc", a.StartC))
	}
}

// primary words the gain difference with CR2 errors, the ANCOVA and the
// group-level Welch test. Without a causal verdict the figures are given as
// descriptive.
func (v *verdict) primary() {
	p := v.r.Primary
	g := p.Gain
	if !g.Computable {
		v.add(v.t("comparison.primary.na", "est", format.Signed(v.lang, g.Estimate, 2)))
		return
	}
	var test string
	switch {
	case !p.Causal:
		test = v.t("comparison.primary.descriptive")
	case g.P >= Alpha:
		test = v.t("comparison.primary.ns")
	case g.Estimate > 0:
		test = v.t("comparison.primary.sig", "group", v.gen(&v.r.Experimental))
	default:
		test = v.t("comparison.primary.sig", "group", v.gen(&v.r.Control))
	}
	v.add(v.t("comparison.primary", "est", format.Signed(v.lang, g.Estimate, 2),
		"lo", format.Num(v.lang, g.CILow, 2), "hi", format.Num(v.lang, g.CIHigh, 2),
		"figures", v.cr2Figures(g), "test", test))
	if a := p.ANCOVA; a.Computable {
		v.add(v.t("comparison.ancova", "est", format.Signed(v.lang, a.Estimate, 2),
			"lo", format.Num(v.lang, a.CILow, 2), "hi", format.Num(v.lang, a.CIHigh, 2), "figures", v.cr2Figures(a)))
	}
	if w := p.GroupWelch; w.Computable {
		v.add(v.t("comparison.group_welch", "ge", w.NE, "gc", w.NC,
			"figures", format.Stat(v.lang, "t", w.T, 2)+"; "+format.Stat(v.lang, "df", w.DF, 1)+"; "+format.P(v.lang, w.P)))
	}
}

func (v *verdict) cr2Figures(t ClusteredTest) string {
	return format.Stat(v.lang, "t", t.T, 2) + "; " + format.Stat(v.lang, "df", t.DF, 1) + "; " + format.P(v.lang, t.P)
}

// size is an effect size in words.
func (v *verdict) size(m analysis.Magnitude) string { return v.t("comparison.size." + m.String()) }
