package format

import (
	"math"
	"testing"

	"baulu/data"
	"baulu/reports/analysis"
)

type myFloat float64 // as comparison.Float

func TestNumbers(t *testing.T) {
	nan := myFloat(math.NaN())
	cases := []struct{ got, want string }{
		{Num("kk", 4.0912, 2), "4,09"},
		{Num("ru", -1.554, 2), "−1,55"},
		{Num("ru", -0.001, 2), "0,00"},
		{Num("en", -1.554, 2), "−1.55"},
		{Num("kk", math.NaN(), 2), "–"},
		{Num("kk", math.Inf(1), 2), "–"},
		{Num("ru", 3286986.5, 1), "3\u00a0286\u00a0986,5"},
		{Num("en", 3286986.5, 1), "3,286,986.5"},
		{Trim("kk", 11778.5, 1), "11\u00a0778,5"},
		{Trim("kk", 7562.0, 1), "7562"},
		{Trim("en", 2.50, 2), "2.5"},
		{Int("ru", 12345), "12\u00a0345"},
		{Int("kk", 2026), "2026"},
		{Signed("kk", 31.37, 1), "+31,4"},
		{Signed("kk", 0.01, 1), "0,0"},
		{Signed("ru", -2.0, 1), "−2,0"},
		{Signed("en", myFloat(0.475), 2), "+0.47"},
		{Signed("kk", nan, 2), "–"},
		{SignedInt("kk", 2), "+2"}, {SignedInt("ru", -12345), "−12\u00a0345"}, {SignedInt("kk", 0), "0"},
		{Pct("kk", 31.372549), "31,4\u00a0%"},
		{Pct("ru", 0.0), "0,0\u00a0%"},
		{Pct("ru", 31.96), "32,0\u00a0%"},
		{Pct("en", 23.5), "23.5%"},
		{Pct("kk", nan), "–"},
		{Share("kk", 1, 3), "33,3\u00a0%"},
		{Share("ru", 1, 0), "–"},
		{Count("kk", 12, myFloat(23.52)), "12 (23,5\u00a0%)"},
		{Count("ru", 88, myFloat(54)), "88 (54,0\u00a0%)"},
		{Count("en", 12, myFloat(23.52)), "12 (23.5%)"},
		{Count("kk", 3, nan), "3"},
		{Pair("kk", 7, 5), "7 / 5"},
		{MeanSD("kk", myFloat(1.49), 0.321), "1,49 ± 0,32"},
		{MeanSD("en", myFloat(1.49), 0.321), "1.49 ± 0.32"},
		{MeanSD("kk", myFloat(1.49), nan), "1,49"},
		{MeanSD("kk", nan, 0.3), "–"},
		{Hours("kk", 44), "44"},
		{Hours("ru", 16.5), "16,5"},
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

func TestStatistics(t *testing.T) {
	cases := []struct{ got, want string }{
		{PValue("kk", 0.0004), "< 0,001"},
		{PValue("kk", 0.04449), "0,044"},
		{PValue("ru", 0.04996), "0,0500"}, // 0,050 would read as not below 0.05
		{PValue("ru", 0.0496), "0,0496"},
		{PValue("kk", 0.00996), "0,0100"},
		{PValue("en", 0.4082), "0.408"},
		{PValue("en", 0.0004), "< 0.001"},
		{PValue("kk", math.NaN()), "–"},
		{P("kk", 0.0004), "p < 0,001"},
		{P("ru", 0.0432), "p = 0,043"},
		{P("en", 0.0432), "p = 0.043"},
		{PhiPValue("kk", analysis.SignificantAt01), "≤ 0,01"},
		{PhiPValue("ru", analysis.SignificantAt05), "≤ 0,05"},
		{PhiPValue("en", analysis.NotSignificant), "> 0.05"},
		{PhiP("kk", analysis.SignificantAt05), "p ≤ 0,05"},
		{PhiP("en", analysis.SignificantAt01), "p ≤ 0.01"},
		{Stars(analysis.SignificantAt01), "**"},
		{Stars(analysis.SignificantAt05), "*"},
		{Stars(analysis.NotSignificant), ""},
		{Stat("kk", "χ²", 3.214, 2), "χ² = 3,21"},
		{Stat("en", "Z", -1.96, 2), "Z = −1.96"},
		{StatTrim("ru", "U", 7562.0, 1), "U = 7562"},
		{StatTrim("ru", "V", 310.5, 1), "V = 310,5"},
		{Phi("kk", myFloat(-2.414)), "φ* = −2,41"}, // the sign says which group is ahead
		{Phi("en", 2.414), "φ* = 2.41"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestDates(t *testing.T) {
	d := data.NewDate(2026, 11, 25)
	jan := data.NewDate(2026, 1, 1)
	cases := []struct{ got, want string }{
		{DateWords("kk", d), "2026 жылғы 25 қараша"},
		{DateWords("ru", d), "25 ноября 2026 года"},
		{DateWords("en", d), "25 November 2026"},
		{MonthSpan("kk", jan, d), "қаңтар – қараша"},
		{MonthSpan("ru", jan, d), "январь – ноябрь"},
		{MonthSpan("en", jan, d), "January – November"},
		{MonthSpan("ru", d, d), "ноябрь"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}
