package ui

import (
	"math"
	"strconv"
	"strings"

	"baulu/reports/comparison"
	"baulu/ui/i18n"
)

// dash stands for a figure that does not exist: a mean of no children, a
// test that cannot be computed. It is never written as 0.
const dash = "—"

// fig writes a figure with d decimals in the UI's style (formatFloat: the
// decimal comma in kk and ru), a true minus sign, no "−0,00", and a dash
// for NaN or an infinity.
func fig(f comparison.Float, d int) string {
	x := float64(f)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return dash
	}
	s := formatFloat(x, d)
	if strings.Trim(s, "-0.,") == "" {
		s = strings.TrimPrefix(s, "-")
	}
	return strings.Replace(s, "-", "−", 1)
}

// figTrim is fig without trailing zeros (U = 7562, U = 7562,5).
func figTrim(f comparison.Float, d int) string {
	s := fig(f, d)
	if strings.ContainsAny(s, ".,") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".,")
	}
	return s
}

// pval writes a p-value as the verdict does: three decimals, "< 0,001"
// below that, a fourth decimal when rounding would carry p across 0.05 or
// 0.01, a dash when there is none.
func pval(p comparison.Float) string {
	x := float64(p)
	switch {
	case math.IsNaN(x):
		return dash
	case x < 0.001:
		return "< " + formatFloat(0.001, 3)
	}
	d := 3
	r := math.Round(x*1000) / 1000
	if (r < 0.05) != (x < 0.05) || (r < 0.01) != (x < 0.01) {
		d = 4
	}
	return formatFloat(x, d)
}

// pct writes a percentage with one decimal: «23,5 %» in kk and ru, «23.5%»
// in English.
func pct(f comparison.Float) string {
	s := figTrim(f, 1)
	if s == dash {
		return s
	}
	if i18n.Current() == "en" {
		return s + "%"
	}
	return s + " %"
}

// meanSD writes «1,49 ± 0,41»; the SD of a single child does not exist.
func meanSD(m comparison.Float, sd comparison.Float) string {
	if m.NaN() {
		return dash
	}
	if sd.NaN() {
		return fig(m, 2)
	}
	return fig(m, 2) + " ± " + fig(sd, 2)
}

// count writes a level count with its share of the round: «12 (23,5 %)».
func count(n int, share comparison.Float) string {
	if share.NaN() {
		return strconv.Itoa(n)
	}
	return strconv.Itoa(n) + " (" + pct(share) + ")"
}
