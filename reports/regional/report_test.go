package regional

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"baulu/data/datatest"
	"baulu/data/text"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/internal/pdftest"
)

// headingKeys are the headings every report has, whatever its data.
var headingKeys = []string{"sum", "captions", "s1", "s2", "s3", "s3.1", "s3.2", "s3.3", "s4", "s5", "s6", "s7", "s8", "s9", "annex1", "annex2"}

// TestReportsFromDemo generates every report from demo data in both
// languages and reads it back: headings, page numbers, no child's name.
func TestReportsFromDemo(t *testing.T) {
	s := demoStore(t)
	var cases []Options
	for _, lang := range []string{"kk", "ru"} {
		cases = append(cases, Options{Kind: Regional, Lang: lang})
		for q := 1; q <= 4; q++ {
			cases = append(cases, Options{Kind: Quarterly, Quarter: q, Lang: lang})
		}
	}
	for _, o := range cases {
		t.Run(optsName(o), func(t *testing.T) {
			pdf := render(t, s, o)
			pages := pdftest.Text(t, pdf)
			defer dump(t, optsName(o), pages)
			all := strings.Join(pages, " ")
			tr := func(k string) string { return text.T(o.Lang, "regional."+k) }
			keys := headingKeys
			if o.Kind == Regional || o.Quarter > 1 {
				keys = append(keys, "s4.1", "s4.2", "s5.1", "s5.2", "s5.3")
			}
			if o.Kind == Regional {
				keys = append(keys, "s5.4")
			}
			for _, k := range keys {
				// Once in the contents, once in the body.
				if n := strings.Count(all, tr(k)); n < 2 {
					t.Errorf("heading %q appears %d times, want at least 2", tr(k), n)
				}
			}
			if !strings.Contains(all, tr("title."+map[Kind]string{Regional: "regional", Quarterly: "quarterly"}[o.Kind])) {
				t.Error("the title is missing")
			}
			pdftest.CheckPageNumbers(t, pdf, 5)
			checkNoChildren(t, all)
			pdftest.CheckWording(t, o.Lang, all)
			if strings.Contains(all, "{") {
				t.Error("a text key is missing: the report shows {key}")
			}
		})
	}
}

// checkNoChildren wants neither a child's name nor a child's code.
func checkNoChildren(t *testing.T, all string) {
	t.Helper()
	for _, name := range childNames {
		for _, part := range strings.Fields(name) {
			if strings.Contains(all, part) {
				t.Errorf("a child's name (%q) appears in the report", part)
			}
		}
	}
	if code := childCode.FindString(all); code != "" {
		t.Errorf("a child's code (%s) appears in the report", code)
	}
}

