package regional

import (
	"context"
	"strings"
	"testing"

	"baulu/data/text"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/internal/pdftest"
)

// TestClusteredFigures: the design, the primary clustered result with its
// interval, the Holm columns and the signed φ* of the regional report are
// those of comparison.Compare and Summary (what `baulu stats --json`
// prints), and the caveats come before the results.
func TestClusteredFigures(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	res, err := comparison.Compare(ctx, s, comparison.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := comparison.Summary(ctx, s, "", 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	d, p := res.Design, res.Primary
	if !p.Gain.Computable || !d.ICCComputable {
		t.Fatalf("the demo has no clustered result: %+v %+v", d, p)
	}
	for _, lang := range []string{"kk", "ru"} {
		pages := pdftest.Text(t, render(t, s, Options{Kind: Regional, Lang: lang}))
		all := strings.Join(pages, " ")
		dump(t, "clustered-"+lang, pages)
		ci := func(lo, hi comparison.Float) string {
			return text.T(lang, "resultview.p.ci", "low", format.Num(lang, lo, 2), "high", format.Num(lang, hi, 2))
		}
		want := []string{
			format.Pair(lang, d.E.Groups, d.C.Groups),
			format.Num(lang, d.ICC, 2), format.Num(lang, d.All.DesignEffect, 2), format.Num(lang, d.All.EffectiveN, 0),
			format.Pair(lang, res.Excluded.NoConsentE, res.Excluded.NoConsentC),
			format.Signed(lang, p.Gain.Estimate, 2), ci(p.Gain.CILow, p.Gain.CIHigh), format.Num(lang, p.Gain.DF, 1), format.PValue(lang, p.Gain.P),
			format.Signed(lang, p.ANCOVA.Estimate, 2), ci(p.ANCOVA.CILow, p.ANCOVA.CIHigh),
			ci(p.GroupWelch.CILow, p.GroupWelch.CIHigh), format.PValue(lang, p.GroupWelch.P),
			text.T(lang, "regional.col.p.holm"),
		}
		// pdftotext may drop the spaces of a short cell («7/5»).
		flat := strings.ReplaceAll(all, " ", "")
		for _, w := range want {
			if !strings.Contains(flat, strings.ReplaceAll(pdftest.Norm(w), " ", "")) {
				t.Errorf("%s: the report lacks %q", lang, w)
			}
		}
		// Each kindergarten's row: Welch p, then its Holm-adjusted p; a
		// negative φ* is never starred, stars come from the Holm p.
		for _, r := range rows {
			if r.Kind != comparison.RowKindergarten && r.Kind != comparison.RowIndicator {
				continue
			}
			phi := format.Num(lang, r.PhiStar, 2) + format.StarsP(r.PhiPHolm)
			cells := phi + " " + format.PValue(lang, r.WelchP) + " " + format.PValue(lang, r.WelchPHolm)
			if !strings.Contains(all, pdftest.Norm(cells)) {
				t.Errorf("%s: the %s row lacks %q", lang, r.Kind, cells)
			}
			if r.PhiStar < 0 && strings.Contains(all, format.Num(lang, r.PhiStar, 2)+"*") {
				t.Errorf("%s: negative φ* %v starred", lang, r.PhiStar)
			}
		}
		// The subgroup annex: every row of res.Subgroups, Holm column last.
		if len(res.Subgroups) < 6 || !strings.Contains(all, pdftest.Norm(text.T(lang, "regional.annex3"))) {
			t.Errorf("%s: %d subgroup rows, annex title missing", lang, len(res.Subgroups))
		}
		for _, r := range res.Subgroups {
			cells := format.Signed(lang, r.DiD, 2) + " " + format.PValue(lang, r.WelchP) + " " + format.PValue(lang, r.WelchPHolm)
			if !strings.Contains(all, pdftest.Norm(cells)) {
				t.Errorf("%s: the subgroup %s=%s lacks %q", lang, r.Dimension, r.Value, cells)
			}
		}
		// Caveats before results, in the section as in the verdict.
		caveats, results := comparison.VerdictParts(res, lang)
		last := strings.Index(all, pdftest.Norm(caveats[len(caveats)-1]))
		first := strings.Index(all, pdftest.Norm(results[0]))
		table := strings.LastIndex(all, pdftest.Norm(text.T(lang, "regional.s5.tests.table")))
		if last < 0 || first < 0 || !(last < table && table < first) {
			t.Errorf("%s: caveats end at %d, tests table at %d, results start at %d", lang, last, table, first)
		}
		// The summary's sentence is the primary clustered result.
		sum := pages[1]
		if !strings.Contains(sum, format.Num(lang, p.Gain.CILow, 2)) || !strings.Contains(sum, format.Num(lang, p.Gain.CIHigh, 2)) ||
			!strings.Contains(sum, format.P(lang, p.Gain.P)) || !strings.Contains(sum, format.Num(lang, p.Gain.Estimate, 2)) {
			t.Errorf("%s: the summary does not state the CR2 result: %s", lang, pages[1])
		}
	}
}
