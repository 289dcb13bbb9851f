package national

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"baulu/data/datatest"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/internal/pdftest"
)

// The national JSON as an analyst's program reads it: by the field names
// of NATIONAL-JSON.md, the tests' reasons and significances as strings.
type (
	jsonFigures struct {
		RegionsTotal int                 `json:"regions_total"`
		Regions      []jsonRegion        `json:"regions"`
		Missing      []string            `json:"missing"`
		Totals       Counts              `json:"totals"`
		Pooled       jsonResult          `json:"pooled"`
		Verdict      map[string][]string `json:"verdict"`
	}
	jsonRegion struct {
		Code string `json:"code"`
		Counts
		Comparison    jsonResult `json:"comparison"`
		Kindergartens []struct {
			Seed int `json:"seed"`
			Row  struct {
				Kind           string `json:"kind"`
				KindergartenID int    `json:"kindergarten_id"`
				PairedE        int    `json:"paired_e"`
				PairedC        int    `json:"paired_c"`
			} `json:"comparison"`
		} `json:"kindergarten_list"`
	}
	jsonArm struct {
		Paired int               `json:"paired"`
		Gain   comparison.MeanSD `json:"gain"`
	}
	jsonResult struct {
		Design struct {
			E struct {
				Groups int `json:"groups"`
			} `json:"experimental"`
			C struct {
				Groups int `json:"groups"`
			} `json:"control"`
		} `json:"design"`
		Primary struct {
			Causal bool `json:"causal"`
			Gain   struct {
				Computable bool             `json:"computable"`
				Estimate   comparison.Float `json:"estimate"`
				CILow      comparison.Float `json:"ci_low"`
				CIHigh     comparison.Float `json:"ci_high"`
				P          comparison.Float `json:"p"`
			} `json:"gain_cr2"`
		} `json:"primary"`
		Experimental jsonArm          `json:"experimental"`
		Control      jsonArm          `json:"control"`
		DiD          comparison.Float `json:"did"`
		AtFrom       struct {
			ChiSquare struct {
				Statistic comparison.Float `json:"statistic"`
			} `json:"chi_square"`
		} `json:"at_from"`
		AtTo struct {
			MannWhitney struct {
				Computable bool             `json:"computable"`
				P          comparison.Float `json:"p"`
			} `json:"mann_whitney"`
			Phi struct {
				Computable   bool             `json:"computable"`
				PhiStar      comparison.Float `json:"phi_star"`
				Significance string           `json:"significance"`
			} `json:"phi"`
		} `json:"at_to"`
		Gains struct {
			Computable bool             `json:"computable"`
			P          comparison.Float `json:"p"`
			T          comparison.Float `json:"t"`
			CohenD     comparison.Float `json:"cohen_d"`
		} `json:"gains_test"`
	}
)

// figuresJSON loads the national figures and reads them back from their
// JSON, as an analyst's program would.
func figuresJSON(t *testing.T) jsonFigures {
	t.Helper()
	figs, err := LoadFigures(context.Background(), demoStore(t), Options{Now: datatest.Today})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := comparison.WriteJSON(&buf, figs); err != nil {
		t.Fatal(err)
	}
	var back jsonFigures
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	return back
}

// stars are the report's significance marks of φ*.
func stars(sig string) string {
	switch sig {
	case "p<=0.01":
		return "**"
	case "p<=0.05":
		return "*"
	}
	return ""
}

// TestFiguresInPDF: every per-region and pooled figure of the national
// JSON is printed in the national PDF, in both languages: the comparison
// table's row of each region (its clustered difference above the row's
// middle line, the interval below), the coverage and activity rows, the
// totals and the pooled tests.
func TestFiguresInPDF(t *testing.T) {
	figs := figuresJSON(t)
	if len(figs.Regions) != 20 || len(figs.Missing) != 0 || figs.RegionsTotal != 20 {
		t.Fatalf("%d regions, %d missing of %d", len(figs.Regions), len(figs.Missing), figs.RegionsTotal)
	}
	for _, lang := range []string{"kk", "ru"} {
		t.Run(lang, func(t *testing.T) {
			var lines []string
			for _, page := range pdftest.Layout(t, render(t, demoStore(t), Options{Lang: lang})) {
				for _, l := range page {
					lines = append(lines, squash(l))
				}
			}
			has := func(what string, cells ...string) {
				t.Helper()
				want := squash(strings.Join(cells, ""))
				for _, l := range lines {
					if strings.Contains(l, want) {
						return
					}
				}
				t.Errorf("%s: no line of the PDF has %q", what, strings.Join(cells, " "))
			}
			// row finds a comparison row: the CR2 estimate on the line above
			// the other cells, its interval on the line below.
			row := func(what string, r jsonResult) {
				t.Helper()
				est, mid, ci := compRow(lang, r)
				for i := 1; i+1 < len(lines); i++ {
					if strings.Contains(lines[i], squash(strings.Join(mid, ""))) && strings.Contains(lines[i-1], squash(est)) && strings.Contains(lines[i+1], squash(ci)) {
						return
					}
				}
				t.Errorf("%s: no row of the PDF has %q over %q over %q", what, est, mid, ci)
			}
			for _, r := range figs.Regions {
				row(r.Code+" comparison", r.Comparison)
				has(r.Code+" coverage", coverRow(lang, r.Counts)...)
				has(r.Code+" activity", workRow(lang, r.Counts)...)
			}
			has("totals coverage", coverRow(lang, figs.Totals)...)
			has("totals activity", workRow(lang, figs.Totals)...)
			row("pooled comparison", figs.Pooled)
			doc := squash(strings.Join(pdftest.Text(t, render(t, demoStore(t), Options{Lang: lang})), " "))
			p := figs.Pooled
			for _, w := range []string{
				"t = " + format.Num("kk", p.Gains.T, 2), "d = " + format.Num("kk", p.Gains.CohenD, 2),
				"χ² = " + format.Num("kk", p.AtFrom.ChiSquare.Statistic, 2),
				format.MeanSD("kk", p.Experimental.Gain.Mean, p.Experimental.Gain.SD),
				format.MeanSD("kk", p.Control.Gain.Mean, p.Control.Gain.SD),
			} {
				if !strings.Contains(doc, squash(w)) {
					t.Errorf("the pooled figure %q is not in the PDF", w)
				}
			}
			for _, s := range figs.Verdict[lang] {
				if !strings.Contains(doc, squash(s)) {
					t.Errorf("the verdict's sentence %q is not in the PDF", s)
				}
			}
		})
	}
}

