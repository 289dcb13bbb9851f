package format

import (
	"embed"
	"strconv"

	"baulu/data"
	"baulu/data/text"
)

//go:embed texts
var texts embed.FS

func init() { text.MustRegister("format", texts, "texts") }

// month is the name of month m (1–12): "format.month.N" names a month
// alone («қараша», «ноябрь»), "format.month.N.date" inside a date (the
// Russian genitive «ноября»).
func month(lang string, m int, inDate bool) string {
	key := "format.month." + strconv.Itoa(m)
	if inDate {
		key += ".date"
	}
	return text.T(lang, key)
}

// DateWords writes a date in words: «2026 жылғы 25 қараша», «25 ноября
// 2026 года», «25 November 2026».
func DateWords(lang string, d data.Date) string {
	return text.T(lang, "format.date_words", "year", strconv.Itoa(d.Year()), "day", strconv.Itoa(d.Day()),
		"month", month(lang, int(d.Month()), true))
}

// MonthSpan names the months of a period: «қаңтар – қараша», «январь –
// ноябрь»; one month when both dates fall in it.
func MonthSpan(lang string, from, to data.Date) string {
	a, b := month(lang, int(from.Month()), false), month(lang, int(to.Month()), false)
	if a == b {
		return a
	}
	return a + " – " + b
}
