package comparison

import (
	"strconv"

	"baulu/reports/comparison"
	"baulu/reports/format"
	"baulu/ui/i18n"
)

// pct writes a percentage with one decimal: «23,5 %» in kk and ru, «23.5%»
// in English.
func pct(f comparison.Float) string {
	s := format.Trim(i18n.Current(), f, 1)
	if s == format.Dash {
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
		return format.Dash
	}
	if sd.NaN() {
		return format.Num(i18n.Current(), m, 2)
	}
	return format.Num(i18n.Current(), m, 2) + " ± " + format.Num(i18n.Current(), sd, 2)
}

// count writes a level count with its share of the round: «12 (23,5 %)».
func count(n int, share comparison.Float) string {
	if share.NaN() {
		return strconv.Itoa(n)
	}
	return strconv.Itoa(n) + " (" + pct(share) + ")"
}
