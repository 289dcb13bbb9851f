package comparison

import (
	"strconv"

	"baulu/reports/comparison"
	"baulu/ui/i18n"
	"baulu/ui/kit"
)

// pct writes a percentage with one decimal: «23,5 %» in kk and ru, «23.5%»
// in English.
func pct(f comparison.Float) string {
	s := kit.FigTrim(f, 1)
	if s == kit.Dash {
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
		return kit.Dash
	}
	if sd.NaN() {
		return kit.Fig(m, 2)
	}
	return kit.Fig(m, 2) + " ± " + kit.Fig(sd, 2)
}

// count writes a level count with its share of the round: «12 (23,5 %)».
func count(n int, share comparison.Float) string {
	if share.NaN() {
		return strconv.Itoa(n)
	}
	return strconv.Itoa(n) + " (" + pct(share) + ")"
}
