package national

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"

	"baulu/data"
	"baulu/data/datatest"
	"baulu/data/demo"
	"baulu/data/text"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/reports/internal/pdftest"
	"baulu/reports/official"
)

// headingKeys are the headings of a report with monitoring data.
var headingKeys = []string{"sum", "captions", "s1", "s2", "sa", "s3", "s4", "s4.1", "s4.2", "s4.3", "s5", "annex"}

// TestReportFromDemo generates the report of all twenty demo regions in
// both languages and reads it back: headings, every region, the pooled
// figures of comparison.National, every kindergarten, page numbers, and
// no child.
func TestReportFromDemo(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	_, all, err := comparison.National(ctx, s, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !all.Result.Gains.Computable || all.Result.DiD.NaN() {
		t.Fatalf("the demo comparison is empty: %+v", all.Result.Gains)
	}
	regions, err := s.Regions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kgs, err := s.Kindergartens(ctx, "")
	if err != nil || len(kgs) != 100 {
		t.Fatalf("%d kindergartens, %v", len(kgs), err)
	}
	for _, lang := range []string{"kk", "ru"} {
		t.Run(lang, func(t *testing.T) {
			pdf := render(t, s, Options{Lang: lang})
			doc := strings.Join(pdftest.Text(t, pdf), " ")
			flat := squash(doc)
			tr := func(k string) string { return text.T(lang, "national."+k) }
			if !strings.Contains(doc, pdftest.Norm(tr("title"))) {
				t.Error("the title is missing")
			}
			for _, k := range headingKeys {
				// Once in the contents, once in the body.
				if n := strings.Count(doc, pdftest.Norm(tr(k))); n < 2 {
					t.Errorf("heading %q appears %d times, want at least 2", tr(k), n)
				}
			}
			for _, r := range regions {
				if name := format.Capitalize(r.Name(lang)); !strings.Contains(flat, squash(name)) {
					t.Errorf("region %s (%s) is missing", r.Code, name)
				}
			}
			r := all.Result
			want := []string{
				// The pooled comparison: its tests table and verdict.
				text.T(lang, "labels.term.did.symbol") + " = " + format.Num("kk", r.DiD, 2),
				"t = " + format.Num("kk", r.Gains.T, 2), "d = " + format.Num("kk", r.Gains.CohenD, 2),
				"φ* = " + format.Num("kk", r.AtTo.Phi.PhiStar, 2),
				"χ² = " + format.Num("kk", r.AtFrom.ChiSquare.Statistic, 2),
				"U = " + format.Trim("kk", float64(r.AtTo.MannWhitney.U), 1),
				format.MeanSD("kk", r.Experimental.Gain.Mean, r.Experimental.Gain.SD),
				text.T(lang, "national.s1.all_present", "total", 20),
			}
			want = append(want, comparison.Verdict(r, lang)...)
			for _, w := range want {
				if !strings.Contains(flat, squash(w)) {
					t.Errorf("the report lacks %q", w)
				}
			}
			off := official.New(lang, data.Settings{}, data.Region{})
			for _, k := range kgs {
				if name := off.KindergartenName(k); !strings.Contains(flat, squash(name)) {
					t.Errorf("kindergarten №%d %q is not in the annex", k.ID, name)
				}
			}
			pdftest.CheckPageNumbers(t, pdf, 10)
			checkNoChildren(t, doc)
			pdftest.CheckWording(t, lang, doc)
			if strings.Contains(doc, "{") {
				t.Error("a text key is missing: the report shows {key}")
			}
		})
	}
}

// TestRegionRowsAreNationals wants each region's line of the comparison
// table, and the pooled line, to carry comparison.National's figures: the
// pairs, gains, the CR2 p and φ* on one line, the CR2 difference above it
// and its interval below.
func TestRegionRowsAreNationals(t *testing.T) {
	s := demoStore(t)
	rows, all, err := comparison.National(context.Background(), s, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"kk", "ru"} {
		var lines []string
		for _, p := range pdftest.Layout(t, render(t, s, Options{Lang: lang})) {
			for _, l := range p {
				lines = append(lines, pdftest.Norm(l))
			}
		}
		doc := strings.Join(lines, "\n")
		for _, r := range append(rows, all) {
			// The figures after the region's name and groups.
			cells := comparisonRow(lang, "", r.Result)
			est, ci, _ := strings.Cut(cells[4], "\n")
			g := r.Result.Primary.Gain
			if est != format.Signed(lang, g.Estimate, 2) || ci != text.T(lang, "resultview.p.ci", "low", format.Num(lang, g.CILow, 2), "high", format.Num(lang, g.CIHigh, 2)) ||
				cells[5] != format.PValue(lang, g.P) {
				t.Errorf("%s %q: cells %q, CR2 %+v", lang, r.Region, cells, g)
			}
			w := strings.Join(append(cells[2:4:4], cells[5:]...), " ")
			if !regexp.MustCompile(regexp.QuoteMeta(est) + `[^\n]*\n[^\n]*` + regexp.QuoteMeta(w) + `[^\n]*\n[^\n]*` + regexp.QuoteMeta(ci)).MatchString(doc) {
				t.Errorf("%s %q: no line with %q between %q and %q", lang, r.Region, w, est, ci)
			}
		}
	}
}

// checkNoChildren wants neither a child's name nor a child's code.
func checkNoChildren(t *testing.T, doc string) {
	t.Helper()
	for _, name := range childNames {
		for _, part := range strings.Fields(name) {
			if strings.Contains(doc, part) {
				t.Errorf("a child's name (%q) appears in the report", part)
			}
		}
	}
	if code := childCode.FindString(doc); code != "" {
		t.Errorf("a child's code (%s) appears in the report", code)
	}
}

// TestEmptyDatabase: without region data the report is still a valid
// document, and says so.
func TestEmptyDatabase(t *testing.T) {
	cases := []struct {
		name string
		s    *data.Store
	}{
		{"new database", datatest.New(t)},
		{"own region without data", datatest.NewConfigured(t, "AST")},
	}
	for _, c := range cases {
		for _, lang := range []string{"kk", "ru"} {
			t.Run(c.name+" "+lang, func(t *testing.T) {
				pdf := render(t, c.s, Options{Lang: lang})
				doc := strings.Join(pdftest.Text(t, pdf), " ")
				tr := func(k string) string { return text.T(lang, "national."+k) }
				for _, k := range []string{"s1.none", "s2.none", "s3.none", "s4.none", "c.none", "annex.none"} {
					if !strings.Contains(doc, pdftest.Norm(tr(k))) {
						t.Errorf("no %q", tr(k))
					}
				}
				if !strings.Contains(doc, pdftest.Norm(text.T(lang, "national.subtitle.count", "present", 0, "total", 20))) {
					t.Error("the title page does not say that no region is present")
				}
				pdftest.CheckPageNumbers(t, pdf, 4)
			})
		}
	}
}

// TestSomeRegions: two regions, one imported from a package, the other
// entered here; the eighteen others are named missing.
func TestSomeRegions(t *testing.T) {
	ctx := context.Background()
	s := datatest.NewConfigured(t, "ULY")
	if _, err := demo.Generate(ctx, s, demo.Options{Regions: []string{"ULY", "AST"}, Seed: 2}); err != nil {
		t.Fatal(err)
	}
	datatest.Exec(t, s, `INSERT INTO region_import(region_code, created_at, imported_at, centre_name) VALUES
		('AST', '2026-11-20T09:30:00Z', '2026-11-24 10:00:00', 'Астана қаласының әдістемелік орталығы')`)
	regions, err := s.Regions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The Institute's signatory and executor come from the settings.
	st, _ := s.Settings(ctx)
	st.InstituteSignatoryName, st.InstituteSignatoryPosition = "Ә. Б. Нұрланова", "Институт директорының орынбасары"
	st.ExecutorName, st.ExecutorPhone = "Г. Сәрсенова", "8 (7172) 57-20-11"
	if err := s.SaveSettings(ctx, st); err != nil {
		t.Fatal(err)
	}
	pdf := render(t, s, Options{Lang: "kk"})
	doc := strings.Join(pdftest.Text(t, pdf), " ")
	tr := func(k string) string { return text.T("kk", "national."+k) }
	want := []string{text.T("kk", "national.subtitle.count", "present", 2, "total", 20), text.T("kk", "national.s1.present", "present", 2, "total", 20),
		tr("source.package"), "20.11.2026", "24.11.2026", "Астана қаласының әдістемелік орталығы",
		// Two regions are not the republic: titles and sentences say «2 of 20».
		text.T("kk", "national.s3.table", "scope", text.T("kk", "national.scope.some", "present", 2, "total", 20)),
		tr("sum"), tr("sa"), tr("captions"), "Ә. Б. Нұрланова", "Институт директорының орынбасары", "Орынд.: Г. Сәрсенова, тел. 8 (7172) 57-20-11"}
	var missing []string
	for _, r := range regions {
		if r.Code != "ULY" && r.Code != "AST" {
			missing = append(missing, r.NameKK)
		}
	}
	want = append(want, text.T("kk", "national.s1.missing", "n", 18, "list", strings.Join(missing, ", ")),
		text.T("kk", "national.c.missing", "list", strings.Join(missing, ", ")))
	for _, w := range want {
		if !strings.Contains(squash(doc), squash(w)) {
			t.Errorf("the report lacks %q", w)
		}
	}
	// The own region's source wraps in its cell, and pdftotext reads the
	// neighbouring cell between its lines: its words are looked for.
	for _, w := range strings.Fields(tr("source.own")) {
		if !strings.Contains(doc, w) {
			t.Errorf("the own region's source lacks %q", w)
		}
	}
	if strings.Contains(doc, tr("scope.all")) {
		t.Errorf("the report of 2 regions says %q", tr("scope.all"))
	}
	pdftest.CheckPageNumbers(t, pdf, 8)
	pdftest.CheckWording(t, "kk", doc)
}

func TestOptions(t *testing.T) {
	s := datatest.New(t)
	err := Generate(context.Background(), s, &strings.Builder{}, Options{Lang: "en"})
	if !errors.Is(err, ErrOptions) {
		t.Errorf("English: %v, want ErrOptions", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Generate(ctx, s, &strings.Builder{}, Options{Lang: "kk"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	var got []int
	o := Options{Lang: "ru", Now: datatest.Today, Progress: func(step, total int) {
		if total != steps {
			t.Errorf("total %d", total)
		}
		got = append(got, step)
	}}
	if err := Generate(context.Background(), s, &strings.Builder{}, o); err != nil {
		t.Fatal(err)
	}
	if len(got) != steps || got[len(got)-1] != steps {
		t.Errorf("progress %v", got)
	}
	p, _ := s.Period(context.Background())
	if FileName("kk", p) != "Ұлттық-есеп-2026.pdf" || FileName("ru", p) != "Национальный-отчёт-2026.pdf" {
		t.Error(FileName("kk", p), FileName("ru", p))
	}
}

// TestNoFinalRound: without the rounds to compare, the report is refused
// with a reason rather than made to say that no region has data.
func TestNoFinalRound(t *testing.T) {
	s := datatest.NewConfigured(t, "ULY")
	r, err := s.RoundByKind(context.Background(), data.RoundFinal)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRound(context.Background(), r.ID); err != nil {
		t.Fatal(err)
	}
	err = Generate(context.Background(), s, &strings.Builder{}, Options{Lang: "kk", Now: datatest.Today})
	if !errors.Is(err, data.ErrNotFound) {
		t.Errorf("got %v, want ErrNotFound", err)
	}
}
