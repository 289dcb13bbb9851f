package national

import (
	"context"
	"strings"
	"testing"

	"baulu/data/text"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/internal/pdftest"
)

// The national report clusters by group: each region's CR2 gain difference
// is drawn with its interval (a forest plot) and the pooled one, over the
// groups of every region, is printed with its interval, equal to
// comparison.National.
func TestPooledClusteredEffect(t *testing.T) {
	s := demoStore(t)
	rows, all, err := comparison.National(context.Background(), s, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := all.Result.Primary
	if !p.Gain.Computable || !p.Causal || all.Result.Design.E.Groups < 20 {
		t.Fatalf("pooled %+v, design %+v", p, all.Result.Design)
	}
	f := &facts{opts: Options{Lang: "kk"}, all: all.Result}
	for i := range rows {
		f.present = append(f.present, &regionFacts{region: rows[i]})
	}
	fc, ok := forestChart(f)
	if !ok || len(fc.Rows) != len(rows)+1 || !fc.Rows[len(fc.Rows)-1].Pooled || fc.Rows[len(fc.Rows)-1].Estimate != float64(p.Gain.Estimate) {
		t.Fatalf("forest rows %+v", fc.Rows)
	}
	for i, r := range rows {
		g := r.Result.Primary.Gain
		if fc.Rows[i].Estimate != float64(g.Estimate) || fc.Rows[i].Low != float64(g.CILow) || fc.Rows[i].High != float64(g.CIHigh) {
			t.Errorf("%s: forest row %+v, CR2 %+v", r.Region, fc.Rows[i], g)
		}
	}
	for _, lang := range []string{"kk", "ru"} {
		doc := strings.ReplaceAll(strings.Join(pdftest.Text(t, render(t, s, Options{Lang: lang})), " "), " ", "")
		for _, w := range []string{
			text.T(lang, "national.forest.figure"),
			format.Signed(lang, p.Gain.Estimate, 2),
			text.T(lang, "resultview.p.ci", "low", format.Num(lang, p.Gain.CILow, 2), "high", format.Num(lang, p.Gain.CIHigh, 2)),
			format.Num(lang, all.Result.Design.ICC, 2),
		} {
			if !strings.Contains(doc, strings.ReplaceAll(pdftest.Norm(w), " ", "")) {
				t.Errorf("%s: the report lacks %q", lang, w)
			}
		}
	}
}
