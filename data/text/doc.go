// Package text is Baulu's one text catalogue: every sentence, label and
// message the program shows or prints, in Kazakh (the default and the
// fallback), Russian and English, whichever package owns it.
//
// A package keeps its texts in JSON files named after the language
// (kk.json, ru.json, en.json: one flat object of key → text) and registers
// them once, from an init function:
//
//	//go:embed texts
//	var texts embed.FS
//
//	func init() { text.MustRegister("xlsxio", texts, "texts") }
//
// Keys are global across packages (a key defined twice is an error), so a
// package prefixes its keys with its own name. A domain may leave out a
// language (report wording exists in kk and ru only); T then falls back to
// Kazakh.
//
// There is one placeholder syntax: {name}, filled from name/value pairs:
//
//	text.T("ru", "xlsxio.bad_cell", "sheet", "E1", "cell", "C7")
//
// Integers are printed with the language's digit grouping (Int), other
// values with fmt.Sprint: callers format floats themselves (Num), so that
// the number of decimals stays the caller's decision.
//
// Plurals: N picks key+".one", ".few", ".many" or ".other" by the CLDR rule
// of the language (Kazakh counts with the singular: only ".other" is
// needed there), and fills {n} with the count.
//
// The package has no dependencies beyond the standard library and may be
// imported from anywhere: data, reports, ui and cmd all use it. The ui
// package's i18n adapter only adds Fyne's own texts and the current
// language.
package text
