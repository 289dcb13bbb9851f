package text

// N returns the plural form of key for count n in lang, with {n} filled by
// the count and the rest of the placeholders from args: key+".one",
// ".few", ".many" or ".other" by the CLDR cardinal rule of the language,
// falling back to ".other". Kazakh (like Turkic languages generally) puts
// the noun in the singular after any numeral, so Kazakh texts need only
// ".other".
func (c *Catalog) N(lang, key string, n int, args ...any) string {
	lang = Normalize(lang)
	form := key + "." + PluralForm(lang, n)
	if _, ok := c.Lookup(lang, form); !ok {
		form = key + ".other"
	}
	return c.T(lang, form, append([]any{"n", n}, args...)...)
}

// PluralForm is the CLDR cardinal category of integer n: "one", "few",
// "many" or "other".
func PluralForm(lang string, n int) string {
	if n < 0 {
		n = -n
	}
	switch Normalize(lang) {
	case "ru":
		switch d, dd := n%10, n%100; {
		case d == 1 && dd != 11:
			return "one"
		case d >= 2 && d <= 4 && (dd < 12 || dd > 14):
			return "few"
		default:
			return "many"
		}
	case "en":
		if n == 1 {
			return "one"
		}
	}
	return "other"
}
