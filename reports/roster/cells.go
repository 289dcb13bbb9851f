package roster

import (
	"strings"
	"time"
	"unicode"

	"baulu/data"
	"baulu/reports/xlsxio"
)

// words splits a cell into lower-case words, dropping the brackets and
// slashes of the template's own values ("ұл (м)", "иә / да").
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("()[]/\\,;.:'\"«»", r)
	})
}

// vote reads a cell whose words each mean one of two things (or nothing):
// 1 or 2 when every meaningful word agrees, 0 when there is none, -1 when a
// word is unknown or two words disagree.
func vote(s string, one, two map[string]bool, neutral map[string]bool) int {
	got := 0
	for _, w := range words(s) {
		v := 0
		switch {
		case one[w]:
			v = 1
		case two[w]:
			v = 2
		case neutral[w]:
			continue
		default:
			return -1
		}
		if got != 0 && got != v {
			return -1
		}
		got = v
	}
	return got
}

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	boys  = set("m", "м", "ұл", "ул", "е", "ер", "мальчик", "мал", "муж", "мужской", "boy", "male")
	girls = set("f", "ж", "қ", "к", "қыз", "кыз", "девочка", "дев", "жен", "женский", "girl", "female")
	child = set("бала", "ребёнок", "ребенок", "child")
	yes   = set("иә", "ия", "иа", "иэ", "да", "yes", "y", "+", "1", "бар", "true", "есть")
	no    = set("жоқ", "жок", "нет", "no", "n", "-", "0", "false")
)

// parseSex reads ұл/қыз, м/ж, мальчик/девочка, M/F … ("" = not given).
func parseSex(s string) (string, bool) {
	switch vote(s, boys, girls, child) {
	case 0:
		return "", true
	case 1:
		return "M", true
	case 2:
		return "F", true
	}
	return "", false
}

// parseYesNo reads иә/жоқ, да/нет, yes/no, +/-, 1/0; set is false for an
// empty cell.
func parseYesNo(s string) (value, set, ok bool) {
	if strings.TrimSpace(s) == "-" {
		return false, true, true // a lone dash is a word here, not a separator
	}
	switch vote(s, yes, no, nil) {
	case 0:
		return false, false, true
	case 1:
		return true, true, true
	case 2:
		return false, true, true
	}
	return false, false, false
}

// parseDate reads a date cell: an Excel date (a serial number), or text as
// typed, dd.mm.yyyy (also with / or -) or yyyy-mm-dd.
func parseDate(raw string, date1904 bool) (data.Date, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return data.Date{}, true
	}
	if d, ok := xlsxio.SerialDate(raw, date1904); ok {
		return d, true
	}
	if t, err := time.Parse("2006-01-02", raw); err == nil {
		return data.DateOf(t), true
	}
	d, err := data.ParseDMY(raw)
	return d, err == nil
}
