package xlsxio

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// A teacher who types «2.3» or «1/2» into a cell of a Russian- or
// Kazakh-language Excel or LibreOffice gets a date (2 March), stored as a
// day number such as 46083. The import names the date the cell shows, so
// the message is about what she sees, not about a number she never typed.

// shownDate is the date a score cell displays (dd.mm.yyyy), when the cell
// has a date format and its raw value is a date serial.
func shownDate(f *excelize.File, sheet, cellName, raw string) (string, bool) {
	id, err := f.GetCellStyle(sheet, cellName)
	if err != nil || id == 0 {
		return "", false
	}
	st, err := f.GetStyle(id)
	if err != nil || st == nil {
		return "", false
	}
	custom := ""
	if st.CustomNumFmt != nil {
		custom = *st.CustomNumFmt
	}
	if !builtinDateFormat(st.NumFmt) && !isDateFormat(custom) {
		return "", false
	}
	d, ok := SerialDate(raw, Date1904(f))
	if !ok {
		return "", false
	}
	return d.DMY(), true
}

// builtinDateFormat: Excel's built-in number formats 14–22 and 45–47 are
// dates and times (27–36 and 50–58 in East Asian versions).
func builtinDateFormat(id int) bool {
	return id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58
}

// isDateFormat tells a custom number format that shows a date: a day or
// year code outside quoted text and [brackets] («DD.MM.YY», «d mmm»).
func isDateFormat(code string) bool {
	var b strings.Builder
	quoted, bracket := false, false
	for _, r := range strings.ToLower(code) {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == '[':
			bracket = true
		case r == ']':
			bracket = false
		case bracket:
		default:
			b.WriteRune(r)
		}
	}
	s := b.String()
	return s != "general" && (strings.ContainsAny(s, "dy") || strings.Contains(s, "mmm"))
}