// TestKeyFigures checks the comparison printed in the regional report
// against comparison.Compare, which `baulu stats --json` prints.
func TestKeyFigures(t *testing.T) {
	s := demoStore(t)
	res, err := comparison.Compare(context.Background(), s, comparison.Scope{})
	if err != nil {
		t.Fatal(err)
	}
	e, c := res.Experimental, res.Control
	want := []string{
		"χ² = " + format.Num("kk", res.AtFrom.ChiSquare.Statistic, 2), "df = " + strconv.Itoa(res.AtFrom.ChiSquare.DF),
		"χ² = " + format.Num("kk", res.AtTo.ChiSquare.Statistic, 2),
		format.PValue("kk", float64(res.AtFrom.MannWhitney.P)),
		"U = " + format.Trim("kk", float64(res.AtTo.MannWhitney.U), 1), "Z = " + format.Num("kk", res.AtTo.MannWhitney.Z, 2),
		"r = " + format.Num("kk", res.AtTo.MannWhitney.R, 2),
		"φ* = " + format.Num("kk", res.AtTo.Phi.PhiStar, 2),
		"V = " + format.Trim("kk", float64(e.Wilcoxon.V), 1), "Z = " + format.Num("kk", e.Wilcoxon.Z, 2),
		"V = " + format.Trim("kk", float64(c.Wilcoxon.V), 1), "Z = " + format.Num("kk", c.Wilcoxon.Z, 2),
		"t = " + format.Num("kk", res.Gains.T, 2), "df = " + format.Num("kk", res.Gains.DF, 1),
		"d = " + format.Num("kk", res.Gains.CohenD, 2),
		format.MeanSD("kk", e.Gain.Mean, e.Gain.SD), format.MeanSD("kk", c.Gain.Mean, c.Gain.SD),
		fmt.Sprintf("%d (%s%s%%)", e.To.Levels[2], format.Num("kk", e.To.Percent[2], 1), format.NBSP),
		fmt.Sprintf("%d (%s%s%%)", c.From.Levels[0], format.Num("kk", c.From.Percent[0], 1), format.NBSP),
		format.Signed("kk", float64(e.CutShareChange), 1),
	}
	// The figures must be real: a regression to empty data would print
	// dashes, which no figure above contains.
	if res.NoData || e.To.N == 0 || c.To.N == 0 || !res.Gains.Computable {
		t.Fatalf("the demo comparison is empty: %+v", res.Experimental)
	}
	if !strings.Contains(want[8], ",") {
		t.Fatalf("φ* printed without a decimal comma: %q", want[8])
	}
	for _, lang := range []string{"kk", "ru"} {
		pages := pdftest.Text(t, render(t, s, Options{Kind: Regional, Lang: lang}))
		all := strings.Join(pages, " ")
		for _, w := range append(want, text.T(lang, "labels.term.did.symbol")+" = "+format.Num(lang, res.DiD, 2)) {
			if !strings.Contains(all, pdftest.Norm(w)) {
				t.Errorf("%s: the report lacks %q", lang, w)
			}
		}
		for _, v := range comparison.Verdict(res, lang) {
			if !strings.Contains(all, pdftest.Norm(v)) {
				t.Errorf("%s: the report lacks the verdict sentence %q", lang, v)
			}
		}
		dump(t, "figures-"+lang, pages)
	}
}

// TestQuarterIsLimited checks that a quarter shows only its own events and
// monitoring rounds.
func TestQuarterIsLimited(t *testing.T) {
	s := demoStore(t)
	pages := pdftest.Text(t, render(t, s, Options{Kind: Quarterly, Quarter: 1, Lang: "kk"}))
	all := strings.Join(pages, " ")
	defer dump(t, "q1", pages)
	tr := func(k string) string { return text.T("kk", "regional."+k) }
	for _, want := range []string{tr("s5.baseline_only"), "2026 жылғы I тоқсан (қаңтар – наурыз)", "06.01.2026"} {
		if !strings.Contains(all, want) {
			t.Errorf("Q1 lacks %q", want)
		}
	}
	// The demo's events of April and later, and the final round, are not in Q1.
	for _, not := range []string{"16.04.2026", "20.10.2026", tr("s4.2"), "Қорытынды (02.11.2026"} {
		if strings.Contains(all, not) {
			t.Errorf("Q1 shows %q from after the quarter", not)
		}
	}
}

// TestEmptyRegion wants a valid report that says what is missing.
func TestEmptyRegion(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	for _, o := range []Options{{Kind: Regional, Lang: "kk"}, {Kind: Regional, Lang: "ru"},
		{Kind: Quarterly, Quarter: 2, Lang: "kk"}, {Kind: Quarterly, Quarter: 4, Lang: "ru"}} {
		t.Run(optsName(o), func(t *testing.T) {
			pdf := render(t, s, o)
			pages := pdftest.Text(t, pdf)
			defer dump(t, "empty-"+optsName(o), pages)
			all := strings.Join(pages, " ")
			tr := func(k string) string { return text.T(o.Lang, "regional."+k) }
			for _, k := range []string{"s1.no_groups", "s2.none", "s3.none", "s3.no_visits", "s4.no_scores",
				"s5.no_data", "s6.none", "s7.none", "s8.none", "s8.no_corrections", "c.mon.none", "annex1.none"} {
				if !strings.Contains(all, tr(k)) {
					t.Errorf("the empty report does not say %q", tr(k))
				}
			}
			for _, k := range headingKeys {
				if !strings.Contains(all, tr(k)) {
					t.Errorf("heading %q missing", tr(k))
				}
			}
			pdftest.CheckPageNumbers(t, pdf, 5)
		})
	}
}

