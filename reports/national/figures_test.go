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
// table's row of each region, the coverage and activity rows, the totals
// and the pooled tests.
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
			for _, r := range figs.Regions {
				has(r.Code+" comparison", compRow(lang, r.Comparison)...)
				has(r.Code+" coverage", coverRow(lang, r.Counts)...)
				has(r.Code+" activity", workRow(lang, r.Counts)...)
			}
			has("totals coverage", coverRow(lang, figs.Totals)...)
			has("totals activity", workRow(lang, figs.Totals)...)
			has("pooled comparison", compRow(lang, figs.Pooled)...)
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

// compRow is a comparison table row's figures after the region's name.
func compRow(lang string, r jsonResult) []string {
	dash := func(ok bool, s string) string {
		if !ok {
			return format.Dash
		}
		return s
	}
	return []string{format.Pair(lang, r.Experimental.Paired, r.Control.Paired),
		format.Signed(lang, r.Experimental.Gain.Mean, 2), format.Signed(lang, r.Control.Gain.Mean, 2), format.Signed(lang, r.DiD, 2),
		dash(r.AtTo.Phi.Computable, format.Num(lang, r.AtTo.Phi.PhiStar, 2)+stars(r.AtTo.Phi.Significance)),
		dash(r.AtTo.MannWhitney.Computable, format.PValue(lang, r.AtTo.MannWhitney.P)),
		dash(r.Gains.Computable, format.PValue(lang, r.Gains.P))}
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
