package text

import (
	"math"
	"strconv"
	"strings"
)

// Dash stands for a value that does not exist (a NaN, a test that could
// not be computed), in every language.
const Dash = "–"

// NBSP is a no-break space: a number and its unit stay on one line.
const NBSP = "\u00a0"

// groupSep separates groups of three digits: a no-break space in Kazakh and
// Russian (GOST / the usual typesetting), a comma in English.
func groupSep(lang string) string {
	if Normalize(lang) == "en" {
		return ","
	}
	return NBSP
}

// decimalSep is the decimal separator: a comma in Kazakh and Russian.
func decimalSep(lang string) string {
	if Normalize(lang) == "en" {
		return "."
	}
	return ","
}

// Int prints n with its digits grouped in threes from five digits on
// («3 286», «32 860», «3 286 986»: four-digit numbers such as years stay
// whole, as Kazakh and Russian typesetting does), with a true minus sign.
func Int(lang string, n int64) string {
	neg := n < 0
	s := strconv.FormatInt(n, 10)
	if neg {
		s = s[1:]
	}
	s = group(lang, s)
	if neg {
		return "−" + s
	}
	return s
}

// group puts the language's separator between groups of three digits of
// the whole number digits when it has five or more.
func group(lang, digits string) string {
	if len(digits) < 5 {
		return digits
	}
	sep := groupSep(lang)
	var b strings.Builder
	first := len(digits) % 3
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// Num prints x with d decimals in the language's way: digit groups,
// decimal comma (kk, ru) or point (en), a true minus sign, no "−0,00";
// NaN and infinities give Dash.
func Num(lang string, x float64, d int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Dash
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', d, 64)
	whole, frac, _ := strings.Cut(s, ".")
	out := group(lang, whole)
	if frac != "" {
		out += decimalSep(lang) + frac
	}
	if x < 0 && strings.Trim(s, "0.") != "" {
		out = "−" + out
	}
	return out
}

// Trim is Num with at most d decimals, trailing zeros dropped: 7562,
// 11 778,5, 2,5.
func Trim(lang string, x float64, d int) string {
	s := Num(lang, x, d)
	sep := decimalSep(lang)
	if strings.Contains(s, sep) {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), sep)
	}
	return s
}

// Pct prints a percentage with d decimals and a no-break space before the
// sign, «11,0 %», as Kazakh and Russian typesetting does; English writes
// the sign close up, «11.0%». NaN gives Dash.
func Pct(lang string, x float64, d int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Dash
	}
	if Normalize(lang) == "en" {
		return Num(lang, x, d) + "%"
	}
	return Num(lang, x, d) + NBSP + "%"
}
