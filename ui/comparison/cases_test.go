package comparison

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"baulu/data/datatest"
	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/ui/i18n"
	"baulu/ui/kit/kittest"
)

func TestComparisonOfAnEmptyRegion(t *testing.T) {
	s := datatest.NewConfigured(t, "AST")
	h := kittest.New(t, s)
	c := openComparison(t, h)
	if c.shown == nil || !c.shown.res.NoData || c.view.levels != nil || c.view.tests != nil || c.shown.chart != nil {
		t.Fatalf("empty region shows figures: %+v", c.view)
	}
	want := comparison.Verdict(comparison.Result{NoData: true}, "kk")[0]
	if got := texts(c.body); len(got) != 1 || got[0] != want {
		t.Fatalf("empty region shows %q, want %q", got, want)
	}
}

func TestComparisonBeforeTheFinalRound(t *testing.T) {
	var groups []cmpGroup
	for _, g := range knownGroups {
		g.final = make([]int, len(g.base)) // nobody scored yet
		groups = append(groups, g)
	}
	s := cmpRegion(t, groups)
	h := kittest.New(t, s)
	c := openComparison(t, h)
	want := sameResult(t, s, c)
	if !want.Has(comparison.WarnRoundEmpty) {
		t.Fatalf("warnings %+v", want.Warnings)
	}
	v := c.view
	shown := strings.Join(texts(v.pages()[0]), "\n")
	if !strings.Contains(shown, "Кезең соңында бағалау деректері жоқ") || !strings.Contains(shown, "«Қорытынды» мониторингінде бағалау деректері жоқ") {
		t.Fatalf("verdict page:\n%s", shown)
	}
	if got := v.levels[1]; got[1] != "0" || got[2] != "0" || got[5] != format.Dash {
		t.Fatalf("empty final round row %q", got)
	}
	if v.gains != nil || v.did != "" || len(v.tests) != 3 {
		t.Fatalf("paired figures without a final round: gains %q, did %q, %d tests", v.gains, v.did, len(v.tests))
	}
	if bars := levelBars(want, "Бастапқы", "Қорытынды"); len(bars) != 2 {
		t.Fatalf("%d bars for one round", len(bars))
	}
	if got := texts(v.pages()[3]); len(got) != 1 || !strings.Contains(got[0], "деректері жоқ") {
		t.Fatalf("summary without paired children: %q", got)
	}
}

func TestComparisonSummaryTable(t *testing.T) {
	s := cmpRegion(t, knownGroups)
	h := kittest.New(t, s)
	c := openComparison(t, h)
	want, err := comparison.Summary(ctx, s, "ULY", c.scope().From, c.scope().To)
	if err != nil {
		t.Fatal(err)
	}
	sum := c.view.summary
	if sum == nil || len(sum.table.Shown()) != len(want) {
		t.Fatalf("summary rows: %v, want %d", sum, len(want))
	}
	for i, r := range sum.table.Shown() {
		if r.Kind != want[i].Kind || r.KindergartenID != want[i].KindergartenID || r.IndicatorID != want[i].IndicatorID {
			t.Fatalf("row %d is %+v, want %+v (the package's order: moved most first)", i, r, want[i])
		}
	}
	if got := sum.where(sum.table.Shown()[0]); got != "Бүкіл өңір" {
		t.Fatalf("first row %q", got)
	}

	sum.kinds.SetKey(comparison.RowKindergarten)
	if n := len(sum.table.Shown()); n != 5 {
		t.Fatalf("%d kindergarten rows", n)
	}
	sum.table.SortBy(5) // difference in differences, ascending; missing last
	rows := sum.table.Shown()
	for i := 1; i < len(rows); i++ {
		if !rows[i-1].DiD.NaN() && !rows[i].DiD.NaN() && rows[i-1].DiD > rows[i].DiD {
			t.Fatalf("not sorted by DiD: %v then %v", rows[i-1].DiD, rows[i].DiD)
		}
		if rows[i-1].DiD.NaN() && !rows[i].DiD.NaN() {
			t.Fatal("a kindergarten without data sorted before one with data")
		}
	}
	if last := rows[len(rows)-1]; !last.DiD.NaN() || sum.table.Column(5).Text(last) != format.Dash {
		t.Fatalf("kindergartens without groups should come last with a format.Dash: %+v", last)
	}

	// The summary depends on the rounds only: another kindergarten reuses it.
	before := c.summary
	c.kgPick.SetKey("77")
	if c.shown.req.summary || &c.summary[0] != &before[0] {
		t.Fatal("summary recomputed for a change of kindergarten")
	}
}

func TestComparisonInRussian(t *testing.T) {
	s := cmpRegion(t, knownGroups)
	h := kittest.New(t, s)
	if err := i18n.Set("ru"); err != nil {
		t.Fatal(err)
	}
	c := openComparison(t, h)
	c.kgPick.SetKey("76")
	want := sameResult(t, s, c)
	shown := strings.Join(texts(c.view.pages()[0]), "\n")
	for _, sentence := range comparison.Verdict(want, "ru") {
		if !strings.Contains(shown, sentence) {
			t.Fatalf("Russian verdict sentence %q not shown", sentence)
		}
	}
	if got := c.view.levels[1]; got[0] != "Экспериментальная группа — итоговый" || got[4] != "6 (60 %)" || got[5] != "2,60 ± 0,52" {
		t.Fatalf("Russian level row %q", got)
	}
	if bars := levelBars(want, "Входной", "Итоговый"); bars[0].Label != "Эксп. группа — входной" || bars[3].Label != "Контр. группа — итоговый" {
		t.Fatalf("Russian bar labels %q, %q", bars[0].Label, bars[3].Label)
	}
	if got := i18n.T("level.3"); got != "III — высокий" {
		t.Fatalf("level name %q", got)
	}
}

func TestComparisonFormats(t *testing.T) {
	nan := comparison.Float(math.NaN())
	cases := []struct {
		lang string
		got  func() string
		want string
	}{
		{"kk", func() string { return pct(31.37) }, "31,4 %"},
		{"kk", func() string { return pct(0) }, "0 %"},
		{"en", func() string { return pct(55) }, "55%"},
		{"kk", func() string { return meanSD(2.6, 0.5164) }, "2,60 ± 0,52"},
		{"kk", func() string { return meanSD(2, nan) }, "2,00"},
		{"kk", func() string { return meanSD(nan, nan) }, format.Dash},
		{"kk", func() string { return count(3, nan) }, "3"},
		{"kk", func() string { return superscript(12) }, "¹²"},
	}
	t.Cleanup(func() { i18n.Set("kk") })
	for _, tc := range cases {
		if err := i18n.Set(tc.lang); err != nil {
			t.Fatal(err)
		}
		if got := tc.got(); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.lang, got, tc.want)
		}
	}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
