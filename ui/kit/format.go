package kit

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"baulu/data"
	"baulu/ui/i18n"
)

// Dash stands for a figure that does not exist: a mean of no children, a
// test that cannot be computed. It is never written as 0.
const Dash = "—"

// FormatFloat writes a number with prec decimals and the decimal comma
// used in kk and ru.
func FormatFloat(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'f', prec, 64)
	if i18n.Current() != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Stamp writes a moment as the UI shows it: dd.mm.yyyy HH:MM.
func Stamp(t time.Time) string { return t.Local().Format("02.01.2006 15:04") }

// Cut shortens a long text for a list or a picker, on a letter boundary.
func Cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// DaysText is "N days" in the UI language.
func DaysText(n int) string { return i18n.N("days.n", n) }

// ReportLangs are the languages documents are written in (kk and ru only).
var ReportLangs = []string{"kk", "ru"}

// RomanQuarter writes quarters as reports do: I–IV.
var RomanQuarter = []string{"", "I", "II", "III", "IV"}

// QuarterLabel is "I quarter 2026" in the UI language: quarter q of period p.
func QuarterLabel(q int, p data.Period) string {
	return i18n.T("quarter.n", "quarter", Roman(q), "year", p.Label())
}

// Roman writes a quarter as reports do (I–IV; a longer period's fifth and
// sixth as V, VI).
func Roman(q int) string {
	if q >= 0 && q < len(RomanQuarter) {
		return RomanQuarter[q]
	}
	return []string{"V", "VI", "VII", "VIII"}[min(q-5, 3)]
}

// Capitalize upper-cases the first letter («область Ұлытау» as a heading).
func Capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// LowerFirst writes a round's name inside a phrase: «Бастапқы» → «бастапқы».
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	// Keep acronyms and Roman numerals («III кезең») as they are.
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return strings.ToLower(string(r)) + s[n:]
}