// TestEditedConclusions replaces the generated conclusions.
func TestEditedConclusions(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	o := Options{Kind: Regional, Lang: "kk", Now: datatest.Today}
	gen, err := Conclusions(ctx, s, o)
	if err != nil {
		t.Fatal(err)
	}
	if len(gen) < 5 || !strings.HasPrefix(gen[len(gen)-1], "– ") {
		t.Fatalf("generated conclusions end without recommendations: %q", gen)
	}
	pages := pdftest.Text(t, render(t, s, o))
	if all := strings.Join(pages, " "); !strings.Contains(all, pdftest.Norm(gen[0])) {
		t.Errorf("the report lacks the generated conclusion %q", gen[0])
	}
	o.Conclusions = []string{"Жоба өңірде ойдағыдай жүзеге асты.", "Ұсыныстар:", "– тәжірибені тарату;"}
	edited := pdftest.Text(t, render(t, s, o))
	all := strings.Join(edited, " ")
	if !strings.Contains(edited[1], "тәжірибені тарату.") {
		t.Error("the summary does not repeat the edited recommendations")
	}
	for _, want := range []string{"Жоба өңірде ойдағыдай жүзеге асты.", "тәжірибені тарату;"} {
		if !strings.Contains(all, want) {
			t.Errorf("the edited conclusion %q is missing", want)
		}
	}
	// The executive summary states some of the same facts: section 9 is
	// read from its heading in the body on.
	s9 := all[strings.LastIndex(all, text.T("kk", "regional.s9")):]
	if strings.Contains(s9, pdftest.Norm(gen[0])) {
		t.Error("the generated conclusions are still printed")
	}
}

func TestOptionsErrors(t *testing.T) {
	s := demoStore(t)
	for _, o := range []Options{{Kind: Quarterly}, {Kind: Quarterly, Quarter: 5}, {Lang: "en"}, {Kind: Kind(7)}} {
		err := Generate(context.Background(), s, &bytes.Buffer{}, o)
		if !errors.Is(err, ErrOptions) {
			t.Errorf("%+v: error %v, want ErrOptions", o, err)
		}
	}
	unconfigured := datatest.New(t)
	if err := Generate(context.Background(), unconfigured, &bytes.Buffer{}, Options{}); !errors.Is(err, ErrOptions) {
		t.Errorf("unconfigured database: error %v, want ErrOptions", err)
	}
}

// TestCancel stops the report between steps and reports progress in order.
func TestCancel(t *testing.T) {
	s := demoStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	var steps []int
	o := Options{Lang: "ru", Now: datatest.Today, Progress: func(step, total int) {
		steps = append(steps, step)
		if total != 5 {
			t.Errorf("total %d", total)
		}
		if step == 2 {
			cancel()
		}
	}}
	var buf bytes.Buffer
	err := Generate(ctx, s, &buf, o)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if buf.Len() != 0 {
		t.Error("a cancelled report wrote output")
	}
	if fmt.Sprint(steps) != "[1 2]" {
		t.Errorf("steps %v", steps)
	}
	steps = nil
	o.Progress = func(step, total int) { steps = append(steps, step) }
	if err := Generate(context.Background(), s, &buf, o); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(steps) != "[1 2 3 4 5]" {
		t.Errorf("steps %v", steps)
	}
}
