// Package format is the one place that writes figures for people: numbers,
// percentages, p-values, φ* and its significance, test statistics, dates
// in words. Every function takes the language (kk, ru, en): Kazakh and
// Russian write a decimal comma and group digits with a no-break space
// («3 286 986,5», «11,0 %»), English a decimal point and commas
// («3,286,986.5», «11.0%»); a value that does not exist is a dash
// (text.Dash), never 0. The reports, the verdict and the screens print
// through it, so that a figure reads the same in a PDF, an export and on
// the screen. Numbers come from data/text (text.Num, text.Int, text.Pct);
// this package adds the statistical conventions on top.
package format

import (
	"math"
	"strconv"
	"strings"

	"baulu/data/text"
	"baulu/reports/analysis"
)

// Dash stands for a value that does not exist.
const Dash = text.Dash

// NBSP is a no-break space: a number and its unit stay on one line.
const NBSP = text.NBSP

// Float is any float64 type (comparison.Float, plain float64).
type Float interface{ ~float64 }

// Num prints x with d decimals in lang's way; NaN and infinities give Dash.
func Num[F Float](lang string, x F, d int) string { return text.Num(lang, float64(x), d) }

// Trim is Num without trailing zeros: 7562, 11 778,5, 2,5.
func Trim[F Float](lang string, x F, d int) string { return text.Trim(lang, float64(x), d) }

// Int prints a count with lang's digit grouping.
func Int(lang string, n int) string { return text.Int(lang, int64(n)) }

// Signed is Num with an explicit plus for a gain: «+0,47», «−2,0», «0,0».
func Signed[F Float](lang string, x F, d int) string {
	s := Num(lang, x, d)
	if x > 0 && s != Num(lang, 0.0, d) {
		return "+" + s
	}
	return s
}

// SignedInt prints a change of a count with its sign: «+2», «−1», «0».
func SignedInt(lang string, n int) string {
	if n > 0 {
		return "+" + Int(lang, n)
	}
	return Int(lang, n)
}

// Pct prints a percentage with one decimal, whatever its value, as the
// reports' tables do: «31,4 %», «0,0 %», «50,0 %», «31.4%» in English (one
// way everywhere: «0 %» in a sentence beside «0,0 %» in a table read as
// two figures).
func Pct[F Float](lang string, x F) string { return text.Pct(lang, float64(x), 1) }

// Share prints k of n as a percentage (Pct), or Dash when n is 0.
func Share(lang string, k, n int) string {
	if n == 0 {
		return Dash
	}
	return Pct(lang, 100*float64(k)/float64(n))
}

// Count prints a count with its share, one decimal: «12 (23,5 %)»; a share
// that does not exist leaves the count alone.
func Count[F Float](lang string, n int, share F) string {
	if math.IsNaN(float64(share)) {
		return Int(lang, n)
	}
	return Int(lang, n) + " (" + text.Pct(lang, float64(share), 1) + ")"
}

// Pair prints two counts, experimental first: «7 / 5».
func Pair(lang string, e, c int) string { return Int(lang, e) + " / " + Int(lang, c) }

// MeanSD prints «1,49 ± 0,32»; the SD only when it exists (one child has
// none), Dash without a mean.
func MeanSD[F Float](lang string, m, sd F) string {
	if math.IsNaN(float64(m)) {
		return Dash
	}
	if math.IsNaN(float64(sd)) {
		return Num(lang, m, 2)
	}
	return Num(lang, m, 2) + " ± " + Num(lang, sd, 2)
}

// Hours prints hours without needless decimals: 4, 1,5.
func Hours(lang string, h float64) string { return Trim(lang, h, 1) }

// PValue prints a p-value for a table cell: «< 0,001», else three
// decimals, or four when rounding would carry it across 0.05 or 0.01
// (0,0500 is not read as «not below 0.05»); Dash when there is none.
func PValue[F Float](lang string, p F) string {
	x := float64(p)
	switch {
	case math.IsNaN(x):
		return Dash
	case x < 0.001:
		return "< " + text.Num(lang, 0.001, 3)
	}
	d := 3
	r := math.Round(x*1000) / 1000
	if (r < 0.05) != (x < 0.05) || (r < 0.01) != (x < 0.01) {
		d = 4
	}
	return text.Num(lang, x, d)
}

// P is PValue inside a sentence: «p < 0,001», «p = 0,043».
func P[F Float](lang string, p F) string {
	s := PValue(lang, p)
	switch {
	case s == Dash:
		return "p = " + Dash
	case strings.HasPrefix(s, "<"):
		return "p " + s
	}
	return "p = " + s
}

// PhiPValue words φ*'s significance for a table cell by its critical
// values (the test gives no exact p): «≤ 0,01», «≤ 0,05», «> 0,05».
func PhiPValue(lang string, s analysis.Significance) string {
	switch s {
	case analysis.SignificantAt01:
		return "≤ " + text.Num(lang, 0.01, 2)
	case analysis.SignificantAt05:
		return "≤ " + text.Num(lang, 0.05, 2)
	}
	return "> " + text.Num(lang, 0.05, 2)
}

// PhiP is PhiPValue inside a sentence: «p ≤ 0,01».
func PhiP(lang string, s analysis.Significance) string { return "p " + PhiPValue(lang, s) }

// Stars mark φ*'s significance beside its value: ** at p ≤ 0.01, * at
// 0.05, nothing otherwise.
func Stars(s analysis.Significance) string {
	switch s {
	case analysis.SignificantAt01:
		return "**"
	case analysis.SignificantAt05:
		return "*"
	}
	return ""
}

// Stat prints a test statistic with its symbol and d decimals, the sign
// kept: «χ² = 3,21», «Z = −1,96», «φ* = −2,41».
func Stat[F Float](lang, symbol string, x F, d int) string {
	return symbol + " = " + Num(lang, x, d)
}

// StatTrim is Stat without trailing zeros, for the rank statistics U and
// V that are whole or halves: «U = 7562», «V = 310,5».
func StatTrim[F Float](lang, symbol string, x F, d int) string {
	return symbol + " = " + Trim(lang, x, d)
}

// Phi prints φ* with its sign: «φ* = −2,41» (negative: the control
// group's share is the higher).
func Phi[F Float](lang string, phi F) string { return Stat(lang, "φ*", phi, 2) }

// OrDash replaces an empty value with a dash.
func OrDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return Dash
	}
	return s
}

// Roman gives the Roman numeral of a quarter or level, 1–4.
func Roman(n int) string {
	if n < 1 || n > 4 {
		return strconv.Itoa(n)
	}
	return [...]string{"I", "II", "III", "IV"}[n-1]
}

// Capitalize upper-cases the first letter («область Ұлытау» → «Область Ұлытау»).
func Capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// Lower lower-cases the first letter, for round names inside a sentence.
func Lower(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// StarsP marks a p-value beside its figure, e.g. a Holm-adjusted p in a
// table of many tests: ** at p ≤ 0.01, * at p ≤ 0.05, nothing otherwise
// (or without a p).
func StarsP[F Float](p F) string {
	switch x := float64(p); {
	case x <= 0.01:
		return "**"
	case x <= 0.05:
		return "*"
	}
	return ""
}
