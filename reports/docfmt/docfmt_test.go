package docfmt

import (
	"math"
	"testing"

	"baulu/data"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
)

func TestNumbers(t *testing.T) {
	nan := comparison.Float(math.NaN())
	cases := []struct{ got, want string }{
		{Num(4.0912, 2), "4,09"},
		{Num(-1.554, 2), "−1,55"},
		{Num(-0.001, 2), "0,00"},
		{Num(math.NaN(), 2), "–"},
		{Num(math.Inf(1), 2), "–"},
		{Trim(11778.5, 1), "11778,5"},
		{Trim(7562, 1), "7562"},
		{Signed(31.37, 1), "+31,4"},
		{Signed(0.01, 1), "0,0"},
		{Signed(-2, 1), "−2,0"},
		{SignedFloat(0.475), "+0,47"},
		{SignedFloat(nan), "–"},
		{Pct(31.372549), "31,4\u00a0%"},
		{Pct(0), "0\u00a0%"},
		{Share(1, 3), "33,3\u00a0%"},
		{Share(1, 0), "–"},
		{PValue(0.0004), "< 0,001"},
		{PValue(0.04449), "0,044"},
		{PValue(0.04996), "0,0500"}, // 0,050 would read as not below 0.05
		{PValue(0.0496), "0,0496"},
		{PValue(0.4082), "0,408"},
		{PhiP(analysis.SignificantAt01), "≤ 0,01"},
		{PhiP(analysis.SignificantAt05), "≤ 0,05"},
		{PhiP(analysis.NotSignificant), "> 0,05"},
		{MeanSD(1.49, 0.321), "1,49 ± 0,32"},
		{MeanSD(1.49, nan), "1,49"},
		{MeanSD(nan, 0.3), "–"},
		{Hours(44), "44"},
		{Hours(16.5), "16,5"},
		{Pair(7, 5), "7 / 5"},
		{OrDash("  "), "–"},
		{OrDash("Тараз"), "Тараз"},
		{Roman(3), "III"},
		{Roman(7), "7"},
		{Capitalize("область Ұлытау"), "Область Ұлытау"},
		{Lower("Бастапқы"), "бастапқы"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestDates(t *testing.T) {
	d := data.NewDate(2026, 11, 25)
	cases := []struct{ got, want string }{
		{DateWords(d, "kk"), "2026 жылғы 25 қараша"},
		{DateWords(d, "ru"), "25 ноября 2026 года"},
		{MonthSpan(data.NewDate(2026, 1, 1), d, "kk"), "қаңтар – қараша"},
		{MonthSpan(data.NewDate(2026, 1, 1), d, "ru"), "январь – ноябрь"},
		{MonthSpan(d, d, "ru"), "ноябрь"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}
