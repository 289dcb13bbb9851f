// Package docfmt writes numbers, p-values, dates and short phrases the way
// Kazakh and Russian official documents print them: a decimal comma, a
// true minus sign, a no-break space before "%", a dash for a value that
// does not exist. The regional and the national reports share it so that
// a figure reads the same in both.
package docfmt

import (
	"math"
	"strconv"
	"strings"

	"baulu/data"
	"baulu/reports/analysis"
	"baulu/reports/comparison"
)

// Dash stands in a table cell for a value that does not exist.
const Dash = "–"

// NBSP is a no-break space: a number and its unit stay on one line.
const NBSP = "\u00a0"

// Num prints x with d decimals, a decimal comma and a true minus sign, as
// Kazakh and Russian documents write numbers; NaN gives a dash.
func Num(x float64, d int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Dash
	}
	s := strconv.FormatFloat(x, 'f', d, 64)
	if s == "-"+strconv.FormatFloat(0, 'f', d, 64) {
		s = s[1:] // no "−0,00"
	}
	return strings.NewReplacer(".", ",", "-", "−").Replace(s)
}

// Float is Num for a comparison.Float.
func Float(x comparison.Float, d int) string { return Num(float64(x), d) }

// Trim prints x with at most d decimals, dropping trailing zeros: 7562,
// 11778,5, 2,5.
func Trim(x float64, d int) string {
	s := Num(x, d)
	if strings.Contains(s, ",") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ",")
	}
	return s
}

// Signed prints x with d decimals and an explicit plus for gains.
func Signed(x float64, d int) string {
	s := Num(x, d)
	if x > 0 && s != Num(0, d) {
		return "+" + s
	}
	return s
}

// SignedFloat prints a gain with two decimals and its sign, or a dash.
func SignedFloat(x comparison.Float) string {
	if math.IsNaN(float64(x)) {
		return Dash
	}
	return Signed(float64(x), 2)
}

// Pct prints a percentage with at most one decimal: "31,4 %".
func Pct(x float64) string {
	if math.IsNaN(x) {
		return Dash
	}
	return Trim(x, 1) + NBSP + "%"
}

// Share prints k of n as a percentage, or a dash when n is 0.
func Share(k, n int) string {
	if n == 0 {
		return Dash
	}
	return Pct(100 * float64(k) / float64(n))
}

// PValue prints a p-value as the verdict does: "< 0,001", else three
// decimals, or four when rounding would move it across 0.05 or 0.01.
func PValue(p float64) string {
	if math.IsNaN(p) {
		return Dash
	}
	if p < 0.001 {
		return "< " + Num(0.001, 3)
	}
	d := 3
	r := math.Round(p*1000) / 1000
	if (r < 0.05) != (p < 0.05) || (r < 0.01) != (p < 0.01) {
		d = 4
	}
	return Num(p, d)
}

// PhiP words φ*'s significance by its critical values: "≤ 0,01",
// "≤ 0,05" or "> 0,05".
func PhiP(s analysis.Significance) string {
	switch s {
	case analysis.SignificantAt01:
		return "≤ " + Num(0.01, 2)
	case analysis.SignificantAt05:
		return "≤ " + Num(0.05, 2)
	}
	return "> " + Num(0.05, 2)
}

// MeanSD prints "1,49 ± 0,32" (the SD only when it exists).
func MeanSD(m, sd comparison.Float) string {
	if m.NaN() {
		return Dash
	}
	if sd.NaN() {
		return Float(m, 2)
	}
	return Float(m, 2) + " ± " + Float(sd, 2)
}

// Hours prints hours without needless decimals: 4, 1,5.
func Hours(h float64) string { return Trim(h, 1) }

// Pair prints two counts, experimental first: "7 / 5".
func Pair(a, c int) string { return strconv.Itoa(a) + " / " + strconv.Itoa(c) }

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

// Month names: Kazakh (no case change after a year), Russian nominative
// (for a period) and genitive (for a date).
var (
	monthsKK   = [...]string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"}
	monthsRU   = [...]string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
	monthsRUGn = [...]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
)

// DateWords writes a date in words: «2026 жылғы 25 қараша», «25 ноября 2026 года».
func DateWords(d data.Date, lang string) string {
	y, m, day := strconv.Itoa(d.Year()), int(d.Month())-1, strconv.Itoa(d.Day())
	if lang == "ru" {
		return day + " " + monthsRUGn[m] + " " + y + " года"
	}
	return y + " жылғы " + day + " " + monthsKK[m]
}

// MonthSpan names the months of a period: «қаңтар – қараша», «январь – ноябрь».
func MonthSpan(from, to data.Date, lang string) string {
	names := monthsKK
	if lang == "ru" {
		names = monthsRU
	}
	a, b := names[from.Month()-1], names[to.Month()-1]
	if a == b {
		return a
	}
	return a + " – " + b
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
