package regional

import (
	"math"
	"strconv"
	"strings"

	"baulu/data"
	"baulu/reports/comparison"
)

// dash stands in a table cell for a value that does not exist.
const dash = "–"

// num prints x with d decimals, a decimal comma and a true minus sign, as
// Kazakh and Russian documents write numbers; NaN gives a dash.
func num(x float64, d int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return dash
	}
	s := strconv.FormatFloat(x, 'f', d, 64)
	if s == "-"+strconv.FormatFloat(0, 'f', d, 64) {
		s = s[1:] // no "−0,00"
	}
	return strings.NewReplacer(".", ",", "-", "−").Replace(s)
}

// fnum is num for a comparison.Float.
func fnum(x comparison.Float, d int) string { return num(float64(x), d) }

// trim prints x with at most d decimals, dropping trailing zeros: 7562,
// 11778,5, 2,5.
func trim(x float64, d int) string {
	s := num(x, d)
	if strings.Contains(s, ",") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ",")
	}
	return s
}

// signed prints x with d decimals and an explicit plus for gains.
func signed(x float64, d int) string {
	s := num(x, d)
	if x > 0 && s != num(0, d) {
		return "+" + s
	}
	return s
}

// pct prints a percentage with one decimal: "31,4 %".
func pct(x float64) string {
	if math.IsNaN(x) {
		return dash
	}
	return trim(x, 1) + nbsp + "%"
}

// nbsp is a no-break space: a number and its unit stay on one line.
const nbsp = "\u00a0"

// share prints k of n as a percentage, or a dash when n is 0.
func share(k, n int) string {
	if n == 0 {
		return dash
	}
	return pct(100 * float64(k) / float64(n))
}

// pval prints a p-value as the verdict does: "< 0,001", else three
// decimals, or four when rounding would move it across 0.05 or 0.01.
func pval(p float64) string {
	if math.IsNaN(p) {
		return dash
	}
	if p < 0.001 {
		return "< " + num(0.001, 3)
	}
	d := 3
	r := math.Round(p*1000) / 1000
	if (r < 0.05) != (p < 0.05) || (r < 0.01) != (p < 0.01) {
		d = 4
	}
	return num(p, d)
}

// meanSD prints "1,49 ± 0,32" (the SD only when it exists).
func meanSD(m, sd comparison.Float) string {
	if m.NaN() {
		return dash
	}
	if sd.NaN() {
		return fnum(m, 2)
	}
	return fnum(m, 2) + " ± " + fnum(sd, 2)
}

// hours prints hours without needless decimals: 4, 1,5.
func hours(h float64) string { return trim(h, 1) }

// roman gives the Roman numeral of a quarter or level, 1–4.
func roman(n int) string {
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

// dateWords writes a date in words: «2026 жылғы 25 қараша», «25 ноября 2026 года».
func dateWords(d data.Date, lang string) string {
	y, m, day := strconv.Itoa(d.Year()), int(d.Month())-1, strconv.Itoa(d.Day())
	if lang == "ru" {
		return day + " " + monthsRUGn[m] + " " + y + " года"
	}
	return y + " жылғы " + day + " " + monthsKK[m]
}

// monthSpan names the months of a period: «қаңтар – қараша», «январь – ноябрь».
func monthSpan(from, to data.Date, lang string) string {
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

// capitalize upper-cases the first letter («область Ұлытау» → «Область Ұлытау»).
func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// lower lower-cases the first letter, for round names inside a sentence.
func lower(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