// compRow is a comparison table row's figures after the region's name:
// the clustered difference E − C, the cells of the middle line (groups,
// pairs, gains, the CR2 p, the child-level φ*) and the 95 % interval.
func compRow(lang string, r jsonResult) (est string, mid []string, ci string) {
	dash := func(ok bool, s string) string {
		if !ok {
			return format.Dash
		}
		return s
	}
	g := r.Primary.Gain
	if !g.Computable {
		panic("every demo region has a computable CR2 difference")
	}
	est = format.Signed(lang, g.Estimate, 2)
	ci = "[" + format.Num(lang, g.CILow, 2) + ";" + format.Num(lang, g.CIHigh, 2) + "]"
	mid = []string{format.Pair(lang, r.Design.E.Groups, r.Design.C.Groups), format.Pair(lang, r.Experimental.Paired, r.Control.Paired),
		format.Signed(lang, r.Experimental.Gain.Mean, 2) + "/" + format.Signed(lang, r.Control.Gain.Mean, 2),
		dash(r.Primary.Causal, format.PValue(lang, g.P)),
		dash(r.AtTo.Phi.Computable, format.Num(lang, r.AtTo.Phi.PhiStar, 2)+stars(r.AtTo.Phi.Significance))}
	return est, mid, ci
}

// coverRow is a coverage table row's figures after the region's name.
func coverRow(lang string, c Counts) []string {
	return []string{format.Int(lang, c.Kindergartens), "(" + format.Pair(lang, c.State, c.Private) + ")",
		format.Pair(lang, c.GroupsE, c.GroupsC), format.Pair(lang, c.ChildrenE, c.ChildrenC), format.Int(lang, c.Events),
		format.Hours(lang, c.Hours), format.Int(lang, c.Participants)}
}

// workRow is an activity table row's figures after the region's name.
func workRow(lang string, c Counts) []string {
	n := func(k int) string { return format.Int(lang, k) }
	return []string{n(c.Events), n(c.Visits) + "/" + n(c.Overdue), n(c.Practices) + "/" + n(c.Disseminated),
		n(c.RisksUnclosed) + "/" + n(c.RisksHigh)}
}

// TestFiguresKindergartens: every kindergarten of a region is listed with
// its own comparison, and the figures add up to the region's.
func TestFiguresKindergartens(t *testing.T) {
	figs := figuresJSON(t)
	for _, r := range figs.Regions {
		if len(r.Kindergartens) != r.Counts.Kindergartens {
			t.Fatalf("%s: %d kindergartens listed, %d counted", r.Code, len(r.Kindergartens), r.Counts.Kindergartens)
		}
		pe, pc := 0, 0
		for _, k := range r.Kindergartens {
			pe, pc = pe+k.Row.PairedE, pc+k.Row.PairedC
			if k.Row.Kind != comparison.RowKindergarten || k.Row.KindergartenID != k.Seed {
				t.Errorf("%s: kindergarten row %+v", r.Code, k.Row)
			}
		}
		if pe != r.Comparison.Experimental.Paired || pc != r.Comparison.Control.Paired {
			t.Errorf("%s: kindergartens pair %d / %d children, the region %d / %d", r.Code, pe, pc,
				r.Comparison.Experimental.Paired, r.Comparison.Control.Paired)
		}
	}
}

// BenchmarkFigures is `stats --national --json` of all twenty demo regions
// (target: under 1 s).
func BenchmarkFigures(b *testing.B) {
	s := demoStore(b)
	for b.Loop() {
		figs, err := LoadFigures(context.Background(), s, Options{Now: datatest.Today})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := comparison.WriteJSON(&buf, figs); err != nil {
			b.Fatal(err)
		}
	}
}
